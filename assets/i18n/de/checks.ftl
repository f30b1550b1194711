# Was die Prüfungen sagen: die Formulierungsregeln für jeden Aufgabenbereich und
# jede Aufgabe, welche Regeln eine Sprache bekommt, und die Prüfungen der ganzen
# Sitzung in der Hinweisliste und im Befehl `check`.
#
# $words, $typed, $verb, $first, $second und $joining enthalten Wörter der
# Formulierung selbst, in deren Sprache: nie übersetzen, nur in „…“ setzen.
# Die zitierten Verben der englischen Formulierungen (check-en-*) sind
# englische Wörter, die die Moderation tippen soll: Sie bleiben englisch.

## Formulierungen in jeder Sprache.
check-empty-duty = Dieser Aufgabenbereich hat noch keinen Titel
check-empty-task = Diese Aufgabe hat noch keine Formulierung
check-same-as = Gleich wie { $codes }
check-nearly-same-as = Fast gleich wie { $codes }: dieselben Wörter mit anderen Endungen
check-too-long = { $count ->
    [one] { $count } Wort
   *[other] { $count } Wörter
}: Eine Aufgabe liest sich am besten mit höchstens { $max } Wörtern (oft genügen 2–3)
check-joined-semicolon = Zwei Formulierungen, verbunden durch „;“: Eine Formulierung sollte genau eine Tätigkeit benennen; erwägen Sie, sie zu teilen
check-joined-slash = Zwei Formulierungen, verbunden durch „/“: Eine Formulierung sollte genau eine Tätigkeit benennen; erwägen Sie, sie zu teilen
check-joined-sentences = Zwei Sätze in einer Formulierung: Eine Formulierung sollte genau eine Tätigkeit benennen; erwägen Sie, sie zu teilen
check-may-join-two = „{ $words }“ verbindet womöglich zwei Aufgaben: Eine Formulierung sollte genau eine Tätigkeit benennen; erwägen Sie, sie zu teilen

## Englische Formulierungen: Die zitierten Verben sind englische Beispiele zum Tippen.
check-en-drop-lead-in = Beginnen Sie mit dem Handlungsverb: Streichen oder verschieben Sie „{ $typed }“, z. B. „{ $verb } …“
check-en-base-form = Verwenden Sie die Grundform des Verbs: „{ $verb } …“ statt „{ $typed } …“
check-en-not-action-verb-duty = „{ $typed }“ ist kein bekanntes Handlungsverb: Beginnen Sie mit dem, was die Fachkraft tut, z. B. „Maintain …“ oder „Supervise …“
check-en-not-action-verb-task = „{ $typed }“ ist kein bekanntes Handlungsverb: Beginnen Sie mit dem, was die Fachkraft tut, z. B. „Search …“ oder „Record …“
check-en-explain = „{ $words }“ ist nicht beobachtbar: Beginnen Sie mit dem, was die Fachkraft tut, z. B. „Explain …“
check-en-apply = „{ $words }“ ist nicht beobachtbar: Beginnen Sie mit dem, was die Fachkraft tut, z. B. „Apply …“
check-en-identify = „{ $words }“ ist nicht beobachtbar: Beginnen Sie mit dem, was die Fachkraft tut, z. B. „Identify …“
check-en-use = „{ $words }“ ist nicht beobachtbar: Beginnen Sie mit dem, was die Fachkraft tut, z. B. „Use …“ oder „Review …“
check-en-knowledge = „{ $words }“ benennt Wissen, keine Aufgabe: Führen Sie es unter „Allgemeines Wissen und Fertigkeiten“ auf oder beginnen Sie mit dem, was die Fachkraft tut, z. B. „Apply …“
check-en-attitude = „{ $words }“ beschreibt eine Haltung, keine Aufgabe: Führen Sie das unter „Verhaltensweisen“ auf oder beginnen Sie mit dem, was die Fachkraft tut
check-en-quality = „{ $words }“ beschreibt eine Eigenschaft, keine Aufgabe: Führen Sie das unter „Verhaltensweisen“ auf oder beginnen Sie mit dem, was die Fachkraft tut
check-en-ability = „{ $words }“ beschreibt eine Fähigkeit, keine Aufgabe: Beginnen Sie mit der Tätigkeit selbst
check-en-handle = „{ $words }“ ist vage: Sagen Sie genau, was die Fachkraft tut, z. B. „Resolve …“, „Record …“ oder „Process …“
check-en-part = „{ $words }“ sagt nicht, was die Fachkraft tut: Benennen Sie ihren Anteil, z. B. „Present …“ oder „Record …“
check-en-oversee = „{ $words }“ ist vage: Sagen Sie, was die Fachkraft tut, z. B. „Supervise …“ oder „Inspect …“
check-en-resolve = „{ $words }“ ist vage: Sagen Sie, was die Fachkraft tut, z. B. „Resolve …“ oder „Refer …“
check-en-charge = „{ $words }“ benennt eine Zuständigkeit, keine Tätigkeit: Beginnen Sie mit der Tätigkeit, z. B. „Maintain …“ oder „Supervise …“
check-en-help = „{ $words }“ ist vage: Sagen Sie, worin die Hilfe besteht, z. B. „Escort …“ oder „Explain …“
check-en-work-with = „{ $words }“ ist vage: Sagen Sie, was die Fachkraft mit ihnen tut, z. B. „Coordinate … with …“ oder „Refer … to …“
check-en-result = „{ $words }“ benennt ein Ergebnis, keine Tätigkeit: Sagen Sie, was die Fachkraft tut, um es zu erreichen, z. B. „Check …“ oder „Inspect …“
check-en-attempt = „{ $words }“ beschreibt einen Versuch: Beginnen Sie mit der Tätigkeit selbst

## Deutsche, tschechische, slowenische und rumänische Formulierungen. $form ist
## eine der check-form-*-Meldungen (im Akkusativ); $first und $second sind
## Beispielformulierungen.
check-form-infinitive = den Infinitiv
check-form-third-person-or-infinitive = die 3. Person oder den Infinitiv
check-use-task-form = Verwenden Sie { $form }: „{ $verb } …“ statt „{ $typed } …“
check-not-action-verb-first = „{ $typed }“ wirkt nicht wie ein Handlungsverb: Beginnen Sie mit dem, was die Fachkraft tut, und verwenden Sie { $form }, z. B. „{ $first }“ oder „{ $second }“
check-not-action-verb-last = „{ $typed }“ wirkt nicht wie ein Handlungsverb: Setzen Sie ans Ende, was die Fachkraft tut, und verwenden Sie { $form }, z. B. „{ $first }“ oder „{ $second }“
check-know = „{ $words }“ ist nicht beobachtbar: Benennen Sie, was die Fachkraft mit dem Wissen tut, z. B. anwenden, erklären oder prüfen
check-aware = „{ $words }“ ist nicht beobachtbar: Benennen Sie, was die Fachkraft tut, z. B. erkennen oder melden
check-familiar = „{ $words }“ ist nicht beobachtbar: Benennen Sie, was die Fachkraft tut, z. B. verwenden oder überprüfen
check-knowledge = „{ $words }“ benennt Wissen, keine Aufgabe: Führen Sie es unter „Allgemeines Wissen und Fertigkeiten“ auf oder benennen Sie, was die Fachkraft damit tut
check-quality = „{ $words }“ beschreibt eine Eigenschaft, keine Aufgabe: Führen Sie das unter „Verhaltensweisen“ auf oder benennen Sie, was die Fachkraft tut
check-ability = „{ $words }“ beschreibt eine Fähigkeit, keine Aufgabe: Benennen Sie die Tätigkeit selbst
check-resolve = „{ $words }“ ist vage: Sagen Sie genau, was die Fachkraft tut, z. B. lösen, dokumentieren oder weiterleiten
check-part = „{ $words }“ sagt nicht, was die Fachkraft tut: Benennen Sie ihren Anteil, z. B. vortragen oder dokumentieren
check-oversee = „{ $words }“ ist vage: Sagen Sie, was die Fachkraft tut, z. B. beaufsichtigen oder kontrollieren
check-charge = „{ $words }“ benennt eine Zuständigkeit, keine Tätigkeit: Benennen Sie die Tätigkeit selbst
check-help = „{ $words }“ ist vage: Sagen Sie, worin die Hilfe besteht, z. B. begleiten oder erklären
check-result = „{ $words }“ benennt ein Ergebnis, keine Tätigkeit: Sagen Sie, was die Fachkraft tut, um es zu erreichen, z. B. prüfen oder kontrollieren
check-attempt = „{ $words }“ beschreibt einen Versuch: Benennen Sie die Tätigkeit selbst

## Welche Regeln die Sprache einer Formulierung bekommt (Ansicht „Sitzung“ und
## Hinweisliste). $language ist eine language-name-Meldung, nach „für“.
rules-summary-words = Formulierungsregeln für { $language }: Handlungsverb, nicht beobachtbare und vage Verben, zwei Tätigkeiten verbunden durch „{ $and }“, „{ $or }“, Länge, zwei verbundene Formulierungen, Dubletten
rules-summary-neutral = Noch keine Verbregeln für { $language }: Geprüft werden nur Länge, zwei verbundene Formulierungen und Dubletten
rules-summary-none = Keine Sprache der Formulierungen festgelegt: Geprüft werden nur Länge, zwei verbundene Formulierungen und Dubletten
language-name = { $tag ->
    [bg] Bulgarisch
    [bs] Bosnisch
    [ca] Katalanisch
    [cs] Tschechisch
    [da] Dänisch
    [de] Deutsch
    [el] Griechisch
    [en] Englisch
    [es] Spanisch
    [et] Estnisch
    [eu] Baskisch
    [fi] Finnisch
    [fr] Französisch
    [ga] Irisch
    [hr] Kroatisch
    [hu] Ungarisch
    [is] Isländisch
    [it] Italienisch
    [lb] Luxemburgisch
    [lt] Litauisch
    [lv] Lettisch
    [mk] Mazedonisch
    [mt] Maltesisch
    [nb] Norwegisch (Bokmål)
    [nl] Niederländisch
    [nn] Norwegisch (Nynorsk)
    [no] Norwegisch
    [pl] Polnisch
    [pt] Portugiesisch
    [ro] Rumänisch
    [ru] Russisch
    [sk] Slowakisch
    [sl] Slowenisch
    [sq] Albanisch
    [sr] Serbisch
    [sv] Schwedisch
    [tr] Türkisch
    [uk] Ukrainisch
   *[other] die Sprache „{ $tag }“
}

## Übersetzungen (Hinweisliste und `check`).
check-translations-bad-tag = Übersetzungen sind unter „{ $language }“ abgelegt, was kein Sprachcode in üblicher Schreibweise ist (wie „cs“ oder „de-AT“)
check-translations-into-working = es gibt Übersetzungen nach { $language }, der Arbeitssprache der Sitzung
check-translation-orphan = eine Übersetzung nach { $language } gehört zu einem Text, der nicht in der Sitzung ist ({ $key })
check-translations-stale = { $count ->
    [one] { $count } Übersetzung nach { $language } wurde aus einem Text erstellt, der sich seitdem geändert hat: Prüfen Sie sie in der Ansicht „Übersetzen“
   *[other] { $count } Übersetzungen nach { $language } wurden aus Texten erstellt, die sich seitdem geändert haben: Prüfen Sie sie in der Ansicht „Übersetzen“
}

## Die ganze Sitzung: Verweise, Werte, Angaben. $scale ist eine der
## check-scale-*-Meldungen; $name ist der Name einer Person, $driver der Titel
## eines Treibers.
check-scale-importance = Wichtigkeit
check-scale-frequency = Häufigkeit
check-scale-difficulty = Schwierigkeit
check-scale-uncertainty = Unsicherheit
check-scale-impact = Wirkung
check-id-reused = die ID { $id } wird von mehr als einem Element verwendet
check-rating-missing-task = eine Bewertung der Verifizierung verweist auf eine fehlende Aufgabe ({ $id })
check-rating-missing-rater = eine Bewertung der Aufgabe { $code } stammt von einer fehlenden bewertenden Person ({ $id })
check-rating-out-of-range = die Bewertung der Aufgabe { $code } durch { $name }: { $scale } { $score } liegt außerhalb von 1–5
check-rated-twice = { $name } hat die Aufgabe { $code } mehrmals bewertet; jede Bewertung wird gezählt
check-vote-missing-driver = eine Bewertung verweist auf einen fehlenden Treiber ({ $id })
check-vote-missing-participant = eine Bewertung des Treibers „{ $driver }“ stammt von einer fehlenden teilnehmenden Person ({ $id })
check-vote-out-of-range = die Bewertung des Treibers „{ $driver }“ durch { $name }: { $scale } { $score } liegt außerhalb von 1–5
check-voted-twice = { $name } hat den Treiber „{ $driver }“ mehrmals bewertet; jede Bewertung wird gezählt
check-group-missing-driver = die Treibergruppe „{ $group }“ enthält einen fehlenden Treiber ({ $id })
check-driver-in-two-groups = der Treiber „{ $driver }“ ist in mehr als einer verwandten Gruppe
check-axis-missing-force = { $axis ->
    [horizontal] die waagerechte Achse
   *[vertical] die senkrechte Achse
} verweist auf { $what ->
    [group] eine fehlende Treibergruppe
   *[driver] einen fehlenden Treiber
} ({ $id })
check-axes-same-force = beide Achsen stehen für dieselbe Kraft (einen Treiber oder eine verwandte Gruppe); wählen Sie unabhängige Achsen
check-scenarios-share-quadrant = das Szenario „{ $scenario }“ teilt seinen Quadranten ({ $quadrant ->
    [top-left] oben links
    [top-right] oben rechts
    [bottom-left] unten links
   *[bottom-right] unten rechts
}) mit einem anderen Szenario
check-scenario-missing-link = das Szenario „{ $scenario }“ verweist auf eine fehlende Aufgabe oder einen fehlenden Listeneintrag ({ $id })
check-country-code = das Land „{ $country }“ ist kein zweibuchstabiger ISO-3166-Code wie RO oder CZ
check-person-country-code = das Land „{ $country }“ von { $name } ist kein zweibuchstabiger ISO-3166-Code
check-ends-before-start = der Workshop endet ({ $end }), bevor er beginnt ({ $start })
check-text-too-long = { $place } hat { $chars } Zeichen; der Bericht druckt die ersten { $printed }
check-unresolved-conflict = ungelöster Konflikt aus dem Zusammenführen ({ $field } – { $element }): behalten { $kept }, außerdem { $values }

## Wo ein Text steht, für $place in check-text-too-long: `field` ist eines der
## Wörter place-field-…, `owner` eine der Meldungen place-owner-…; `title` und
## `name` sind die eigenen Worte des Elements, nach 60 Zeichen gekürzt.
place-of = { $field } ({ $owner })
place-in-session = { $field } der Sitzung
place-field-title = der Titel
place-field-occupation = der Beruf
place-field-organisation = die Organisation
place-field-sponsor = der Auftraggeber
place-field-venue = der Ort
place-field-country = das Land
place-field-language = die Sprache
place-field-notes = der Notiztext
place-field-name = der Name
place-field-job-title = die Funktion
place-field-statement = die Formulierung
place-field-text = der Text
place-field-term = die Abkürzung
place-field-meaning = die Bedeutung
place-field-description = die Beschreibung
place-field-low-pole = der niedrige Pol
place-field-high-pole = der hohe Pol
place-field-rationale = die Begründung
place-field-narrative = die Beschreibung
place-field-other-wording = eine andere Formulierung
place-field-other-pole = ein anderer Pol
place-field-other-rationale = eine andere Begründung
place-owner-person = Person { $number }
place-owner-duty = Aufgabenbereich { $code }
place-owner-task = Aufgabe { $code }
place-owner-task-at = Aufgabe { $task } in Aufgabenbereich { $duty }
place-owner-list-item = Eintrag { $number } in { $list }
place-owner-acronym = Abkürzung { $number }
place-owner-participant = Teilnehmer/in { $number }
place-owner-driver = Treiber „{ $title }“
place-owner-driver-number = Treiber { $number }
place-owner-group = Treibergruppe { $number }
place-owner-axis = { $axis ->
    [horizontal] waagerechte Achse
   *[vertical] senkrechte Achse
}
place-owner-scenario = Szenario „{ $name }“
place-owner-scenario-number = Szenario { $number }
place-owner-source = zusammengeführte Sitzung { $number }
place-owner-wording = ein zusammengeführtes Element

## Befragungsrunden (Hinweisliste und `check`). $round ist der Name der Runde.
check-round-no-code = die befragte Person { $index } der Runde „{ $round }“ hat keinen Code
check-round-code-twice = der Befragtencode „{ $code }“ wird in der Runde „{ $round }“ zweimal verwendet
check-round-answer-count = die befragte Person „{ $code }“ der Runde „{ $round }“ hat { $answers ->
    [one] { $answers } Antwort
   *[other] { $answers } Antworten
}, aber die Runde umfasste { $tasks ->
    [one] { $tasks } Aufgabe
   *[other] { $tasks } Aufgaben
}
check-round-attribute-count = die befragte Person „{ $code }“ der Runde „{ $round }“ hat { $values ->
    [one] { $values } Merkmalswert
   *[other] { $values } Merkmalswerte
}, aber die Runde nennt { $attributes ->
    [one] { $attributes } Merkmal
   *[other] { $attributes } Merkmale
}
check-round-unknown-respondent = „{ $code }“ ist keine befragte Person der Runde „{ $round }“, wird aber in einem Kommentar oder einer vorgeschlagenen Aufgabe genannt
check-round-missing-duty = eine in der Runde „{ $round }“ vorgeschlagene Aufgabe ist einem Aufgabenbereich zugeordnet, den das Chart nicht hat ({ $id })
