# Vprašalnik ankete za preverjanje: njegova besedila v obrazcu XLSForm za
# KoboToolbox in ODK Collect, v preglednici za vnos podatkov in v papirnem
# vprašalniku. Berejo jih zaposleni v zaporih in probaciji, pogosto na telefonu:
# pišite kratko in preprosto.

survey-form-title = Preverjanje poklicnega profila: { $occupation }
survey-intro = Ta vprašalnik navaja naloge poklica, kot jih je opisala skupina izkušenih delavcev. Pri vsaki nalogi označite, ali jo opravljate pri svojem delu, kako pomembna je, kako pogosto jo opravljate, kako zahtevna je za učenje in ali naj se novo zaposleni zanjo usposobijo. Odgovarjajte na podlagi lastnih izkušenj; pravilnih ali napačnih odgovorov ni. Po imenu vas ne sprašujemo.
survey-profile = O vas
survey-respondent-code = Koda anketiranca
survey-respondent-code-hint = Koda, ki ste jo dobili od organizatorja, ali katera koli vaša kratka koda. Brez imen.
survey-country = Država
survey-country-hint = Dve veliki črki, npr. CZ, DE, RO.
survey-level = Vaš položaj
survey-level-job-holder = Delavec (to delo opravljam)
survey-level-supervisor = Nadrejeni
survey-level-trainer = Izvajalec usposabljanja
survey-level-manager = Vodstveni delavec
survey-sector = Kje delate
survey-sector-public = Javni sektor
survey-sector-private = Zasebno podjetje
survey-sector-ngo = Nevladna organizacija
survey-years = Leta v tem poklicu
survey-language = Jezik vprašalnika
survey-duty = Področje { $code }: { $title }
survey-performs = Ali opravljate to nalogo?
survey-importance = Kako pomembna je za to delo?
survey-frequency = Kako pogosto jo opravljate?
survey-difficulty = Kako zahtevna je za učenje?
survey-train = Ali naj se novo zaposleni zanjo usposobijo?
survey-comment = Komentar (neobvezno)
survey-missed = Naloge tega področja, ki manjkajo na seznamu (vsaka v svoji vrstici)
survey-missed-page = Naloge, ki manjkajo na seznamu
survey-missed-hint = Vsako nalogo zapišite kot kratko dejanje: glagol in to, na kar se nanaša, npr. »Pregledovati torbe obiskovalcev«.
survey-yes = Da
survey-no = Ne
survey-importance-1 = Ni pomembno
survey-importance-2 = Nekoliko pomembno
survey-importance-3 = Pomembno
survey-importance-4 = Zelo pomembno
survey-importance-5 = Ključno
survey-frequency-1 = Letno ali redkeje
survey-frequency-2 = Mesečno
survey-frequency-3 = Tedensko
survey-frequency-4 = Dnevno
survey-frequency-5 = Večkrat na dan
survey-difficulty-1 = Zelo lahko
survey-difficulty-2 = Lahko
survey-difficulty-3 = Srednje
survey-difficulty-4 = Težko
survey-difficulty-5 = Zelo težko
survey-how-to-tick = V vsakem stolpcu označite eno polje. Pri nalogi, ki je ne opravljate, pustite pogostost prazno; pomembnost in zahtevnost vseeno ocenite.
survey-task = Naloga
survey-code = Koda
survey-thank-you = Hvala. Prosimo, vrnite vprašalnik organizatorju.
survey-page = Stran { $page } od { $pages }

## Del Anketa na zavihku Preverjanje (src/ui/survey_view.rs)
## in Datoteka › Anketa.
verify-tab-panel = Ocene panela
verify-tab-survey = Anketa
survey-view-none = Odgovorov na anketo še ni. Datoteka › Anketa › Vprašalnik… zapiše vprašalnik (XLSForm za KoboToolbox ali ODK Collect ali predlogo CSV); Datoteka › Anketa › Uvozi odgovore ankete… prebere, kar pride nazaj.
survey-view-rounds = Krogi:
survey-view-countries = Države:
survey-view-levels = Položaji:
survey-view-sectors = Sektorji:
survey-view-weighting = Skupne vrednosti:
survey-view-per-respondent = vsak anketiranec šteje enako
survey-view-per-country = vsaka država šteje enako
survey-view-pooled-per-respondent = skupaj, vsak anketiranec enako
survey-view-pooled-per-country = skupaj, vsaka država enako
survey-view-summary = { $respondents ->
    [one] { $respondents } anketiranec
    [two] { $respondents } anketiranca
    [few] { $respondents } anketiranci
   *[other] { $respondents } anketirancev
} v { $rounds ->
    [one] { $rounds } krogu
    [two] { $rounds } krogih
    [few] { $rounds } krogih
   *[other] { $rounds } krogih
} ·
survey-view-sector-public = Javni
survey-view-sector-private = Zasebni
survey-view-sector-ngo = NVO
survey-view-level-job-holder = Delavci
survey-view-level-supervisor = Nadrejeni
survey-view-level-trainer = Izvajalci usposabljanja
survey-view-level-manager = Vodstveni delavci
survey-view-distribution = Kdo je odgovoril
survey-view-country = Država
survey-view-no-level = Brez položaja
survey-view-no-country = (ni navedena)
survey-view-total = Skupaj
survey-warn-majority = Anketiranci iz države { $country }: { $respondents } od { $total }. Skupne vrednosti večinoma povedo, kar misli { $country }. Za primerjavo dajte vsaki državi enako težo.
survey-warn-few = Anketiranci iz države { $country }: samo { $respondents } (manj kot { $minimum }). Njene lastne vrednosti so negotove.
survey-warn-level-absent = Pri tem filtru ni odgovoril nihče iz skupine: { $level }.
survey-warn-no-country = { $respondents ->
    [one] { $respondents } anketiranec ni navedel države.
    [two] { $respondents } anketiranca nista navedla države.
    [few] { $respondents } anketiranci niso navedli države.
   *[other] { $respondents } anketirancev ni navedlo države.
}
survey-view-tasks = Naloge
survey-view-sort-priority = Najprej najvišja prioriteta
survey-view-code = Koda
survey-view-task = Naloga
survey-view-n = n
survey-view-performing = Oprav.
survey-view-importance = Pomembnost
survey-view-frequency = Pogostost
survey-view-difficulty = Zahtevnost
survey-view-priority = Prioriteta
survey-view-train = Usp.
survey-view-rank = Mesto
survey-view-panel = Panel
survey-view-marks = Odst.
survey-view-formula = Vrednosti: povprečje ± standardni odklon. Prioriteta = { $formula }.
survey-view-formula-if = povprečna pomembnost × povprečna pogostost (1–25)
survey-view-formula-ifd = povprečna pomembnost × povprečna pogostost × povprečna zahtevnost (1–125)
survey-view-panel-tip = Panel je njeno pomembnost ocenil z { $panel }; anketa se razlikuje za { $difference }.
survey-mark-levels = { $level } { $supervisors } (n = { $supervisors-n }), delavci { $job-holders } (n = { $job-holders-n }): razlika { $difference }, označeno od { $threshold }.
survey-mark-country = { $country } jo uvršča na { $rank }. mesto, druge države na { $others }. mesto (nalog z mestom v obeh: { $ranked }).
survey-view-suggestions = { $count ->
    [one] { $count } predlagana naloga čaka
    [two] { $count } predlagani nalogi čakata
    [few] { $count } predlagane naloge čakajo
   *[other] { $count } predlaganih nalog čaka
}
survey-view-no-suggestions = Nobena predlagana naloga ne čaka na odločitev.
survey-view-suggested-times = { $count ->
    [one] predlagano { $count }-krat
    [two] predlagano { $count }-krat
    [few] predlagano { $count }-krat
   *[other] predlagano { $count }-krat
}
survey-view-like-task = podobna nalogi { $code } na karti
survey-view-statement = Naloga, kot bi bila zapisana na karti
survey-view-under-duty = v področju
survey-view-choose-duty = Izberite področje
survey-view-accept = Dodaj na karto
survey-view-reason = Zakaj ne (se zabeleži)
survey-view-reject = Zavrni
survey-view-reason-first = Najprej navedite razlog: zabeleži se skupaj s predlogom.
menu-survey = Anketa
cmd-survey-form = Vprašalnik…
cmd-survey-form-tip = Zapiši vprašalnik za preverjanje: XLSForm (.xlsx) za KoboToolbox ali ODK Collect ali predlogo CSV (.csv)
cmd-import-survey = Uvozi odgovore ankete…
cmd-import-survey-tip = Preberi vrnjene odgovore (izvoz CSV ali .xlsx ali izpolnjeno predlogo) v anketni krog kot en korak, ki ga lahko razveljavite
files-survey-form = Vprašalnik
files-import-survey = Uvozi odgovore ankete
files-kind-survey-form = Vprašalnik (XLSForm, PDF za tisk ali predloga CSV)
files-kind-survey-answers = Odgovori ankete (CSV ali Excel)
notice-survey-form = Vprašalnik je zapisan
notice-survey-form-text = Datoteka { $file } je pripravljena: naložite jo v KoboToolbox ali ODK Central ali pa izpolnite predlogo in jo uvozite nazaj.
notice-survey-imported = Odgovori ankete so uvoženi
notice-survey-imported-text = Krog »{ $round }«: { $added ->
    [one] dodan { $added } anketiranec
    [two] dodana { $added } anketiranca
    [few] dodani { $added } anketiranci
   *[other] dodanih { $added } anketirancev
}, že v krogu: { $known }, { $suggestions ->
    [one] { $suggestions } predlagana naloga
    [two] { $suggestions } predlagani nalogi
    [few] { $suggestions } predlagane naloge
   *[other] { $suggestions } predlaganih nalog
}. »Razveljavi« prekliče ves uvoz.
notice-survey-changed = { $count ->
    [one] { $count } anketiranec je že v krogu z drugačnimi odgovori; obdržani so odgovori kroga: { $codes }
    [two] { $count } anketiranca sta že v krogu z drugačnimi odgovori; obdržani so odgovori kroga: { $codes }
    [few] { $count } anketiranci so že v krogu z drugačnimi odgovori; obdržani so odgovori kroga: { $codes }
   *[other] { $count } anketirancev je že v krogu z drugačnimi odgovori; obdržani so odgovori kroga: { $codes }
}
cmd-export-survey-stats = Izvozi rezultate ankete …
cmd-export-survey-stats-tip = Zapiši rezultate po nalogah, kot jih kaže pogled Anketa (njegov filter in uteževanje), za R, SPSS ali preglednico: .xlsx ali .csv
files-export-survey-stats = Izvozi rezultate ankete
files-kind-survey-stats = Rezultati ankete (Excel ali CSV)
notice-survey-stats = Rezultati ankete zapisani
notice-survey-stats-text = { $file }: rezultati anketirancev (število: { $respondents }), filtrirani in uteženi kot v pogledu Anketa.

survey-column-performs = Opravljam
survey-column-importance = Pomembnost
survey-column-frequency = Pogostost
survey-column-difficulty = Zahtevnost
survey-column-train = Usposobiti nove?
survey-continued = { $duty } (nadaljevanje)
survey-how-to = Kako odgovoriti
survey-correct = Če želite odgovor spremeniti, napačno polje v celoti počrnite in označite pravo.
cmd-survey-workbook = Delovni zvezek za vnos …
cmd-survey-workbook-tip = Zapiši delovni zvezek za vnos papirnih vprašalnikov: ena vrstica na vprašalnik, spustni seznam v vsaki celici z odgovorom; nato ga znova uvozite
files-survey-workbook = Delovni zvezek za vnos
files-kind-survey-workbook = Delovni zvezek Excel
notice-survey-workbook-text = { $file } je pripravljen: vsak papirni vprašalnik vnesite v eno vrstico, nato ga uvozite z Datoteka › Anketa › Uvozi odgovore ankete…
