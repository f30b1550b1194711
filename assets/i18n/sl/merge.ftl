# Združevanje sej partnerjev: zavihek Združevanje, Datoteka › Združi seje… in
# okna za izbiro datotek.

## Zavihek Združevanje.
merge-of = –
merge-show-it = Pokaži v njegovem pogledu
merge-nothing = Še nič združenega
merge-nothing-text = Ta seja ni nastala z združevanjem sej partnerjev. Če želite iz delavnic posameznih držav sestaviti en skupni profil, izberite Datoteka › Združi seje… in dve ali več datotek sej. Združena seja se odpre kot nov dokument; izbrane datoteke se samo berejo.
merge-consolidated = { $count ->
    [one] Združeno iz { $count } seje partnerjev
    [two] Združeno iz { $count } sej partnerjev
    [few] Združeno iz { $count } sej partnerjev
   *[other] Združeno iz { $count } sej partnerjev
}
merge-dates = Datumi
merge-tasks-held = Vsebovane naloge
merge-tasks-of = { $held } od { $count }
merge-notes-of = Opombe { $source }:
merge-shared-by-all = { $shared } od { $count } nalog imajo vsi partnerji
merge-merged-elements = { $count ->
    [one] { $count } element je bil združen v drugega
    [two] { $count } elementa sta bila združena v druge
    [few] { $count } elementi so bili združeni v druge
   *[other] { $count } elementov je bilo združenih v druge
}
merge-proposed = { $count ->
    [one] { $count } predlagana podvojitev
    [two] { $count } predlagani podvojitvi
    [few] { $count } predlagane podvojitve
   *[other] { $count } predlaganih podvojitev
}
merge-to-resolve = { $count ->
    [one] { $count } spor za razrešitev
    [two] { $count } spora za razrešitev
    [few] { $count } spori za razrešitev
   *[other] { $count } sporov za razrešitev
}
merge-undo-note = Vsaka izbira spodaj je en korak Urejanje › Razveljavi (Ctrl+Z). Karta DACUM na vsaki kartici pokaže, koliko partnerjev jo deli.
merge-proposals = Predlagane podvojitve ({ $count })
merge-proposals-none = Ni čakajočih podvojitev: nobeni dve formulaciji partnerjev si nista dovolj blizu ali pa je bil vsak par sprejet ali zavrnjen.
merge-proposals-text = Partnerji so to zapisali skoraj enako. »Sprejmi« ju združi v en element obeh partnerjev (formulacija na desni ostane spodaj kot alternativa, nič se ne izgubi); »Zavrni« ju označi kot različna in ne bosta več predlagana.
merge-proposal = { $kind ->
    [person] Podobni osebi
    [duty] Podobni področji
    [task] Podobni nalogi
    [list-item] Podobni postavki
    [acronym] Podobni kratici
    [driver] Podobni sili
    [driver-group] Podobni skupini sil
    [scenario] Podobna scenarija
   *[other] Podobna elementa
}, { $percent } % ujemanja
merge-proposal-tip = Koliko besed imata skupnih; pregibne oblike (preiskava, preiskave) in ena tipkarska napaka štejejo kot ista beseda
merge-keep = Obdrži
merge-merge-into = Združi vanj
merge-held-by = imajo { $sources }
merge-accept = Sprejmi
merge-accept-tip = { $kind ->
    [person] Ista oseba
    [duty] Isto področje
    [task] Ista naloga
    [list-item] Ista postavka
    [acronym] Ista kratica
    [driver] Ista sila
    [driver-group] Ista skupina sil
    [scenario] Isti scenarij
   *[other] Isti element
}: združi »{ $absorb }« v »{ $keep }«
merge-accept-name = Sprejmi: združi { $absorb } v { $keep }
merge-reject = Zavrni
merge-reject-tip = { $kind ->
    [person] Različni osebi
    [duty] Različni področji
    [task] Različni nalogi
    [list-item] Različni postavki
    [acronym] Različni kratici
    [driver] Različni sili
    [driver-group] Različni skupini sil
    [scenario] Različna scenarija
   *[other] Različna elementa
}: obdrži oba, nikoli več ne predlagaj
merge-reject-name = Zavrni: { $keep } in { $absorb } se razlikujeta
merge-conflicts = Spori ({ $count })
merge-conflicts-none = Ni čakajočih sporov: vsaka vrednost, o kateri se partnerji niso strinjali, je odločena.
merge-conflicts-text = Partnerji so to spremenili različno. Poudarjena vrednost je tista, ki jo seja ima zdaj (ki jo je zapisala večina partnerjev ali ena od izenačenih); kliknite vrednost, ki naj ostane. S tem se spor zapre, druge vrednosti pa ostanejo zabeležene pod Odločeno.
merge-keep-value = Obdrži to vrednost in zapri spor
merge-use-value = Namesto tega uporabi to vrednost in zapri spor
merge-kept-now = zdaj obdržano · { $sources }
merge-decided = Odločeno ({ $count })
merge-decided-none = Noben spor še ni odločen.
merge-decided-text = Spori, ki ste jih odločili. Seja ima obdržano vrednost; odložene vrednosti ostanejo zabeležene s partnerji, ki so jih zapisali, in ponovno združevanje jih ne sproži znova. »Znova odpri« odločitev spet spremeni v spor.
merge-kept = Obdržano
merge-set-aside = Odloženo
merge-reopen = Znova odpri
merge-reopen-tip = Spet naredi spor, z odloženimi vrednostmi na izbiro
merge-reopen-name = Znova odpri: { $field } – { $what }
merge-variants = Drugi zapisi ({ $count })
merge-variants-none = Vsi partnerji so vrednosti seje zapisali enako.
merge-variants-text = Partnerji so to zapisali enako, a različno črkovali (velike črke, diakritični znaki, presledki, nevidni znaki). Seja ima najpreprostejši zapis; drugi ostanejo zabeleženi skupaj z avtorji.
merge-written-as = Zapisano kot
merge-also-written-as = zapisano tudi kot
merge-blank = (prazno)
merge-no-source = nobena izvorna seja
merge-written-by = zapisali { $sources }
merge-side-task = naloga { $code }
merge-side-duty = področje { $code }
merge-side-driver = gonilna sila ({ $category })

## Kar model poimenuje pri združevanju (polja, vrste, elementi, vrednosti),
## prikazano na zavihku Združevanje, v opombah o sporih na karticah, na seznamu
## opozoril in v združenem poročilu. Vsako stoji samo (na seznamu, v oklepaju,
## za merge-of), v imenovalniku.

## Polja, za katera gre v sporu.
field-meta-title = naslov seje
field-meta-occupation = poklic
field-meta-organisation = organizacija
field-meta-sponsor = naročnik
field-meta-venue = kraj
field-meta-country = država
field-meta-language = jezik
field-meta-start = začetek
field-meta-end = konec
field-meta-notes = opombe
field-priority-formula = formula prioritete
field-axes = osi negotovosti
field-person-role = vloga osebe
field-person-name = ime osebe
field-person-job-title = delovno mesto osebe
field-person-organisation = organizacija osebe
field-person-country = država osebe
field-person-years = leta izkušenj osebe
field-duty-title = naslov področja
field-task-statement = besedilo naloge
field-task-duty = področje naloge
field-list-item-text = postavka seznama
field-list-item-list = seznam postavke
field-acronym-term = kratica
field-acronym-meaning = pomen kratice
field-rating-task = ocenjena naloga
field-rating-rater = ocenjevalec
field-rating-importance = ocena pomembnosti
field-rating-frequency = ocena pogostosti
field-rating-difficulty = ocena zahtevnosti
field-rating-train = usposabljanje da ali ne
field-participant-name = ime udeleženca
field-participant-organisation = organizacija udeleženca
field-participant-country = država udeleženca
field-driver-category = kategorija gonilne sile
field-driver-title = naslov gonilne sile
field-driver-description = opis gonilne sile
field-vote-driver = gonilna sila glasu
field-vote-participant = glasovalec
field-vote-uncertainty = glas za negotovost
field-vote-impact = glas za vpliv
field-group-name = ime skupine sil
field-scenario-quadrant = kvadrant scenarija
field-scenario-name = ime scenarija
field-scenario-narrative = opis scenarija
field-presence = odstranjeno na eni strani

## Vrste elementov.
kind-person = oseba
kind-duty = področje
kind-task = naloga
kind-list-item = postavka seznama
kind-acronym = kratica
kind-rating = ocena
kind-participant = udeleženec
kind-driver = gonilna sila
kind-vote = glas
kind-driver-group = skupina sil
kind-scenario = scenarij

## Element z besedami. `code` je njegova koda DACUM (B, B-3); `list`, `task` in
## `driver` so vstavljena sporočila; `rater` in `participant` sta imeni.
describe-session = celotna seja
describe-element = element { $id }
describe-duty = področje { $code } »{ $title }«
describe-task = naloga { $code } »{ $statement }«
describe-list-item = postavka »{ $text }« ({ $list })
describe-acronym = kratica { $term }
describe-person = { $role ->
    [panel] član panela
    [facilitator] moderator
    [observer] opazovalec
   *[respondent] anketiranec
} { $name }
describe-rating = ocena – { $task } (ocenjevalec { $rater })
describe-participant = udeleženec { $name }
describe-driver = gonilna sila »{ $title }«
describe-vote = glas – { $driver } (glasovalec { $participant })
describe-group = skupina sil »{ $name }«
describe-scenario = scenarij »{ $name }«

## Vrednost v sporu. `text` so besede partnerjev.
value-text = »{ $text }«
value-number = { $number }
value-date = { $date }
value-yes = da
value-no = ne
value-blank = prazno
value-unknown = ?
value-role = { $role ->
    [panel] Član panela
    [facilitator] Moderator
    [observer] Opazovalec
   *[respondent] Anketiranec
}
value-quadrant = { $quadrant ->
    [top-left] zgoraj levo
    [top-right] zgoraj desno
    [bottom-left] spodaj levo
   *[bottom-right] spodaj desno
}
value-axes = vodoravna { $horizontal }, navpična { $vertical }
value-axis = { $low } – { $high }
value-no-axis = brez
value-kept = obdržano
value-removed = odstranjeno
value-several = { $first }, { $rest }

## Datoteka › Združi seje…
merging-title = Združevanje sej
merging-progress = Berem in združujem datoteke sej: { $count }…
merging-none-chosen = ni bila izbrana nobena datoteka
merging-one-chosen = izbrana je bila le { $file }
merging-same-chosen = ista datoteka je bila izbrana večkrat
merging-too-few = Izberite vsaj dve datoteki
merging-too-few-text = Za združevanje sta potrebni vsaj dve datoteki sej, a { $chosen }.
    V pogovornem oknu držite Ctrl (ali Shift), da izberete več datotek.

    Odprta seja se ni spremenila.
merging-nothing = Nič ni bilo združeno
merging-unreadable-text = { $count ->
    [one] Datoteke ni mogoče prebrati:
    [two] Nekaterih datotek ni mogoče prebrati:
    [few] Nekaterih datotek ni mogoče prebrati:
   *[other] Nekaterih datotek ni mogoče prebrati:
}
    { $errors }

    { $count ->
        [one] Popravite jo ali jo izpustite in znova združite.
        [two] Popravite ju ali ju izpustite in znova združite.
        [few] Popravite jih ali jih izpustite in znova združite.
       *[other] Popravite jih ali jih izpustite in znova združite.
    } Odprta seja se ni spremenila.
merging-stopped-text = Združevanje se je nepričakovano ustavilo: { $error }

    Odprta seja se ni spremenila.

## Izbira datotek (sistemsko okno ali pot, vpisana v aplikaciji).
files-open = Odpri sejo
files-save-as = Shrani sejo kot
files-import-csv = Uvozi gonilne sile in glasove
files-export-csv = Izvozi gonilne sile in glasove
files-merge = Združi seje
files-kind-csv = CSV (preglednica)
files-kind-pdf = Dokument PDF
files-kind-session = Seja DACUM Studio
files-none-chosen-several = Nobena datoteka ni bila izbrana. Če se na tem namizju ni pojavilo okno za datoteke, tukaj vpišite poti do datotek sej za združevanje, eno v vrstico:
files-none-chosen = Nobena datoteka ni bila izbrana. Če se na tem namizju ni pojavilo okno za datoteke, tukaj vpišite pot do datoteke:
files-paths = Poti do datotek
files-path = Pot do datoteke
files-open-button = Odpri
files-import-button = Uvozi
files-export-button = Izvozi
files-merge-button = Združi datoteke
