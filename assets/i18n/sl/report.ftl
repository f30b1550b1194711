## Stalna besedila poročil PDF (crates/dacum-export).

report-chart = Karta DACUM
report-profile = Profil kompetenc
report-pestle = Poročilo PESTLE in scenariji
report-chart-header = Karta DACUM — { $occupation }
report-profile-header = Profil kompetenc — { $occupation }
report-pestle-header = Poročilo PESTLE in scenariji — { $occupation }
report-chart-subtitle = Karta DACUM: { $occupation }
report-profile-subtitle = Profil kompetenc: { $occupation }
report-pestle-subtitle = Gonila sprememb in scenariji: { $occupation }
report-the-occupation = poklic
report-all-title = { $occupation } — karta DACUM, profil kompetenc in poročilo PESTLE
report-keyword-scenarios = scenariji

report-page-of = Stran { $page } od { $pages }
report-personal-data = Vsebuje osebne podatke: imena članov panela in udeležencev.
report-stakeholder-copy = Izvod za deležnike: brez osebnih imen.

report-fact-date = Datum
report-fact-venue = Kraj
report-fact-produced-for = Za
report-fact-produced-by = Pripravil
report-fact-workshop = Delavnica
report-fact-language = Jezik
report-month = { $month ->
    [1] januarja
    [2] februarja
    [3] marca
    [4] aprila
    [5] maja
    [6] junija
    [7] julija
    [8] avgusta
    [9] septembra
    [10] oktobra
    [11] novembra
   *[12] decembra
}
report-date = { $day }. { $month } { $year }
report-date-days = { $from }.–{ $to }. { $month } { $year }
report-date-months = { $from }. { $from-month } – { $to }. { $to-month } { $year }
report-decimal-mark = ,
report-and = { $first } in { $last }

report-duties-and-tasks = Področja dela in naloge
report-no-duties = Področja dela še niso zapisana.
report-no-tasks = Še ni nalog.
report-continued = (nadalj.)
report-supporting-lists = Dopolnilni seznami
report-list = { $kind ->
    [knowledge] Splošna znanja in spretnosti
    [behaviour] Vedenja delavca
    [tool] Orodja, oprema in materiali
    [trend] Prihodnji trendi in skrbi
   *[acronyms] Kratice
}
report-list-continued = { $list } (nadalj.)
report-panel-bookmark = Panel in moderatorji
report-panel-heading = Panel DACUM in moderatorji
report-column-name = Ime
report-column-role = Vloga
report-column-job-title = Delovno mesto
report-column-organisation = Organizacija
report-column-country = Država
report-column-years = Leta izkušenj
report-role = { $role ->
    [panel] Član panela
    [facilitator] Moderator
    [observer] Opazovalec
   *[respondent] Anketiranec
}
report-anonymous-panel = { $count ->
    [one] Osebna imena so v tem izvodu izpuščena. Panel: { $count } strokovnjak iz prakse
    [two] Osebna imena so v tem izvodu izpuščena. Panel: { $count } strokovnjaka iz prakse
    [few] Osebna imena so v tem izvodu izpuščena. Panel: { $count } strokovnjaki iz prakse
   *[other] Osebna imena so v tem izvodu izpuščena. Panel: { $count } strokovnjakov iz prakse
}
report-anonymous-countries = iz držav { $countries }
report-anonymous-years = z { $min } do { $max } leti izkušenj
report-anonymous-facilitators = { $count ->
    [one] Vodil je { $count } moderator.
    [two] Vodila sta { $count } moderatorja.
    [few] Vodili so { $count } moderatorji.
   *[other] Vodilo je { $count } moderatorjev.
}

report-shared-added = dodano po združitvi
report-shared-all = vseh { $count }
report-shared-some = { $held } od { $count }
report-shared-other-wordings = { $count ->
    [one] { $count } drugačna ubeseditev
    [two] { $count } drugačni ubeseditvi
    [few] { $count } drugačne ubeseditve
   *[other] { $count } drugačnih ubeseditev
}
report-sharing-key = Združeno iz sej: { $count } ({ $labels }). { $place ->
    [chart] Majhna vrstica na dnu vsakega polja naloge
   *[profile] Stolpec »Deli«
} pove, koliko sej nalogo vsebuje in katere (»vseh«, če jo vsebujejo vse), ter »drugačna ubeseditev«, kjer seje nalogo ubesedijo različno in koordinator tega še ni uskladil; združene seje so navedene v razdelku »Združene seje«.
report-merged-sessions = Združene seje
report-column-label = Oznaka
report-column-workshop = Delavnica
report-column-language = Jezik
report-column-dates = Datumi
report-column-tasks = Naloge
report-summary = Od { $tasks } nalog: { $parts }.
report-summary-all = { $count } v vseh { $sessions } sejah
report-summary-part = { $count } { $place ->
    [most] v več kot polovici sej
    [some] v dveh ali več, a največ v polovici
    [single] samo v eni seji
   *[added] dodano po združitvi
}
report-summary-open = Še odprte razlike med sejami: { $count }. Kjer se seje razlikujejo, poročila pokažejo vrednost, ki jo ima večina.
report-also-written-as = Drugačne ubeseditve
report-also-written-as-line = { $field } – { $element }: zapisano tudi kot { $wordings }.

report-profile-introduction = Ta profil navaja { $duties ->
    [one] { $duties } področje dela
    [two] { $duties } področji dela
    [few] { $duties } področja dela
   *[other] { $duties } področij dela
} in { $tasks ->
    [one] { $tasks } nalogo
    [two] { $tasks } nalogi
    [few] { $tasks } naloge
   *[other] { $tasks } nalog
} karte DACUM.
report-not-verified = Naloge še niso preverjene.
report-verified = { $raters ->
    [one] { $raters } ocenjevalec je preveril naloge: { $tasks }.
    [two] { $raters } ocenjevalca sta preverila naloge: { $tasks }.
    [few] { $raters } ocenjevalci so preverili naloge: { $tasks }.
   *[other] { $raters } ocenjevalcev je preverilo naloge: { $tasks }.
}
report-priority-formula = Indeks prioritete je { $formula ->
    [if] povprečna pomembnost × povprečna pogostost (1–25)
   *[ifd] povprečna pomembnost × povprečna pogostost × povprečna zahtevnost (1–125)
}.
report-ratings-key = Pomembnost, pogostost in zahtevnost so povprečja na lestvicah od 1 do 5, za njimi standardni odklon (±); ▲ označuje močno nestrinjanje ocenjevalcev (razpon treh točk ali več ali standardni odklon 1,2 ali več). Usposabljati? je priporočilo ocenjevalcev: Da, če je večina odgovorov za usposabljanje (odgovori da / odgovori). O usposabljanju odločajo razvijalci kurikula.
report-most-critical = Najpomembnejše naloge
report-most-critical-intro = { $count ->
    [one] { $count } naloga z najvišjim indeksom prioritete: tu se lahko kurikul začne.
    [two] { $count } nalogi z najvišjim indeksom prioritete: tu se lahko kurikul začne.
    [few] { $count } naloge z najvišjim indeksom prioritete: tu se lahko kurikul začne.
   *[other] { $count } nalog z najvišjim indeksom prioritete: tu se lahko kurikul začne.
}
report-column-rank = Mesto
report-column-code = Koda
report-column-task = Naloga
report-column-shared-by = Deli
report-column-importance = Pomembnost
report-column-frequency = Pogostost
report-column-difficulty = Zahtevnost
report-column-priority = Prioriteta
report-column-train = Usposabljati?
report-train-verdict = { $verdict ->
    [yes] Da
    [split] Neodl.
   *[no] Ne
}

report-no-drivers = V tej seji gonila sprememb niso bila zbrana.
report-pestle-introduction = Udeleženci ({ $participants }) so ocenili { $drivers ->
    [one] { $drivers } gonilo
    [two] { $drivers } gonili
    [few] { $drivers } gonila
   *[other] { $drivers } gonil
} sprememb glede negotovosti (kako nepredvidljiva je njihova prihodnost) in vpliva (kako močno bi spremenila delo), vsakič na lestvici od 1 do 5. Vsak glas ostane: tabele kažejo povprečje in standardni odklon, ▲ pa označuje gonila, pri katerih se udeleženci močno ne strinjajo.
report-participants = Udeleženci: { $names }.
report-participants-withheld = Imena udeležencev so v tem izvodu izpuščena.
report-drivers-by-category = Gonila po kategorijah
report-column-number = Št.
report-column-driver = Gonilo
report-column-description = Opis
report-column-uncertainty = Negotovost
report-column-impact = Vpliv
report-column-zone = Območje
report-not-scored = Ni ocenjeno
report-matrix = Matrika negotovosti in vpliva
report-matrix-x-axis = Negotovost (povprečje, 1–5) →
report-matrix-y-axis = ↑ Vpliv (povprečje, 1–5)
report-matrix-ring = Krog okoli točke označuje močno nestrinjanje udeležencev.
report-matrix-legend-entry = { $number }. { $driver } (N { $uncertainty }, V { $impact })
report-matrix-not-scored = Še ni ocenjeno: { $drivers }
report-matrix-legend-intro = Gonila, katerih imena niso prišla ob točko:
report-matrix-legend-later = Gonila, katerih imena niso prišla ob točko, so navedena na naslednji strani.
report-matrix-legend = Legenda matrike negotovosti in vpliva
report-scenario-matrix = Matrika scenarijev
report-axes = Osi negotovosti
report-no-axes = Osi še niso izbrane.
report-axis-heading = { $direction ->
    [horizontal] Vodoravna os
   *[vertical] Navpična os
}: { $subject }
report-axis-group = { $group } (povezana gonila: { $drivers })
report-axis-gone = gonilo, ki ga v seji ni več
report-axis-poles = { $direction ->
    [horizontal] Od »{ $low }« (levo) do »{ $high }« (desno).
   *[vertical] Od »{ $low }« (spodaj) do »{ $high }« (zgoraj).
}
report-scenarios-in-full = Celotni scenariji
report-no-scenario = Za ta kvadrant ni zapisanega scenarija.
report-competencies-required = Potrebne kompetence:
report-narrative-later = Celotno besedilo sledi za to matriko.
report-requires = Zahteva: { $what }
report-requires-items = { $count ->
    [one] { $count } postavko dopolnilnih seznamov
    [two] { $count } postavki dopolnilnih seznamov
    [few] { $count } postavke dopolnilnih seznamov
   *[other] { $count } postavk dopolnilnih seznamov
}
report-future-requires = Kompetence, ki jih ta prihodnost zahteva:

## Poročilo o preverjanju: kaj so anketiranci povedali o karti.
report-verification = Poročilo o preverjanju
report-verification-header = Poročilo o preverjanju — { $occupation }
report-verification-subtitle = Anketa za preverjanje poklicnega profila: { $occupation }
report-keyword-survey = anketa za preverjanje
report-verification-note = Brez osebnih imen: anketiranci so navedeni le s kodo, ocenjevalci panela le s številko.
report-fact-survey = Anketa
report-fact-respondents = Anketiranci
report-fact-weighting = Uteževanje
report-round-dates = { $round } ({ $dates })
report-respondents-in-countries = { $respondents } iz { $countries ->
    [one] { $countries } države
    [two] { $countries } držav
    [few] { $countries } držav
   *[other] { $countries } držav
}
report-weighting = { $weighting ->
    [per-respondent] vsak anketiranec šteje enako
   *[per-country] vsaka država šteje enako
}
report-weighting-note = { $weighting ->
    [per-respondent] Skupni podatki dajejo vsakemu anketirancu enako težo, zato država z več anketiranci šteje več.
   *[per-country] Skupni podatki dajejo vsaki državi enako težo ne glede na število njenih anketirancev: povprečje je povprečje povprečij držav.
}
report-verification-introduction = Anketiranci ({ $respondents }) so o nalogah karte ({ $tasks }) povedali, ali jih opravljajo, kako pomembne, pogoste in zahtevne so na lestvicah od 1 do 5 in ali naj se zanje usposobijo novo zaposleni.
report-no-survey-answers = Odgovori ankete še niso uvoženi.
report-removed-tasks = Naloge, o katerih je spraševala anketa, a jih ni več v karti: { $count }. Odgovori nanje ostanejo v seji, tu pa niso prikazani.
report-percent = { $value } %
report-responses = Kdo je odgovoril
report-level = { $level ->
    [job-holder] Delavci
    [supervisor] Nadrejeni
    [trainer] Izvajalci usposabljanja
    [manager] Vodstveni delavci
   *[none] Ni navedeno
}
report-no-country = Ni navedeno
report-column-total = Skupaj
report-warning-majority = Država { $country } je dala { $respondents } od { $total } odgovorov, več kot polovico: skupni podatki se nagibajo k državi { $country }.
report-warning-few = Država { $country } ima malo anketirancev ({ $respondents }), manj kot { $minimum }: njeni podatki so negotovi.
report-warning-level-absent = Med anketiranci { $level ->
    [job-holder] ni delavcev
    [supervisor] ni nadrejenih
    [trainer] ni izvajalcev usposabljanja
   *[manager] ni vodstvenih delavcev
}.
report-warning-no-country = Anketiranci brez navedene države: { $respondents }.
report-distribution-even = Nobena država ni dala več kot polovice odgovorov in vsaka ima vsaj { $minimum } anketirancev.
report-ranked-tasks = Naloge po prioriteti
report-ranked-key = n je število anketirancev, ki so odgovorili o nalogi; Opravlja je delež tistih med njimi, ki nalogo opravljajo; pomembnost, pogostost in zahtevnost so povprečja na lestvicah 1–5 s standardnim odklonom (±); Usposobiti je delež tistih, ki menijo, naj se novo zaposleni zanjo usposobijo. Naloge, ki jih ni nihče ocenil, so na koncu v vrstnem redu karte.
report-column-n = n
report-column-perform = Opravlja
report-column-train-share = Usposobiti
report-dot-plots = Pomembnost po področjih dela
report-dot-plot-key = Pika je povprečna pomembnost naloge v anketi, črta skoznjo sega en standardni odklon na vsako stran; prazen krog je povprečje panela; n je število anketirancev, ki so ocenili pomembnost naloge.
report-divergences = Razhajanja
report-level-gaps = Nadrejeni in delavci
report-level-gaps-intro = Naloge, pri katerih se povprečna pomembnost pri nadrejenih in delavcih razlikuje za { $gap } ali več, vsaka stran z vsaj { $n } ocenami: DOE-HDBK-1078 zahteva, da se takšne razlike raziščejo. Povprečja s standardnim odklonom, v oklepaju število ocen.
report-no-level-gaps = Pri nobeni nalogi se nadrejeni in delavci v povprečni pomembnosti ne razlikujejo za { $gap } ali več (kjer ima vsaka stran vsaj { $n } ocen).
report-column-supervisors = Nadrejeni
report-column-job-holders = Delavci
report-column-difference = Razlika
report-country-gaps = Države
report-country-gaps-intro = Naloge, ki jih država po povprečni pomembnosti uvrsti daleč od mesta, kamor jih skupaj uvrstijo druge države: za { $share } uvrščenih nalog ali več, vsaka stran z vsaj { $n } ocenami.
report-no-country-gaps = Nobena država ne uvrsti nobene naloge tako daleč od drugih držav.
report-column-rank-there = Mesto tam
report-column-rank-elsewhere = Mesto drugje
report-column-mean-there = Povprečje tam
report-column-mean-elsewhere = Povprečje drugje
report-rank-of = { $rank } od { $ranked }
report-panel-vs-survey = Panel in anketa
report-panel-vs-survey-intro = Lastne ocene panela delavnice (ocenjevalcev: { $raters }) ob ocenah ankete: povprečna pomembnost s standardnim odklonom, razlika (anketa − panel) in mesto po povprečni pomembnosti na obeh straneh.
report-no-panel-ratings = Panel nalog ni ocenil, zato ankete ni s čim primerjati.
report-column-panel = Panel
report-column-survey = Anketa
report-column-panel-rank = Mesto panel
report-column-survey-rank = Mesto anketa
report-suggested-tasks = Predlagane naloge
report-suggested-intro = Naloge, ki po mnenju anketirancev manjkajo v karti ({ $count }), po področjih dela; podobne ubeseditve so združene.
report-no-suggestions = Noben anketiranec ni predlagal manjkajoče naloge.
report-column-duty = Področje dela
report-column-suggested-task = Predlagana naloga
report-column-suggested-by = Predlagal
report-column-decision = Odločitev
report-decision = { $decision ->
    [open] Odprto
    [accepted] Dodano kot { $code }
   *[rejected] Ni dodano: { $reason }
}
report-similar = Podobno: { $statements }
report-no-duty = Področje ni navedeno
report-anonymous = anonimno
