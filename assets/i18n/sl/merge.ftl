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
