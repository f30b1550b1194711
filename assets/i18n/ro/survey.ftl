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

survey-column-performs = O efectuez
survey-column-importance = Importanță
survey-column-frequency = Frecvență
survey-column-difficulty = Dificultate
survey-column-train = Instruire?
survey-continued = { $duty } (continuare)
survey-how-to = Cum răspundeți
survey-correct = Pentru a schimba un răspuns, înnegriți complet căsuța greșită și bifați-o pe cea corectă.
