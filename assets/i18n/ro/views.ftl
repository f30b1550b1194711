# Vederile DACUM în afară de tablă: ghidul atelierului, exportul PDF,
# sesiunea, listele de sprijin și verificarea.

## Ghidul atelierului: pașii DACUM.
guide-orientation = Introducere
guide-orientation-hint = Salutați panelul și explicați DACUM: ei sunt experții, dumneavoastră ghidați procesul. Stabiliți regulile și planul pe două zile.
guide-scope = Sfera ocupației
guide-scope-hint = Stabiliți denumirea ocupației și unde începe și unde se termină. Notați ocupațiile înrudite din afara sferei, ca să nu se strecoare mai târziu.
guide-duties = Atribuțiile
guide-duties-hint = Întrebați: care sunt marile arii de responsabilitate? Țintiți 6–12 atribuții, fiecare începând cu un verb. Întâi notați, apoi rafinați.
guide-tasks = Sarcini pe atribuții
guide-tasks-hint = Câte o atribuție pe rând. Întrebați: ce faceți ca să …? Fiecare sarcină: verb + obiect, observabilă, 2–8 cuvinte. Enter după fiecare sarcină.
guide-review = Revizuirea enunțurilor
guide-review-hint = Parcurgeți avertismentele: verbe vagi sau neobservabile, două sarcini într-una, duplicate, enunțuri lungi. Panelul decide.
guide-sequence = Ordinea sarcinilor
guide-sequence-hint = Ordonați sarcinile cum se petrec de obicei, atribuțiile de la cea mai centrală. Trageți cartonașele sau folosiți Alt+săgeți; codurile urmează.
guide-lists = Liste de sprijin
guide-lists-hint = Cunoștințe și deprinderi generale, comportamente, unelte și echipamente, tendințe și preocupări viitoare, acronime.
guide-verification = Verificare
guide-verification-hint = Fiecare membru al panelului (sau respondent) evaluează fiecare sarcină după importanță, frecvență și dificultate și dacă necesită instruire.
guide-make-current = Fă din acesta pasul curent
guide-time-in-step = În acest pas: { $time }
guide-previous = Pasul anterior
guide-next = Pasul următor
guide-total = Timpul atelierului: { $time }

## Fișier › Exportă PDF…
pdf-title = Exportă PDF
pdf-reports = Rapoarte
pdf-report-chart = Harta DACUM
pdf-report-profile = Profilul competențelor
pdf-report-pestle = Raportul PESTLE și scenariile
pdf-report-verification = Raport de verificare (chestionar)
pdf-paper = Hârtie
paper-a4 = A4
paper-a3 = A3
paper-letter = Letter (SUA)
pdf-leave-out-names = Omite numele persoanelor (o copie pentru părțile interesate)
pdf-report-language = Limba raportului
pdf-export = Exportă…
pdf-choose-a-report = Alegeți cel puțin un raport.
pdf-page-count = { $count ->
    [one] PDF-ul va avea { $count } pagină.
    [few] PDF-ul va avea { $count } pagini.
   *[other] PDF-ul va avea { $count } de pagini.
}
pdf-cannot-prepare = PDF-ul nu poate fi pregătit: { $error }
pdf-counting = Se numără paginile…

## Sesiunea.
session-details = Detaliile sesiunii
session-people = Persoane
session-title = Titlu
session-title-hint = de ex. Agent de penitenciar — DACUM național
session-occupation = Ocupație
session-occupation-hint = Ocupația analizată, de ex. agent de penitenciar
session-organisation = Organizație
session-sponsor = Finanțator
session-venue = Locul
session-country = Țara
session-language = Limba
session-notes = Note
session-start-date = Început
session-end-date = Sfârșit
session-pick = Alegeți din listă
session-pick-country = Alegeți țara din listă
session-pick-language = Alegeți limba din listă
session-country-uk = Codul ISO al Regatului Unit este GB
session-country-el = Codul ISO al Greciei este GR
session-country-unknown = { $code } nu este un cod de țară europeană
session-date-shape = Scrieți data ca AAAA-LL-ZZ, de ex. 2025-03-11
session-date-no-such-day = { $date } nu este o zi din calendar
session-ends-before-start = Atelierul se termină înainte să înceapă
person-name = Nume
person-job-title = Funcție
person-years = Ani de experiență
person-years-short = Ani
person-years-error = Ani: un număr întreg, de ex. 12
person-field = { $field }, { $who }
people-from-countries = { $people } din { $count ->
    [one] { $count } țară
    [few] { $count } țări
   *[other] { $count } de țări
}
people-experience = { $count ->
    [one] { $count } an de experiență cumulată
    [few] { $count } ani de experiență cumulată
   *[other] { $count } de ani de experiență cumulată
}
people-panel-count = { $count ->
    [one] { $count } membru al panelului
    [few] { $count } membri ai panelului
   *[other] { $count } de membri ai panelului
}
people-panel-heading = Membrii panelului ({ $count })
people-panel-add = Adaugă membru al panelului
people-panel-row = membrul panelului { $number }
people-facilitator-count = { $count ->
    [one] { $count } facilitator
    [few] { $count } facilitatori
   *[other] { $count } de facilitatori
}
people-facilitator-heading = Facilitatori ({ $count })
people-facilitator-add = Adaugă facilitator
people-facilitator-row = facilitatorul { $number }
people-observer-count = { $count ->
    [one] { $count } observator
    [few] { $count } observatori
   *[other] { $count } de observatori
}
people-observer-heading = Observatori ({ $count })
people-observer-add = Adaugă observator
people-observer-row = observatorul { $number }
people-respondent-count = { $count ->
    [one] { $count } respondent
    [few] { $count } respondenți
   *[other] { $count } de respondenți
}
people-respondent-heading = Respondenți la chestionar ({ $count })
people-respondent-add = Adaugă respondent
people-respondent-row = respondentul { $number }

## Listele de sprijin. `kind` este knowledge, behaviour, tool sau trend.
list-title = { $kind ->
    [knowledge] Cunoștințe și deprinderi generale
    [behaviour] Comportamente ale lucrătorului
    [tool] Unelte, echipamente și materiale
   *[trend] Tendințe și preocupări viitoare
} ({ $number })
list-none = { $kind ->
    [knowledge] Încă nicio cunoștință sau deprindere.
    [behaviour] Încă niciun comportament.
    [tool] Încă nicio unealtă sau material.
   *[trend] Încă nicio tendință sau preocupare.
}
list-add = { $kind ->
    [knowledge] Adaugă cunoștință sau deprindere
    [behaviour] Adaugă comportament
    [tool] Adaugă unealtă sau material
   *[trend] Adaugă tendință sau preocupare
}
list-item = { $kind ->
    [knowledge] Cunoștință sau deprindere
    [behaviour] Comportament
    [tool] Unealtă sau material
   *[trend] Tendință sau preocupare
} { $number }
list-row = { $kind ->
    [knowledge] cunoștința sau deprinderea
    [behaviour] comportamentul
    [tool] unealta sau materialul
   *[trend] tendința sau preocuparea
} { $number }
## Titlul unei liste într-un alt mesaj (un conflict, un avertisment despre un text lung).
list-name = { $kind ->
    [knowledge] Cunoștințe și deprinderi generale
    [behaviour] Comportamente ale lucrătorului
    [tool] Unelte, echipamente și materiale
   *[trend] Tendințe și preocupări viitoare
}
acronyms-title = Acronime ({ $count })
acronyms-none = Încă niciun acronim.
acronyms-add = Adaugă acronim
acronym-term = Acronimul { $number }
acronym-term-hint = de ex. CPT
acronym-meaning = Înțelesul acronimului { $number }
acronym-meaning-hint = Ce înseamnă
acronym-row = acronimul { $number }

## Verificarea.
verify-no-tasks = Încă nu sunt sarcini de evaluat: construiți întâi harta.
verify-no-raters = Încă niciun evaluator: adăugați membri ai panelului sau respondenți în vederea Sesiune.
verify-rater = Evaluator:
verify-rater-done = { $name } ({ $count } evaluate)
verify-priority-index = Indicele de prioritate:
verify-formula-if = Importanță × frecvență
verify-formula-ifd = Importanță × frecvență × dificultate
formula-if = importanța medie × frecvența medie (1–25)
formula-ifd = importanța medie × frecvența medie × dificultatea medie (1–125)
verify-sort = Sortează după prioritate
verify-keys = Tastați 1–5 pentru importanță, frecvență și dificultate, y sau n pentru instruire; cursorul avansează singur.
verify-code = Cod
verify-task = Sarcină
verify-i = I
verify-f = F
verify-d = D
verify-train-short = Instr.
verify-train-keys = y = trebuie instruit, n = nu e nevoie
verify-priority = Prioritate
verify-raters = Evaluatori
verify-importance = Importanță
verify-frequency = Frecvență
verify-difficulty = Dificultate
verify-train = Instruire
verify-train-percent = Instruire %
verify-stat-tip = Media ± abaterea standard a tuturor evaluatorilor; portocaliu când evaluatorii diferă mult (o plajă de 3 puncte sau o abatere standard de 1,2 sau mai mult)
verify-cell = { $field } pentru { $code }, de { $rater }
verify-anchor-importance-1 = Neimportant
verify-anchor-importance-2 = Oarecum important
verify-anchor-importance-3 = Important
verify-anchor-importance-4 = Foarte important
verify-anchor-importance-5 = Critic
verify-anchor-frequency-1 = Anual sau mai rar
verify-anchor-frequency-2 = Lunar
verify-anchor-frequency-3 = Săptămânal
verify-anchor-frequency-4 = Zilnic
verify-anchor-frequency-5 = De mai multe ori pe zi
verify-anchor-difficulty-1 = Foarte ușor
verify-anchor-difficulty-2 = Ușor
verify-anchor-difficulty-3 = Moderat
verify-anchor-difficulty-4 = Dificil
verify-anchor-difficulty-5 = Foarte dificil

## Translate view
view-translate = Traducere
translate-choose = Alegeți limba țintă: scrieți codul ei (cs, de, ro, de-AT …) și apăsați Adaugă limba.
translate-show = Arată:
translate-filter-all = Toate
translate-filter-missing = Lipsă
translate-filter-stale = Depășite
translate-filter-draft = Ciornă
translate-from = Din { $language } în
translate-no-translations-yet = { $language } (încă fără traduceri)
translate-add-hint = nouă: cs, de-AT …
translate-new-language = Codul limbii noi
translate-add = Adaugă limba
translate-add-invalid = un cod de limbă, de ex. cs sau de-AT, nu limba de lucru
translate-progress = Sarcini în { $language }: { $done } din { $tasks } · texte: { $texts-done } din { $texts } · depășite: { $stale } · ciorne: { $drafts }
translate-no-texts = Această sesiune nu are încă texte.
translate-none-in-state = Niciun text în această stare.
translate-code = Cod
translate-source = Sursă ({ $language })
translate-target = Traducere ({ $language })
translate-state = Stare
translate-field = Traducerea pentru { $what }
translate-state-missing = lipsă
translate-state-missing-tip = Netradus încă: rapoartele arată textul sursă, marcat.
translate-state-stale = depășită
translate-state-stale-tip = Textul sursă s-a schimbat după traducere: verificați-o, apoi marcați-o ca revizuită.
translate-state-draft = ciornă
translate-state-draft-tip = Tradus, încă neverificat.
translate-state-reviewed = revizuită
translate-state-reviewed-tip = Tradus și verificat față de textul sursă actual.
translate-mark-reviewed = Marchează ca revizuită
translate-mark-reviewed-tip = Traducerea corespunde textului sursă în forma lui actuală.
translate-kind-duty = Atribuție
translate-kind-task = Sarcină
translate-kind-list-item = Element de listă
translate-kind-acronym = Sensul acronimului
translate-kind-driver = Factor de schimbare
translate-kind-driver-description = Descrierea factorului
translate-kind-pole = Pol al axei
translate-kind-rationale = Justificarea axei
translate-kind-scenario-name = Numele scenariului
translate-kind-scenario-narrative = Descrierea scenariului

## File › Translations
menu-translations = Traduceri
cmd-export-translations = Exportă pentru traducători…
cmd-export-translations-tip = Scrie textele și traducerile lor în limba din vizualizarea Traducere, ca XLIFF (pentru instrumente CAT) sau ca formular pentru foaia de calcul (.xlsx sau .csv); decide extensia numelui fișierului
cmd-import-translations = Importă traduceri…
cmd-import-translations-tip = Aduce înapoi un fișier XLIFF sau un formular (.xlsx sau .csv) de la traducător; dacă o unitate e greșită, nu se importă nimic
files-export-translations = Exportă pentru traducători
files-import-translations = Importă traduceri
files-kind-translations = XLIFF sau formular (Excel, CSV)
error-no-translation-language = Alegeți mai întâi o limbă
error-no-translation-language-text = În vizualizarea Traducere adăugați sau alegeți limba țintă, apoi exportați din nou.
notice-translations-imported = Traduceri importate
notice-translations-imported-text = Traduceri în { $language }: { $imported } importate, { $unchanged } neschimbate, { $empty } lăsate goale. Anulează întregul import cu Undo.
notice-translations-source-changed = Sursa pentru { $codes } s-a schimbat de la crearea fișierului: importate ca ciorne, arătate ca depășite.

## Display language (View › Texts in): the board, the lists and the PESTLE views in a language the session holds
menu-texts-in = Texte în
menu-texts-in-working = { $language } (limba de lucru)
status-texts-in = Texte în { $language }
status-texts-in-tip = Tabla, listele și vizualizările PESTLE arată această limbă; ce tastați acolo modifică traducerea. Vizualizare › Texte în revine.
texts-in-fallback-tip = Netradus încă: textul în { $language }, limba de lucru.
texts-in-stale = depășit
texts-in-stale-tip = Textul sursă s-a schimbat după traducere: verificați-o în vizualizarea Traducere.
board-translating = Tastarea modifică traducerea în { $language }. Verificările enunțurilor apar doar în limba de lucru.
