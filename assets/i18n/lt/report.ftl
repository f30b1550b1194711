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

## Patikros ataskaita: ką apklausos respondentai pasakė apie žemėlapį.
report-verification = Patikros ataskaita
report-verification-header = Patikros ataskaita — { $occupation }
report-verification-subtitle = Profesijos profilio patikros apklausa: { $occupation }
report-keyword-survey = patikros apklausa
report-verification-note = Be asmenvardžių: respondentai nurodomi tik kodais, grupės vertintojai – tik numeriais.
report-fact-survey = Apklausa
report-fact-respondents = Respondentai
report-fact-weighting = Svoriai
report-round-dates = { $round } ({ $dates })
report-respondents-in-countries = { $respondents }, šalių: { $countries }
report-weighting = { $weighting ->
    [per-respondent] kiekvieno respondento svoris vienodas
   *[per-country] kiekvienos šalies svoris vienodas
}
report-weighting-note = { $weighting ->
    [per-respondent] Bendruose rodikliuose kiekvieno respondento svoris vienodas, todėl šalis, turinti daugiau respondentų, sveria daugiau.
   *[per-country] Bendruose rodikliuose kiekvienos šalies svoris vienodas, nepaisant jos respondentų skaičiaus: vidurkis yra šalių vidurkių vidurkis.
}
report-verification-introduction = Respondentai ({ $respondents }) atsakė apie žemėlapio užduotis ({ $tasks }): ar jas atlieka, kokios jos svarbios, dažnos ir sudėtingos skalėse nuo 1 iki 5 ir ar naujus darbuotojus reikėtų jų mokyti.
report-no-survey-answers = Apklausos atsakymų dar neimportuota.
report-removed-tasks = Užduotys, apie kurias klausta apklausoje, bet kurių žemėlapyje nebėra: { $count }. Jų atsakymai lieka sesijoje, bet čia nerodomi.
report-percent = { $value } %
report-responses = Kas atsakė
report-level = { $level ->
    [job-holder] Darbuotojai
    [supervisor] Tiesioginiai vadovai
    [trainer] Instruktoriai
    [manager] Vadovai
   *[none] Nenurodyta
}
report-no-country = Nenurodyta
report-column-total = Iš viso
report-warning-majority = { $country } pateikė { $respondents } iš { $total } atsakymų, daugiau nei pusę: bendri rodikliai linksta į šios šalies pusę.
report-warning-few = { $country }: respondentų tik { $respondents }, mažiau nei { $minimum }; šios šalies rodikliai nepatikimi.
report-warning-level-absent = Tarp respondentų nėra { $level ->
    [job-holder] darbuotojų
    [supervisor] tiesioginių vadovų
    [trainer] instruktorių
   *[manager] vadovų
}.
report-warning-no-country = Respondentai, nenurodę šalies: { $respondents }.
report-distribution-even = Jokia šalis nepateikė daugiau nei pusės atsakymų, ir kiekviena turi bent { $minimum } respondentų.
report-ranked-tasks = Užduotys pagal prioritetą
report-ranked-key = n – respondentų, atsakiusių apie užduotį, skaičius; Atlieka – dalis jų, kurie užduotį atlieka; svarba, dažnumas ir sudėtingumas – vidurkiai 1–5 skalėse su standartiniu nuokrypiu (±); Mokyti – dalis tų, kurie mano, kad naujus darbuotojus reikėtų jos mokyti. Užduotys, kurių niekas neįvertino, pateikiamos pabaigoje žemėlapio tvarka.
report-column-n = n
report-column-perform = Atlieka
report-column-train-share = Mokyti
report-dot-plots = Svarba pagal pareigas
report-dot-plot-key = Taškas – vidutinė užduoties svarba apklausoje, linija per jį siekia vieną standartinį nuokrypį į abi puses; tuščias apskritimas – grupės vidurkis; n – respondentų, įvertinusių užduoties svarbą, skaičius.
report-divergences = Skirtumai
report-level-gaps = Tiesioginiai vadovai ir darbuotojai
report-level-gaps-intro = Užduotys, kurių vidutinė svarba tiesioginių vadovų ir darbuotojų vertinimu skiriasi { $gap } ar daugiau, kai kiekviena pusė pateikė bent { $n } vertinimus: DOE-HDBK-1078 reikalauja tokius skirtumus ištirti. Vidurkiai su standartiniu nuokrypiu, skliaustuose – vertinimų skaičius.
report-no-level-gaps = Nė vienos užduoties vidutinė svarba tiesioginių vadovų ir darbuotojų vertinimu nesiskiria { $gap } ar daugiau (kai kiekviena pusė pateikė bent { $n } vertinimus).
report-column-supervisors = Tiesioginiai vadovai
report-column-job-holders = Darbuotojai
report-column-difference = Skirtumas
report-country-gaps = Šalys
report-country-gaps-intro = Užduotys, kurias šalis pagal vidutinę svarbą išdėsto toli nuo vietos, kurią joms kartu skiria kitos šalys: { $share } išdėstytų užduočių ar daugiau, kai kiekviena pusė pateikė bent { $n } vertinimus.
report-no-country-gaps = Nė viena šalis neišdėsto užduoties taip toli nuo kitų šalių.
report-column-rank-there = Vieta ten
report-column-rank-elsewhere = Vieta kitur
report-column-mean-there = Vidurkis ten
report-column-mean-elsewhere = Vidurkis kitur
report-rank-of = { $rank } iš { $ranked }
report-panel-vs-survey = Grupė ir apklausa
report-panel-vs-survey-intro = Seminaro grupės vertinimai (vertintojų: { $raters }) šalia apklausos: vidutinė svarba su standartiniu nuokrypiu, skirtumas (apklausa − grupė) ir abiejų pusių vieta pagal vidutinę svarbą.
report-no-panel-ratings = Grupė užduočių nevertino, todėl apklausos nėra su kuo palyginti.
report-column-panel = Grupė
report-column-survey = Apklausa
report-column-panel-rank = Grupės vieta
report-column-survey-rank = Apklausos vieta
report-suggested-tasks = Pasiūlytos užduotys
report-suggested-intro = Užduotys, kurių, respondentų nuomone, žemėlapyje trūksta ({ $count }), pagal pareigas; panašios formuluotės sugrupuotos.
report-no-suggestions = Nė vienas respondentas nepasiūlė trūkstamos užduoties.
report-column-duty = Pareigos
report-column-suggested-task = Pasiūlyta užduotis
report-column-suggested-by = Pasiūlė
report-column-decision = Sprendimas
report-decision = { $decision ->
    [open] Atvira
    [accepted] Įtraukta kaip { $code }
   *[rejected] Neįtraukta: { $reason }
}
report-similar = Panašios: { $statements }
report-no-duty = Pareigos nenurodytos
report-anonymous = anonimiškai
