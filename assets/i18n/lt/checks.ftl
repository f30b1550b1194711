# Ką sako patikros: kiekvienos srities ir užduoties formuluočių taisyklės,
# kokias taisykles gauna kalba, ir visos sesijos patikros pastabų sąraše bei
# komandoje `check`.
#
# $words, $typed, $verb, $first, $second ir $joining yra pačios formuluotės
# žodžiai jos kalba: jie neverčiami, tik dedami į „…“. Angliškų formuluočių
# pranešimuose (check-en-*) cituojami veiksmažodžiai yra angliški žodžiai,
# kuriuos moderatorius turi įrašyti, todėl jie lieka angliški.

## Formuluotės bet kuria kalba.
check-empty-duty = Ši sritis dar neturi pavadinimo
check-empty-task = Ši užduotis dar neturi formuluotės
check-same-as = Sutampa su { $codes }
check-nearly-same-as = Beveik sutampa su { $codes }: tie patys žodžiai su kitomis galūnėmis
check-too-long = { PLURAL_LT($count) ->
    [one] { $count } žodis
    [few] { $count } žodžiai
   *[other] { $count } žodžių
}: užduotį geriausia formuluoti iki { $max } žodžių (dažnai užtenka 2–3)
check-joined-semicolon = Dvi formuluotės, sujungtos „;“: viena formuluotė turi įvardyti vieną veiksmą; apsvarstykite, ar jos nereikėtų padalyti
check-joined-slash = Dvi formuluotės, sujungtos „/“: viena formuluotė turi įvardyti vieną veiksmą; apsvarstykite, ar jos nereikėtų padalyti
check-joined-sentences = Du sakiniai vienoje formuluotėje: viena formuluotė turi įvardyti vieną veiksmą; apsvarstykite, ar jos nereikėtų padalyti
check-may-join-two = „{ $words }“ gali jungti dvi užduotis: viena formuluotė turi įvardyti vieną veiksmą; apsvarstykite, ar jos nereikėtų padalyti

## Angliškos formuluotės: cituojami veiksmažodžiai yra angliški pavyzdžiai įrašyti.
check-en-drop-lead-in = Pradėkite veiksmo veiksmažodžiu: išbraukite arba perkelkite „{ $typed }“, pvz., „{ $verb } …“
check-en-base-form = Vartokite pagrindinę veiksmažodžio formą: „{ $verb } …“, o ne „{ $typed } …“
check-en-not-action-verb-duty = „{ $typed }“ nėra žinomas veiksmo veiksmažodis: pradėkite tuo, ką daro darbuotojas, pvz., „Maintain …“ arba „Supervise …“
check-en-not-action-verb-task = „{ $typed }“ nėra žinomas veiksmo veiksmažodis: pradėkite tuo, ką daro darbuotojas, pvz., „Search …“ arba „Record …“
check-en-explain = „{ $words }“ neįmanoma stebėti: pradėkite tuo, ką daro darbuotojas, pvz., „Explain …“
check-en-apply = „{ $words }“ neįmanoma stebėti: pradėkite tuo, ką daro darbuotojas, pvz., „Apply …“
check-en-identify = „{ $words }“ neįmanoma stebėti: pradėkite tuo, ką daro darbuotojas, pvz., „Identify …“
check-en-use = „{ $words }“ neįmanoma stebėti: pradėkite tuo, ką daro darbuotojas, pvz., „Use …“ arba „Review …“
check-en-knowledge = „{ $words }“ įvardija žinias, o ne užduotį: įrašykite tai į sąrašą „Bendrosios žinios ir įgūdžiai“ arba pradėkite tuo, ką daro darbuotojas, pvz., „Apply …“
check-en-attitude = „{ $words }“ apibūdina nuostatą, o ne užduotį: įrašykite tai į sąrašą „Darbuotojo elgesys“ arba pradėkite tuo, ką daro darbuotojas
check-en-quality = „{ $words }“ apibūdina savybę, o ne užduotį: įrašykite tai į sąrašą „Darbuotojo elgesys“ arba pradėkite tuo, ką daro darbuotojas
check-en-ability = „{ $words }“ apibūdina gebėjimą, o ne užduotį: pradėkite pačiu veiksmu
check-en-handle = „{ $words }“ skamba neaiškiai: tiksliai nurodykite, ką daro darbuotojas, pvz., „Resolve …“, „Record …“ arba „Process …“
check-en-part = „{ $words }“ nepasako, ką daro darbuotojas: įvardykite jo indėlį, pvz., „Present …“ arba „Record …“
check-en-oversee = „{ $words }“ skamba neaiškiai: nurodykite, ką daro darbuotojas, pvz., „Supervise …“ arba „Inspect …“
check-en-resolve = „{ $words }“ skamba neaiškiai: nurodykite, ką daro darbuotojas, pvz., „Resolve …“ arba „Refer …“
check-en-charge = „{ $words }“ įvardija atsakomybę, o ne veiksmą: pradėkite veiksmu, pvz., „Maintain …“ arba „Supervise …“
check-en-help = „{ $words }“ skamba neaiškiai: nurodykite, kokia tai pagalba, pvz., „Escort …“ arba „Explain …“
check-en-work-with = „{ $words }“ skamba neaiškiai: nurodykite, ką darbuotojas su jais daro, pvz., „Coordinate … with …“ arba „Refer … to …“
check-en-result = „{ $words }“ įvardija rezultatą, o ne veiksmą: nurodykite, ką darbuotojas daro, kad jį pasiektų, pvz., „Check …“ arba „Inspect …“
check-en-attempt = „{ $words }“ apibūdina bandymą: pradėkite pačiu veiksmu

## Vokiškos, čekiškos, slovėniškos ir rumuniškos formuluotės. $form yra vienas
## iš check-form-* pranešimų (galininko linksniu); $first ir $second yra
## formuluočių pavyzdžiai.
check-form-infinitive = bendratį
check-form-third-person-or-infinitive = 3-iąjį asmenį arba bendratį
check-use-task-form = Vartokite { $form }: „{ $verb } …“, o ne „{ $typed } …“
check-not-action-verb-first = „{ $typed }“ neatrodo kaip veiksmo veiksmažodis: pradėkite tuo, ką daro darbuotojas, ir vartokite { $form }, pvz., „{ $first }“ arba „{ $second }“
check-not-action-verb-last = „{ $typed }“ neatrodo kaip veiksmo veiksmažodis: pabaigoje įrašykite, ką daro darbuotojas, ir vartokite { $form }, pvz., „{ $first }“ arba „{ $second }“
check-know = „{ $words }“ neįmanoma stebėti: nurodykite, ką darbuotojas daro su tomis žiniomis, pvz., jas taiko, paaiškina ar tikrina
check-aware = „{ $words }“ neįmanoma stebėti: nurodykite, ką darbuotojas daro, pvz., atpažįsta ar praneša
check-familiar = „{ $words }“ neįmanoma stebėti: nurodykite, ką darbuotojas daro, pvz., naudoja ar peržiūri
check-knowledge = „{ $words }“ įvardija žinias, o ne užduotį: įrašykite tai į sąrašą „Bendrosios žinios ir įgūdžiai“ arba nurodykite, ką darbuotojas su jomis daro
check-quality = „{ $words }“ apibūdina savybę, o ne užduotį: įrašykite tai į sąrašą „Darbuotojo elgesys“ arba nurodykite, ką darbuotojas daro
check-ability = „{ $words }“ apibūdina gebėjimą, o ne užduotį: įvardykite patį veiksmą
check-resolve = „{ $words }“ skamba neaiškiai: tiksliai nurodykite, ką darbuotojas daro, pvz., sprendžia, registruoja ar perduoda
check-part = „{ $words }“ nepasako, ką darbuotojas daro: įvardykite jo indėlį, pvz., pristato ar registruoja
check-oversee = „{ $words }“ skamba neaiškiai: nurodykite, ką darbuotojas daro, pvz., prižiūri ar tikrina
check-charge = „{ $words }“ įvardija atsakomybę, o ne veiksmą: įvardykite patį veiksmą
check-help = „{ $words }“ skamba neaiškiai: nurodykite, kokia tai pagalba, pvz., lydi ar paaiškina
check-result = „{ $words }“ įvardija rezultatą, o ne veiksmą: nurodykite, ką darbuotojas daro, kad jį pasiektų, pvz., tikrina ar apžiūri
check-attempt = „{ $words }“ apibūdina bandymą: įvardykite patį veiksmą

## Kokias taisykles gauna formuluotės kalba (rodinys „Sesija“ ir pastabų
## sąrašas). $language yra pranešimas language-name: kilmininkas prieš žodį
## „kalba“ („lietuvių“ → „lietuvių kalbai“).
rules-summary-words = Formuluočių taisyklės { $language } kalbai: veiksmo veiksmažodis, nestebimi ir neaiškūs veiksmažodžiai, du veiksmai, sujungti žodžiais „{ $and }“, „{ $or }“, ilgis, dvi sujungtos formuluotės, dublikatai
rules-summary-neutral = Veiksmažodžių taisyklių { $language } kalbai dar nėra: tikrinami tik ilgis, dvi sujungtos formuluotės ir dublikatai
rules-summary-none = Formuluočių kalba nenustatyta: tikrinami tik ilgis, dvi sujungtos formuluotės ir dublikatai
language-name = { $tag ->
    [bg] bulgarų
    [bs] bosnių
    [ca] katalonų
    [cs] čekų
    [da] danų
    [de] vokiečių
    [el] graikų
    [en] anglų
    [es] ispanų
    [et] estų
    [eu] baskų
    [fi] suomių
    [fr] prancūzų
    [ga] airių
    [hr] kroatų
    [hu] vengrų
    [is] islandų
    [it] italų
    [lb] liuksemburgiečių
    [lt] lietuvių
    [lv] latvių
    [mk] makedonų
    [mt] maltiečių
    [nb] norvegų (bokmål)
    [nl] nyderlandų
    [nn] norvegų (nynorsk)
    [no] norvegų
    [pl] lenkų
    [pt] portugalų
    [ro] rumunų
    [ru] rusų
    [sk] slovakų
    [sl] slovėnų
    [sq] albanų
    [sr] serbų
    [sv] švedų
    [tr] turkų
    [uk] ukrainiečių
   *[other] „{ $tag }“
}

## Vertimai (pastabų sąrašas ir `check`).
check-translations-bad-tag = vertimai laikomi po „{ $language }“, o tai nėra įprastai užrašytas kalbos kodas (pvz., „cs“ ar „de-AT“)
check-translations-into-working = yra vertimų į { $language }, sesijos darbo kalbą
check-translation-orphan = vertimas į { $language } yra teksto, kurio sesijoje nėra ({ $key })
check-translations-stale = { PLURAL_LT($count) ->
    [one] { $count } vertimas į { $language } padarytas iš teksto, kuris nuo to laiko pasikeitė: peržiūrėkite jį rodinyje „Vertimas“
    [few] { $count } vertimai į { $language } padaryti iš tekstų, kurie nuo to laiko pasikeitė: peržiūrėkite juos rodinyje „Vertimas“
   *[other] { $count } vertimų į { $language } padaryta iš tekstų, kurie nuo to laiko pasikeitė: peržiūrėkite juos rodinyje „Vertimas“
}

## Visa sesija: nuorodos, balai, duomenys. $scale yra vienas iš check-scale-*
## pranešimų; $name yra asmens vardas, $driver – veiksnio pavadinimas.
check-scale-importance = svarba
check-scale-frequency = dažnumas
check-scale-difficulty = sudėtingumas
check-scale-uncertainty = neapibrėžtumas
check-scale-impact = poveikis
check-id-reused = id { $id } naudoja daugiau nei vienas elementas
check-rating-missing-task = patikros įvertinimas nurodo trūkstamą užduotį ({ $id })
check-rating-missing-rater = užduoties { $code } įvertinimą pateikė trūkstamas vertintojas ({ $id })
check-rating-out-of-range = užduoties { $code } įvertinimas, vertina { $name }: { $scale } { $score } – už 1–5 ribų
check-rated-twice = { $name } įvertino užduotį { $code } daugiau nei kartą; skaičiuojamas kiekvienas įvertinimas
check-vote-missing-driver = balsas nurodo trūkstamą veiksnį ({ $id })
check-vote-missing-participant = balsą dėl veiksnio „{ $driver }“ atidavė trūkstamas dalyvis ({ $id })
check-vote-out-of-range = balsas dėl veiksnio „{ $driver }“, balsuoja { $name }: { $scale } { $score } – už 1–5 ribų
check-voted-twice = { $name } balsavo dėl veiksnio „{ $driver }“ daugiau nei kartą; skaičiuojamas kiekvienas balsas
check-group-missing-driver = veiksnių grupėje „{ $group }“ yra trūkstamas veiksnys ({ $id })
check-driver-in-two-groups = veiksnys „{ $driver }“ yra daugiau nei vienoje susijusių veiksnių grupėje
check-axis-missing-force = { $axis ->
    [horizontal] horizontali ašis
   *[vertical] vertikali ašis
} nurodo { $what ->
    [group] trūkstamą veiksnių grupę
   *[driver] trūkstamą veiksnį
} ({ $id })
check-axes-same-force = abi ašys reiškia tą pačią jėgą (vieną veiksnį arba vieną susijusių veiksnių grupę); pasirinkite nepriklausomas ašis
check-scenarios-share-quadrant = scenarijus „{ $scenario }“ dalijasi kvadrantu ({ $quadrant ->
    [top-left] viršuje kairėje
    [top-right] viršuje dešinėje
    [bottom-left] apačioje kairėje
   *[bottom-right] apačioje dešinėje
}) su kitu scenarijumi
check-scenario-missing-link = scenarijus „{ $scenario }“ susietas su trūkstama užduotimi ar sąrašo punktu ({ $id })
check-country-code = šalis „{ $country }“ nėra dviejų raidžių ISO 3166 kodas, pvz., RO ar CZ
check-person-country-code = asmens { $name } šalis „{ $country }“ nėra dviejų raidžių ISO 3166 kodas
check-ends-before-start = seminaras baigiasi ({ $end }) anksčiau, nei prasideda ({ $start })
check-text-too-long = { $place } turi per daug ženklų ({ $chars }); ataskaitoje spausdinami tik pirmieji { $printed }
check-unresolved-conflict = neišspręstas sujungimo konfliktas ({ $field } – { $element }): palikta { $kept }, kitos vertės: { $values }

## Kur yra tekstas, $place pranešime check-text-too-long: `field` yra vienas iš
## žodžių place-field-…, `owner` vienas iš pranešimų place-owner-…; `title` ir
## `name` yra paties elemento žodžiai, sutrumpinti po 60 ženklų.
place-of = { $field } ({ $owner })
place-in-session = sesijos { $field }
place-field-title = pavadinimas
place-field-occupation = profesija
place-field-organisation = organizacija
place-field-sponsor = užsakovas
place-field-venue = vieta
place-field-country = šalis
place-field-language = kalba
place-field-notes = pastabos
place-field-name = vardas
place-field-job-title = pareigos
place-field-statement = formuluotė
place-field-text = tekstas
place-field-term = santrumpa
place-field-meaning = reikšmė
place-field-description = aprašymas
place-field-low-pole = žemasis polius
place-field-high-pole = aukštasis polius
place-field-rationale = pagrindimas
place-field-narrative = pasakojimas
place-field-other-wording = kita formuluotė
place-field-other-pole = kitas polius
place-field-other-rationale = kitas pagrindimas
place-owner-person = asmuo { $number }
place-owner-duty = sritis { $code }
place-owner-task = užduotis { $code }
place-owner-task-at = užduotis { $task }, sritis { $duty }
place-owner-list-item = elementas { $number } – { $list }
place-owner-acronym = santrumpa { $number }
place-owner-participant = dalyvis { $number }
place-owner-driver = veiksnys „{ $title }“
place-owner-driver-number = veiksnys { $number }
place-owner-group = veiksnių grupė { $number }
place-owner-axis = { $axis ->
    [horizontal] horizontali ašis
   *[vertical] vertikali ašis
}
place-owner-scenario = scenarijus „{ $name }“
place-owner-scenario-number = scenarijus { $number }
place-owner-source = sujungta sesija { $number }
place-owner-wording = sujungtas elementas

## Apklausos etapai (pastabų sąrašas ir `check`). $round yra etapo pavadinimas.
check-round-no-code = etapo „{ $round }“ respondentas { $index } neturi kodo
check-round-code-twice = respondento kodas „{ $code }“ etape „{ $round }“ naudojamas du kartus
check-round-answer-count = etapo „{ $round }“ respondentas „{ $code }“ turi { PLURAL_LT($answers) ->
    [one] { $answers } atsakymą
    [few] { $answers } atsakymus
   *[other] { $answers } atsakymų
}, bet etape buvo klausiama apie { PLURAL_LT($tasks) ->
    [one] { $tasks } užduotį
    [few] { $tasks } užduotis
   *[other] { $tasks } užduočių
}
check-round-attribute-count = etapo „{ $round }“ respondentas „{ $code }“ turi { PLURAL_LT($values) ->
    [one] { $values } požymio reikšmę
    [few] { $values } požymių reikšmes
   *[other] { $values } požymių reikšmių
}, bet etapas apibrėžia { PLURAL_LT($attributes) ->
    [one] { $attributes } požymį
    [few] { $attributes } požymius
   *[other] { $attributes } požymių
}
check-round-unknown-respondent = „{ $code }“ nėra etapo „{ $round }“ respondentas, tačiau jį nurodo komentaras arba siūloma užduotis
check-round-missing-duty = etape „{ $round }“ pasiūlyta užduotis priskirta sričiai, kurios žemėlapyje nėra ({ $id })
