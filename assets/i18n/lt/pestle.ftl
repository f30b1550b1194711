# PESTLE rodiniai: veiksniai, dalyviai, balsai, matrica, ašys ir scenarijai.

## Kategorijos.
category-political = Politiniai
category-economic = Ekonominiai
category-social = Socialiniai
category-technological = Technologiniai
category-legal = Teisiniai
category-environmental = Aplinkos

## Veiksniai.
drivers-category = Kategorija (Alt+1…6):
drivers-new-title = Naujo veiksnio pavadinimas
drivers-new-hint = Veiksnys: { $category }
drivers-add = Pridėti veiksnį
drivers-none = { $category ->
    [political] Politinių veiksnių dar nėra.
    [economic] Ekonominių veiksnių dar nėra.
    [social] Socialinių veiksnių dar nėra.
    [technological] Technologinių veiksnių dar nėra.
    [legal] Teisinių veiksnių dar nėra.
   *[environmental] Aplinkos veiksnių dar nėra.
}
drivers-row = { $category } veiksnys { $number }
drivers-select-tip = Pažymėkite, kad nurodytumėte kaip susijusį
drivers-select = Pažymėti { $title }
drivers-title = Pavadinimas
drivers-description = Aprašymas
drivers-description-hint = Aprašymas (nebūtinas)
drivers-field = { $field }: { $what }
drivers-category-of = Kategorija: { $what }
drivers-related = susijęs
drivers-related-tip = Grupėje { $group }: renkantis ašis susiję veiksniai laikomi viena jėga

## Susiję veiksniai.
related-title = Susiję veiksniai ({ $count })
related-mark = Pažymėtus laikyti susijusiais
related-mark-disabled = Pirma pažymėkite du ar daugiau veiksnių
related-name = Susiję: { $titles }
related-selected = pažymėta: { $count }
related-group-field = Grupės { $name } pavadinimas
related-group-hint = Grupės pavadinimas
related-rename = Pervadinti
related-rename-tip = Pervadinti { $name }
related-ungroup = Išskirstyti
related-ungroup-tip = Išskirstyti { $name } („Atšaukti“ grąžina)

## Dalyviai.
participants-title = Dalyviai ({ $count })
participants-none = Dalyvių dar nėra: pridėkite žmones, kurie balsuos.
participants-field = { $field }, dalyvis { $number }
participants-row = dalyvis { $name }
participants-new-name = Naujo dalyvio vardas
participants-new-organisation = Naujo dalyvio organizacija
participants-new-country = Naujo dalyvio šalis
participants-add = Pridėti dalyvį

## Balsai.
votes-uncertainty = Neapibrėžtumas
votes-impact = Poveikis
votes-no-drivers = Veiksnių balsuoti dar nėra: pridėkite juos skirtuke „Veiksniai“.
votes-no-participants = Dalyvių dar nėra: pridėkite balsuojančius skirtuke „Veiksniai“.
votes-participant = Dalyvis:
votes-participant-done = { $name } (balsavo { $done } iš { $count })
votes-next = Kitas dalyvis
votes-next-tip = Pereiti prie kito dalyvio ir pradėti nuo pirmo veiksnio
votes-sort = Rikiuoti pagal bendrą balą
votes-all = Visi dalyviai
votes-total = { $done } iš { $count } balsų
votes-by-participant = { $name }: { $done } iš { $count } veiksnių
votes-keys = Rašykite 1–5 neapibrėžtumui, paskui poveikiui; žymeklis pereina pats. Backspace ištrina balsą.
votes-stat-tip = Tarp visų dalyvių; sklaida = standartinis nuokrypis (mažiausias–didžiausias). Paryškinta, kai dalyviai labai nesutaria (3 balų sklaida arba standartinis nuokrypis 1,2 ir daugiau).
votes-driver = Veiksnys
votes-u = N
votes-u-tip = Neapibrėžtumas 1–5
votes-i = P
votes-i-tip = Poveikis 1–5
votes-missing = Trūksta
votes-mean-u = Vidurkis N
votes-median-u = Mediana N
votes-spread-u = Sklaida N
votes-mean-i = Vidurkis P
votes-median-i = Mediana P
votes-spread-i = Sklaida P
votes-combined = Bendras
votes-combined-tip = Vidutinis neapibrėžtumas + vidutinis poveikis (2–10)
votes-cell = { $field }: { $driver }, balsuoja { $participant }
votes-all-voted = visi balsavo
votes-missing-count = trūksta { $count }
votes-disagree = nesutarimas
votes-disagree-tip = Dalyviai labai nesutaria: verta aptarti
votes-spread-tip = Didelis dalyvių nesutarimas

## Matricos zonos.
zone-critical = Kritiniai neapibrėžtumai
zone-predetermined = Iš anksto nulemti elementai
zone-secondary = Antraeiliai veiksniai
zone-in-sentence = { $zone ->
    [critical] kritiniai neapibrėžtumai
    [predetermined] iš anksto nulemti elementai
   *[secondary] antraeiliai veiksniai
}

## Neapibrėžtumo–poveikio matrica.
matrix-no-drivers = Veiksnių dar nėra: pridėkite juos skirtuke „Veiksniai“.
matrix-show-spread = Rodyti sklaidą
matrix-hint = Taškai sunumeruoti kaip legendoje; žiedas reiškia didelį dalyvių nesutarimą.
matrix-unscored = Dar neįvertinti: { $titles }
matrix-uncertainty-axis = Neapibrėžtumas (didesnis dešinėje)
matrix-impact-axis = Poveikis (didesnis viršuje)
matrix-summary = { $name }: vidurkis { $mean }, mediana { $median }, st. n. { $sd }, { $min }–{ $max }
matrix-no-votes = { $name }: balsų nėra
matrix-disagree = Dėl šio veiksnio dalyviai labai nesutaria.
matrix-not-voted = dar nebalsavo: { $count }
matrix-disagreement-mark = {" "}(nesutarimas)
matrix-select = Pažymėti veiksnį { $text }

## Neapibrėžtumo ašys. `side` yra horizontal arba vertical.
axes-axis = { $side ->
    [horizontal] Horizontali ašis
   *[vertical] Vertikali ašis
}
axes-left-pole = Kairysis polius
axes-right-pole = Dešinysis polius
axes-bottom-pole = Apatinis polius
axes-top-pole = Viršutinis polius
axes-missing-driver = trūkstamas veiksnys
axes-missing-group = trūkstama grupė
axes-group = { $name } (susiję veiksniai)
axes-chosen = Pasirinktos ašys
axes-same-force = Abi ašys reiškia tą pačią jėgą (vieną veiksnį arba vienos susijusios grupės veiksnius): keturi scenarijai nesiskirtų. Pasirinkite nepriklausomas ašis.
axes-why = Kodėl: visi svarstyti veiksniai
axes-suggested = Siūlomos ašys
axes-suggested-axis = { $side ->
    [horizontal] Horizontali ašis
   *[vertical] Vertikali ašis
}: { $subject } (bendras balas { $score })
axes-suggestion-two = Du nepriklausomi kritiniai neapibrėžtumai, turintys didžiausią bendrą balą.
axes-suggestion-one = Tik vienas nepriklausomas kritinis neapibrėžtumas: antrąją ašį pasirinkite patys arba dar kartą peržiūrėkite veiksnių, esančių arti matricos vidurio, balus.
axes-suggestion-none = Dar nė vienas veiksnys nėra kartu didelio poveikio ir labai neapibrėžtas: surinkite daugiau balsų arba dar kartą peržiūrėkite balus.
axes-use-suggested = Naudoti siūlomas ašis
axes-use-suggested-taken = Pasirinktos ašys reiškia siūlomas jėgas.
axes-use-suggested-tip = Šioms jėgoms parašyti poliai ir pagrindimas išlieka.
axes-renames-quadrants = Scenarijai parašyti pasirinktoms ašims: naujos ašys pervadins jų kvadrantus.
axes-no-votes = { $name }: balsų dar nėra
axes-not-chosen = Nepasirinkta
axes-pick-force = Pasirinkite jėgą, kurią reiškia ši ašis, kad įvardytumėte jos polius.
axes-not-critical = Ne kritinis neapibrėžtumas ({ $zone }): scenarijai šioje ašyje gali mažai skirtis.
axes-low-pole-hint = pvz., Baudžiamasis
axes-high-pole-hint = pvz., Resocializacinis
axes-rationale = { $side ->
    [horizontal] Kodėl horizontali ašis
   *[vertical] Kodėl vertikali ašis
}
axes-rationale-hint = Balai, diskusija, dėl ko grupė susitarė
why-chosen = pasirinktas
why-lower = mažesnis bendras balas nei dviejų pasirinktų
why-a-chosen-driver = pasirinktas veiksnys
why-same-group = ta pati susijusi grupė kaip { $driver }
why-not-critical = ne kritinis neapibrėžtumas: { $zone }
why-no-votes = balsų dar nėra
why-rank = Vieta
why-stands-for = Reiškia
why-verdict = Sprendimas
why-itself = save
preview-pole-not-named = polius neįvardytas

## Scenarijai.
scenario-pole-not-named = (polius neįvardytas)
scenario-axis = { $side ->
    [horizontal] Horizontali ašis
   *[vertical] Vertikali ašis
}: { $subject }, nuo { $low } iki { $high }.
scenario-axis-not-chosen = { $side ->
    [horizontal] Horizontali ašis
   *[vertical] Vertikali ašis
}: nepasirinkta.
scenario-choose-axes = Pirma pasirinkite abi ašis PESTLE skirtuke (Neapibrėžtumo ašys): kvadrantai pavadinami pagal jų polius.
scenario-several = Šiame kvadrante daugiau nei vienas scenarijus: sujunkite juos arba vieną ištrinkite.
scenario-create = Sukurti scenarijų
scenario-create-in = Sukurti scenarijų: { $quadrant }
scenario-name = Scenarijaus pavadinimas, { $quadrant }
scenario-name-hint = Pavadinkite šią ateitį, pvz., „Santykių kalėjimas“
scenario-narrative = Pasakojimas, { $quadrant }
scenario-narrative-hint = Kokia ši ateitis darbuotojams ir kaliniams
scenario-competencies = Kompetencijos, kurių reikia šiai ateičiai
scenario-this = šį scenarijų
scenario-delete = Ištrinti scenarijų
scenario-none-linked = Dar nieko nesusieta.
scenario-deleted-link = ištrinta užduotis ar elementas
scenario-unlink = Atsieti
scenario-unlink-code = Atsieti { $code }
scenario-search-hint = Susieti užduotį ar žinią: įrašykite kodą (B-4, KS-2) arba žodžius
scenario-search = Susieti kompetenciją, { $quadrant }
scenario-no-match = Neatitinka jokia užduotis ar žinia.
scenario-link-tip = Susieti su šiuo scenarijumi
scenario-more = Atitinka daugiau: rašykite toliau, kad susiaurintumėte sąrašą.
