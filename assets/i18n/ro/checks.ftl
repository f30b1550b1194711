# Ce spun verificările: regulile enunțurilor pentru fiecare atribuție și
# sarcină, ce reguli primește o limbă și verificările întregii sesiuni din lista
# constatărilor și din comanda `check`.
#
# $words, $typed, $verb, $first, $second și $joining conțin cuvinte din enunțul
# însuși, în limba lui: nu se traduc, doar se pun între „…”. Verbele citate în
# mesajele despre enunțurile în engleză (check-en-*) sunt cuvinte englezești pe
# care facilitatorul trebuie să le tasteze, deci rămân în engleză.

## Enunțurile în orice limbă.
check-empty-duty = Această atribuție nu are încă titlu
check-empty-task = Această sarcină nu are încă enunț
check-same-as = La fel ca { $codes }
check-nearly-same-as = Aproape la fel ca { $codes }: aceleași cuvinte cu alte terminații
check-too-long = { $count ->
    [one] { $count } cuvânt
    [few] { $count } cuvinte
   *[other] { $count } de cuvinte
}: o sarcină se citește cel mai bine în cel mult { $max } cuvinte (adesea ajung 2–3)
check-joined-semicolon = Două enunțuri unite prin „;”: un enunț trebuie să numească o singură acțiune; luați în considerare împărțirea lui
check-joined-slash = Două enunțuri unite prin „/”: un enunț trebuie să numească o singură acțiune; luați în considerare împărțirea lui
check-joined-sentences = Două propoziții într-un singur enunț: un enunț trebuie să numească o singură acțiune; luați în considerare împărțirea lui
check-may-join-two = „{ $words }” poate uni două sarcini: un enunț trebuie să numească o singură acțiune; luați în considerare împărțirea lui

## Enunțuri în engleză: verbele citate sunt exemple englezești de tastat.
check-en-drop-lead-in = Începeți cu verbul de acțiune: eliminați sau mutați „{ $typed }”, de ex. „{ $verb } …”
check-en-base-form = Folosiți forma de bază a verbului: „{ $verb } …” în loc de „{ $typed } …”
check-en-not-action-verb-duty = „{ $typed }” nu este un verb de acțiune cunoscut: începeți cu ce face lucrătorul, de ex. „Maintain …” sau „Supervise …”
check-en-not-action-verb-task = „{ $typed }” nu este un verb de acțiune cunoscut: începeți cu ce face lucrătorul, de ex. „Search …” sau „Record …”
check-en-explain = „{ $words }” nu poate fi observat: începeți cu ce face lucrătorul, de ex. „Explain …”
check-en-apply = „{ $words }” nu poate fi observat: începeți cu ce face lucrătorul, de ex. „Apply …”
check-en-identify = „{ $words }” nu poate fi observat: începeți cu ce face lucrătorul, de ex. „Identify …”
check-en-use = „{ $words }” nu poate fi observat: începeți cu ce face lucrătorul, de ex. „Use …” sau „Review …”
check-en-knowledge = „{ $words }” numește o cunoștință, nu o sarcină: treceți-o la „Cunoștințe și deprinderi generale” sau începeți cu ce face lucrătorul, de ex. „Apply …”
check-en-attitude = „{ $words }” descrie o atitudine, nu o sarcină: treceți-o la „Comportamente ale lucrătorului” sau începeți cu ce face lucrătorul
check-en-quality = „{ $words }” descrie o calitate, nu o sarcină: treceți-o la „Comportamente ale lucrătorului” sau începeți cu ce face lucrătorul
check-en-ability = „{ $words }” descrie o capacitate, nu o sarcină: începeți cu acțiunea însăși
check-en-handle = „{ $words }” este vag: spuneți exact ce face lucrătorul, de ex. „Resolve …”, „Record …” sau „Process …”
check-en-part = „{ $words }” nu spune ce face lucrătorul: numiți-i contribuția, de ex. „Present …” sau „Record …”
check-en-oversee = „{ $words }” este vag: spuneți ce face lucrătorul, de ex. „Supervise …” sau „Inspect …”
check-en-resolve = „{ $words }” este vag: spuneți ce face lucrătorul, de ex. „Resolve …” sau „Refer …”
check-en-charge = „{ $words }” numește o responsabilitate, nu o acțiune: începeți cu acțiunea, de ex. „Maintain …” sau „Supervise …”
check-en-help = „{ $words }” este vag: spuneți în ce constă ajutorul, de ex. „Escort …” sau „Explain …”
check-en-work-with = „{ $words }” este vag: spuneți ce face lucrătorul împreună cu ei, de ex. „Coordinate … with …” sau „Refer … to …”
check-en-result = „{ $words }” numește un rezultat, nu o acțiune: spuneți ce face lucrătorul ca să-l obțină, de ex. „Check …” sau „Inspect …”
check-en-attempt = „{ $words }” descrie o încercare: începeți cu acțiunea însăși

## Enunțuri în germană, cehă, slovenă și română. $form este unul dintre
## mesajele check-form-*; $first și $second sunt enunțuri date ca exemplu.
check-form-infinitive = infinitivul
check-form-third-person-or-infinitive = persoana a 3-a sau infinitivul
check-use-task-form = Folosiți { $form }: „{ $verb } …” în loc de „{ $typed } …”
check-not-action-verb-first = „{ $typed }” nu pare un verb de acțiune: începeți cu ce face lucrătorul și folosiți { $form }, de ex. „{ $first }” sau „{ $second }”
check-not-action-verb-last = „{ $typed }” nu pare un verb de acțiune: puneți la sfârșit ce face lucrătorul și folosiți { $form }, de ex. „{ $first }” sau „{ $second }”
check-know = „{ $words }” nu poate fi observat: spuneți ce face lucrătorul cu acele cunoștințe, de ex. le aplică, le explică sau le verifică
check-aware = „{ $words }” nu poate fi observat: spuneți ce face lucrătorul, de ex. identifică sau raportează
check-familiar = „{ $words }” nu poate fi observat: spuneți ce face lucrătorul, de ex. folosește sau analizează
check-knowledge = „{ $words }” numește o cunoștință, nu o sarcină: treceți-o la „Cunoștințe și deprinderi generale” sau spuneți ce face lucrătorul cu ea
check-quality = „{ $words }” descrie o calitate, nu o sarcină: treceți-o la „Comportamente ale lucrătorului” sau spuneți ce face lucrătorul
check-ability = „{ $words }” descrie o capacitate, nu o sarcină: numiți acțiunea însăși
check-resolve = „{ $words }” este vag: spuneți exact ce face lucrătorul, de ex. rezolvă, înregistrează sau direcționează
check-part = „{ $words }” nu spune ce face lucrătorul: numiți-i contribuția, de ex. prezintă sau înregistrează
check-oversee = „{ $words }” este vag: spuneți ce face lucrătorul, de ex. supraveghează sau inspectează
check-charge = „{ $words }” numește o responsabilitate, nu o acțiune: numiți acțiunea însăși
check-help = „{ $words }” este vag: spuneți în ce constă ajutorul, de ex. însoțește sau explică
check-result = „{ $words }” numește un rezultat, nu o acțiune: spuneți ce face lucrătorul ca să-l obțină, de ex. verifică sau inspectează
check-attempt = „{ $words }” descrie o încercare: numiți acțiunea însăși

## Ce reguli primește limba unui enunț (vederea Sesiune și lista
## constatărilor). $language este un mesaj language-name („limba …”).
rules-summary-words = Reguli pentru enunțurile în { $language }: verb de acțiune, verbe neobservabile și vagi, două acțiuni unite prin „{ $and }”, „{ $or }”, lungime, două enunțuri unite, duplicate
rules-summary-neutral = Încă nu există reguli pentru verbe în { $language }: se verifică doar lungimea, două enunțuri unite și duplicatele
rules-summary-none = Limba enunțurilor nu este setată: se verifică doar lungimea, două enunțuri unite și duplicatele
language-name = { $tag ->
    [bg] limba bulgară
    [bs] limba bosniacă
    [ca] limba catalană
    [cs] limba cehă
    [da] limba daneză
    [de] limba germană
    [el] limba greacă
    [en] limba engleză
    [es] limba spaniolă
    [et] limba estonă
    [eu] limba bască
    [fi] limba finlandeză
    [fr] limba franceză
    [ga] limba irlandeză
    [hr] limba croată
    [hu] limba maghiară
    [is] limba islandeză
    [it] limba italiană
    [lb] limba luxemburgheză
    [lt] limba lituaniană
    [lv] limba letonă
    [mk] limba macedoneană
    [mt] limba malteză
    [nb] limba norvegiană (bokmål)
    [nl] limba neerlandeză
    [nn] limba norvegiană (nynorsk)
    [no] limba norvegiană
    [pl] limba polonă
    [pt] limba portugheză
    [ro] limba română
    [ru] limba rusă
    [sk] limba slovacă
    [sl] limba slovenă
    [sq] limba albaneză
    [sr] limba sârbă
    [sv] limba suedeză
    [tr] limba turcă
    [uk] limba ucraineană
   *[other] limba „{ $tag }”
}

## Traduceri (lista constatărilor și `check`).
check-translations-bad-tag = traducerile sunt înregistrate sub „{ $language }”, care nu este un cod de limbă scris în forma obișnuită (de ex. „cs” sau „de-AT”)
check-translations-into-working = există traduceri în { $language }, limba de lucru a sesiunii
check-translation-orphan = o traducere în { $language } este a unui text care nu se află în sesiune ({ $key })
check-translations-stale = { $count ->
    [one] { $count } traducere în { $language } a fost făcută după un text care s-a schimbat între timp: revizuiți-o în vizualizarea Traducere
    [few] { $count } traduceri în { $language } au fost făcute după texte care s-au schimbat între timp: revizuiți-le în vizualizarea Traducere
   *[other] { $count } de traduceri în { $language } au fost făcute după texte care s-au schimbat între timp: revizuiți-le în vizualizarea Traducere
}

## Întreaga sesiune: trimiteri, scoruri, detalii. $scale este unul dintre
## mesajele check-scale-*; $name este numele unei persoane, $driver titlul
## unui factor.
check-scale-importance = importanță
check-scale-frequency = frecvență
check-scale-difficulty = dificultate
check-scale-uncertainty = incertitudine
check-scale-impact = impact
check-id-reused = id-ul { $id } este folosit de mai multe elemente
check-rating-missing-task = o evaluare din verificare se referă la o sarcină lipsă ({ $id })
check-rating-missing-rater = o evaluare a sarcinii { $code } provine de la un evaluator lipsă ({ $id })
check-rating-out-of-range = evaluarea sarcinii { $code } de către { $name }: { $scale } { $score }, în afara intervalului 1–5
check-rated-twice = { $name } a evaluat sarcina { $code } de mai multe ori; se numără fiecare evaluare
check-vote-missing-driver = un vot se referă la un factor lipsă ({ $id })
check-vote-missing-participant = un vot pentru factorul „{ $driver }” provine de la un participant lipsă ({ $id })
check-vote-out-of-range = votul pentru factorul „{ $driver }” dat de { $name }: { $scale } { $score }, în afara intervalului 1–5
check-voted-twice = { $name } a votat factorul „{ $driver }” de mai multe ori; se numără fiecare vot
check-group-missing-driver = grupul de factori „{ $group }” conține un factor lipsă ({ $id })
check-driver-in-two-groups = factorul „{ $driver }” face parte din mai multe grupuri înrudite
check-axis-missing-force = { $axis ->
    [horizontal] axa orizontală
   *[vertical] axa verticală
} se referă la { $what ->
    [group] un grup de factori lipsă
   *[driver] un factor lipsă
} ({ $id })
check-axes-same-force = ambele axe reprezintă aceeași forță (un factor sau un grup înrudit); alegeți axe independente
check-scenarios-share-quadrant = scenariul „{ $scenario }” împarte cadranul ({ $quadrant ->
    [top-left] stânga sus
    [top-right] dreapta sus
    [bottom-left] stânga jos
   *[bottom-right] dreapta jos
}) cu alt scenariu
check-scenario-missing-link = scenariul „{ $scenario }” este legat de o sarcină sau un element de listă lipsă ({ $id })
check-country-code = țara „{ $country }” nu este un cod ISO 3166 din două litere, ca RO sau CZ
check-person-country-code = țara „{ $country }” a persoanei { $name } nu este un cod ISO 3166 din două litere
check-ends-before-start = atelierul se termină ({ $end }) înainte să înceapă ({ $start })
check-text-too-long = { $place } are prea multe caractere ({ $chars }); raportul tipărește doar primele { $printed }
check-unresolved-conflict = conflict nerezolvat de la unire ({ $field } din { $element }): păstrată valoarea { $kept }, celelalte: { $values }

## Unde este un text, pentru $place din check-text-too-long: `field` este unul
## dintre cuvintele place-field-…, `owner` unul dintre mesajele place-owner-…;
## `title` și `name` sunt cuvintele elementului, tăiate după 60 de caractere.
place-of = { $field } din { $owner }
place-in-session = { $field } sesiunii
place-field-title = titlul
place-field-occupation = ocupația
place-field-organisation = organizația
place-field-sponsor = finanțatorul
place-field-venue = locul
place-field-country = țara
place-field-language = limba
place-field-notes = notele
place-field-name = numele
place-field-job-title = funcția
place-field-statement = enunțul
place-field-text = textul
place-field-term = acronimul
place-field-meaning = sensul
place-field-description = descrierea
place-field-low-pole = polul de jos
place-field-high-pole = polul de sus
place-field-rationale = justificarea
place-field-narrative = narațiunea
place-field-other-wording = o altă formulare
place-field-other-pole = un alt pol
place-field-other-rationale = o altă justificare
place-owner-person = persoana { $number }
place-owner-duty = atribuția { $code }
place-owner-task = sarcina { $code }
place-owner-task-at = sarcina { $task } din atribuția { $duty }
place-owner-list-item = elementul { $number } din lista { $list }
place-owner-acronym = acronimul { $number }
place-owner-participant = participantul { $number }
place-owner-driver = factorul „{ $title }”
place-owner-driver-number = factorul { $number }
place-owner-group = grupul de factori { $number }
place-owner-axis = { $axis ->
    [horizontal] axa orizontală
   *[vertical] axa verticală
}
place-owner-scenario = scenariul „{ $name }”
place-owner-scenario-number = scenariul { $number }
place-owner-source = sesiunea unită { $number }
place-owner-wording = elementul unit

## Runde de chestionar (lista constatărilor și `check`). $round este numele rundei.
check-round-no-code = respondentul { $index } din runda „{ $round }” nu are cod
check-round-code-twice = codul de respondent „{ $code }” este folosit de două ori în runda „{ $round }”
check-round-answer-count = respondentul „{ $code }” din runda „{ $round }” are { $answers ->
    [one] { $answers } răspuns
    [few] { $answers } răspunsuri
   *[other] { $answers } de răspunsuri
}, dar runda a cuprins { $tasks ->
    [one] { $tasks } sarcină
    [few] { $tasks } sarcini
   *[other] { $tasks } de sarcini
}
check-round-attribute-count = respondentul „{ $code }” din runda „{ $round }” are { $values ->
    [one] { $values } valoare de atribut
    [few] { $values } valori de atribute
   *[other] { $values } de valori de atribute
}, dar runda prevede { $attributes ->
    [one] { $attributes } atribut
    [few] { $attributes } atribute
   *[other] { $attributes } de atribute
}
check-round-unknown-respondent = „{ $code }” nu este respondent în runda „{ $round }”, totuși un comentariu sau o sarcină propusă îl menționează
check-round-missing-duty = o sarcină propusă în runda „{ $round }” este încadrată la o atribuție pe care harta nu o are ({ $id })
