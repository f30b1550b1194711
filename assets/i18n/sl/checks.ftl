# Kaj povedo preverjanja: pravila izjav za vsako področje in nalogo, katera
# pravila dobi posamezni jezik, ter preverjanja cele seje na seznamu opozoril in
# v ukazu `check`.
#
# $words, $typed, $verb, $first, $second in $joining vsebujejo besede same
# izjave v njenem jeziku: ne prevajajo se, le postavijo se v »…«. Glagoli,
# navedeni v sporočilih o angleških izjavah (check-en-*), so angleške besede,
# ki naj jih moderator vpiše, zato ostanejo v angleščini.

## Izjave v vseh jezikih.
check-empty-duty = To področje še nima naslova
check-empty-task = Ta naloga še nima besedila
check-same-as = Enako kot { $codes }
check-nearly-same-as = Skoraj enako kot { $codes }: iste besede z drugimi končnicami
check-too-long = { $count ->
    [one] { $count } beseda
    [two] { $count } besedi
    [few] { $count } besede
   *[other] { $count } besed
}: naloga se najbolje bere, če ima največ { $max } besed (pogosto zadostujejo že 2–3)
check-joined-semicolon = Dve izjavi, združeni z »;«: ena izjava naj opiše eno dejanje; razmislite o razdelitvi
check-joined-slash = Dve izjavi, združeni z »/«: ena izjava naj opiše eno dejanje; razmislite o razdelitvi
check-joined-sentences = Dva stavka v eni izjavi: ena izjava naj opiše eno dejanje; razmislite o razdelitvi
check-may-join-two = »{ $words }« morda združuje dve nalogi: ena izjava naj opiše eno dejanje; razmislite o razdelitvi

## Angleške izjave: navedeni glagoli so angleški primeri za vpis.
check-en-drop-lead-in = Začnite z glagolom dejanja: izpustite ali premaknite »{ $typed }«, npr. »{ $verb } …«
check-en-base-form = Uporabite osnovno obliko glagola: »{ $verb } …« namesto »{ $typed } …«
check-en-not-action-verb-duty = »{ $typed }« ni znan glagol dejanja: začnite s tem, kar delavec počne, npr. »Maintain …« ali »Supervise …«
check-en-not-action-verb-task = »{ $typed }« ni znan glagol dejanja: začnite s tem, kar delavec počne, npr. »Search …« ali »Record …«
check-en-explain = »{ $words }« ni opazno: začnite s tem, kar delavec počne, npr. »Explain …«
check-en-apply = »{ $words }« ni opazno: začnite s tem, kar delavec počne, npr. »Apply …«
check-en-identify = »{ $words }« ni opazno: začnite s tem, kar delavec počne, npr. »Identify …«
check-en-use = »{ $words }« ni opazno: začnite s tem, kar delavec počne, npr. »Use …« ali »Review …«
check-en-knowledge = »{ $words }« pomeni znanje, ne nalogo: navedite to pod »Splošno znanje in spretnosti« ali začnite s tem, kar delavec počne, npr. »Apply …«
check-en-attitude = »{ $words }« opisuje odnos, ne nalogo: navedite to pod »Vedenje delavca« ali začnite s tem, kar delavec počne
check-en-quality = »{ $words }« opisuje lastnost, ne nalogo: navedite to pod »Vedenje delavca« ali začnite s tem, kar delavec počne
check-en-ability = »{ $words }« opisuje sposobnost, ne nalogo: začnite s samim dejanjem
check-en-handle = »{ $words }« je nejasno: natančno povejte, kaj delavec počne, npr. »Resolve …«, »Record …« ali »Process …«
check-en-part = »{ $words }« ne pove, kaj delavec počne: poimenujte njegov delež, npr. »Present …« ali »Record …«
check-en-oversee = »{ $words }« je nejasno: povejte, kaj delavec počne, npr. »Supervise …« ali »Inspect …«
check-en-resolve = »{ $words }« je nejasno: povejte, kaj delavec počne, npr. »Resolve …« ali »Refer …«
check-en-charge = »{ $words }« pomeni odgovornost, ne dejanje: začnite z dejanjem, npr. »Maintain …« ali »Supervise …«
check-en-help = »{ $words }« je nejasno: povejte, v čem je pomoč, npr. »Escort …« ali »Explain …«
check-en-work-with = »{ $words }« je nejasno: povejte, kaj delavec počne z njimi, npr. »Coordinate … with …« ali »Refer … to …«
check-en-result = »{ $words }« pomeni rezultat, ne dejanje: povejte, kaj delavec naredi, da ga doseže, npr. »Check …« ali »Inspect …«
check-en-attempt = »{ $words }« opisuje poskus: začnite s samim dejanjem

## Nemške, češke, slovenske in romunske izjave. $form je eno od sporočil
## check-form-* (v tožilniku); $first in $second sta primera izjav.
check-form-infinitive = nedoločnik
check-form-third-person-or-infinitive = 3. osebo ali nedoločnik
check-use-task-form = Uporabite { $form }: »{ $verb } …« namesto »{ $typed } …«
check-not-action-verb-first = »{ $typed }« ne deluje kot glagol dejanja: začnite s tem, kar delavec počne, in uporabite { $form }, npr. »{ $first }« ali »{ $second }«
check-not-action-verb-last = »{ $typed }« ne deluje kot glagol dejanja: na konec postavite to, kar delavec počne, in uporabite { $form }, npr. »{ $first }« ali »{ $second }«
check-know = »{ $words }« ni opazno: navedite, kaj delavec z znanjem počne, npr. ga uporablja, razlaga ali preverja
check-aware = »{ $words }« ni opazno: navedite, kaj delavec počne, npr. prepoznava ali sporoča
check-familiar = »{ $words }« ni opazno: navedite, kaj delavec počne, npr. uporablja ali pregleduje
check-knowledge = »{ $words }« pomeni znanje, ne nalogo: navedite to pod »Splošno znanje in spretnosti« ali navedite, kaj delavec z njim počne
check-quality = »{ $words }« opisuje lastnost, ne nalogo: navedite to pod »Vedenje delavca« ali navedite, kaj delavec počne
check-ability = »{ $words }« opisuje sposobnost, ne nalogo: poimenujte samo dejanje
check-resolve = »{ $words }« je nejasno: natančno povejte, kaj delavec počne, npr. rešuje, evidentira ali posreduje
check-part = »{ $words }« ne pove, kaj delavec počne: poimenujte njegov delež, npr. predstavlja ali evidentira
check-oversee = »{ $words }« je nejasno: povejte, kaj delavec počne, npr. nadzoruje ali pregleduje
check-charge = »{ $words }« pomeni odgovornost, ne dejanje: poimenujte samo dejanje
check-help = »{ $words }« je nejasno: povejte, v čem je pomoč, npr. spremlja ali razlaga
check-result = »{ $words }« pomeni rezultat, ne dejanje: povejte, kaj delavec naredi, da ga doseže, npr. preverja ali pregleduje
check-attempt = »{ $words }« opisuje poskus: poimenujte samo dejanje

## Katera pravila dobi jezik izjave (pogled Seja in seznam opozoril). $language
## je sporočilo language-name, v tožilniku (za »za«).
rules-summary-words = Pravila izjav za { $language }: glagol dejanja, neopazni in nejasni glagoli, dve dejanji, združeni z »{ $and }«, »{ $or }«, dolžina, dve združeni izjavi, podvojitve
rules-summary-neutral = Za { $language } še ni pravil za glagole: preverjajo se le dolžina, dve združeni izjavi in podvojitve
rules-summary-none = Jezik izjav ni nastavljen: preverjajo se le dolžina, dve združeni izjavi in podvojitve
language-name = { $tag ->
    [bg] bolgarščino
    [bs] bosanščino
    [ca] katalonščino
    [cs] češčino
    [da] danščino
    [de] nemščino
    [el] grščino
    [en] angleščino
    [es] španščino
    [et] estonščino
    [eu] baskovščino
    [fi] finščino
    [fr] francoščino
    [ga] irščino
    [hr] hrvaščino
    [hu] madžarščino
    [is] islandščino
    [it] italijanščino
    [lb] luksemburščino
    [lt] litovščino
    [lv] latvijščino
    [mk] makedonščino
    [mt] malteščino
    [nb] norveščino (bokmål)
    [nl] nizozemščino
    [nn] norveščino (nynorsk)
    [no] norveščino
    [pl] poljščino
    [pt] portugalščino
    [ro] romunščino
    [ru] ruščino
    [sk] slovaščino
    [sl] slovenščino
    [sq] albanščino
    [sr] srbščino
    [sv] švedščino
    [tr] turščino
    [uk] ukrajinščino
   *[other] jezik »{ $tag }«
}

## Prevodi (seznam opozoril in `check`).
check-translations-bad-tag = prevodi so shranjeni pod »{ $language }«, kar ni koda jezika v običajnem zapisu (npr. »cs« ali »de-AT«)
check-translations-into-working = obstajajo prevodi v jezik { $language }, ki je delovni jezik seje
check-translation-orphan = prevod v jezik { $language } je prevod besedila, ki ga v seji ni ({ $key })
check-translations-stale = { $count ->
    [one] { $count } prevod v jezik { $language } je starejši od zadnje spremembe izvirnika: preglejte ga v pogledu Prevod
    [two] { $count } prevoda v jezik { $language } sta starejša od zadnje spremembe izvirnika: preglejte ju v pogledu Prevod
    [few] { $count } prevodi v jezik { $language } so starejši od zadnje spremembe izvirnika: preglejte jih v pogledu Prevod
   *[other] { $count } prevodov v jezik { $language } je starejših od zadnje spremembe izvirnika: preglejte jih v pogledu Prevod
}

## Cela seja: sklici, ocene, podatki. $scale je eno od sporočil check-scale-*;
## $name je ime osebe, $driver naslov gonilne sile.
check-scale-importance = pomembnost
check-scale-frequency = pogostost
check-scale-difficulty = zahtevnost
check-scale-uncertainty = negotovost
check-scale-impact = vpliv
check-id-reused = id { $id } uporablja več kot en element
check-rating-missing-task = ocena iz preverjanja se nanaša na manjkajočo nalogo ({ $id })
check-rating-missing-rater = oceno naloge { $code } je dal manjkajoči ocenjevalec ({ $id })
check-rating-out-of-range = ocena naloge { $code }, ocenjuje { $name }: { $scale } { $score } je zunaj razpona 1–5
check-rated-twice = naloga { $code } ima več ocen istega ocenjevalca ({ $name }); šteje vsaka ocena
check-vote-missing-driver = glas se nanaša na manjkajočo gonilno silo ({ $id })
check-vote-missing-participant = glas za silo »{ $driver }« je oddal manjkajoči udeleženec ({ $id })
check-vote-out-of-range = glas za silo »{ $driver }«, glasuje { $name }: { $scale } { $score } je zunaj razpona 1–5
check-voted-twice = sila »{ $driver }« ima več glasov istega udeleženca ({ $name }); šteje vsak glas
check-group-missing-driver = skupina sil »{ $group }« vsebuje manjkajočo silo ({ $id })
check-driver-in-two-groups = sila »{ $driver }« je v več kot eni skupini povezanih sil
check-axis-missing-force = { $axis ->
    [horizontal] vodoravna os
   *[vertical] navpična os
} se nanaša na manjkajočo { $what ->
    [group] skupino sil
   *[driver] gonilno silo
} ({ $id })
check-axes-same-force = obe osi predstavljata isto silo (eno gonilno silo ali eno skupino povezanih sil); izberite neodvisni osi
check-scenarios-share-quadrant = scenarij »{ $scenario }« si kvadrant ({ $quadrant ->
    [top-left] zgoraj levo
    [top-right] zgoraj desno
    [bottom-left] spodaj levo
   *[bottom-right] spodaj desno
}) deli z drugim scenarijem
check-scenario-missing-link = scenarij »{ $scenario }« je povezan z manjkajočo nalogo ali postavko seznama ({ $id })
check-country-code = država »{ $country }« ni dvočrkovna koda ISO 3166, kot sta RO ali CZ
check-person-country-code = država »{ $country }« osebe { $name } ni dvočrkovna koda ISO 3166
check-ends-before-start = delavnica se konča ({ $end }), preden se začne ({ $start })
check-text-too-long = { $place } ima { $chars } znakov; poročilo natisne prvih { $printed }
check-unresolved-conflict = nerazrešen spor pri združevanju ({ $field } – { $element }): obdržano { $kept }, druge vrednosti: { $values }

## Kje je besedilo, za $place v check-text-too-long: `field` je ena od besed
## place-field-…, `owner` eno od sporočil place-owner-…; `title` in `name` sta
## lastni besedi elementa, skrajšani po 60 znakih.
place-of = { $field } ({ $owner })
place-in-session = { $field } seje
place-field-title = naslov
place-field-occupation = poklic
place-field-organisation = organizacija
place-field-sponsor = naročnik
place-field-venue = kraj
place-field-country = država
place-field-language = jezik
place-field-notes = besedilo opomb
place-field-name = ime
place-field-job-title = delovno mesto
place-field-statement = besedilo
place-field-text = besedilo
place-field-term = kratica
place-field-meaning = pomen
place-field-description = opis
place-field-low-pole = spodnji pol
place-field-high-pole = zgornji pol
place-field-rationale = utemeljitev
place-field-narrative = opis
place-field-other-wording = druga ubeseditev
place-field-other-pole = drug pol
place-field-other-rationale = druga utemeljitev
place-owner-person = oseba { $number }
place-owner-duty = področje { $code }
place-owner-task = naloga { $code }
place-owner-task-at = naloga { $task } na področju { $duty }
place-owner-list-item = postavka { $number } – { $list }
place-owner-acronym = kratica { $number }
place-owner-participant = udeleženec { $number }
place-owner-driver = gonilna sila »{ $title }«
place-owner-driver-number = gonilna sila { $number }
place-owner-group = skupina sil { $number }
place-owner-axis = { $axis ->
    [horizontal] vodoravna os
   *[vertical] navpična os
}
place-owner-scenario = scenarij »{ $name }«
place-owner-scenario-number = scenarij { $number }
place-owner-source = združena seja { $number }
place-owner-wording = združeni element

## Anketni krogi (seznam opozoril in `check`). $round je ime kroga.
check-round-no-code = anketiranec { $index } v krogu »{ $round }« nima kode
check-round-code-twice = koda anketiranca »{ $code }« je v krogu »{ $round }« uporabljena dvakrat
check-round-answer-count = anketiranec »{ $code }« v krogu »{ $round }« ima { $answers ->
    [one] { $answers } odgovor
    [two] { $answers } odgovora
    [few] { $answers } odgovore
   *[other] { $answers } odgovorov
}, vendar je krog zajel { $tasks ->
    [one] { $tasks } nalogo
    [two] { $tasks } nalogi
    [few] { $tasks } naloge
   *[other] { $tasks } nalog
}
check-round-attribute-count = anketiranec »{ $code }« v krogu »{ $round }« ima { $values ->
    [one] { $values } vrednost atributa
    [two] { $values } vrednosti atributov
    [few] { $values } vrednosti atributov
   *[other] { $values } vrednosti atributov
}, vendar krog navaja { $attributes ->
    [one] { $attributes } atribut
    [two] { $attributes } atributa
    [few] { $attributes } atribute
   *[other] { $attributes } atributov
}
check-round-unknown-respondent = »{ $code }« ni anketiranec kroga »{ $round }«, vendar ga navaja komentar ali predlagana naloga
check-round-missing-duty = naloga, predlagana v krogu »{ $round }«, je uvrščena pod področje, ki ga karta nima ({ $id })
