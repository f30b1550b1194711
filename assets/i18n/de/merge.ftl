# Zusammenführen von Partnersitzungen: die Registerkarte „Zusammenführen“,
# Datei › Sitzungen zusammenführen… und die Dateifenster.

## Die Registerkarte „Zusammenführen“.
merge-of = –
merge-show-it = In seiner Ansicht zeigen
merge-nothing = Noch nichts zusammengeführt
merge-nothing-text = Diese Sitzung ist nicht durch Zusammenführen von Partnersitzungen entstanden. Um aus den Workshops der Länder ein gemeinsames Profil zu bilden, wählen Sie Datei › Sitzungen zusammenführen… und zwei oder mehr Sitzungsdateien. Die zusammengeführte Sitzung öffnet sich als neues Dokument; die gewählten Dateien werden nur gelesen.
merge-consolidated = { $count ->
    [one] Zusammengeführt aus { $count } Partnersitzung
   *[other] Zusammengeführt aus { $count } Partnersitzungen
}
merge-dates = Daten
merge-tasks-held = Enthaltene Aufgaben
merge-tasks-of = { $held } von { $count }
merge-notes-of = Notizen von { $source }:
merge-shared-by-all = { $shared } von { $count } Aufgaben haben alle Partner gemeinsam
merge-merged-elements = { $count ->
    [one] { $count } Element wurde in ein anderes übernommen
   *[other] { $count } Elemente wurden in andere übernommen
}
merge-proposed = { $count ->
    [one] { $count } vorgeschlagene Dublette
   *[other] { $count } vorgeschlagene Dubletten
}
merge-to-resolve = { $count ->
    [one] { $count } Konflikt zu lösen
   *[other] { $count } Konflikte zu lösen
}
merge-undo-note = Jede Entscheidung unten ist ein Schritt von Bearbeiten › Rückgängig (Strg+Z). Das DACUM-Chart zeigt auf jeder Karte, wie viele Partner sie teilen.
merge-proposals = Vorgeschlagene Dubletten ({ $count })
merge-proposals-none = Keine Dubletten warten: Keine zwei Formulierungen der Partner sind sich nah genug, oder jedes Paar wurde angenommen oder abgelehnt.
merge-proposals-text = Die Partner haben dies fast gleich formuliert. „Annehmen“ macht daraus ein Element beider Partner (die rechte Formulierung bleibt unten als Alternative erhalten, nichts geht verloren); „Ablehnen“ markiert sie als verschieden, und sie werden nicht wieder vorgeschlagen.
merge-proposal = { $kind ->
    [person] Zwei Personen
    [duty] Zwei Aufgabenbereiche
    [task] Zwei Aufgaben
    [list-item] Zwei Listeneinträge
    [acronym] Zwei Abkürzungen
    [driver] Zwei Treiber
    [driver-group] Zwei Treibergruppen
    [scenario] Zwei Szenarien
   *[other] Zwei Elemente
}, zu { $percent } % gleich
merge-proposal-tip = Wie viele Wörter beide gemeinsam haben; gebeugte Formen (Suche, Suchen) und ein Tippfehler zählen als dasselbe Wort
merge-keep = Behalten
merge-merge-into = Darin aufgehen lassen
merge-held-by = von { $sources }
merge-accept = Annehmen
merge-accept-tip = { $kind ->
    [person] Dieselbe Person
    [duty] Derselbe Aufgabenbereich
    [task] Dieselbe Aufgabe
    [list-item] Derselbe Listeneintrag
    [acronym] Dieselbe Abkürzung
    [driver] Derselbe Treiber
    [driver-group] Dieselbe Treibergruppe
    [scenario] Dasselbe Szenario
   *[other] Dasselbe Element
}: „{ $absorb }“ in „{ $keep }“ übernehmen
merge-accept-name = Annehmen: { $absorb } in { $keep } übernehmen
merge-reject = Ablehnen
merge-reject-tip = { $kind ->
    [person] Verschiedene Personen
    [duty] Verschiedene Aufgabenbereiche
    [task] Verschiedene Aufgaben
    [list-item] Verschiedene Listeneinträge
    [acronym] Verschiedene Abkürzungen
    [driver] Verschiedene Treiber
    [driver-group] Verschiedene Treibergruppen
    [scenario] Verschiedene Szenarien
   *[other] Verschiedene Elemente
}: beide behalten, nie wieder vorschlagen
merge-reject-name = Ablehnen: { $keep } und { $absorb } sind verschieden
merge-conflicts = Konflikte ({ $count })
merge-conflicts-none = Keine Konflikte offen: Jeder Wert, über den die Partner uneins waren, ist entschieden.
merge-conflicts-text = Die Partner haben dies unterschiedlich geändert. Der hervorgehobene Wert ist der, den die Sitzung jetzt hat (den die meisten Partner schrieben, oder einer der gleichauf liegenden); klicken Sie den Wert an, der bleiben soll. Das schließt den Konflikt, und die anderen Werte bleiben unter „Entschieden“ festgehalten.
merge-keep-value = Diesen Wert behalten und den Konflikt schließen
merge-use-value = Stattdessen diesen Wert nehmen und den Konflikt schließen
merge-kept-now = jetzt gewählt · { $sources }
merge-decided = Entschieden ({ $count })
merge-decided-none = Noch kein Konflikt entschieden.
merge-decided-text = Konflikte, die Sie entschieden haben. Die Sitzung hat den behaltenen Wert; die zurückgestellten Werte bleiben mit den Partnern, die sie schrieben, festgehalten, und ein erneutes Zusammenführen bringt sie nicht wieder hoch. „Wieder öffnen“ macht eine Entscheidung wieder zum Konflikt.
merge-kept = Behalten
merge-set-aside = Zurückgestellt
merge-reopen = Wieder öffnen
merge-reopen-tip = Wieder zum Konflikt machen, mit den zurückgestellten Werten zur Wahl
merge-reopen-name = Wieder öffnen: { $field } – { $what }
merge-variants = Andere Schreibweisen ({ $count })
merge-variants-none = Alle Partner haben die Werte der Sitzung gleich geschrieben.
merge-variants-text = Die Partner haben dies gleich formuliert, aber verschieden geschrieben (Großbuchstaben, diakritische Zeichen, Leerzeichen, unsichtbare Zeichen). Die Sitzung hat die schlichteste Schreibweise; die anderen bleiben mit ihren Urhebern festgehalten.
merge-written-as = Geschrieben als
merge-also-written-as = auch geschrieben als
merge-blank = (leer)
merge-no-source = keine Quellsitzung
merge-written-by = von { $sources }
merge-side-task = Aufgabe { $code }
merge-side-duty = Aufgabenbereich { $code }
merge-side-driver = Treiber ({ $category })

## Was das Modell beim Zusammenführen benennt (Felder, Arten, Elemente, Werte),
## gezeigt in der Registerkarte „Zusammenführen“, den Konflikthinweisen der
## Karten, der Hinweisliste und dem konsolidierten Bericht. Jedes steht für sich
## (in einer Liste, in Klammern, nach merge-of), im Nominativ.

## Die Felder, um die es in einem Konflikt geht.
field-meta-title = Titel der Sitzung
field-meta-occupation = Beruf
field-meta-organisation = Organisation
field-meta-sponsor = Auftraggeber
field-meta-venue = Ort
field-meta-country = Land
field-meta-language = Sprache
field-meta-start = Beginn
field-meta-end = Ende
field-meta-notes = Notizen
field-priority-formula = Prioritätsformel
field-axes = Unsicherheitsachsen
field-person-role = Rolle der Person
field-person-name = Name der Person
field-person-job-title = Funktion der Person
field-person-organisation = Organisation der Person
field-person-country = Land der Person
field-person-years = Jahre Berufserfahrung der Person
field-duty-title = Titel des Aufgabenbereichs
field-task-statement = Formulierung der Aufgabe
field-task-duty = Aufgabenbereich einer Aufgabe
field-list-item-text = Listeneintrag
field-list-item-list = Liste eines Eintrags
field-acronym-term = Abkürzung
field-acronym-meaning = Bedeutung der Abkürzung
field-rating-task = Aufgabe einer Bewertung
field-rating-rater = bewertende Person
field-rating-importance = Bewertung der Wichtigkeit
field-rating-frequency = Bewertung der Häufigkeit
field-rating-difficulty = Bewertung der Schwierigkeit
field-rating-train = Schulung ja oder nein
field-participant-name = Name der teilnehmenden Person
field-participant-organisation = Organisation der teilnehmenden Person
field-participant-country = Land der teilnehmenden Person
field-driver-category = Kategorie des Treibers
field-driver-title = Titel des Treibers
field-driver-description = Beschreibung des Treibers
field-vote-driver = Treiber einer Bewertung
field-vote-participant = abstimmende Person
field-vote-uncertainty = Bewertung der Unsicherheit
field-vote-impact = Bewertung der Wirkung
field-group-name = Name der Treibergruppe
field-scenario-quadrant = Quadrant des Szenarios
field-scenario-name = Name des Szenarios
field-scenario-narrative = Beschreibung des Szenarios
field-presence = auf einer Seite entfernt

## Die Arten von Elementen.
kind-person = Person
kind-duty = Aufgabenbereich
kind-task = Aufgabe
kind-list-item = Listeneintrag
kind-acronym = Abkürzung
kind-rating = Aufgabenbewertung
kind-participant = Teilnehmer/in
kind-driver = Treiber
kind-vote = Treiberbewertung
kind-driver-group = Treibergruppe
kind-scenario = Szenario

## Ein Element in Worten. `code` ist sein DACUM-Code (B, B-3); `list`, `task`
## und `driver` sind eingesetzte Meldungen; `rater` und `participant` sind Namen.
describe-session = die Sitzung
describe-element = Element { $id }
describe-duty = Aufgabenbereich { $code } „{ $title }“
describe-task = Aufgabe { $code } „{ $statement }“
describe-list-item = Eintrag „{ $text }“ ({ $list })
describe-acronym = Abkürzung { $term }
describe-person = { $role ->
    [panel] Panelmitglied
    [facilitator] Moderator/in
    [observer] Beobachter/in
   *[respondent] befragte Person
} { $name }
describe-rating = Bewertung von { $rater }: { $task }
describe-participant = Teilnehmer/in { $name }
describe-driver = Treiber „{ $title }“
describe-vote = Bewertung von { $participant }: { $driver }
describe-group = Treibergruppe „{ $name }“
describe-scenario = Szenario „{ $name }“

## Ein Wert in einem Konflikt. `text` sind die Worte der Partner.
value-text = „{ $text }“
value-number = { $number }
value-date = { $date }
value-yes = ja
value-no = nein
value-blank = leer
value-unknown = ?
value-role = { $role ->
    [panel] Panelmitglied
    [facilitator] Moderation
    [observer] Beobachtung
   *[respondent] Befragte Person
}
value-quadrant = { $quadrant ->
    [top-left] oben links
    [top-right] oben rechts
    [bottom-left] unten links
   *[bottom-right] unten rechts
}
value-axes = waagerecht { $horizontal }, senkrecht { $vertical }
value-axis = { $low } – { $high }
value-no-axis = keine
value-kept = behalten
value-removed = entfernt
value-several = { $first }, { $rest }

## Datei › Sitzungen zusammenführen…
merging-title = Sitzungen werden zusammengeführt
merging-progress = { $count } Sitzungsdateien werden gelesen und zusammengeführt…
merging-none-chosen = es wurde keine Datei gewählt
merging-one-chosen = nur { $file } wurde gewählt
merging-same-chosen = dieselbe Datei wurde mehrmals gewählt
merging-too-few = Wählen Sie mindestens zwei Dateien
merging-too-few-text = Zum Zusammenführen braucht es mindestens zwei Sitzungsdateien, aber { $chosen }.
    Halten Sie im Dateidialog Strg (oder Umschalt), um mehrere Dateien zu wählen.

    Die geöffnete Sitzung wurde nicht verändert.
merging-nothing = Nichts zusammengeführt
merging-unreadable-text = { $count ->
    [one] Eine Datei kann nicht gelesen werden:
   *[other] Einige Dateien können nicht gelesen werden:
}
    { $errors }

    { $count ->
        [one] Korrigieren Sie sie oder lassen Sie sie weg, und führen Sie erneut zusammen.
       *[other] Korrigieren Sie sie oder lassen Sie sie weg, und führen Sie erneut zusammen.
    } Die geöffnete Sitzung wurde nicht verändert.
merging-stopped-text = Das Zusammenführen brach unerwartet ab: { $error }

    Die geöffnete Sitzung wurde nicht verändert.

## Dateien wählen (Systemdialog oder in der App eingegebener Pfad).
files-open = Sitzung öffnen
files-save-as = Sitzung speichern unter
files-import-csv = Treiber und Bewertungen importieren
files-export-csv = Treiber und Bewertungen exportieren
files-merge = Sitzungen zusammenführen
files-kind-csv = CSV (Tabelle)
files-kind-pdf = PDF-Dokument
files-kind-session = DACUM-Studio-Sitzung
files-none-chosen-several = Es wurden keine Dateien gewählt. Falls auf diesem Desktop kein Dateidialog erschien, geben Sie hier die Pfade der zusammenzuführenden Sitzungsdateien ein, einen pro Zeile:
files-none-chosen = Es wurde keine Datei gewählt. Falls auf diesem Desktop kein Dateidialog erschien, geben Sie hier den Pfad der Datei ein:
files-paths = Dateipfade
files-path = Dateipfad
files-open-button = Öffnen
files-import-button = Importieren
files-export-button = Exportieren
files-merge-button = Dateien zusammenführen
