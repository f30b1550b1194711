# Vederile PESTLE: factori, participanți, voturi, matricea, axele și scenariile.

## Categoriile.
category-political = Politic
category-economic = Economic
category-social = Social
category-technological = Tehnologic
category-legal = Legal
category-environmental = Mediu

## Factori.
drivers-category = Categorie (Alt+1…6):
drivers-new-title = Titlul factorului nou
drivers-new-hint = Un factor: { $category }
drivers-add = Adaugă factor
drivers-none = { $category ->
    [political] Încă niciun factor politic.
    [economic] Încă niciun factor economic.
    [social] Încă niciun factor social.
    [technological] Încă niciun factor tehnologic.
    [legal] Încă niciun factor legal.
   *[environmental] Încă niciun factor de mediu.
}
drivers-row = Factor { $category } { $number }
drivers-select-tip = Selectați pentru a-l marca drept înrudit
drivers-select = Selectează { $title }
drivers-title = Titlu
drivers-description = Descriere
drivers-description-hint = Descriere (opțională)
drivers-field = { $field }: { $what }
drivers-category-of = Categoria: { $what }
drivers-related = înrudit
drivers-related-tip = În { $group }: factorii înrudiți contează ca o singură forță la alegerea axelor

## Factori înrudiți.
related-title = Factori înrudiți ({ $count })
related-mark = Marchează selecția drept înrudită
related-mark-disabled = Bifați întâi doi sau mai mulți factori
related-name = Înrudiți: { $titles }
related-selected = selectați: { $count }
related-group-field = Numele grupului { $name }
related-group-hint = Numele grupului
related-rename = Redenumește
related-rename-tip = Redenumește { $name }
related-ungroup = Desparte
related-ungroup-tip = Desparte { $name } („Anulează” îl aduce înapoi)

## Participanți.
participants-title = Participanți ({ $count })
participants-none = Încă niciun participant: adăugați persoanele care vor vota.
participants-field = { $field }, participantul { $number }
participants-row = participantul { $name }
participants-new-name = Numele participantului nou
participants-new-organisation = Organizația participantului nou
participants-new-country = Țara participantului nou
participants-add = Adaugă participant

## Voturi.
votes-uncertainty = Incertitudine
votes-impact = Impact
votes-no-drivers = Încă nu sunt factori de votat: adăugați-i în fila Factori.
votes-no-participants = Încă niciun participant: adăugați votanții în fila Factori.
votes-participant = Participant:
votes-participant-done = { $name } (a votat { $done } din { $count })
votes-next = Participantul următor
votes-next-tip = Treci la participantul următor și începe cu primul factor
votes-sort = Sortează după scorul combinat
votes-all = Toți participanții
votes-total = { $done } din { $count } voturi
votes-by-participant = { $name }: { $done } din { $count } factori
votes-keys = Tastați 1–5 pentru incertitudine, apoi pentru impact; cursorul avansează singur. Backspace șterge un vot.
votes-stat-tip = Pe toți participanții; dispersie = abaterea standard (minim–maxim). Evidențiat când participanții diferă mult (o plajă de 3 puncte sau o abatere standard de 1,2 sau mai mult).
votes-driver = Factor
votes-u = U
votes-u-tip = Incertitudine 1–5
votes-i = I
votes-i-tip = Impact 1–5
votes-missing = Lipsă
votes-mean-u = Media U
votes-median-u = Mediana U
votes-spread-u = Dispersie U
votes-mean-i = Media I
votes-median-i = Mediana I
votes-spread-i = Dispersie I
votes-combined = Combinat
votes-combined-tip = Incertitudinea medie + impactul mediu (2–10)
votes-cell = { $field } pentru { $driver }, votat de { $participant }
votes-all-voted = toți au votat
votes-missing-count = lipsesc { $count }
votes-disagree = dezacord
votes-disagree-tip = Participanții diferă mult: merită discutat
votes-spread-tip = Dezacord puternic între participanți

## Zonele matricei.
zone-critical = Incertitudini critice
zone-predetermined = Elemente predeterminate
zone-secondary = Factori secundari
zone-in-sentence = { $zone ->
    [critical] incertitudini critice
    [predetermined] elemente predeterminate
   *[secondary] factori secundari
}

## Matricea incertitudine–impact.
matrix-no-drivers = Încă niciun factor: adăugați-i în fila Factori.
matrix-show-spread = Arată dispersia
matrix-hint = Punctele sunt numerotate ca în legendă; un inel înseamnă că participanții diferă mult.
matrix-unscored = Încă neevaluați: { $titles }
matrix-uncertainty-axis = Incertitudine (mai mare spre dreapta)
matrix-impact-axis = Impact (mai mare în sus)
matrix-summary = { $name }: media { $mean }, mediana { $median }, ab. st. { $sd }, { $min }–{ $max }
matrix-no-votes = { $name }: niciun vot
matrix-disagree = Participanții diferă mult asupra acestui factor.
matrix-not-voted = nu au votat încă: { $count }
matrix-disagreement-mark = {" "}(dezacord)
matrix-select = Selectează factorul { $text }

## Axele incertitudinii. `side` este horizontal sau vertical.
axes-axis = { $side ->
    [horizontal] Axa orizontală
   *[vertical] Axa verticală
}
axes-left-pole = Polul stâng
axes-right-pole = Polul drept
axes-bottom-pole = Polul de jos
axes-top-pole = Polul de sus
axes-missing-driver = un factor lipsă
axes-missing-group = un grup lipsă
axes-group = { $name } (factori înrudiți)
axes-chosen = Axele alese
axes-same-force = Ambele axe reprezintă aceeași forță (un factor sau factorii unui grup înrudit): cele patru scenarii nu s-ar deosebi. Alegeți axe independente.
axes-why = De ce: toți factorii luați în calcul
axes-suggested = Axe sugerate
axes-suggested-axis = { $side ->
    [horizontal] Axa orizontală
   *[vertical] Axa verticală
}: { $subject } (scor combinat { $score })
axes-suggestion-two = Cele două incertitudini critice independente cu cel mai mare scor combinat.
axes-suggestion-one = O singură incertitudine critică independentă: alegeți dumneavoastră a doua axă sau revedeți scorurile factorilor din apropierea centrului matricei.
axes-suggestion-none = Niciun factor nu are încă, în același timp, impact mare și incertitudine mare: strângeți mai multe voturi sau revedeți scorurile.
axes-use-suggested = Folosește axele sugerate
axes-use-suggested-taken = Axele alese reprezintă forțele sugerate.
axes-use-suggested-tip = Polii și justificarea scrise pentru aceste forțe se păstrează.
axes-renames-quadrants = Scenariile au fost scrise pentru axele alese: axele noi le redenumesc cadranele.
axes-no-votes = { $name }: încă niciun vot
axes-not-chosen = Nealeasă
axes-pick-force = Alegeți forța pe care o reprezintă axa ca să-i numiți polii.
axes-not-critical = Nu este o incertitudine critică ({ $zone }): scenariile pe această axă s-ar putea deosebi puțin.
axes-low-pole-hint = de ex. Punitiv
axes-high-pole-hint = de ex. Reabilitativ
axes-rationale = { $side ->
    [horizontal] De ce axa orizontală
   *[vertical] De ce axa verticală
}
axes-rationale-hint = Scorurile, discuția, ce a convenit panelul
why-chosen = ales
why-lower = scor combinat mai mic decât cei doi aleși
why-a-chosen-driver = un factor ales
why-same-group = același grup înrudit ca { $driver }
why-not-critical = nu este o incertitudine critică: { $zone }
why-no-votes = încă niciun vot
why-rank = Loc
why-stands-for = Reprezintă
why-verdict = Verdict
why-itself = pe sine
preview-pole-not-named = pol nenumit

## Scenariile.
scenario-pole-not-named = (pol nenumit)
scenario-axis = { $side ->
    [horizontal] Axa orizontală
   *[vertical] Axa verticală
}: { $subject }, de la { $low } la { $high }.
scenario-axis-not-chosen = { $side ->
    [horizontal] Axa orizontală
   *[vertical] Axa verticală
}: nealeasă.
scenario-choose-axes = Alegeți întâi cele două axe în fila PESTLE (Axele incertitudinii): cadranele sunt numite după polii lor.
scenario-several = Mai multe scenarii în acest cadran: uniți-le sau ștergeți unul.
scenario-create = Creează scenariu
scenario-create-in = Creează scenariu: { $quadrant }
scenario-name = Numele scenariului, { $quadrant }
scenario-name-hint = Numiți acest viitor, de ex. „Penitenciarul relațional”
scenario-narrative = Narațiune, { $quadrant }
scenario-narrative-hint = Cum arată acest viitor pentru personal și deținuți
scenario-competencies = Competențele de care are nevoie acest viitor
scenario-this = acest scenariu
scenario-delete = Șterge scenariul
scenario-none-linked = Nimic legat încă.
scenario-deleted-link = o sarcină sau un element șters
scenario-unlink = Dezleagă
scenario-unlink-code = Dezleagă { $code }
scenario-search-hint = Legați o sarcină sau o cunoștință: tastați un cod (B-4, KS-2) sau cuvinte
scenario-search = Leagă o competență, { $quadrant }
scenario-no-match = Nicio sarcină sau cunoștință nu se potrivește.
scenario-link-tip = Leagă de acest scenariu
scenario-more = Mai sunt potriviri: tastați mai mult ca să restrângeți lista.
