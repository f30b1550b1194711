## PDF ataskaitų nekintami tekstai (crates/dacum-export).

report-chart = DACUM žemėlapis
report-profile = Kompetencijų profilis
report-pestle = PESTLE ir scenarijų ataskaita
report-chart-header = DACUM žemėlapis — { $occupation }
report-profile-header = Kompetencijų profilis — { $occupation }
report-pestle-header = PESTLE ir scenarijų ataskaita — { $occupation }
report-chart-subtitle = DACUM žemėlapis: { $occupation }
report-profile-subtitle = Kompetencijų profilis: { $occupation }
report-pestle-subtitle = Pokyčių veiksniai ir scenarijai: { $occupation }
report-the-occupation = profesija
report-all-title = { $occupation } — DACUM žemėlapis, kompetencijų profilis ir PESTLE ataskaita
report-keyword-scenarios = scenarijai

report-page-of = { $page } psl. iš { $pages }
report-personal-data = Yra asmens duomenų: grupės narių ir dalyvių vardai.
report-stakeholder-copy = Kopija suinteresuotosioms šalims: be asmenvardžių.

report-fact-date = Data
report-fact-venue = Vieta
report-fact-produced-for = Kam
report-fact-produced-by = Parengė
report-fact-workshop = Seminaras
report-fact-language = Kalba
report-month = { $month ->
    [1] sausio
    [2] vasario
    [3] kovo
    [4] balandžio
    [5] gegužės
    [6] birželio
    [7] liepos
    [8] rugpjūčio
    [9] rugsėjo
    [10] spalio
    [11] lapkričio
   *[12] gruodžio
}
report-date = { $year } m. { $month } { $day } d.
report-date-days = { $year } m. { $month } { $from }–{ $to } d.
report-date-months = { $year } m. { $from-month } { $from } d. – { $to-month } { $to } d.
report-decimal-mark = ,
report-and = { $first } ir { $last }

report-duties-and-tasks = Pareigos ir užduotys
report-no-duties = Pareigų dar neužrašyta.
report-no-tasks = Užduočių dar nėra.
report-continued = (tęsinys)
report-supporting-lists = Papildomi sąrašai
report-list = { $kind ->
    [knowledge] Bendrosios žinios ir įgūdžiai
    [behaviour] Darbuotojo elgsena
    [tool] Įrankiai, įranga ir medžiagos
    [trend] Ateities tendencijos ir rūpesčiai
   *[acronyms] Santrumpos
}
report-list-continued = { $list } (tęsinys)
report-panel-bookmark = Grupė ir moderatoriai
report-panel-heading = DACUM grupė ir moderatoriai
report-column-name = Vardas
report-column-role = Vaidmuo
report-column-job-title = Pareigos
report-column-organisation = Organizacija
report-column-country = Šalis
report-column-years = Patirtis, m.
report-role = { $role ->
    [panel] Grupės narys
    [facilitator] Moderatorius
    [observer] Stebėtojas
   *[respondent] Respondentas
}
report-anonymous-panel = { PLURAL_LT($count) ->
    [one] Asmenvardžiai šioje kopijoje praleisti. Grupė: { $count } patyręs darbuotojas
    [few] Asmenvardžiai šioje kopijoje praleisti. Grupė: { $count } patyrę darbuotojai
   *[other] Asmenvardžiai šioje kopijoje praleisti. Grupė: { $count } patyrusių darbuotojų
}
report-anonymous-countries = iš { $countries }
report-anonymous-years = turintys nuo { $min } iki { $max } metų patirties
report-anonymous-facilitators = { PLURAL_LT($count) ->
    [one] Moderavo { $count } moderatorius.
    [few] Moderavo { $count } moderatoriai.
   *[other] Moderavo { $count } moderatorių.
}

report-shared-added = pridėta po sujungimo
report-shared-all = visos { $count }
report-shared-some = { $held } iš { $count }
report-shared-other-wordings = { PLURAL_LT($count) ->
    [one] { $count } kita formuluotė
    [few] { $count } kitos formuluotės
   *[other] { $count } kitų formuluočių
}
report-sharing-key = Sujungta iš sesijų: { $count } ({ $labels }). { $place ->
    [chart] Maža eilutė kiekvieno užduoties langelio apačioje
   *[profile] Stulpelis „Bendra su“
} rodo, kiek jų turi užduotį ir kurios („visos“, kai ją turi kiekviena), o „kita formuluotė“ – kur sesijos užduotį suformulavo skirtingai ir koordinatorius to dar neišsprendė; sujungtos sesijos išvardytos skyriuje „Sujungtos sesijos“.
report-merged-sessions = Sujungtos sesijos
report-column-label = Žymė
report-column-workshop = Seminaras
report-column-language = Kalba
report-column-dates = Datos
report-column-tasks = Užduotys
report-summary = Iš { $tasks } užduočių: { $parts }.
report-summary-all = { $count } visose { $sessions } sesijose
report-summary-part = { $count } { $place ->
    [most] daugiau nei pusėje jų
    [some] dviejose ar daugiau, bet ne daugiau nei pusėje
    [single] tik vienoje sesijoje
   *[added] pridėta po sujungimo
}
report-summary-open = Dar neišspręsti sesijų skirtumai: { $count }. Kur sesijos nesutaria, ataskaitose rodoma daugumos reikšmė.
report-also-written-as = Kitos formuluotės
report-also-written-as-line = { $field }, { $element }: dar parašyta kaip { $wordings }.

report-profile-introduction = Šiame profilyje pateikiamos DACUM žemėlapio pareigos ({ $duties }) ir užduotys ({ $tasks }).
report-not-verified = Užduotys dar nepatikrintos.
report-verified = { PLURAL_LT($raters) ->
    [one] { $raters } vertintojas patikrino užduočių: { $tasks }.
    [few] { $raters } vertintojai patikrino užduočių: { $tasks }.
   *[other] { $raters } vertintojų patikrino užduočių: { $tasks }.
}
report-priority-formula = Prioriteto indeksas – { $formula ->
    [if] vidutinė svarba × vidutinis dažnumas (1–25)
   *[ifd] vidutinė svarba × vidutinis dažnumas × vidutinis sudėtingumas (1–125)
}.
report-ratings-key = Svarba, dažnumas ir sudėtingumas – vidurkiai skalėje nuo 1 iki 5, po jų standartinis nuokrypis (±); ▲ žymi didelį vertintojų nesutarimą (trijų ar daugiau balų skirtumą arba ne mažesnį nei 1,2 standartinį nuokrypį). Mokyti? – vertintojų rekomendacija: Taip, kai dauguma atsakiusiųjų mano, kad užduoties reikia mokyti (atsakymai taip / atsakymai). Sprendimą dėl mokymo priima programos rengėjai.
report-most-critical = Svarbiausios užduotys
report-most-critical-intro = { PLURAL_LT($count) ->
    [one] { $count } užduotis su didžiausiu prioriteto indeksu: nuo čia gali prasidėti mokymo programa.
    [few] { $count } užduotys su didžiausiu prioriteto indeksu: nuo čia gali prasidėti mokymo programa.
   *[other] { $count } užduočių su didžiausiu prioriteto indeksu: nuo čia gali prasidėti mokymo programa.
}
report-column-rank = Vieta
report-column-code = Kodas
report-column-task = Užduotis
report-column-shared-by = Bendra su
report-column-importance = Svarba
report-column-frequency = Dažnumas
report-column-difficulty = Sudėtingumas
report-column-priority = Prioritetas
report-column-train = Mokyti?
report-train-verdict = { $verdict ->
    [yes] Taip
    [split] Lygiai
   *[no] Ne
}

report-no-drivers = Šioje sesijoje pokyčių veiksnių nenustatyta.
report-pestle-introduction = Dalyviai ({ $participants }) įvertino pokyčių veiksnius ({ $drivers }) pagal neapibrėžtumą (kiek nenuspėjama veiksnio ateitis) ir poveikį (kiek jis pakeistų darbą), kiekvieną skalėje nuo 1 iki 5. Kiekvienas balsas išsaugomas: lentelėse pateikiamas vidurkis ir standartinis nuokrypis, o ▲ žymi veiksnius, dėl kurių dalyviai labai nesutaria.
report-participants = Dalyviai: { $names }.
report-participants-withheld = Dalyvių vardai šioje kopijoje praleisti.
report-drivers-by-category = Veiksniai pagal kategoriją
report-column-number = Nr.
report-column-driver = Veiksnys
report-column-description = Aprašymas
report-column-uncertainty = Neapibrėžtumas
report-column-impact = Poveikis
report-column-zone = Zona
report-not-scored = Neįvertinta
report-matrix = Neapibrėžtumo ir poveikio matrica
report-matrix-x-axis = Neapibrėžtumas (vidurkis, 1–5) →
report-matrix-y-axis = ↑ Poveikis (vidurkis, 1–5)
report-matrix-ring = Žiedas aplink tašką žymi didelį dalyvių nesutarimą.
report-matrix-legend-entry = { $number }. { $driver } (N { $uncertainty }, P { $impact })
report-matrix-not-scored = Dar neįvertinta: { $drivers }
report-matrix-legend-intro = Veiksniai, kurių pavadinimai netilpo prie taško:
report-matrix-legend-later = Veiksniai, kurių pavadinimai netilpo prie taško, išvardyti kitame puslapyje.
report-matrix-legend = Neapibrėžtumo ir poveikio matricos legenda
report-scenario-matrix = Scenarijų matrica
report-axes = Neapibrėžtumo ašys
report-no-axes = Ašys dar nepasirinktos.
report-axis-heading = { $direction ->
    [horizontal] Horizontali ašis
   *[vertical] Vertikali ašis
}: { $subject }
report-axis-group = { $group } (susiję veiksniai: { $drivers })
report-axis-gone = veiksnys, kurio sesijoje nebėra
report-axis-poles = { $direction ->
    [horizontal] Nuo „{ $low }“ (kairėje) iki „{ $high }“ (dešinėje).
   *[vertical] Nuo „{ $low }“ (apačioje) iki „{ $high }“ (viršuje).
}
report-scenarios-in-full = Visi scenarijai
report-no-scenario = Šiam kvadrantui scenarijus neparašytas.
report-competencies-required = Reikalingos kompetencijos:
report-narrative-later = Visas tekstas pateikiamas po šia matrica.
report-requires = Reikia: { $what }
report-requires-items = { PLURAL_LT($count) ->
    [one] { $count } papildomų sąrašų punkto
    [few] { $count } papildomų sąrašų punktų
   *[other] { $count } papildomų sąrašų punktų
}
report-future-requires = Kompetencijos, kurių reikės šioje ateityje:
