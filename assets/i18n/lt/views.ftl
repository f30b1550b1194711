# DACUM rodiniai be lentos: seminaro gidas, PDF eksportas, sesija, pagalbiniai
# sąrašai ir patikra.

## Seminaro gidas: DACUM žingsniai.
guide-orientation = Įvadas
guide-orientation-hint = Pasveikinkite grupę ir paaiškinkite DACUM: ekspertai yra jie, jūs vadovaujate procesui. Susitarkite dėl taisyklių ir dviejų dienų plano.
guide-scope = Profesijos apimtis
guide-scope-hint = Susitarkite dėl profesijos pavadinimo ir kur ji prasideda bei baigiasi. Užrašykite giminingas profesijas už apimties ribų, kad vėliau neįsiskverbtų.
guide-duties = Sričių rinkimas
guide-duties-hint = Klauskite: kokios yra pagrindinės atsakomybės sritys? Siekite 6–12 sričių, kiekviena prasideda veiksmažodžiu. Pirma surinkite, paskui tobulinkite.
guide-tasks = Užduotys pagal sritis
guide-tasks-hint = Po vieną sritį. Klauskite: ką darote, kad …? Kiekviena užduotis: veiksmažodis + objektas, stebima, 2–8 žodžiai. Po kiekvienos užduoties Enter.
guide-review = Formuluočių peržiūra
guide-review-hint = Peržiūrėkite įspėjimus: neaiškūs ar nestebimi veiksmažodžiai, dvi užduotys viename, pasikartojimai, ilgos formuluotės. Sprendžia grupė.
guide-sequence = Eiliškumas
guide-sequence-hint = Sudėliokite užduotis taip, kaip jos paprastai vyksta, sritis nuo svarbiausios. Tempkite korteles arba naudokite Alt+rodykles; kodai keičiasi patys.
guide-lists = Pagalbiniai sąrašai
guide-lists-hint = Bendrosios žinios ir įgūdžiai, darbuotojo elgesys, įrankiai ir įranga, ateities tendencijos ir rūpesčiai, santrumpos.
guide-verification = Patikra
guide-verification-hint = Kiekvienas grupės narys (ar apklausos dalyvis) įvertina kiekvieną užduotį pagal svarbą, dažnumą ir sudėtingumą ir ar jai reikia mokymo.
guide-make-current = Padaryti šį žingsnį dabartiniu
guide-time-in-step = Šiame žingsnyje: { $time }
guide-previous = Ankstesnis žingsnis
guide-next = Kitas žingsnis
guide-total = Seminaro laikas: { $time }

## Failas › Eksportuoti PDF…
pdf-title = Eksportuoti PDF
pdf-reports = Ataskaitos
pdf-report-chart = DACUM žemėlapis
pdf-report-profile = Kompetencijų profilis
pdf-report-pestle = PESTLE ir scenarijų ataskaita
pdf-report-verification = Patikros ataskaita (apklausa)
pdf-paper = Popierius
paper-a4 = A4
paper-a3 = A3
paper-letter = Letter (JAV)
pdf-leave-out-names = Praleisti asmenų vardus (kopija suinteresuotoms šalims)
pdf-report-language = Ataskaitos kalba
pdf-export = Eksportuoti…
pdf-choose-a-report = Pasirinkite bent vieną ataskaitą.
pdf-page-count = { PLURAL_LT($count) ->
    [one] PDF turės { $count } puslapį.
    [few] PDF turės { $count } puslapius.
   *[other] PDF turės { $count } puslapių.
}
pdf-cannot-prepare = PDF paruošti nepavyko: { $error }
pdf-counting = Skaičiuojami puslapiai…

## Sesija.
session-details = Sesijos duomenys
session-people = Žmonės
session-title = Pavadinimas
session-title-hint = pvz., Pataisos pareigūnas — nacionalinis DACUM
session-occupation = Profesija
session-occupation-hint = Analizuojama profesija, pvz., pataisos pareigūnas
session-organisation = Organizacija
session-sponsor = Užsakovas
session-venue = Vieta
session-country = Šalis
session-language = Kalba
session-notes = Pastabos
session-start-date = Pradžia
session-end-date = Pabaiga
session-pick = Pasirinkti iš sąrašo
session-pick-country = Pasirinkti šalį iš sąrašo
session-pick-language = Pasirinkti kalbą iš sąrašo
session-country-uk = Jungtinės Karalystės ISO kodas yra GB
session-country-el = Graikijos ISO kodas yra GR
session-country-unknown = { $code } nėra Europos šalies kodas
session-date-shape = Datą rašykite MMMM-MM-DD, pvz., 2025-03-11
session-date-no-such-day = { $date } nėra kalendoriaus diena
session-ends-before-start = Seminaras baigiasi anksčiau, nei prasideda
person-name = Vardas
person-job-title = Pareigos
person-years = Darbo patirtis (metai)
person-years-short = Metai
person-years-error = Metai: sveikasis skaičius, pvz., 12
person-field = { $field }, { $who }
people-from-countries = { $people } iš { PLURAL_LT($count) ->
    [one] { $count } šalies
    [few] { $count } šalių
   *[other] { $count } šalių
}
people-experience = { PLURAL_LT($count) ->
    [one] iš viso { $count } metai patirties
    [few] iš viso { $count } metai patirties
   *[other] iš viso { $count } metų patirties
}
people-panel-count = { PLURAL_LT($count) ->
    [one] { $count } grupės narys
    [few] { $count } grupės nariai
   *[other] { $count } grupės narių
}
people-panel-heading = Grupės nariai ({ $count })
people-panel-add = Pridėti grupės narį
people-panel-row = grupės narys { $number }
people-facilitator-count = { PLURAL_LT($count) ->
    [one] { $count } moderatorius
    [few] { $count } moderatoriai
   *[other] { $count } moderatorių
}
people-facilitator-heading = Moderatoriai ({ $count })
people-facilitator-add = Pridėti moderatorių
people-facilitator-row = moderatorius { $number }
people-observer-count = { PLURAL_LT($count) ->
    [one] { $count } stebėtojas
    [few] { $count } stebėtojai
   *[other] { $count } stebėtojų
}
people-observer-heading = Stebėtojai ({ $count })
people-observer-add = Pridėti stebėtoją
people-observer-row = stebėtojas { $number }
people-respondent-count = { PLURAL_LT($count) ->
    [one] { $count } respondentas
    [few] { $count } respondentai
   *[other] { $count } respondentų
}
people-respondent-heading = Apklausos respondentai ({ $count })
people-respondent-add = Pridėti respondentą
people-respondent-row = respondentas { $number }

## Pagalbiniai sąrašai. `kind` yra knowledge, behaviour, tool arba trend.
list-title = { $kind ->
    [knowledge] Bendrosios žinios ir įgūdžiai
    [behaviour] Darbuotojo elgesys
    [tool] Įrankiai, įranga ir medžiagos
   *[trend] Ateities tendencijos ir rūpesčiai
} ({ $number })
list-none = { $kind ->
    [knowledge] Žinių ar įgūdžių dar nėra.
    [behaviour] Elgesio dar nėra.
    [tool] Įrankių ar medžiagų dar nėra.
   *[trend] Tendencijų ar rūpesčių dar nėra.
}
list-add = { $kind ->
    [knowledge] Pridėti žinią ar įgūdį
    [behaviour] Pridėti elgesį
    [tool] Pridėti įrankį ar medžiagą
   *[trend] Pridėti tendenciją ar rūpestį
}
list-item = { $kind ->
    [knowledge] Žinia ar įgūdis
    [behaviour] Elgesys
    [tool] Įrankis ar medžiaga
   *[trend] Tendencija ar rūpestis
} { $number }
list-row = { $kind ->
    [knowledge] žinia ar įgūdis
    [behaviour] elgesys
    [tool] įrankis ar medžiaga
   *[trend] tendencija ar rūpestis
} { $number }
## Sąrašo pavadinimas kitame pranešime (konflikte, įspėjime apie ilgą tekstą).
list-name = { $kind ->
    [knowledge] Bendrosios žinios ir įgūdžiai
    [behaviour] Darbuotojo elgesys
    [tool] Įrankiai, įranga ir medžiagos
   *[trend] Ateities tendencijos ir rūpesčiai
}
acronyms-title = Santrumpos ({ $count })
acronyms-none = Santrumpų dar nėra.
acronyms-add = Pridėti santrumpą
acronym-term = Santrumpa { $number }
acronym-term-hint = pvz., CPT
acronym-meaning = Santrumpos { $number } reikšmė
acronym-meaning-hint = Ką ji reiškia
acronym-row = santrumpa { $number }

## Patikra.
verify-no-tasks = Vertinti dar nėra užduočių: pirma sudarykite žemėlapį.
verify-no-raters = Vertintojų dar nėra: pridėkite grupės narių ar respondentų rodinyje „Sesija“.
verify-rater = Vertintojas:
verify-rater-done = { $name } (įvertinta { $count })
verify-priority-index = Prioriteto indeksas:
verify-formula-if = Svarba × dažnumas
verify-formula-ifd = Svarba × dažnumas × sudėtingumas
formula-if = vidutinė svarba × vidutinis dažnumas (1–25)
formula-ifd = vidutinė svarba × vidutinis dažnumas × vidutinis sudėtingumas (1–125)
verify-sort = Rikiuoti pagal prioritetą
verify-keys = Rašykite 1–5 svarbai, dažnumui ir sudėtingumui, y arba n mokymui; žymeklis pereina pats.
verify-code = Kodas
verify-task = Užduotis
verify-i = S
verify-f = D
verify-d = Sd
verify-train-short = Mok.
verify-train-keys = y = reikia mokyti, n = nereikia
verify-priority = Prioritetas
verify-raters = Vertintojai
verify-importance = Svarba
verify-frequency = Dažnumas
verify-difficulty = Sudėtingumas
verify-train = Mokymas
verify-train-percent = Mokymas %
verify-stat-tip = Vidurkis ± standartinis nuokrypis tarp visų vertintojų; oranžinė, kai vertintojai labai nesutaria (3 balų sklaida arba standartinis nuokrypis 1,2 ir daugiau)
verify-cell = { $field }: { $code }, vertina { $rater }
verify-anchor-importance-1 = Nesvarbu
verify-anchor-importance-2 = Šiek tiek svarbu
verify-anchor-importance-3 = Svarbu
verify-anchor-importance-4 = Labai svarbu
verify-anchor-importance-5 = Kritiškai svarbu
verify-anchor-frequency-1 = Kartą per metus ar rečiau
verify-anchor-frequency-2 = Kas mėnesį
verify-anchor-frequency-3 = Kas savaitę
verify-anchor-frequency-4 = Kasdien
verify-anchor-frequency-5 = Kelis kartus per dieną
verify-anchor-difficulty-1 = Labai lengva
verify-anchor-difficulty-2 = Lengva
verify-anchor-difficulty-3 = Vidutiniška
verify-anchor-difficulty-4 = Sunku
verify-anchor-difficulty-5 = Labai sunku

## Translate view
view-translate = Vertimas
translate-choose = Pasirinkite vertimo kalbą: įrašykite jos kodą (cs, de, ro, de-AT …) ir spauskite Pridėti kalbą.
translate-show = Rodyti:
translate-filter-all = Visi
translate-filter-missing = Trūksta
translate-filter-stale = Pasenę
translate-filter-draft = Juodraštis
translate-from = Iš { $language } į
translate-no-translations-yet = { $language } (dar be vertimų)
translate-add-hint = nauja: cs, de-AT …
translate-new-language = Naujos kalbos kodas
translate-add = Pridėti kalbą
translate-add-invalid = kalbos kodas, pvz., cs ar de-AT, ne darbo kalba
translate-progress = Užduotys kalba { $language }: { $done } iš { $tasks } · tekstai: { $texts-done } iš { $texts } · pasenę: { $stale } · juodraščiai: { $drafts }
translate-no-texts = Šioje sesijoje dar nėra tekstų.
translate-none-in-state = Nėra teksto šioje būsenoje.
translate-code = Kodas
translate-source = Šaltinis ({ $language })
translate-target = Vertimas ({ $language })
translate-state = Būsena
translate-field = Vertimas: { $what }
translate-state-missing = trūksta
translate-state-missing-tip = Dar neišversta: ataskaitose rodomas pažymėtas šaltinio tekstas.
translate-state-stale = pasenęs
translate-state-stale-tip = Šaltinio tekstas pasikeitė po vertimo: patikrinkite ir pažymėkite kaip peržiūrėtą.
translate-state-draft = juodraštis
translate-state-draft-tip = Išversta, dar nepatikrinta.
translate-state-reviewed = peržiūrėta
translate-state-reviewed-tip = Išversta ir patikrinta pagal dabartinį šaltinio tekstą.
translate-mark-reviewed = Pažymėti kaip peržiūrėtą
translate-mark-reviewed-tip = Vertimas atitinka dabartinį šaltinio tekstą.
translate-kind-duty = Pareigų sritis
translate-kind-task = Užduotis
translate-kind-list-item = Sąrašo punktas
translate-kind-acronym = Santrumpos reikšmė
translate-kind-driver = Pokyčių veiksnys
translate-kind-driver-description = Veiksnio aprašymas
translate-kind-pole = Ašies polius
translate-kind-rationale = Ašies pagrindimas
translate-kind-scenario-name = Scenarijaus pavadinimas
translate-kind-scenario-narrative = Scenarijaus aprašymas

## File › Translations
menu-translations = Vertimai
cmd-export-translations = Eksportuoti vertėjams…
cmd-export-translations-tip = Įrašyti tekstus ir jų vertimus į Vertimo rodinio kalbą kaip XLIFF (CAT įrankiams) arba kaip formą skaičiuoklei (.xlsx arba .csv); sprendžia failo vardo plėtinys
cmd-import-translations = Importuoti vertimus…
cmd-import-translations-tip = Grąžinti vertėjo XLIFF failą ar formą (.xlsx arba .csv) į sesiją; jei bent vienas vienetas klaidingas, nieko neimportuojama
files-export-translations = Eksportuoti vertėjams
files-import-translations = Importuoti vertimus
files-kind-translations = XLIFF arba forma (Excel, CSV)
error-no-translation-language = Pirmiausia pasirinkite kalbą
error-no-translation-language-text = Vertimo rodinyje pridėkite arba pasirinkite vertimo kalbą ir eksportuokite dar kartą.
notice-translations-imported = Vertimai importuoti
notice-translations-imported-text = Vertimai į { $language }: importuota { $imported }, nepakeista { $unchanged }, tuščių { $empty }. Atšaukus grąžinamas visas importas.
notice-translations-source-changed = { $codes } šaltinis pasikeitė po failo sukūrimo: importuota kaip juodraštis, rodoma kaip pasenę.

## Display language (View › Texts in): the board, the lists and the PESTLE views in a language the session holds
menu-texts-in = Tekstai kalba
menu-texts-in-working = { $language } (darbo kalba)
status-texts-in = Tekstai kalba { $language }
status-texts-in-tip = Lenta, sąrašai ir PESTLE rodiniai rodo šią kalbą; ką ten rašote, keičia vertimą. Rodinys › Tekstai kalba grąžina atgal.
texts-in-fallback-tip = Dar neišversta: tekstas kalba { $language }, darbo kalba.
texts-in-stale = pasenęs
texts-in-stale-tip = Šaltinio tekstas pasikeitė po vertimo: patikrinkite jį rodinyje Vertimas.
board-translating = Rašymas keičia vertimą į { $language }. Teiginių patikros rodomos tik darbo kalba.
