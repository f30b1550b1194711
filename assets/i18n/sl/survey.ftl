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

survey-column-performs = Opravljam
survey-column-importance = Pomembnost
survey-column-frequency = Pogostost
survey-column-difficulty = Zahtevnost
survey-column-train = Usposobiti nove?
survey-continued = { $duty } (nadaljevanje)
survey-how-to = Kako odgovoriti
survey-correct = Če želite odgovor spremeniti, napačno polje v celoti počrnite in označite pravo.
