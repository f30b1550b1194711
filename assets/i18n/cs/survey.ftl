# Dotazník ověřovacího průzkumu: jeho texty ve formuláři XLSForm pro
# KoboToolbox a ODK Collect, v tabulce pro zadávání dat a v papírovém dotazníku.
# Čtou je pracovníci vězeňské a probační služby, často na telefonu: pište
# krátce a jednoduše.

survey-form-title = Ověření profilu profese: { $occupation }
survey-intro = Tento dotazník uvádí úkoly profese tak, jak je popsala skupina zkušených pracovníků. U každého úkolu uveďte, zda ho ve své práci vykonáváte, jak je důležitý, jak často ho vykonáváte, jak obtížné je naučit se ho a zda by v něm měli být školeni noví zaměstnanci. Odpovídejte podle vlastní zkušenosti; správné ani špatné odpovědi neexistují. Na jméno se neptáme.
survey-profile = O vás
survey-respondent-code = Kód respondenta
survey-respondent-code-hint = Kód, který vám dal organizátor, nebo libovolný vlastní krátký kód. Jméno neuvádějte.
survey-country = Země
survey-country-hint = Dvě velká písmena, např. CZ, DE, RO.
survey-level = Vaše pozice
survey-level-job-holder = Pracovník (tuto práci vykonávám)
survey-level-supervisor = Nadřízený
survey-level-trainer = Školitel
survey-level-manager = Vedoucí pracovník
survey-sector = Kde pracujete
survey-sector-public = Veřejný sektor
survey-sector-private = Soukromá firma
survey-sector-ngo = Nevládní organizace
survey-years = Počet let v této profesi
survey-language = Jazyk dotazníku
survey-duty = Oblast { $code }: { $title }
survey-performs = Vykonáváte tento úkol?
survey-importance = Jak je důležitý pro tuto práci?
survey-frequency = Jak často ho vykonáváte?
survey-difficulty = Jak obtížné je naučit se ho?
survey-train = Měli by v něm být školeni noví zaměstnanci?
survey-comment = Poznámka (nepovinné)
survey-missed = Úkoly této oblasti, které v seznamu chybí (každý na nový řádek)
survey-missed-page = Úkoly, které v seznamu chybí
survey-missed-hint = Každý úkol napište jako krátkou činnost: sloveso a to, čeho se týká, např. „Prohledávat tašky návštěvníků“.
survey-yes = Ano
survey-no = Ne
survey-importance-1 = Nedůležité
survey-importance-2 = Trochu důležité
survey-importance-3 = Důležité
survey-importance-4 = Velmi důležité
survey-importance-5 = Zásadní
survey-frequency-1 = Jednou ročně nebo méně
survey-frequency-2 = Měsíčně
survey-frequency-3 = Týdně
survey-frequency-4 = Denně
survey-frequency-5 = Několikrát denně
survey-difficulty-1 = Velmi snadné
survey-difficulty-2 = Snadné
survey-difficulty-3 = Středně obtížné
survey-difficulty-4 = Obtížné
survey-difficulty-5 = Velmi obtížné
survey-how-to-tick = V každém sloupci zaškrtněte jedno políčko. U úkolu, který nevykonáváte, nechte četnost prázdnou; důležitost a obtížnost přesto ohodnoťte.
survey-task = Úkol
survey-code = Kód
survey-thank-you = Děkujeme. Dotazník prosím vraťte organizátorovi.
survey-page = Strana { $page } z { $pages }

survey-column-performs = Vykonávám
survey-column-importance = Důležitost
survey-column-frequency = Četnost
survey-column-difficulty = Obtížnost
survey-column-train = Školit nové?
survey-continued = { $duty } (pokračování)
survey-how-to = Jak odpovídat
survey-correct = Chcete-li odpověď změnit, chybné políčko celé začerněte a zaškrtněte správné.
