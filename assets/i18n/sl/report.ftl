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
