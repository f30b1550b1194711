# Partnerių sesijų sujungimas: skirtukas „Sujungimas“, Failas › Sujungti
# sesijas… ir failų pasirinkimo langai.

## Skirtukas „Sujungimas“.
merge-of = –
merge-show-it = Rodyti jo rodinyje
merge-nothing = Dar niekas nesujungta
merge-nothing-text = Ši sesija nesukurta sujungus partnerių sesijas. Norėdami iš šalių seminarų sudaryti vieną bendrą profilį, pasirinkite Failas › Sujungti sesijas… ir du ar daugiau sesijų failų. Sujungta sesija atveriama kaip naujas dokumentas; pasirinkti failai tik skaitomi.
merge-consolidated = { PLURAL_LT($count) ->
    [one] Sujungta iš { $count } partnerio sesijos
    [few] Sujungta iš { $count } partnerių sesijų
   *[other] Sujungta iš { $count } partnerių sesijų
}
merge-dates = Datos
merge-tasks-held = Turimos užduotys
merge-tasks-of = { $held } iš { $count }
merge-notes-of = { $source } pastabos:
merge-shared-by-all = { $shared } iš { $count } užduočių turi visi partneriai
merge-merged-elements = { PLURAL_LT($count) ->
    [one] { $count } elementas sujungtas su kitu
    [few] { $count } elementai sujungti su kitais
   *[other] { $count } elementų sujungta su kitais
}
merge-proposed = { PLURAL_LT($count) ->
    [one] { $count } siūlomas dublikatas
    [few] { $count } siūlomi dublikatai
   *[other] { $count } siūlomų dublikatų
}
merge-to-resolve = { PLURAL_LT($count) ->
    [one] { $count } konfliktas spręstinas
    [few] { $count } konfliktai spręstini
   *[other] { $count } konfliktų spręstina
}
merge-undo-note = Kiekvienas toliau esantis pasirinkimas yra vienas Taisa › Atšaukti (Ctrl+Z) žingsnis. DACUM žemėlapis kiekvienoje kortelėje rodo, kiek partnerių ją turi.
merge-proposals = Siūlomi dublikatai ({ $count })
merge-proposals-none = Siūlomų dublikatų nėra: jokios dvi partnerių formuluotės nėra pakankamai artimos arba kiekviena pora priimta ar atmesta.
merge-proposals-text = Partneriai tai parašė beveik vienodai. „Priimti“ paverčia juos vienu abiejų partnerių elementu (dešinioji formuluotė lieka žemiau kaip alternatyva, niekas neprarandama); „Atmesti“ pažymi juos kaip skirtingus, ir jie daugiau nesiūlomi.
merge-proposal = { $kind ->
    [person] Panašūs asmenys
    [duty] Panašios sritys
    [task] Panašios užduotys
    [list-item] Panašūs sąrašo elementai
    [acronym] Panašios santrumpos
    [driver] Panašūs veiksniai
    [driver-group] Panašios veiksnių grupės
    [scenario] Panašūs scenarijai
   *[other] Panašūs elementai
}, sutampa { $percent } %
merge-proposal-tip = Kiek bendrų žodžių jie turi; linksniuotos formos (krata, kratos) ir viena rašybos klaida laikomos tuo pačiu žodžiu
merge-keep = Palikti
merge-merge-into = Sujungti į jį
merge-held-by = turi { $sources }
merge-accept = Priimti
merge-accept-tip = { $kind ->
    [person] Tas pats asmuo
    [duty] Ta pati sritis
    [task] Ta pati užduotis
    [list-item] Tas pats elementas
    [acronym] Ta pati santrumpa
    [driver] Tas pats veiksnys
    [driver-group] Ta pati veiksnių grupė
    [scenario] Tas pats scenarijus
   *[other] Tas pats elementas
}: sujungti „{ $absorb }“ į „{ $keep }“
merge-accept-name = Priimti: sujungti { $absorb } į { $keep }
merge-reject = Atmesti
merge-reject-tip = { $kind ->
    [person] Skirtingi asmenys
    [duty] Skirtingos sritys
    [task] Skirtingos užduotys
    [list-item] Skirtingi elementai
    [acronym] Skirtingos santrumpos
    [driver] Skirtingi veiksniai
    [driver-group] Skirtingos veiksnių grupės
    [scenario] Skirtingi scenarijai
   *[other] Skirtingi elementai
}: palikti abu, daugiau niekada nesiūlyti
merge-reject-name = Atmesti: { $keep } ir { $absorb } skiriasi
merge-conflicts = Konfliktai ({ $count })
merge-conflicts-none = Konfliktų nėra: kiekviena vertė, dėl kurios partneriai nesutarė, išspręsta.
merge-conflicts-text = Partneriai tai pakeitė skirtingai. Paryškinta vertė yra ta, kurią sesija turi dabar (kurią parašė dauguma partnerių arba viena iš lygių); spustelėkite vertę, kurią palikti. Tai uždaro konfliktą, o kitos vertės lieka užfiksuotos skiltyje „Išspręsta“.
merge-keep-value = Palikti šią vertę ir uždaryti konfliktą
merge-use-value = Vietoj to naudoti šią vertę ir uždaryti konfliktą
merge-kept-now = dabar palikta · { $sources }
merge-decided = Išspręsta ({ $count })
merge-decided-none = Dar neišspręstas nė vienas konfliktas.
merge-decided-text = Jūsų išspręsti konfliktai. Sesija turi paliktą vertę; atidėtos vertės lieka užfiksuotos su jas parašiusiais partneriais, o pakartotinis sujungimas jų vėl nekelia. „Atverti iš naujo“ vėl paverčia sprendimą konfliktu.
merge-kept = Palikta
merge-set-aside = Atidėta
merge-reopen = Atverti iš naujo
merge-reopen-tip = Vėl paversti konfliktu, su atidėtomis vertėmis pasirinkimui
merge-reopen-name = Atverti iš naujo: { $field } – { $what }
merge-variants = Kitos rašybos ({ $count })
merge-variants-none = Visi partneriai sesijos vertes parašė vienodai.
merge-variants-text = Partneriai tai parašė vienodai, bet skirtinga rašyba (didžiosios raidės, diakritiniai ženklai, tarpai, nematomi simboliai). Sesija turi paprasčiausią rašybą; kitos lieka užfiksuotos su autoriais.
merge-written-as = Parašyta kaip
merge-also-written-as = taip pat parašyta kaip
merge-blank = (tuščia)
merge-no-source = jokios šaltinio sesijos
merge-written-by = parašė { $sources }
merge-side-task = užduotis { $code }
merge-side-duty = sritis { $code }
merge-side-driver = veiksnys ({ $category })

## Ką modelis įvardija sujungdamas (laukai, rūšys, elementai, vertės), rodoma
## skirtuke „Sujungimas“, kortelių pastabose apie konfliktus, pastabų sąraše ir
## suvestinėje ataskaitoje. Kiekvienas stovi atskirai (sąraše, skliaustuose, po
## merge-of), vardininku.

## Laukai, dėl kurių kilo konfliktas.
field-meta-title = sesijos pavadinimas
field-meta-occupation = profesija
field-meta-organisation = organizacija
field-meta-sponsor = užsakovas
field-meta-venue = vieta
field-meta-country = šalis
field-meta-language = kalba
field-meta-start = pradžia
field-meta-end = pabaiga
field-meta-notes = pastabos
field-priority-formula = prioriteto formulė
field-axes = neapibrėžtumo ašys
field-person-role = asmens vaidmuo
field-person-name = asmens vardas
field-person-job-title = asmens pareigos
field-person-organisation = asmens organizacija
field-person-country = asmens šalis
field-person-years = asmens darbo patirtis (metai)
field-duty-title = srities pavadinimas
field-task-statement = užduoties formuluotė
field-task-duty = užduoties sritis
field-list-item-text = sąrašo elementas
field-list-item-list = elemento sąrašas
field-acronym-term = santrumpa
field-acronym-meaning = santrumpos reikšmė
field-rating-task = vertinama užduotis
field-rating-rater = vertintojas
field-rating-importance = svarbos įvertinimas
field-rating-frequency = dažnumo įvertinimas
field-rating-difficulty = sudėtingumo įvertinimas
field-rating-train = mokyti ar ne
field-participant-name = dalyvio vardas
field-participant-organisation = dalyvio organizacija
field-participant-country = dalyvio šalis
field-driver-category = veiksnio kategorija
field-driver-title = veiksnio pavadinimas
field-driver-description = veiksnio aprašymas
field-vote-driver = balso veiksnys
field-vote-participant = balsuotojas
field-vote-uncertainty = neapibrėžtumo balsas
field-vote-impact = poveikio balsas
field-group-name = veiksnių grupės pavadinimas
field-scenario-quadrant = scenarijaus kvadrantas
field-scenario-name = scenarijaus pavadinimas
field-scenario-narrative = scenarijaus pasakojimas
field-presence = pašalinta vienoje pusėje

## Elementų rūšys.
kind-person = asmuo
kind-duty = sritis
kind-task = užduotis
kind-list-item = sąrašo elementas
kind-acronym = santrumpa
kind-rating = vertinimas
kind-participant = dalyvis
kind-driver = veiksnys
kind-vote = balsas
kind-driver-group = veiksnių grupė
kind-scenario = scenarijus

## Elementas žodžiais. `code` yra jo DACUM kodas (B, B-3); `list`, `task` ir
## `driver` yra įterpti pranešimai; `rater` ir `participant` yra vardai.
describe-session = visa sesija
describe-element = elementas { $id }
describe-duty = sritis { $code } „{ $title }“
describe-task = užduotis { $code } „{ $statement }“
describe-list-item = elementas „{ $text }“ ({ $list })
describe-acronym = santrumpa { $term }
describe-person = { $role ->
    [panel] grupės narys
    [facilitator] moderatorius
    [observer] stebėtojas
   *[respondent] respondentas
} { $name }
describe-rating = vertinimas – { $task } (vertintojas { $rater })
describe-participant = dalyvis { $name }
describe-driver = veiksnys „{ $title }“
describe-vote = balsas – { $driver } (balsuotojas { $participant })
describe-group = veiksnių grupė „{ $name }“
describe-scenario = scenarijus „{ $name }“

## Vertė konflikte. `text` yra partnerių žodžiai.
value-text = „{ $text }“
value-number = { $number }
value-date = { $date }
value-yes = taip
value-no = ne
value-blank = tuščia
value-unknown = ?
value-role = { $role ->
    [panel] Grupės narys
    [facilitator] Moderatorius
    [observer] Stebėtojas
   *[respondent] Respondentas
}
value-quadrant = { $quadrant ->
    [top-left] viršuje kairėje
    [top-right] viršuje dešinėje
    [bottom-left] apačioje kairėje
   *[bottom-right] apačioje dešinėje
}
value-axes = horizontali { $horizontal }, vertikali { $vertical }
value-axis = { $low } – { $high }
value-no-axis = nėra
value-kept = palikta
value-removed = pašalinta
value-several = { $first }, { $rest }

## Failas › Sujungti sesijas…
merging-title = Sesijų sujungimas
merging-progress = Skaitomi ir sujungiami sesijų failai: { $count }…
merging-none-chosen = nepasirinktas nė vienas failas
merging-one-chosen = pasirinktas tik { $file }
merging-same-chosen = tas pats failas pasirinktas kelis kartus
merging-too-few = Pasirinkite bent du failus
merging-too-few-text = Sujungimui reikia bent dviejų sesijų failų, bet { $chosen }.
    Failų lange laikykite Ctrl (arba Shift), kad pasirinktumėte kelis failus.

    Atverta sesija nepakeista.
merging-nothing = Niekas nesujungta
merging-unreadable-text = { PLURAL_LT($count) ->
    [one] Failo perskaityti nepavyko:
    [few] Kai kurių failų perskaityti nepavyko:
   *[other] Kai kurių failų perskaityti nepavyko:
}
    { $errors }

    { PLURAL_LT($count) ->
        [one] Pataisykite jį arba praleiskite ir sujunkite dar kartą.
        [few] Pataisykite juos arba praleiskite ir sujunkite dar kartą.
       *[other] Pataisykite juos arba praleiskite ir sujunkite dar kartą.
    } Atverta sesija nepakeista.
merging-stopped-text = Sujungimas netikėtai nutrūko: { $error }

    Atverta sesija nepakeista.

## Failų pasirinkimas (sistemos langas arba programoje įrašytas kelias).
files-open = Atverti sesiją
files-save-as = Įrašyti sesiją kaip
files-import-csv = Importuoti veiksnius ir balsus
files-export-csv = Eksportuoti veiksnius ir balsus
files-merge = Sujungti sesijas
files-kind-csv = CSV (skaičiuoklė)
files-kind-pdf = PDF dokumentas
files-kind-session = DACUM Studio sesija
files-none-chosen-several = Nepasirinktas nė vienas failas. Jei šiame darbalaukyje failų langas nepasirodė, čia įrašykite sujungiamų sesijų failų kelius, po vieną eilutėje:
files-none-chosen = Nepasirinktas nė vienas failas. Jei šiame darbalaukyje failų langas nepasirodė, čia įrašykite failo kelią:
files-paths = Failų keliai
files-path = Failo kelias
files-open-button = Atverti
files-import-button = Importuoti
files-export-button = Eksportuoti
files-merge-button = Sujungti failus
