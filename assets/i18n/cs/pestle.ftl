# Pohledy PESTLE: hybné síly, účastníci, hlasy, matice, osy a scénáře.

## Kategorie.
category-political = Politické
category-economic = Ekonomické
category-social = Sociální
category-technological = Technologické
category-legal = Právní
category-environmental = Environmentální

## Hybné síly.
drivers-category = Kategorie (Alt+1…6):
drivers-new-title = Název nové hybné síly
drivers-new-hint = Hybná síla: { $category }
drivers-add = Přidat sílu
drivers-none = { $category ->
    [political] Zatím žádné politické síly.
    [economic] Zatím žádné ekonomické síly.
    [social] Zatím žádné sociální síly.
    [technological] Zatím žádné technologické síly.
    [legal] Zatím žádné právní síly.
   *[environmental] Zatím žádné environmentální síly.
}
drivers-row = { $category } síla { $number }
drivers-select-tip = Vybrat a označit jako související
drivers-select = Vybrat { $title }
drivers-title = Název
drivers-description = Popis
drivers-description-hint = Popis (nepovinný)
drivers-field = { $field }: { $what }
drivers-category-of = Kategorie: { $what }
drivers-related = související
drivers-related-tip = Ve skupině { $group }: související síly se při volbě os počítají jako jedna

## Související síly.
related-title = Související síly ({ $count })
related-mark = Označit vybrané jako související
related-mark-disabled = Nejdřív zaškrtněte dvě nebo více sil
related-name = Související: { $titles }
related-selected = vybráno: { $count }
related-group-field = Název skupiny { $name }
related-group-hint = Název skupiny
related-rename = Přejmenovat
related-rename-tip = Přejmenovat { $name }
related-ungroup = Zrušit skupinu
related-ungroup-tip = Zrušit skupinu { $name } („Zpět“ ji vrátí)

## Účastníci.
participants-title = Účastníci ({ $count })
participants-none = Zatím žádní účastníci: přidejte lidi, kteří budou hlasovat.
participants-field = { $field } účastníka { $number }
participants-row = účastník { $name }
participants-new-name = Jméno nového účastníka
participants-new-organisation = Organizace nového účastníka
participants-new-country = Země nového účastníka
participants-add = Přidat účastníka

## Hlasy.
votes-uncertainty = Nejistota
votes-impact = Dopad
votes-no-drivers = Zatím nejsou síly k hlasování: přidejte je na kartě Hybné síly.
votes-no-participants = Zatím žádní účastníci: přidejte hlasující na kartě Hybné síly.
votes-participant = Účastník:
votes-participant-done = { $name } (hlasoval { $done } z { $count })
votes-next = Další účastník
votes-next-tip = Přepnout na dalšího účastníka a začít první silou
votes-sort = Řadit podle celkového skóre
votes-all = Všichni účastníci
votes-total = { $done } z { $count } hlasů
votes-by-participant = { $name }: { $done } z { $count } sil
votes-keys = Pište 1–5 pro nejistotu, pak pro dopad; kurzor se posune sám. Backspace smaže hlas.
votes-stat-tip = Přes všechny účastníky; rozptyl = směrodatná odchylka (nejnižší–nejvyšší). Zvýrazněno, když se účastníci silně rozcházejí (rozpětí 3 bodů nebo směrodatná odchylka 1,2 a více).
votes-driver = Síla
votes-u = N
votes-u-tip = Nejistota 1–5
votes-i = D
votes-i-tip = Dopad 1–5
votes-missing = Chybí
votes-mean-u = Průměr N
votes-median-u = Medián N
votes-spread-u = Rozptyl N
votes-mean-i = Průměr D
votes-median-i = Medián D
votes-spread-i = Rozptyl D
votes-combined = Celkem
votes-combined-tip = Průměrná nejistota + průměrný dopad (2–10)
votes-cell = { $field }: { $driver }, hlasuje { $participant }
votes-all-voted = všichni hlasovali
votes-missing-count = chybí { $count }
votes-disagree = neshoda
votes-disagree-tip = Účastníci se silně rozcházejí: stojí za diskusi
votes-spread-tip = Silná neshoda mezi účastníky

## Zóny matice.
zone-critical = Kritické nejistoty
zone-predetermined = Předem dané prvky
zone-secondary = Vedlejší síly
zone-in-sentence = { $zone ->
    [critical] kritické nejistoty
    [predetermined] předem dané prvky
   *[secondary] vedlejší síly
}

## Matice nejistota–dopad.
matrix-no-drivers = Zatím žádné síly: přidejte je na kartě Hybné síly.
matrix-show-spread = Zobrazit rozptyl
matrix-hint = Body jsou číslovány jako v legendě; kroužek značí silnou neshodu účastníků.
matrix-unscored = Zatím bez hodnocení: { $titles }
matrix-uncertainty-axis = Nejistota (vpravo vyšší)
matrix-impact-axis = Dopad (nahoře vyšší)
matrix-summary = { $name }: průměr { $mean }, medián { $median }, sm. odch. { $sd }, { $min }–{ $max }
matrix-no-votes = { $name }: žádné hlasy
matrix-disagree = Účastníci se u této síly silně rozcházejí.
matrix-not-voted = ještě nehlasovalo: { $count }
matrix-disagreement-mark = {" "}(neshoda)
matrix-select = Vybrat sílu { $text }

## Osy nejistoty. `side` je horizontal nebo vertical.
axes-axis = { $side ->
    [horizontal] Vodorovná osa
   *[vertical] Svislá osa
}
axes-left-pole = Levý pól
axes-right-pole = Pravý pól
axes-bottom-pole = Dolní pól
axes-top-pole = Horní pól
axes-missing-driver = chybějící síla
axes-missing-group = chybějící skupina
axes-group = { $name } (související síly)
axes-chosen = Zvolené osy
axes-same-force = Obě osy představují tutéž sílu (jednu sílu nebo síly jedné související skupiny): čtyři scénáře by se nelišily. Zvolte nezávislé osy.
axes-why = Proč: všechny zvažované síly
axes-suggested = Navržené osy
axes-suggested-axis = { $side ->
    [horizontal] Vodorovná osa
   *[vertical] Svislá osa
}: { $subject } (celkové skóre { $score })
axes-suggestion-two = Dvě nezávislé kritické nejistoty s nejvyšším celkovým skóre.
axes-suggestion-one = Jen jedna nezávislá kritická nejistota: druhou osu zvolte sami, nebo znovu projděte skóre sil blízko středu matice.
axes-suggestion-none = Zatím žádná síla nemá zároveň velký dopad a vysokou nejistotu: sesbírejte další hlasy, nebo znovu projděte skóre.
axes-use-suggested = Použít navržené osy
axes-use-suggested-taken = Zvolené osy představují navržené síly.
axes-use-suggested-tip = Póly a zdůvodnění napsané pro tyto síly zůstanou.
axes-renames-quadrants = Scénáře byly napsány pro zvolené osy: nové osy přejmenují jejich kvadranty.
axes-no-votes = { $name }: zatím bez hlasů
axes-not-chosen = Nezvoleno
axes-pick-force = Zvolte sílu, kterou osa představuje, a pojmenujte její póly.
axes-not-critical = Nejde o kritickou nejistotu ({ $zone }): scénáře na této ose se mohou lišit jen málo.
axes-low-pole-hint = např. Represivní
axes-high-pole-hint = např. Resocializační
axes-rationale = { $side ->
    [horizontal] Proč vodorovná osa
   *[vertical] Proč svislá osa
}
axes-rationale-hint = Skóre, diskuse, na čem se panel shodl
why-chosen = zvolena
why-lower = nižší celkové skóre než dvě zvolené
why-a-chosen-driver = zvolená síla
why-same-group = stejná související skupina jako { $driver }
why-not-critical = není kritická nejistota: { $zone }
why-no-votes = zatím bez hlasů
why-rank = Pořadí
why-stands-for = Představuje
why-verdict = Výsledek
why-itself = sebe
preview-pole-not-named = pól bez názvu

## Scénáře.
scenario-pole-not-named = (pól bez názvu)
scenario-axis = { $side ->
    [horizontal] Vodorovná osa
   *[vertical] Svislá osa
}: { $subject }, od { $low } po { $high }.
scenario-axis-not-chosen = { $side ->
    [horizontal] Vodorovná osa
   *[vertical] Svislá osa
}: nezvolena.
scenario-choose-axes = Nejdřív zvolte obě osy na kartě PESTLE (Osy nejistoty): kvadranty se jmenují podle jejich pólů.
scenario-several = V tomto kvadrantu je víc scénářů: slučte je nebo jeden smažte.
scenario-create = Vytvořit scénář
scenario-create-in = Vytvořit scénář: { $quadrant }
scenario-name = Název scénáře, { $quadrant }
scenario-name-hint = Pojmenujte tuto budoucnost, např. „Věznice vztahů“
scenario-narrative = Příběh, { $quadrant }
scenario-narrative-hint = Jaká je tato budoucnost pro personál a vězně
scenario-competencies = Kompetence, které tato budoucnost vyžaduje
scenario-this = tento scénář
scenario-delete = Smazat scénář
scenario-none-linked = Zatím nic nepropojeno.
scenario-deleted-link = smazaný úkol nebo položka
scenario-unlink = Odpojit
scenario-unlink-code = Odpojit { $code }
scenario-search-hint = Propojit úkol nebo znalost: napište kód (B-4, KS-2) nebo slova
scenario-search = Propojit kompetenci, { $quadrant }
scenario-no-match = Žádný úkol ani znalost neodpovídá.
scenario-link-tip = Propojit s tímto scénářem
scenario-more = Další shody: pište dál a zužte seznam.
