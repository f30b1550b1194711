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

## Část Průzkum na kartě Ověření (src/ui/survey_view.rs)
## a Soubor › Průzkum.
verify-tab-panel = Hodnocení panelu
verify-tab-survey = Průzkum
survey-view-none = Zatím žádné odpovědi z průzkumu. Soubor › Průzkum › Dotazník… zapíše dotazník (XLSForm pro KoboToolbox nebo ODK Collect, nebo šablonu CSV); Soubor › Průzkum › Importovat odpovědi z průzkumu… načte, co se vrátí.
survey-view-rounds = Kola:
survey-view-countries = Země:
survey-view-levels = Pozice:
survey-view-sectors = Sektory:
survey-view-weighting = Souhrnné hodnoty:
survey-view-per-respondent = každý respondent má stejnou váhu
survey-view-per-country = každá země má stejnou váhu
survey-view-pooled-per-respondent = souhrnně, každý respondent stejnou vahou
survey-view-pooled-per-country = souhrnně, každá země stejnou vahou
survey-view-summary = { $respondents ->
    [one] { $respondents } respondent
    [few] { $respondents } respondenti
    [many] { $respondents } respondenta
   *[other] { $respondents } respondentů
}, { $rounds ->
    [one] { $rounds } kolo
    [few] { $rounds } kola
    [many] { $rounds } kola
   *[other] { $rounds } kol
} ·
survey-view-sector-public = Veřejný
survey-view-sector-private = Soukromý
survey-view-sector-ngo = NNO
survey-view-level-job-holder = Pracovníci
survey-view-level-supervisor = Nadřízení
survey-view-level-trainer = Školitelé
survey-view-level-manager = Vedoucí pracovníci
survey-view-distribution = Kdo odpověděl
survey-view-country = Země
survey-view-no-level = Bez pozice
survey-view-no-country = (neuvedena)
survey-view-total = Celkem
survey-warn-majority = Respondenti ze země { $country } tvoří { $respondents } z { $total }: souhrnné hodnoty vyjadřují hlavně to, co si myslí { $country }. Pro srovnání dejte každé zemi stejnou váhu.
survey-warn-few = Počet respondentů ze země { $country } je jen { $respondents } (méně než { $minimum }): její vlastní hodnoty jsou nejisté.
survey-warn-level-absent = Při tomto filtru neodpověděl nikdo ze skupiny: { $level }.
survey-warn-no-country = { $respondents ->
    [one] { $respondents } respondent neuvedl zemi.
    [few] { $respondents } respondenti neuvedli zemi.
    [many] { $respondents } respondenta neuvedlo zemi.
   *[other] { $respondents } respondentů neuvedlo zemi.
}
survey-view-tasks = Úkoly
survey-view-sort-priority = Nejvyšší priorita nahoře
survey-view-code = Kód
survey-view-task = Úkol
survey-view-n = n
survey-view-performing = Vykon.
survey-view-importance = Důležitost
survey-view-frequency = Četnost
survey-view-difficulty = Obtížnost
survey-view-priority = Priorita
survey-view-train = Šk.
survey-view-rank = Pořadí
survey-view-panel = Panel
survey-view-marks = Odch.
survey-view-formula = Hodnoty: průměr ± směrodatná odchylka. Priorita = { $formula }.
survey-view-formula-if = průměrná důležitost × průměrná četnost (1–25)
survey-view-formula-ifd = průměrná důležitost × průměrná četnost × průměrná obtížnost (1–125)
survey-view-panel-tip = Panel ohodnotil jeho důležitost na { $panel }; průzkum se liší o { $difference }.
survey-mark-levels = { $level } { $supervisors } (n = { $supervisors-n }), pracovníci { $job-holders } (n = { $job-holders-n }): rozdíl { $difference }, označuje se od { $threshold }.
survey-mark-country = { $country } ho řadí na { $rank }. místo, ostatní země na { $others }. místo (úkolů s pořadím v obou: { $ranked }).
survey-view-suggestions = { $count ->
    [one] { $count } navržený úkol čeká
    [few] { $count } navržené úkoly čekají
    [many] { $count } navrženého úkolu čeká
   *[other] { $count } navržených úkolů čeká
}
survey-view-no-suggestions = Žádný navržený úkol nečeká na rozhodnutí.
survey-view-suggested-times = { $count ->
    [one] navrženo jednou
    [few] navrženo { $count }krát
    [many] navrženo { $count }krát
   *[other] navrženo { $count }krát
}
survey-view-like-task = podobný úkolu { $code } na mapě
survey-view-statement = Úkol, jak by zněl na mapě
survey-view-under-duty = v oblasti
survey-view-choose-duty = Zvolte oblast
survey-view-accept = Přidat na mapu
survey-view-reason = Proč ne (zaznamená se)
survey-view-reject = Odmítnout
survey-view-reason-first = Nejdřív uveďte důvod: zaznamená se spolu s návrhem.
menu-survey = Průzkum
cmd-survey-form = Dotazník…
cmd-survey-form-tip = Zapsat ověřovací dotazník: XLSForm (.xlsx) pro KoboToolbox nebo ODK Collect, nebo šablonu CSV (.csv)
cmd-import-survey = Importovat odpovědi z průzkumu…
cmd-import-survey-tip = Načíst vrácené odpovědi (export CSV nebo .xlsx, nebo vyplněnou šablonu) do kola průzkumu jako jeden krok, který lze vrátit
files-survey-form = Dotazník
files-import-survey = Importovat odpovědi z průzkumu
files-kind-survey-form = Dotazník (XLSForm, papírové PDF nebo šablona CSV)
files-kind-survey-answers = Odpovědi z průzkumu (CSV nebo Excel)
notice-survey-form = Dotazník zapsán
notice-survey-form-text = Soubor { $file } je připraven: nahrajte ho do KoboToolbox nebo ODK Central, nebo vyplňte šablonu a naimportujte ji zpět.
notice-survey-imported = Odpovědi z průzkumu importovány
notice-survey-imported-text = Kolo „{ $round }“: { $added ->
    [one] přidán { $added } respondent
    [few] přidáni { $added } respondenti
    [many] přidáno { $added } respondenta
   *[other] přidáno { $added } respondentů
}, už v kole: { $known }, { $suggestions ->
    [one] { $suggestions } navržený úkol
    [few] { $suggestions } navržené úkoly
    [many] { $suggestions } navrženého úkolu
   *[other] { $suggestions } navržených úkolů
}. „Zpět“ vrátí celý import.
notice-survey-changed = { $count ->
    [one] { $count } respondent už v kole je s jinými odpověďmi; ponechávají se odpovědi kola: { $codes }
    [few] { $count } respondenti už v kole jsou s jinými odpověďmi; ponechávají se odpovědi kola: { $codes }
    [many] { $count } respondenta už v kole je s jinými odpověďmi; ponechávají se odpovědi kola: { $codes }
   *[other] { $count } respondentů už v kole je s jinými odpověďmi; ponechávají se odpovědi kola: { $codes }
}
cmd-export-survey-stats = Exportovat výsledky průzkumu…
cmd-export-survey-stats-tip = Zapsat výsledky po úkolech tak, jak je ukazuje pohled Průzkum (jeho filtr a vážení), pro R, SPSS nebo tabulkový procesor: .xlsx nebo .csv
files-export-survey-stats = Exportovat výsledky průzkumu
files-kind-survey-stats = Výsledky průzkumu (Excel nebo CSV)
notice-survey-stats = Výsledky průzkumu zapsány
notice-survey-stats-text = { $file }: výsledky respondentů (počet: { $respondents }), filtrované a vážené jako v pohledu Průzkum.

survey-column-performs = Vykonávám
survey-column-importance = Důležitost
survey-column-frequency = Četnost
survey-column-difficulty = Obtížnost
survey-column-train = Školit nové?
survey-continued = { $duty } (pokračování)
survey-how-to = Jak odpovídat
survey-correct = Chcete-li odpověď změnit, chybné políčko celé začerněte a zaškrtněte správné.
cmd-survey-workbook = Sešit pro přepis…
cmd-survey-workbook-tip = Zapsat sešit pro přepis papírových dotazníků: jeden řádek na dotazník, rozbalovací seznam v každé buňce s odpovědí; pak ho znovu importujte
files-survey-workbook = Sešit pro přepis
files-kind-survey-workbook = Sešit Excelu
notice-survey-workbook-text = { $file } je připraven: přepište každý papírový dotazník do jednoho řádku a pak ho importujte přes Soubor › Průzkum › Importovat odpovědi z průzkumu…
