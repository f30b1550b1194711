# Pogledi PESTLE: gonilne sile, udeleženci, glasovi, matrika, osi in scenariji.

## Kategorije.
category-political = Politične
category-economic = Ekonomske
category-social = Družbene
category-technological = Tehnološke
category-legal = Pravne
category-environmental = Okoljske

## Gonilne sile.
drivers-category = Kategorija (Alt+1…6):
drivers-new-title = Naslov nove gonilne sile
drivers-new-hint = Gonilna sila: { $category }
drivers-add = Dodaj silo
drivers-none = { $category ->
    [political] Še ni političnih sil.
    [economic] Še ni ekonomskih sil.
    [social] Še ni družbenih sil.
    [technological] Še ni tehnoloških sil.
    [legal] Še ni pravnih sil.
   *[environmental] Še ni okoljskih sil.
}
drivers-row = { $category } sila { $number }
drivers-select-tip = Izberi, da označiš kot povezano
drivers-select = Izberi { $title }
drivers-title = Naslov
drivers-description = Opis
drivers-description-hint = Opis (neobvezno)
drivers-field = { $field }: { $what }
drivers-category-of = Kategorija: { $what }
drivers-related = povezana
drivers-related-tip = V skupini { $group }: povezane sile pri izbiri osi štejejo kot ena sila

## Povezane sile.
related-title = Povezane sile ({ $count })
related-mark = Označi izbrane kot povezane
related-mark-disabled = Najprej odkljukajte dve ali več sil
related-name = Povezano: { $titles }
related-selected = izbrano: { $count }
related-group-field = Ime skupine { $name }
related-group-hint = Ime skupine
related-rename = Preimenuj
related-rename-tip = Preimenuj { $name }
related-ungroup = Razdruži
related-ungroup-tip = Razdruži { $name } (»Razveljavi« jo vrne)

## Udeleženci.
participants-title = Udeleženci ({ $count })
participants-none = Še ni udeležencev: dodajte ljudi, ki bodo glasovali.
participants-field = { $field } udeleženca { $number }
participants-row = udeleženec { $name }
participants-new-name = Ime novega udeleženca
participants-new-organisation = Organizacija novega udeleženca
participants-new-country = Država novega udeleženca
participants-add = Dodaj udeleženca

## Glasovi.
votes-uncertainty = Negotovost
votes-impact = Vpliv
votes-no-drivers = Še ni sil za glasovanje: dodajte jih na zavihku Gonilne sile.
votes-no-participants = Še ni udeležencev: dodajte glasujoče na zavihku Gonilne sile.
votes-participant = Udeleženec:
votes-participant-done = { $name } (glasoval { $done } od { $count })
votes-next = Naslednji udeleženec
votes-next-tip = Preklopi na naslednjega udeleženca in začni pri prvi sili
votes-sort = Razvrsti po skupni oceni
votes-all = Vsi udeleženci
votes-total = { $done } od { $count } glasov
votes-by-participant = { $name }: { $done } od { $count } sil
votes-keys = Vpišite 1–5 za negotovost, nato za vpliv; kazalec se premakne sam. Vračalka izbriše glas.
votes-stat-tip = Čez vse udeležence; razpršenost = standardni odklon (najnižja–najvišja). Poudarjeno, ko se udeleženci močno razhajajo (razpon 3 točk ali standardni odklon 1,2 ali več).
votes-driver = Sila
votes-u = N
votes-u-tip = Negotovost 1–5
votes-i = V
votes-i-tip = Vpliv 1–5
votes-missing = Manjka
votes-mean-u = Povpr. N
votes-median-u = Mediana N
votes-spread-u = Razpršenost N
votes-mean-i = Povpr. V
votes-median-i = Mediana V
votes-spread-i = Razpršenost V
votes-combined = Skupaj
votes-combined-tip = Povprečna negotovost + povprečni vpliv (2–10)
votes-cell = { $field }: { $driver }, glasuje { $participant }
votes-all-voted = vsi glasovali
votes-missing-count = manjka { $count }
votes-disagree = nestrinjanje
votes-disagree-tip = Udeleženci se močno razhajajo: vredno razprave
votes-spread-tip = Močno nestrinjanje med udeleženci

## Območja matrike.
zone-critical = Kritične negotovosti
zone-predetermined = Vnaprej določeni elementi
zone-secondary = Drugotne sile
zone-in-sentence = { $zone ->
    [critical] kritične negotovosti
    [predetermined] vnaprej določeni elementi
   *[secondary] drugotne sile
}

## Matrika negotovost–vpliv.
matrix-no-drivers = Še ni sil: dodajte jih na zavihku Gonilne sile.
matrix-show-spread = Pokaži razpršenost
matrix-hint = Točke so oštevilčene kot v legendi; obroč pomeni močno nestrinjanje udeležencev.
matrix-unscored = Še brez ocene: { $titles }
matrix-uncertainty-axis = Negotovost (višja na desni)
matrix-impact-axis = Vpliv (višji zgoraj)
matrix-summary = { $name }: povprečje { $mean }, mediana { $median }, st. odklon { $sd }, { $min }–{ $max }
matrix-no-votes = { $name }: ni glasov
matrix-disagree = Udeleženci se pri tej sili močno razhajajo.
matrix-not-voted = še ni glasovalo: { $count }
matrix-disagreement-mark = {" "}(nestrinjanje)
matrix-select = Izberi silo { $text }

## Osi negotovosti. `side` je horizontal ali vertical.
axes-axis = { $side ->
    [horizontal] Vodoravna os
   *[vertical] Navpična os
}
axes-left-pole = Levi pol
axes-right-pole = Desni pol
axes-bottom-pole = Spodnji pol
axes-top-pole = Zgornji pol
axes-missing-driver = manjkajoča sila
axes-missing-group = manjkajoča skupina
axes-group = { $name } (povezane sile)
axes-chosen = Izbrani osi
axes-same-force = Obe osi predstavljata isto silo (eno silo ali sile ene povezane skupine): štirje scenariji se ne bi razlikovali. Izberite neodvisni osi.
axes-why = Zakaj: vse obravnavane sile
axes-suggested = Predlagani osi
axes-suggested-axis = { $side ->
    [horizontal] Vodoravna os
   *[vertical] Navpična os
}: { $subject } (skupna ocena { $score })
axes-suggestion-two = Dve neodvisni kritični negotovosti z najvišjim skupnim rezultatom.
axes-suggestion-one = Le ena neodvisna kritična negotovost: drugo os izberite sami ali ponovno preglejte ocene gonilnih sil blizu sredine matrike.
axes-suggestion-none = Nobena gonilna sila še nima hkrati velikega vpliva in visoke negotovosti: zberite več glasov ali ponovno preglejte ocene.
axes-use-suggested = Uporabi predlagani osi
axes-use-suggested-taken = Izbrani osi predstavljata predlagani sili.
axes-use-suggested-tip = Poli in utemeljitev, zapisani za ti sili, ostanejo.
axes-renames-quadrants = Scenariji so napisani za izbrani osi: novi osi preimenujeta njune kvadrante.
axes-no-votes = { $name }: še ni glasov
axes-not-chosen = Ni izbrano
axes-pick-force = Izberite silo, ki jo os predstavlja, da poimenujete njena pola.
axes-not-critical = Ni kritična negotovost ({ $zone }): scenariji na tej osi se morda le malo razlikujejo.
axes-low-pole-hint = npr. Kaznovalni
axes-high-pole-hint = npr. Rehabilitacijski
axes-rationale = { $side ->
    [horizontal] Zakaj vodoravna os
   *[vertical] Zakaj navpična os
}
axes-rationale-hint = Ocene, razprava, o čem se je panel dogovoril
why-chosen = izbrana
why-lower = nižja skupna ocena od obeh izbranih
why-a-chosen-driver = izbrana sila
why-same-group = ista povezana skupina kot { $driver }
why-not-critical = ni kritična negotovost: { $zone }
why-no-votes = še ni glasov
why-rank = Mesto
why-stands-for = Predstavlja
why-verdict = Odločitev
why-itself = sebe
preview-pole-not-named = pol ni poimenovan

## Scenariji.
scenario-pole-not-named = (pol ni poimenovan)
scenario-axis = { $side ->
    [horizontal] Vodoravna os
   *[vertical] Navpična os
}: { $subject }, od { $low } do { $high }.
scenario-axis-not-chosen = { $side ->
    [horizontal] Vodoravna os
   *[vertical] Navpična os
}: ni izbrana.
scenario-choose-axes = Najprej izberite obe osi na zavihku PESTLE (Osi negotovosti): kvadranti se imenujejo po njunih polih.
scenario-several = V tem kvadrantu je več scenarijev: združite jih ali enega izbrišite.
scenario-create = Ustvari scenarij
scenario-create-in = Ustvari scenarij: { $quadrant }
scenario-name = Ime scenarija, { $quadrant }
scenario-name-hint = Poimenujte to prihodnost, npr. »Zapor odnosov«
scenario-narrative = Opis, { $quadrant }
scenario-narrative-hint = Kakšna je ta prihodnost za osebje in zaprte osebe
scenario-competencies = Kompetence, ki jih ta prihodnost potrebuje
scenario-this = ta scenarij
scenario-delete = Izbriši scenarij
scenario-none-linked = Še nič povezanega.
scenario-deleted-link = izbrisana naloga ali postavka
scenario-unlink = Odveži
scenario-unlink-code = Odveži { $code }
scenario-search-hint = Poveži nalogo ali znanje: vpišite kodo (B-4, KS-2) ali besede
scenario-search = Poveži kompetenco, { $quadrant }
scenario-no-match = Nobena naloga ali znanje se ne ujema.
scenario-link-tip = Poveži s tem scenarijem
scenario-more = Več zadetkov: tipkajte naprej, da zožite seznam.
