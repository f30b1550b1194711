# Pohledy DACUM kromě tabule: průvodce workshopem, export PDF, relace,
# podpůrné seznamy a ověření.

## Průvodce workshopem: kroky DACUM.
guide-orientation = Úvod
guide-orientation-hint = Přivítejte panel a vysvětlete DACUM: odborníky jsou oni, vy vedete postup. Dohodněte pravidla a plán na dva dny.
guide-scope = Vymezení profese
guide-scope-hint = Dohodněte název profese a kde začíná a končí. Zapište příbuzné profese mimo rozsah, aby se později nevloudily.
guide-duties = Sběr oblastí
guide-duties-hint = Ptejte se: jaké jsou hlavní oblasti odpovědnosti? Cílem je 6–12 oblastí, každá začíná slovesem. Nejdřív sbírat, pak zpřesňovat.
guide-tasks = Úkoly po oblastech
guide-tasks-hint = Jednu oblast po druhé. Ptejte se: co děláte, abyste …? Každý úkol: sloveso + předmět, pozorovatelný, 2–8 slov. Po každém úkolu Enter.
guide-review = Kontrola formulací
guide-review-hint = Projděte varování: vágní či nepozorovatelná slovesa, dva úkoly v jednom, duplicity, dlouhé formulace. Rozhoduje panel.
guide-sequence = Pořadí úkolů a oblastí
guide-sequence-hint = Seřaďte úkoly tak, jak obvykle probíhají, oblasti od nejdůležitější. Táhněte karty nebo použijte Alt+šipky; kódy se přizpůsobí.
guide-lists = Podpůrné seznamy
guide-lists-hint = Obecné znalosti a dovednosti, chování pracovníka, nástroje a vybavení, budoucí trendy a obavy, zkratky.
guide-verification = Ověření
guide-verification-hint = Každý člen panelu (nebo respondent průzkumu) hodnotí každý úkol podle důležitosti, četnosti a obtížnosti a zda vyžaduje školení.
guide-make-current = Nastavit jako aktuální krok
guide-time-in-step = V tomto kroku: { $time }
guide-previous = Předchozí krok
guide-next = Další krok
guide-total = Čas workshopu: { $time }

## Soubor › Exportovat PDF…
pdf-title = Exportovat PDF
pdf-reports = Zprávy
pdf-report-chart = Mapa DACUM
pdf-report-profile = Profil kompetencí
pdf-report-pestle = Zpráva PESTLE a scénáře
pdf-report-verification = Zpráva o ověření (průzkum)
pdf-paper = Papír
paper-a4 = A4
paper-a3 = A3
paper-letter = US Letter
pdf-leave-out-names = Vynechat jména osob (kopie pro zúčastněné strany)
pdf-report-language = Jazyk zprávy
pdf-export = Exportovat…
pdf-choose-a-report = Vyberte alespoň jednu zprávu.
pdf-page-count = { $count ->
    [one] PDF bude mít { $count } stranu.
    [few] PDF bude mít { $count } strany.
    [many] PDF bude mít { $count } strany.
   *[other] PDF bude mít { $count } stran.
}
pdf-cannot-prepare = PDF nelze připravit: { $error }
pdf-counting = Počítám strany…

## Relace.
session-details = Údaje o relaci
session-people = Lidé
session-title = Název
session-title-hint = např. Vězeňský dozorce — národní DACUM
session-occupation = Profese
session-occupation-hint = Analyzovaná profese, např. vězeňský dozorce
session-organisation = Organizace
session-sponsor = Zadavatel
session-venue = Místo
session-country = Země
session-language = Jazyk
session-notes = Poznámky
session-start-date = Začátek
session-end-date = Konec
session-pick = Vybrat ze seznamu
session-pick-country = Vybrat zemi ze seznamu
session-pick-language = Vybrat jazyk ze seznamu
session-country-uk = Kód ISO Spojeného království je GB
session-country-el = Kód ISO Řecka je GR
session-country-unknown = { $code } není kód evropské země
session-date-shape = Datum pište jako RRRR-MM-DD, např. 2025-03-11
session-date-no-such-day = { $date } není kalendářní den
session-ends-before-start = Workshop končí dřív, než začne
person-name = Jméno
person-job-title = Funkce
person-years = Roky praxe
person-years-short = Roky
person-years-error = Roky: celé číslo, např. 12
person-field = { $field }, { $who }
people-from-countries = { $people } { $count ->
    [one] z { $count } země
    [few] ze { $count } zemí
   *[other] z { $count } zemí
}
people-experience = { $count ->
    [one] celkem { $count } rok praxe
    [few] celkem { $count } roky praxe
   *[other] celkem { $count } let praxe
}
people-panel-count = { $count ->
    [one] { $count } člen panelu
    [few] { $count } členové panelu
   *[other] { $count } členů panelu
}
people-panel-heading = Členové panelu ({ $count })
people-panel-add = Přidat člena panelu
people-panel-row = člen panelu { $number }
people-facilitator-count = { $count ->
    [one] { $count } facilitátor
    [few] { $count } facilitátoři
   *[other] { $count } facilitátorů
}
people-facilitator-heading = Facilitátoři ({ $count })
people-facilitator-add = Přidat facilitátora
people-facilitator-row = facilitátor { $number }
people-observer-count = { $count ->
    [one] { $count } pozorovatel
    [few] { $count } pozorovatelé
   *[other] { $count } pozorovatelů
}
people-observer-heading = Pozorovatelé ({ $count })
people-observer-add = Přidat pozorovatele
people-observer-row = pozorovatel { $number }
people-respondent-count = { $count ->
    [one] { $count } respondent
    [few] { $count } respondenti
   *[other] { $count } respondentů
}
people-respondent-heading = Respondenti průzkumu ({ $count })
people-respondent-add = Přidat respondenta
people-respondent-row = respondent { $number }

## Podpůrné seznamy. `kind` je knowledge, behaviour, tool nebo trend.
list-title = { $kind ->
    [knowledge] Obecné znalosti a dovednosti
    [behaviour] Chování pracovníka
    [tool] Nástroje, vybavení a materiál
   *[trend] Budoucí trendy a obavy
} ({ $number })
list-none = { $kind ->
    [knowledge] Zatím žádná znalost ani dovednost.
    [behaviour] Zatím žádné chování.
    [tool] Zatím žádný nástroj ani materiál.
   *[trend] Zatím žádný trend ani obava.
}
list-add = { $kind ->
    [knowledge] Přidat znalost či dovednost
    [behaviour] Přidat chování
    [tool] Přidat nástroj či materiál
   *[trend] Přidat trend či obavu
}
list-item = { $kind ->
    [knowledge] Znalost či dovednost
    [behaviour] Chování
    [tool] Nástroj či materiál
   *[trend] Trend či obava
} { $number }
list-row = { $kind ->
    [knowledge] znalost či dovednost
    [behaviour] chování
    [tool] nástroj či materiál
   *[trend] trend či obava
} { $number }
## Název seznamu uvnitř jiné zprávy (konflikt, upozornění na dlouhý text).
list-name = { $kind ->
    [knowledge] Obecné znalosti a dovednosti
    [behaviour] Chování pracovníka
    [tool] Nástroje, vybavení a materiál
   *[trend] Budoucí trendy a obavy
}
acronyms-title = Zkratky ({ $count })
acronyms-none = Zatím žádné zkratky.
acronyms-add = Přidat zkratku
acronym-term = Zkratka { $number }
acronym-term-hint = např. CPT
acronym-meaning = Význam zkratky { $number }
acronym-meaning-hint = Co znamená
acronym-row = zkratka { $number }

## Ověření.
verify-no-tasks = Zatím nejsou žádné úkoly k hodnocení: nejdřív sestavte mapu.
verify-no-raters = Zatím žádní hodnotitelé: přidejte členy panelu nebo respondenty v pohledu Relace.
verify-rater = Hodnotitel:
verify-rater-done = { $name } (hodnoceno { $count })
verify-priority-index = Index priority:
verify-formula-if = Důležitost × četnost
verify-formula-ifd = Důležitost × četnost × obtížnost
formula-if = průměrná důležitost × průměrná četnost (1–25)
formula-ifd = průměrná důležitost × průměrná četnost × průměrná obtížnost (1–125)
verify-sort = Řadit podle priority
verify-keys = Pište 1–5 pro důležitost, četnost a obtížnost, y nebo n pro školení; kurzor se posune sám.
verify-code = Kód
verify-task = Úkol
verify-i = D
verify-f = Č
verify-d = O
verify-train-short = Šk.
verify-train-keys = y = školit, n = není třeba
verify-priority = Priorita
verify-raters = Hodnotitelé
verify-importance = Důležitost
verify-frequency = Četnost
verify-difficulty = Obtížnost
verify-train = Školení
verify-train-percent = Školení %
verify-stat-tip = Průměr ± směrodatná odchylka přes všechny hodnotitele; oranžově, když se hodnotitelé silně rozcházejí (rozpětí 3 bodů nebo směrodatná odchylka 1,2 a více)
verify-cell = { $field } u { $code }, hodnotí { $rater }
verify-anchor-importance-1 = Nedůležité
verify-anchor-importance-2 = Trochu důležité
verify-anchor-importance-3 = Důležité
verify-anchor-importance-4 = Velmi důležité
verify-anchor-importance-5 = Zásadní
verify-anchor-frequency-1 = Jednou ročně nebo méně
verify-anchor-frequency-2 = Měsíčně
verify-anchor-frequency-3 = Týdně
verify-anchor-frequency-4 = Denně
verify-anchor-frequency-5 = Několikrát denně
verify-anchor-difficulty-1 = Velmi snadné
verify-anchor-difficulty-2 = Snadné
verify-anchor-difficulty-3 = Středně obtížné
verify-anchor-difficulty-4 = Obtížné
verify-anchor-difficulty-5 = Velmi obtížné

## Translate view
view-translate = Překlad
translate-choose = Zvolte cílový jazyk: napište jeho kód (cs, de, ro, de-AT …) a stiskněte Přidat jazyk.
translate-show = Zobrazit:
translate-filter-all = Vše
translate-filter-missing = Chybí
translate-filter-stale = Zastaralé
translate-filter-draft = Koncept
translate-from = Z jazyka { $language } do
translate-no-translations-yet = { $language } (zatím bez překladů)
translate-add-hint = nový: cs, de-AT …
translate-new-language = Kód nového jazyka
translate-add = Přidat jazyk
translate-add-invalid = kód jazyka, např. cs nebo de-AT, ne pracovní jazyk
translate-progress = Úkoly v jazyce { $language }: { $done } z { $tasks } · texty: { $texts-done } z { $texts } · zastaralé: { $stale } · koncepty: { $drafts }
translate-no-texts = Tato relace zatím nemá žádné texty.
translate-none-in-state = Žádný text v tomto stavu.
translate-code = Kód
translate-source = Zdroj ({ $language })
translate-target = Překlad ({ $language })
translate-state = Stav
translate-field = Překlad: { $what }
translate-state-missing = chybí
translate-state-missing-tip = Zatím nepřeloženo: zprávy ukazují zdrojový text, označený.
translate-state-stale = zastaralé
translate-state-stale-tip = Zdrojový text se po překladu změnil: zkontrolujte ho a označte jako zkontrolovaný.
translate-state-draft = koncept
translate-state-draft-tip = Přeloženo, zatím nezkontrolováno.
translate-state-reviewed = zkontrolováno
translate-state-reviewed-tip = Přeloženo a zkontrolováno podle současného zdrojového textu.
translate-mark-reviewed = Označit jako zkontrolované
translate-mark-reviewed-tip = Překlad odpovídá zdrojovému textu, jak nyní zní.
translate-kind-duty = Oblast
translate-kind-task = Úkol
translate-kind-list-item = Položka seznamu
translate-kind-acronym = Význam zkratky
translate-kind-driver = Hybná síla
translate-kind-driver-description = Popis hybné síly
translate-kind-pole = Pól osy
translate-kind-rationale = Zdůvodnění osy
translate-kind-scenario-name = Název scénáře
translate-kind-scenario-narrative = Popis scénáře

## File › Translations
menu-translations = Překlady
cmd-export-translations = Exportovat pro překladatele…
cmd-export-translations-tip = Zapsat texty a jejich překlady do jazyka v zobrazení Překlad jako XLIFF (pro nástroje CAT) nebo jako formulář pro tabulkový procesor (.xlsx nebo .csv); rozhodne přípona názvu souboru
cmd-import-translations = Importovat překlady…
cmd-import-translations-tip = Načíst zpět soubor XLIFF nebo formulář (.xlsx nebo .csv) od překladatele; je-li některá jednotka chybná, nic se neimportuje
files-export-translations = Exportovat pro překladatele
files-import-translations = Importovat překlady
files-kind-translations = XLIFF nebo formulář (Excel, CSV)
error-no-translation-language = Nejprve zvolte jazyk
error-no-translation-language-text = V zobrazení Překlad přidejte nebo vyberte cílový jazyk a pak exportujte znovu.
notice-translations-imported = Překlady importovány
notice-translations-imported-text = Překlady do jazyka { $language }: importováno { $imported }, beze změny { $unchanged }, prázdných { $empty }. Zpět vrátí celý import.
notice-translations-source-changed = Zdroj u { $codes } se od vytvoření souboru změnil: importováno jako koncept, zobrazeno jako zastaralé.

## Display language (View › Texts in): the board, the lists and the PESTLE views in a language the session holds
menu-texts-in = Texty v jazyce
menu-texts-in-working = { $language } (pracovní jazyk)
status-texts-in = Texty v jazyce { $language }
status-texts-in-tip = Tabule, seznamy a pohledy PESTLE ukazují tento jazyk; psaním v nich upravujete překlad. Zobrazení › Texty v jazyce přepne zpět.
texts-in-fallback-tip = Zatím nepřeloženo: text v jazyce { $language }, pracovním jazyce.
texts-in-stale = zastaralý
texts-in-stale-tip = Zdrojový text se po překladu změnil: zkontrolujte překlad v zobrazení Překlad.
board-translating = Psaní upravuje překlad v jazyce { $language }. Kontroly výroků se ukazují jen v pracovním jazyce.
