# Die PESTLE-Ansichten: Treiber, Teilnehmende, Bewertungen, Matrix, Achsen und
# Szenarien.

## Die Kategorien.
category-political = Politik
category-economic = Wirtschaft
category-social = Gesellschaft
category-technological = Technologie
category-legal = Recht
category-environmental = Umwelt

## Treiber.
drivers-category = Kategorie (Alt+1…6):
drivers-new-title = Titel des neuen Treibers
drivers-new-hint = Ein Treiber: { $category }
drivers-add = Treiber hinzufügen
drivers-none = { $category ->
    [political] Noch keine politischen Treiber.
    [economic] Noch keine wirtschaftlichen Treiber.
    [social] Noch keine sozialen Treiber.
    [technological] Noch keine technologischen Treiber.
    [legal] Noch keine rechtlichen Treiber.
   *[environmental] Noch keine ökologischen Treiber.
}
drivers-row = Treiber { $category } { $number }
drivers-select-tip = Auswählen, um als verwandt zu markieren
drivers-select = { $title } auswählen
drivers-title = Titel
drivers-description = Beschreibung
drivers-description-hint = Beschreibung (optional)
drivers-field = { $field } von { $what }
drivers-category-of = Kategorie von { $what }
drivers-related = verwandt
drivers-related-tip = In { $group }: verwandte Treiber zählen bei der Wahl der Achsen als eine Kraft

## Verwandte Treiber.
related-title = Verwandte Treiber ({ $count })
related-mark = Auswahl als verwandt markieren
related-mark-disabled = Zuerst zwei oder mehr Treiber ankreuzen
related-name = Verwandt: { $titles }
related-selected = { $count } ausgewählt
related-group-field = Name der Gruppe { $name }
related-group-hint = Gruppenname
related-rename = Umbenennen
related-rename-tip = { $name } umbenennen
related-ungroup = Auflösen
related-ungroup-tip = { $name } auflösen („Rückgängig“ holt sie zurück)

## Teilnehmende.
participants-title = Teilnehmende ({ $count })
participants-none = Noch keine Teilnehmenden: Fügen Sie die Personen hinzu, die abstimmen.
participants-field = { $field } von Teilnehmer/in { $number }
participants-row = Teilnehmer/in { $name }
participants-new-name = Name (neu)
participants-new-organisation = Organisation (neu)
participants-new-country = Land (neu)
participants-add = Teilnehmer/in hinzufügen

## Bewertungen.
votes-uncertainty = Unsicherheit
votes-impact = Wirkung
votes-no-drivers = Noch keine Treiber zu bewerten: Fügen Sie sie in der Registerkarte „Treiber“ hinzu.
votes-no-participants = Noch keine Teilnehmenden: Fügen Sie sie in der Registerkarte „Treiber“ hinzu.
votes-participant = Teilnehmer/in:
votes-participant-done = { $name } ({ $done } von { $count } bewertet)
votes-next = Nächste Person
votes-next-tip = Zur nächsten Person wechseln und beim ersten Treiber beginnen
votes-sort = Nach Gesamtwert sortieren
votes-all = Alle Teilnehmenden
votes-total = { $done } von { $count } Bewertungen
votes-by-participant = { $name }: { $done } von { $count } Treibern
votes-keys = 1–5 für die Unsicherheit, dann die Wirkung; der Cursor springt von selbst weiter. Rücktaste löscht eine Bewertung.
votes-stat-tip = Über alle Teilnehmenden; Streuung = Standardabweichung (niedrigste–höchste). Hervorgehoben, wenn sie stark voneinander abweichen (Spanne von 3 Punkten oder Standardabweichung ab 1,2).
votes-driver = Treiber
votes-u = U
votes-u-tip = Unsicherheit 1–5
votes-i = W
votes-i-tip = Wirkung 1–5
votes-missing = Fehlend
votes-mean-u = Mittel U
votes-median-u = Median U
votes-spread-u = Streuung U
votes-mean-i = Mittel W
votes-median-i = Median W
votes-spread-i = Streuung W
votes-combined = Gesamt
votes-combined-tip = Mittlere Unsicherheit + mittlere Wirkung (2–10)
votes-cell = { $field } von { $driver } durch { $participant }
votes-all-voted = alle bewertet
votes-missing-count = { $count } fehlen
votes-disagree = uneinig
votes-disagree-tip = Die Teilnehmenden sind sich sehr uneinig: Diskussion lohnt sich
votes-spread-tip = Starke Uneinigkeit zwischen den Teilnehmenden

## Die Zonen der Matrix.
zone-critical = Kritische Unsicherheiten
zone-predetermined = Vorbestimmte Elemente
zone-secondary = Nachrangige Treiber
zone-in-sentence = { $zone ->
    [critical] kritische Unsicherheiten
    [predetermined] vorbestimmte Elemente
   *[secondary] nachrangige Treiber
}

## Die Unsicherheits-Wirkungs-Matrix.
matrix-no-drivers = Noch keine Treiber: Fügen Sie sie in der Registerkarte „Treiber“ hinzu.
matrix-show-spread = Streuung zeigen
matrix-hint = Die Punkte sind wie in der Legende nummeriert; ein Ring bedeutet starke Uneinigkeit.
matrix-unscored = Noch nicht bewertet: { $titles }
matrix-uncertainty-axis = Unsicherheit (nach rechts höher)
matrix-impact-axis = Wirkung (nach oben höher)
matrix-summary = { $name } Mittel { $mean }, Median { $median }, SA { $sd }, { $min }–{ $max }
matrix-no-votes = { $name }: keine Bewertungen
matrix-disagree = Die Teilnehmenden sind sich bei diesem Treiber sehr uneinig.
matrix-not-voted = { $count } noch nicht bewertet
matrix-disagreement-mark = {" "}(Uneinigkeit)
matrix-select = Treiber { $text } auswählen

## Die Unsicherheitsachsen. `side` ist horizontal oder vertical.
axes-axis = { $side ->
    [horizontal] Waagerechte Achse
   *[vertical] Senkrechte Achse
}
axes-left-pole = Linker Pol
axes-right-pole = Rechter Pol
axes-bottom-pole = Unterer Pol
axes-top-pole = Oberer Pol
axes-missing-driver = ein fehlender Treiber
axes-missing-group = eine fehlende Gruppe
axes-group = { $name } (verwandte Treiber)
axes-chosen = Gewählte Achsen
axes-same-force = Beide Achsen stehen für dieselbe Kraft (ein Treiber oder Treiber einer verwandten Gruppe): Die vier Szenarien würden sich nicht unterscheiden. Wählen Sie unabhängige Achsen.
axes-why = Warum: alle betrachteten Treiber
axes-suggested = Vorgeschlagene Achsen
axes-suggested-axis = { $side ->
    [horizontal] Waagerechte Achse
   *[vertical] Senkrechte Achse
}: { $subject } (Gesamtwert { $score })
axes-suggestion-two = Die beiden unabhängigen kritischen Unsicherheiten mit dem höchsten Gesamtwert.
axes-suggestion-one = Nur eine unabhängige kritische Unsicherheit: Wählen Sie die zweite Achse selbst oder prüfen Sie die Werte der Treiber nahe der Mitte der Matrix noch einmal.
axes-suggestion-none = Noch kein Treiber hat zugleich große Wirkung und hohe Unsicherheit: Sammeln Sie weitere Bewertungen oder prüfen Sie die Werte noch einmal.
axes-use-suggested = Vorschlag übernehmen
axes-use-suggested-taken = Die gewählten Achsen stehen für die vorgeschlagenen Kräfte.
axes-use-suggested-tip = Pole und Begründung für diese Kräfte bleiben erhalten.
axes-renames-quadrants = Die Szenarien wurden für die gewählten Achsen geschrieben: Neue Achsen benennen ihre Quadranten um.
axes-no-votes = { $name }: noch keine Bewertungen
axes-not-chosen = Nicht gewählt
axes-pick-force = Wählen Sie die Kraft dieser Achse, um ihre Pole zu benennen.
axes-not-critical = Keine kritische Unsicherheit ({ $zone }): Szenarien auf dieser Achse unterscheiden sich womöglich kaum.
axes-low-pole-hint = z. B. Strafend
axes-high-pole-hint = z. B. Resozialisierend
axes-rationale = { $side ->
    [horizontal] Warum die waagerechte Achse
   *[vertical] Warum die senkrechte Achse
}
axes-rationale-hint = Die Werte, die Diskussion, worauf sich das Panel geeinigt hat
why-chosen = gewählt
why-lower = niedrigerer Gesamtwert als die zwei gewählten
why-a-chosen-driver = ein gewählter Treiber
why-same-group = dieselbe verwandte Gruppe wie { $driver }
why-not-critical = keine kritische Unsicherheit: { $zone }
why-no-votes = noch keine Bewertungen
why-rank = Rang
why-stands-for = Steht für
why-verdict = Ergebnis
why-itself = sich selbst
preview-pole-not-named = Pol nicht benannt

## Die Szenarien.
scenario-pole-not-named = (Pol nicht benannt)
scenario-axis = { $side ->
    [horizontal] Waagerechte Achse
   *[vertical] Senkrechte Achse
}: { $subject }, von { $low } bis { $high }.
scenario-axis-not-chosen = { $side ->
    [horizontal] Waagerechte Achse
   *[vertical] Senkrechte Achse
}: nicht gewählt.
scenario-choose-axes = Wählen Sie zuerst die zwei Achsen in PESTLE (Unsicherheitsachsen): Die Quadranten werden nach ihren Polen benannt.
scenario-several = Mehr als ein Szenario in diesem Quadranten: Führen Sie sie zusammen oder löschen Sie eines.
scenario-create = Szenario anlegen
scenario-create-in = Szenario anlegen: { $quadrant }
scenario-name = Name des Szenarios, { $quadrant }
scenario-name-hint = Benennen Sie diese Zukunft, z. B. „Das beziehungsorientierte Gefängnis“
scenario-narrative = Beschreibung, { $quadrant }
scenario-narrative-hint = Wie diese Zukunft für Personal und Gefangene aussieht
scenario-competencies = Kompetenzen, die diese Zukunft braucht
scenario-this = dieses Szenario
scenario-delete = Szenario löschen
scenario-none-linked = Noch nichts verknüpft.
scenario-deleted-link = eine gelöschte Aufgabe oder ein gelöschter Eintrag
scenario-unlink = Verknüpfung lösen
scenario-unlink-code = Verknüpfung mit { $code } lösen
scenario-search-hint = Aufgabe oder Wissen verknüpfen: Code (B-4, KS-2) oder Wörter eingeben
scenario-search = Kompetenz verknüpfen, { $quadrant }
scenario-no-match = Keine Aufgabe und kein Wissen passt.
scenario-link-tip = Mit diesem Szenario verknüpfen
scenario-more = Weitere Treffer: Tippen Sie weiter, um die Liste einzugrenzen.
