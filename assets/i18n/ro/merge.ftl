# Unirea sesiunilor partenerilor: fila Unire, Fișier › Unește sesiuni… și
# ferestrele de alegere a fișierelor.

## Fila Unire.
merge-of = din
merge-show-it = Arată-l în vederea lui
merge-nothing = Nimic unit încă
merge-nothing-text = Această sesiune nu a rezultat din unirea sesiunilor partenerilor. Pentru a construi un profil consolidat din atelierele țărilor, alegeți Fișier › Unește sesiuni… și două sau mai multe fișiere de sesiune. Sesiunea unită se deschide ca document nou; fișierele alese sunt doar citite.
merge-consolidated = { $count ->
    [one] Consolidată din { $count } sesiune a partenerilor
    [few] Consolidată din { $count } sesiuni ale partenerilor
   *[other] Consolidată din { $count } de sesiuni ale partenerilor
}
merge-dates = Date
merge-tasks-held = Sarcini conținute
merge-tasks-of = { $held } din { $count }
merge-notes-of = Notele { $source }:
merge-shared-by-all = { $shared } din { $count } sarcini sunt comune tuturor partenerilor
merge-merged-elements = { $count ->
    [one] { $count } element a fost unit cu altul
    [few] { $count } elemente au fost unite cu altele
   *[other] { $count } de elemente au fost unite cu altele
}
merge-proposed = { $count ->
    [one] { $count } duplicat propus
    [few] { $count } duplicate propuse
   *[other] { $count } de duplicate propuse
}
merge-to-resolve = { $count ->
    [one] { $count } conflict de rezolvat
    [few] { $count } conflicte de rezolvat
   *[other] { $count } de conflicte de rezolvat
}
merge-undo-note = Fiecare alegere de mai jos este un pas din Editare › Anulează (Ctrl+Z). Harta DACUM arată pe fiecare cartonaș câți parteneri îl au.
merge-proposals = Duplicate propuse ({ $count })
merge-proposals-none = Niciun duplicat propus nu așteaptă: nicio formulare a doi parteneri nu e destul de apropiată sau fiecare pereche a fost acceptată ori respinsă.
merge-proposals-text = Partenerii au scris acestea aproape la fel. „Acceptă” le face un singur element al ambilor parteneri (formularea din dreapta rămâne mai jos ca alternativă, nu se pierde nimic); „Respinge” le marchează drept diferite și nu mai sunt propuse.
merge-proposal = { $kind ->
    [person] Două persoane
    [duty] Două atribuții
    [task] Două sarcini
    [list-item] Două elemente de listă
    [acronym] Două acronime
    [driver] Doi factori
    [driver-group] Două grupuri de factori
    [scenario] Două scenarii
   *[other] Două elemente
}, asemănare { $percent } %
merge-proposal-tip = Câte cuvinte au în comun; formele flexionate (percheziție, percheziții) și o greșeală de tastare contează drept același cuvânt
merge-keep = Păstrează
merge-merge-into = Unește în el
merge-held-by = la { $sources }
merge-accept = Acceptă
merge-accept-tip = { $kind ->
    [person] Aceeași persoană
    [duty] Aceeași atribuție
    [task] Aceeași sarcină
    [list-item] Același element
    [acronym] Același acronim
    [driver] Același factor
    [driver-group] Același grup de factori
    [scenario] Același scenariu
   *[other] Același element
}: unește „{ $absorb }” în „{ $keep }”
merge-accept-name = Acceptă: unește { $absorb } în { $keep }
merge-reject = Respinge
merge-reject-tip = { $kind ->
    [person] Persoane diferite
    [duty] Atribuții diferite
    [task] Sarcini diferite
    [list-item] Elemente diferite
    [acronym] Acronime diferite
    [driver] Factori diferiți
    [driver-group] Grupuri diferite
    [scenario] Scenarii diferite
   *[other] Elemente diferite
}: păstrează-le pe amândouă, nu le mai propune
merge-reject-name = Respinge: { $keep } și { $absorb } diferă
merge-conflicts = Conflicte ({ $count })
merge-conflicts-none = Niciun conflict nu așteaptă: fiecare valoare asupra căreia partenerii nu au fost de acord este decisă.
merge-conflicts-text = Partenerii au schimbat acestea diferit. Valoarea evidențiată este cea pe care sesiunea o are acum (cea scrisă de cei mai mulți parteneri sau una dintre cele la egalitate); faceți clic pe valoarea de păstrat. Astfel conflictul se închide, iar celelalte valori rămân consemnate la Decise.
merge-keep-value = Păstrează această valoare și închide conflictul
merge-use-value = Folosește în schimb această valoare și închide conflictul
merge-kept-now = păstrată acum · { $sources }
merge-decided = Decise ({ $count })
merge-decided-none = Niciun conflict nu a fost decis încă.
merge-decided-text = Conflictele pe care le-ați tranșat. Sesiunea are valoarea păstrată; valorile puse deoparte rămân consemnate cu partenerii care le-au scris, iar o nouă unire nu le mai ridică. „Redeschide” face din decizie din nou un conflict.
merge-kept = Păstrată
merge-set-aside = Pusă deoparte
merge-reopen = Redeschide
merge-reopen-tip = Fă din nou un conflict, cu valorile puse deoparte de ales
merge-reopen-name = Redeschide: { $field } din { $what }
merge-variants = Alte scrieri ({ $count })
merge-variants-none = Toți partenerii au scris la fel valorile sesiunii.
merge-variants-text = Partenerii au scris acestea la fel, dar cu altă grafie (majuscule, diacritice, spații, caractere invizibile). Sesiunea are scrierea cea mai simplă; celelalte rămân consemnate cu autorii lor.
merge-written-as = Scris ca
merge-also-written-as = scris și ca
merge-blank = (gol)
merge-no-source = nicio sesiune sursă
merge-written-by = scris de { $sources }
merge-side-task = sarcina { $code }
merge-side-duty = atribuția { $code }
merge-side-driver = factor ({ $category })

## Ce numește modelul la unire (câmpuri, tipuri, elemente, valori), afișat în
## fila Unire, în notele despre conflicte de pe carduri, în lista constatărilor
## și în raportul consolidat. Câmpurile și elementele sunt articulate („enunțul
## sarcinii”, „sarcina A-2”), ca să stea după „din” (merge-of) sau singure.

## Câmpurile despre care este un conflict.
field-meta-title = titlul sesiunii
field-meta-occupation = ocupația
field-meta-organisation = organizația
field-meta-sponsor = finanțatorul
field-meta-venue = locul
field-meta-country = țara
field-meta-language = limba
field-meta-start = începutul
field-meta-end = sfârșitul
field-meta-notes = notele
field-priority-formula = formula de prioritate
field-axes = axele de incertitudine
field-person-role = rolul persoanei
field-person-name = numele persoanei
field-person-job-title = funcția persoanei
field-person-organisation = organizația persoanei
field-person-country = țara persoanei
field-person-years = anii de experiență ai persoanei
field-duty-title = titlul atribuției
field-task-statement = enunțul sarcinii
field-task-duty = atribuția sarcinii
field-list-item-text = elementul de listă
field-list-item-list = lista elementului
field-acronym-term = acronimul
field-acronym-meaning = sensul acronimului
field-rating-task = sarcina evaluată
field-rating-rater = evaluatorul
field-rating-importance = evaluarea importanței
field-rating-frequency = evaluarea frecvenței
field-rating-difficulty = evaluarea dificultății
field-rating-train = instruire da sau nu
field-participant-name = numele participantului
field-participant-organisation = organizația participantului
field-participant-country = țara participantului
field-driver-category = categoria factorului
field-driver-title = titlul factorului
field-driver-description = descrierea factorului
field-vote-driver = factorul votului
field-vote-participant = votantul
field-vote-uncertainty = votul pentru incertitudine
field-vote-impact = votul pentru impact
field-group-name = numele grupului de factori
field-scenario-quadrant = cadranul scenariului
field-scenario-name = numele scenariului
field-scenario-narrative = narațiunea scenariului
field-presence = eliminat într-una dintre părți

## Tipurile de elemente.
kind-person = persoană
kind-duty = atribuție
kind-task = sarcină
kind-list-item = element de listă
kind-acronym = acronim
kind-rating = evaluare
kind-participant = participant
kind-driver = factor
kind-vote = vot
kind-driver-group = grup de factori
kind-scenario = scenariu

## Un element în cuvinte. `code` este codul DACUM (B, B-3); `list`, `task` și
## `driver` sunt mesaje inserate; `rater` și `participant` sunt nume.
describe-session = sesiunea
describe-element = elementul { $id }
describe-duty = atribuția { $code } „{ $title }”
describe-task = sarcina { $code } „{ $statement }”
describe-list-item = elementul „{ $text }” ({ $list })
describe-acronym = acronimul { $term }
describe-person = { $role ->
    [panel] membrul panelului
    [facilitator] facilitatorul
    [observer] observatorul
   *[respondent] respondentul
} { $name }
describe-rating = evaluarea – { $task } (evaluator: { $rater })
describe-participant = participantul { $name }
describe-driver = factorul „{ $title }”
describe-vote = votul – { $driver } (votant: { $participant })
describe-group = grupul de factori „{ $name }”
describe-scenario = scenariul „{ $name }”

## O valoare într-un conflict. `text` sunt cuvintele partenerilor.
value-text = „{ $text }”
value-number = { $number }
value-date = { $date }
value-yes = da
value-no = nu
value-blank = gol
value-unknown = ?
value-role = { $role ->
    [panel] Membru al panelului
    [facilitator] Facilitator
    [observer] Observator
   *[respondent] Respondent
}
value-quadrant = { $quadrant ->
    [top-left] stânga sus
    [top-right] dreapta sus
    [bottom-left] stânga jos
   *[bottom-right] dreapta jos
}
value-axes = orizontală { $horizontal }, verticală { $vertical }
value-axis = { $low } – { $high }
value-no-axis = niciuna
value-kept = păstrat
value-removed = eliminat
value-several = { $first }, { $rest }

## Fișier › Unește sesiuni…
merging-title = Unirea sesiunilor
merging-progress = Se citesc și se unesc fișiere de sesiune: { $count }…
merging-none-chosen = nu a fost ales niciun fișier
merging-one-chosen = a fost ales doar { $file }
merging-same-chosen = același fișier a fost ales de mai multe ori
merging-too-few = Alegeți cel puțin două fișiere
merging-too-few-text = Unirea are nevoie de cel puțin două fișiere de sesiune, dar { $chosen }.
    În fereastra de fișiere, țineți apăsat Ctrl (sau Shift) pentru a alege mai multe.

    Sesiunea deschisă nu s-a schimbat.
merging-nothing = Nu s-a unit nimic
merging-unreadable-text = { $count ->
    [one] Un fișier nu poate fi citit:
    [few] Unele fișiere nu pot fi citite:
   *[other] Unele fișiere nu pot fi citite:
}
    { $errors }

    { $count ->
        [one] Corectați-l sau lăsați-l deoparte și uniți din nou.
        [few] Corectați-le sau lăsați-le deoparte și uniți din nou.
       *[other] Corectați-le sau lăsați-le deoparte și uniți din nou.
    } Sesiunea deschisă nu s-a schimbat.
merging-stopped-text = Unirea s-a oprit neașteptat: { $error }

    Sesiunea deschisă nu s-a schimbat.

## Alegerea fișierelor (fereastra sistemului sau o cale tastată în aplicație).
files-open = Deschide sesiunea
files-save-as = Salvează sesiunea ca
files-import-csv = Importă factori și voturi
files-export-csv = Exportă factori și voturi
files-merge = Unește sesiuni
files-kind-csv = CSV (foaie de calcul)
files-kind-pdf = Document PDF
files-kind-session = Sesiune DACUM Studio
files-none-chosen-several = Nu a fost ales niciun fișier. Dacă pe acest desktop nu a apărut nicio fereastră de fișiere, tastați aici căile fișierelor de sesiune de unit, câte una pe rând:
files-none-chosen = Nu a fost ales niciun fișier. Dacă pe acest desktop nu a apărut nicio fereastră de fișiere, tastați aici calea fișierului:
files-paths = Căile fișierelor
files-path = Calea fișierului
files-open-button = Deschide
files-import-button = Importă
files-export-button = Exportă
files-merge-button = Unește fișierele
