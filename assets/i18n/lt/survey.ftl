# Patikros apklausos klausimynas: jo tekstai XLSForm formoje KoboToolbox ir
# ODK Collect, duomenų įvedimo darbaknygėje ir popieriniame klausimyne. Juos
# skaito pataisos pareigūnai ir probacijos darbuotojai, dažnai telefone: rašykite
# trumpai ir paprastai.

survey-form-title = Profesijos profilio patikra: { $occupation }
survey-intro = Šiame klausimyne pateiktos profesijos užduotys, kaip jas aprašė patyrusių darbuotojų grupė. Prie kiekvienos užduoties nurodykite, ar ją atliekate savo darbe, kiek ji svarbi, kaip dažnai ją atliekate, kiek sunku ją išmokti ir ar naujus darbuotojus reikėtų jos mokyti. Atsakykite remdamiesi savo patirtimi; teisingų ar neteisingų atsakymų nėra. Vardo neklausiame.
survey-profile = Apie Jus
survey-respondent-code = Respondento kodas
survey-respondent-code-hint = Kodas, kurį Jums davė organizatorius, arba bet koks Jūsų sugalvotas trumpas kodas. Vardų nerašykite.
survey-country = Šalis
survey-country-hint = Dvi didžiosios raidės, pvz., CZ, DE, RO.
survey-level = Jūsų pareigos
survey-level-job-holder = Darbuotojas (dirbu šį darbą)
survey-level-supervisor = Tiesioginis vadovas
survey-level-trainer = Instruktorius
survey-level-manager = Vadovas
survey-sector = Kur dirbate
survey-sector-public = Viešasis sektorius
survey-sector-private = Privati įmonė
survey-sector-ngo = Nevyriausybinė organizacija
survey-years = Metai šiame darbe
survey-language = Klausimyno kalba
survey-duty = Sritis { $code }: { $title }
survey-performs = Ar atliekate šią užduotį?
survey-importance = Kiek ji svarbi šiam darbui?
survey-frequency = Kaip dažnai ją atliekate?
survey-difficulty = Kiek sunku ją išmokti?
survey-train = Ar naujus darbuotojus reikėtų jos mokyti?
survey-comment = Komentaras (neprivaloma)
survey-missed = Šios srities užduotys, kurių sąraše trūksta (po vieną eilutėje)
survey-missed-page = Užduotys, kurių sąraše trūksta
survey-missed-hint = Kiekvieną užduotį parašykite kaip trumpą veiksmą: veiksmažodis ir objektas, pvz., „Tikrinti lankytojų krepšius“.
survey-yes = Taip
survey-no = Ne
survey-importance-1 = Nesvarbu
survey-importance-2 = Šiek tiek svarbu
survey-importance-3 = Svarbu
survey-importance-4 = Labai svarbu
survey-importance-5 = Kritiškai svarbu
survey-frequency-1 = Kartą per metus ar rečiau
survey-frequency-2 = Kas mėnesį
survey-frequency-3 = Kas savaitę
survey-frequency-4 = Kasdien
survey-frequency-5 = Kelis kartus per dieną
survey-difficulty-1 = Labai lengva
survey-difficulty-2 = Lengva
survey-difficulty-3 = Vidutiniška
survey-difficulty-4 = Sunku
survey-difficulty-5 = Labai sunku
survey-how-to-tick = Kiekviename stulpelyje pažymėkite po vieną langelį. Jei užduoties neatliekate, dažnumo nežymėkite, bet svarbą ir sudėtingumą vis tiek įvertinkite.
survey-task = Užduotis
survey-code = Kodas
survey-thank-you = Ačiū. Prašome grąžinti klausimyną organizatoriui.
survey-page = { $page } psl. iš { $pages }

## Patikros skirtuko apklausos dalis (src/ui/survey_view.rs)
## ir Failas › Apklausa.
verify-tab-panel = Grupės vertinimai
verify-tab-survey = Apklausa
survey-view-none = Apklausos atsakymų dar nėra. Failas › Apklausa › Klausimynas… įrašo klausimyną (XLSForm formą KoboToolbox ar ODK Collect arba CSV šabloną); Failas › Apklausa › Importuoti apklausos atsakymus… nuskaito, kas grįžta.
survey-view-rounds = Etapai:
survey-view-countries = Šalys:
survey-view-levels = Pareigos:
survey-view-sectors = Sektoriai:
survey-view-weighting = Bendri rodikliai:
survey-view-per-respondent = kiekvienas respondentas sveria vienodai
survey-view-per-country = kiekviena šalis sveria vienodai
survey-view-pooled-per-respondent = bendri, kiekvienas respondentas vienodai
survey-view-pooled-per-country = bendri, kiekviena šalis vienodai
survey-view-summary = { PLURAL_LT($respondents) ->
    [one] { $respondents } respondentas
    [few] { $respondents } respondentai
   *[other] { $respondents } respondentų
} iš { PLURAL_LT($rounds) ->
    [one] { $rounds } etapo
    [few] { $rounds } etapų
   *[other] { $rounds } etapų
} ·
survey-view-sector-public = Viešasis
survey-view-sector-private = Privatus
survey-view-sector-ngo = NVO
survey-view-level-job-holder = Darbuotojai
survey-view-level-supervisor = Tiesioginiai vadovai
survey-view-level-trainer = Instruktoriai
survey-view-level-manager = Vadovai
survey-view-distribution = Kas atsakė
survey-view-country = Šalis
survey-view-no-level = Be pareigų
survey-view-no-country = (nenurodyta)
survey-view-total = Iš viso
survey-warn-majority = Respondentai iš { $country }: { $respondents } iš { $total }. Bendri rodikliai daugiausia atspindi, ką mano { $country }. Kad galėtumėte palyginti, suteikite kiekvienai šaliai vienodą svorį.
survey-warn-few = Respondentai iš { $country }: tik { $respondents } (mažiau nei { $minimum }). Pačios šalies rodikliai nepatikimi.
survey-warn-level-absent = Taikant šį filtrą, neatsakė niekas iš kategorijos: { $level }.
survey-warn-no-country = { PLURAL_LT($respondents) ->
    [one] { $respondents } respondentas nenurodė šalies.
    [few] { $respondents } respondentai nenurodė šalies.
   *[other] { $respondents } respondentų nenurodė šalies.
}
survey-view-tasks = Užduotys
survey-view-sort-priority = Pirmiausia didžiausias prioritetas
survey-view-code = Kodas
survey-view-task = Užduotis
survey-view-n = n
survey-view-performing = Atlieka
survey-view-importance = Svarba
survey-view-frequency = Dažnumas
survey-view-difficulty = Sudėtingumas
survey-view-priority = Prioritetas
survey-view-train = Mok.
survey-view-rank = Vieta
survey-view-panel = Grupė
survey-view-marks = Žymos
survey-view-formula = Rodikliai: vidurkis ± standartinis nuokrypis. Prioritetas = { $formula }.
survey-view-formula-if = vidutinė svarba × vidutinis dažnumas (1–25)
survey-view-formula-ifd = vidutinė svarba × vidutinis dažnumas × vidutinis sudėtingumas (1–125)
survey-view-panel-tip = Grupė jos svarbą įvertino { $panel }; apklausos rezultatas skiriasi { $difference }.
survey-mark-levels = { $level } { $supervisors } (n = { $supervisors-n }), darbuotojai { $job-holders } (n = { $job-holders-n }): skirtumas { $difference }, žymima nuo { $threshold }.
survey-mark-country = { $country }: { $rank } vieta, kitos šalys: { $others } vieta (užduočių, turinčių vietą abiejose pusėse: { $ranked }).
survey-view-suggestions = { PLURAL_LT($count) ->
    [one] { $count } siūloma užduotis laukia
    [few] { $count } siūlomos užduotys laukia
   *[other] { $count } siūlomų užduočių laukia
}
survey-view-no-suggestions = Sprendimo nelaukia nė viena siūloma užduotis.
survey-view-suggested-times = { PLURAL_LT($count) ->
    [one] pasiūlyta { $count } kartą
    [few] pasiūlyta { $count } kartus
   *[other] pasiūlyta { $count } kartų
}
survey-view-like-task = panaši į { $code } žemėlapyje
survey-view-statement = Užduotis, kaip ji būtų įrašyta žemėlapyje
survey-view-under-duty = srityje
survey-view-choose-duty = Pasirinkite sritį
survey-view-accept = Įtraukti į žemėlapį
survey-view-reason = Kodėl ne (įrašoma)
survey-view-reject = Atmesti
survey-view-reason-first = Pirma nurodykite priežastį: ji įrašoma kartu su pasiūlymu.
menu-survey = Apklausa
cmd-survey-form = Klausimynas…
cmd-survey-form-tip = Įrašyti patikros klausimyną: XLSForm formą (.xlsx) KoboToolbox ar ODK Collect arba CSV šabloną (.csv)
cmd-import-survey = Importuoti apklausos atsakymus…
cmd-import-survey-tip = Nuskaityti grįžusius atsakymus (CSV ar .xlsx eksportą arba užpildytą šabloną) į apklausos etapą vienu žingsniu, kurį galima atšaukti
files-survey-form = Klausimynas
files-import-survey = Importuoti apklausos atsakymus
files-kind-survey-form = Klausimynas (XLSForm, spausdinamas PDF arba CSV šablonas)
files-kind-survey-answers = Apklausos atsakymai (CSV arba Excel)
notice-survey-form = Klausimynas įrašytas
notice-survey-form-text = Failas { $file } paruoštas: įkelkite jį į KoboToolbox ar ODK Central arba užpildykite šabloną ir importuokite atgal.
notice-survey-imported = Apklausos atsakymai importuoti
notice-survey-imported-text = Etapas „{ $round }“: { PLURAL_LT($added) ->
    [one] pridėtas { $added } respondentas
    [few] pridėti { $added } respondentai
   *[other] pridėta { $added } respondentų
}, jau buvo: { $known }, { PLURAL_LT($suggestions) ->
    [one] { $suggestions } siūloma užduotis
    [few] { $suggestions } siūlomos užduotys
   *[other] { $suggestions } siūlomų užduočių
}. „Atšaukti“ atšaukia visą importą.
notice-survey-changed = { PLURAL_LT($count) ->
    [one] { $count } respondentas jau yra etape su kitais atsakymais; paliekami etapo atsakymai: { $codes }
    [few] { $count } respondentai jau yra etape su kitais atsakymais; paliekami etapo atsakymai: { $codes }
   *[other] { $count } respondentų jau yra etape su kitais atsakymais; paliekami etapo atsakymai: { $codes }
}
cmd-export-survey-stats = Eksportuoti apklausos rezultatus…
cmd-export-survey-stats-tip = Įrašyti rezultatus pagal užduotis taip, kaip juos rodo rodinys Apklausa (jo filtras ir svoriai), R, SPSS ar skaičiuoklei: .xlsx arba .csv
files-export-survey-stats = Eksportuoti apklausos rezultatus
files-kind-survey-stats = Apklausos rezultatai (Excel arba CSV)
notice-survey-stats = Apklausos rezultatai įrašyti
notice-survey-stats-text = { $file }: respondentų rezultatai (skaičius: { $respondents }), atrinkti ir pasverti kaip rodinyje Apklausa.

survey-column-performs = Atlieku
survey-column-importance = Svarba
survey-column-frequency = Dažnumas
survey-column-difficulty = Sudėtingumas
survey-column-train = Mokyti naujus?
survey-continued = { $duty } (tęsinys)
survey-how-to = Kaip atsakyti
survey-correct = Norėdami pakeisti atsakymą, visiškai užtušuokite klaidingą langelį ir pažymėkite teisingą.
cmd-survey-workbook = Įvedimo darbaknygė…
cmd-survey-workbook-tip = Įrašyti darbaknygę popierinėms anketoms suvesti: viena eilutė vienai anketai, išskleidžiamasis sąrašas kiekviename atsakymo langelyje; po to ją importuokite
files-survey-workbook = Įvedimo darbaknygė
files-kind-survey-workbook = Excel darbaknygė
notice-survey-workbook-text = { $file } paruošta: kiekvieną popierinę anketą suveskite į vieną eilutę, tada importuokite per Failas › Apklausa › Importuoti apklausos atsakymus…
