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

survey-column-performs = Atlieku
survey-column-importance = Svarba
survey-column-frequency = Dažnumas
survey-column-difficulty = Sudėtingumas
survey-column-train = Mokyti naujus?
survey-continued = { $duty } (tęsinys)
survey-how-to = Kaip atsakyti
survey-correct = Norėdami pakeisti atsakymą, visiškai užtušuokite klaidingą langelį ir pažymėkite teisingą.
