# Chestionarul sondajului de verificare: textele lui din XLSForm pentru
# KoboToolbox și ODK Collect, din registrul de introducere a datelor și din
# chestionarul pe hârtie. Le citesc angajații din penitenciare și din probațiune,
# adesea pe telefon: scrieți scurt și simplu.

survey-form-title = Verificarea profilului ocupațional: { $occupation }
survey-intro = Acest chestionar cuprinde sarcinile ocupației, așa cum le-a descris un grup de practicieni cu experiență. Pentru fiecare sarcină, indicați dacă o efectuați în munca dumneavoastră, cât de importantă este, cât de des o efectuați, cât de greu se învață și dacă personalul nou ar trebui instruit pentru ea. Răspundeți pe baza propriei experiențe; nu există răspunsuri corecte sau greșite. Nu vi se cere numele.
survey-profile = Despre dumneavoastră
survey-respondent-code = Cod de respondent
survey-respondent-code-hint = Codul primit de la organizator sau orice cod scurt ales de dumneavoastră. Fără nume.
survey-country = Țara
survey-country-hint = Două majuscule, de ex. CZ, DE, RO.
survey-level = Poziția dumneavoastră
survey-level-job-holder = Angajat (fac această muncă)
survey-level-supervisor = Șef direct
survey-level-trainer = Formator
survey-level-manager = Manager
survey-sector = Unde lucrați
survey-sector-public = Instituție publică
survey-sector-private = Firmă privată
survey-sector-ngo = Organizație neguvernamentală
survey-years = Ani în această ocupație
survey-language = Limba chestionarului
survey-duty = Atribuția { $code }: { $title }
survey-performs = Efectuați această sarcină?
survey-importance = Cât de importantă este pentru această muncă?
survey-frequency = Cât de des o efectuați?
survey-difficulty = Cât de greu se învață?
survey-train = Personalul nou ar trebui instruit pentru ea?
survey-comment = Comentariu (opțional)
survey-missed = Sarcini ale acestei atribuții care lipsesc din listă (câte una pe rând)
survey-missed-page = Sarcini care lipsesc din listă
survey-missed-hint = Scrieți fiecare sarcină ca o acțiune scurtă: un verb și obiectul lui, de ex. „Percheziționează bagajele vizitatorilor”.
survey-yes = Da
survey-no = Nu
survey-importance-1 = Neimportant
survey-importance-2 = Oarecum important
survey-importance-3 = Important
survey-importance-4 = Foarte important
survey-importance-5 = Critic
survey-frequency-1 = Anual sau mai rar
survey-frequency-2 = Lunar
survey-frequency-3 = Săptămânal
survey-frequency-4 = Zilnic
survey-frequency-5 = De mai multe ori pe zi
survey-difficulty-1 = Foarte ușor
survey-difficulty-2 = Ușor
survey-difficulty-3 = Moderat
survey-difficulty-4 = Dificil
survey-difficulty-5 = Foarte dificil
survey-how-to-tick = Bifați câte o căsuță în fiecare coloană. Pentru o sarcină pe care nu o efectuați, lăsați goală frecvența; evaluați totuși importanța și dificultatea.
survey-task = Sarcină
survey-code = Cod
survey-thank-you = Vă mulțumim. Vă rugăm să predați chestionarul organizatorului.
survey-page = Pagina { $page } din { $pages }

## Partea Chestionar a filei Verificare (src/ui/survey_view.rs)
## și Fișier › Chestionar.
verify-tab-panel = Evaluările panelului
verify-tab-survey = Chestionar
survey-view-none = Încă nu există răspunsuri la chestionar. Fișier › Chestionar › Formular de chestionar… scrie chestionarul (un XLSForm pentru KoboToolbox sau ODK Collect, sau un șablon CSV); Fișier › Chestionar › Importă răspunsurile la chestionar… citește ce se primește înapoi.
survey-view-rounds = Runde:
survey-view-countries = Țări:
survey-view-levels = Poziții:
survey-view-sectors = Sectoare:
survey-view-weighting = Cifre cumulate:
survey-view-per-respondent = fiecare respondent contează la fel
survey-view-per-country = fiecare țară contează la fel
survey-view-pooled-per-respondent = cumulate, fiecare respondent la fel
survey-view-pooled-per-country = cumulate, fiecare țară la fel
survey-view-summary = { $respondents ->
    [one] { $respondents } respondent
    [few] { $respondents } respondenți
   *[other] { $respondents } de respondenți
} în { $rounds ->
    [one] { $rounds } rundă
    [few] { $rounds } runde
   *[other] { $rounds } de runde
} ·
survey-view-sector-public = Public
survey-view-sector-private = Privat
survey-view-sector-ngo = ONG
survey-view-level-job-holder = Angajați
survey-view-level-supervisor = Șefi direcți
survey-view-level-trainer = Formatori
survey-view-level-manager = Manageri
survey-view-distribution = Cine a răspuns
survey-view-country = Țara
survey-view-no-level = Fără poziție
survey-view-no-country = (nespecificată)
survey-view-total = Total
survey-warn-majority = Respondenți din { $country }: { $respondents } din { $total }. Cifrele cumulate arată mai ales ce crede { $country }. Pentru comparație, dați fiecărei țări aceeași pondere.
survey-warn-few = Respondenți din { $country }: doar { $respondents } (mai puțini de { $minimum }). Cifrele proprii ale acestei țări sunt nesigure.
survey-warn-level-absent = Cu acest filtru nu a răspuns nimeni din grupul: { $level }.
survey-warn-no-country = { $respondents ->
    [one] { $respondents } respondent nu a indicat țara.
    [few] { $respondents } respondenți nu au indicat țara.
   *[other] { $respondents } de respondenți nu au indicat țara.
}
survey-view-tasks = Sarcini
survey-view-sort-priority = Întâi prioritatea cea mai mare
survey-view-code = Cod
survey-view-task = Sarcină
survey-view-n = n
survey-view-performing = Efect.
survey-view-importance = Importanță
survey-view-frequency = Frecvență
survey-view-difficulty = Dificultate
survey-view-priority = Prioritate
survey-view-train = Instr.
survey-view-rank = Loc
survey-view-panel = Panel
survey-view-marks = Semnale
survey-view-formula = Cifre: media ± abaterea standard. Prioritate = { $formula }.
survey-view-formula-if = importanța medie × frecvența medie (1–25)
survey-view-formula-ifd = importanța medie × frecvența medie × dificultatea medie (1–125)
survey-view-panel-tip = Panelul i-a evaluat importanța cu { $panel }; chestionarul diferă cu { $difference }.
survey-mark-levels = { $level } { $supervisors } (n = { $supervisors-n }), angajați { $job-holders } (n = { $job-holders-n }): diferență de { $difference }, semnalată de la { $threshold }.
survey-mark-country = { $country } o pune pe locul { $rank }, celelalte țări pe locul { $others } (sarcini clasate în ambele: { $ranked }).
survey-view-suggestions = { $count ->
    [one] { $count } sarcină propusă așteaptă
    [few] { $count } sarcini propuse așteaptă
   *[other] { $count } de sarcini propuse așteaptă
}
survey-view-no-suggestions = Nicio sarcină propusă nu așteaptă o decizie.
survey-view-suggested-times = { $count ->
    [one] propusă o dată
    [few] propusă de { $count } ori
   *[other] propusă de { $count } de ori
}
survey-view-like-task = asemănătoare cu { $code } de pe hartă
survey-view-statement = Sarcina așa cum ar apărea pe hartă
survey-view-under-duty = la atribuția
survey-view-choose-duty = Alegeți o atribuție
survey-view-accept = Adaugă pe hartă
survey-view-reason = De ce nu (se înregistrează)
survey-view-reject = Respinge
survey-view-reason-first = Spuneți întâi de ce: motivul se înregistrează împreună cu propunerea.
menu-survey = Chestionar
cmd-survey-form = Formular de chestionar…
cmd-survey-form-tip = Scrie chestionarul de verificare: un XLSForm (.xlsx) pentru KoboToolbox sau ODK Collect, sau un șablon CSV (.csv)
cmd-import-survey = Importă răspunsurile la chestionar…
cmd-import-survey-tip = Citește răspunsurile primite înapoi (un export CSV sau .xlsx, sau șablonul completat) într-o rundă de chestionar, ca un singur pas, care se poate anula
files-survey-form = Formular de chestionar
files-import-survey = Importă răspunsurile la chestionar
files-kind-survey-form = Chestionar (XLSForm, PDF pentru tipărit sau șablon CSV)
files-kind-survey-answers = Răspunsuri la chestionar (CSV sau Excel)
notice-survey-form = Formularul de chestionar a fost scris
notice-survey-form-text = Fișierul { $file } este gata: încărcați-l în KoboToolbox sau ODK Central, sau completați șablonul și importați-l înapoi.
notice-survey-imported = Răspunsuri la chestionar importate
notice-survey-imported-text = Runda „{ $round }”: { $added ->
    [one] { $added } respondent adăugat
    [few] { $added } respondenți adăugați
   *[other] { $added } de respondenți adăugați
}, deja existenți: { $known }, { $suggestions ->
    [one] { $suggestions } sarcină propusă
    [few] { $suggestions } sarcini propuse
   *[other] { $suggestions } de sarcini propuse
}. „Anulează” retrage tot importul.
notice-survey-changed = { $count ->
    [one] { $count } respondent este deja în rundă cu alte răspunsuri; se păstrează cele ale rundei: { $codes }
    [few] { $count } respondenți sunt deja în rundă cu alte răspunsuri; se păstrează cele ale rundei: { $codes }
   *[other] { $count } de respondenți sunt deja în rundă cu alte răspunsuri; se păstrează cele ale rundei: { $codes }
}
cmd-export-survey-stats = Exportă rezultatele chestionarului…
cmd-export-survey-stats-tip = Scrie rezultatele pe sarcini așa cum le arată vederea Chestionar (filtrul și ponderarea ei), pentru R, SPSS sau o foaie de calcul: .xlsx sau .csv
files-export-survey-stats = Exportă rezultatele chestionarului
files-kind-survey-stats = Rezultatele chestionarului (Excel sau CSV)
notice-survey-stats = Rezultatele chestionarului au fost scrise
notice-survey-stats-text = { $file }: rezultatele respondenților (număr: { $respondents }), filtrate și ponderate ca în vederea Chestionar.

survey-column-performs = O efectuez
survey-column-importance = Importanță
survey-column-frequency = Frecvență
survey-column-difficulty = Dificultate
survey-column-train = Instruire?
survey-continued = { $duty } (continuare)
survey-how-to = Cum răspundeți
survey-correct = Pentru a schimba un răspuns, înnegriți complet căsuța greșită și bifați-o pe cea corectă.
cmd-survey-workbook = Registru pentru introducere…
cmd-survey-workbook-tip = Scrie un registru pentru introducerea chestionarelor pe hârtie: un rând pe chestionar, o listă derulantă în fiecare celulă de răspuns; apoi importați-l înapoi
files-survey-workbook = Registru pentru introducere
files-kind-survey-workbook = Registru Excel
notice-survey-workbook-text = { $file } este gata: introduceți fiecare chestionar pe hârtie pe un rând, apoi importați-l din Fișier › Chestionar › Importă răspunsurile la chestionar…
