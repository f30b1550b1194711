## Die festen Texte der PDF-Berichte (crates/dacum-export).

report-chart = DACUM-Chart
report-profile = Kompetenzprofil
report-pestle = PESTLE- und Szenario-Bericht
report-chart-header = DACUM-Chart — { $occupation }
report-profile-header = Kompetenzprofil — { $occupation }
report-pestle-header = PESTLE- und Szenario-Bericht — { $occupation }
report-chart-subtitle = DACUM-Chart für { $occupation }
report-profile-subtitle = Kompetenzprofil für { $occupation }
report-pestle-subtitle = Treiber des Wandels und Szenarien für { $occupation }
report-the-occupation = den Beruf
report-all-title = { $occupation } — DACUM-Chart, Kompetenzprofil und PESTLE-Bericht
report-keyword-scenarios = Szenarien

report-page-of = Seite { $page } von { $pages }
report-personal-data = Enthält personenbezogene Daten: die Namen des Panels und der Teilnehmenden.
report-stakeholder-copy = Fassung für Beteiligte: ohne Personennamen.

report-fact-date = Datum
report-fact-venue = Ort
report-fact-produced-for = Erstellt für
report-fact-produced-by = Erstellt von
report-fact-workshop = Workshop
report-fact-language = Sprache
report-month = { $month ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
}
report-date = { $day }. { $month } { $year }
report-date-days = { $from }.–{ $to }. { $month } { $year }
report-date-months = { $from }. { $from-month } – { $to }. { $to-month } { $year }
report-decimal-mark = ,
report-and = { $first } und { $last }

report-duties-and-tasks = Handlungsfelder und Aufgaben
report-no-duties = Noch keine Handlungsfelder erfasst.
report-no-tasks = Noch keine Aufgaben.
report-continued = (Forts.)
report-supporting-lists = Ergänzende Listen
report-list = { $kind ->
    [knowledge] Allgemeines Wissen und Fertigkeiten
    [behaviour] Verhaltensweisen
    [tool] Werkzeuge, Ausrüstung und Material
    [trend] Trends und Anliegen
   *[acronyms] Abkürzungen
}
report-list-continued = { $list } (Forts.)
report-panel-bookmark = Panel und Moderation
report-panel-heading = DACUM-Panel und Moderation
report-column-name = Name
report-column-role = Rolle
report-column-job-title = Funktion
report-column-organisation = Organisation
report-column-country = Land
report-column-years = Berufsjahre
report-role = { $role ->
    [panel] Panelmitglied
    [facilitator] Moderation
    [observer] Beobachtung
   *[respondent] Befragte Person
}
report-anonymous-panel = { $count ->
    [one] Personennamen sind in dieser Fassung ausgelassen. Das Panel: { $count } Fachkraft
   *[other] Personennamen sind in dieser Fassung ausgelassen. Das Panel: { $count } Fachkräfte
}
report-anonymous-countries = aus { $countries }
report-anonymous-years = mit { $min } bis { $max } Jahren Berufserfahrung
report-anonymous-facilitators = { $count ->
    [one] Moderiert von { $count } Person.
   *[other] Moderiert von { $count } Personen.
}

report-shared-added = nach der Zusammenführung ergänzt
report-shared-all = alle { $count }
report-shared-some = { $held } von { $count }
report-shared-other-wordings = { $count ->
    [one] { $count } andere Fassung
   *[other] { $count } andere Fassungen
}
report-sharing-key = Zusammengeführt aus { $count } Sitzungen ({ $labels }). { $place ->
    [chart] Die kleine Zeile am Fuß jedes Aufgabenfelds
   *[profile] Die Spalte „Geteilt von“
} zeigt, wie viele von ihnen die Aufgabe enthalten und welche („alle“, wenn jede sie enthält), und „andere Fassung“, wo die Sitzungen eine Aufgabe verschieden formulieren und die Koordination das noch nicht entschieden hat; die Sitzungen stehen unter „Zusammengeführte Sitzungen“.
report-merged-sessions = Zusammengeführte Sitzungen
report-column-label = Kürzel
report-column-workshop = Workshop
report-column-language = Sprache
report-column-dates = Daten
report-column-tasks = Aufgaben
report-summary = Von den { $tasks } Aufgaben: { $parts }.
report-summary-all = { $count } in allen { $sessions } Sitzungen
report-summary-part = { $count } { $place ->
    [most] in mehr als der Hälfte
    [some] in zwei oder mehr, aber höchstens der Hälfte
    [single] in nur einer Sitzung
   *[added] nach der Zusammenführung ergänzt
}
report-summary-open = Noch offene Unterschiede zwischen den Sitzungen: { $count }. Wo die Sitzungen sich unterscheiden, zeigen die Berichte den Wert, den die meisten haben.
report-also-written-as = Auch geschrieben als
report-also-written-as-line = { $field } – { $element }: auch geschrieben als { $wordings }.

report-profile-introduction = Dieses Profil enthält { $duties ->
    [one] { $duties } Handlungsfeld
   *[other] { $duties } Handlungsfelder
} und { $tasks ->
    [one] { $tasks } Aufgabe
   *[other] { $tasks } Aufgaben
} des DACUM-Charts.
report-not-verified = Die Aufgaben sind noch nicht validiert.
report-verified = { $raters ->
    [one] { $raters } Person hat { $tasks } der Aufgaben bewertet.
   *[other] { $raters } Personen haben { $tasks } der Aufgaben bewertet.
}
report-priority-formula = Der Prioritätsindex ist { $formula ->
    [if] mittlere Wichtigkeit × mittlere Häufigkeit (1–25)
   *[ifd] mittlere Wichtigkeit × mittlere Häufigkeit × mittlere Schwierigkeit (1–125)
}.
report-ratings-key = Wichtigkeit, Häufigkeit und Schwierigkeit sind Mittelwerte auf Skalen von 1 bis 5, gefolgt von der Standardabweichung (±); ▲ kennzeichnet starke Uneinigkeit der Bewertenden (eine Spanne von drei Punkten oder mehr oder eine Standardabweichung ab 1,2). Schulen? ist die Empfehlung der Bewertenden: Ja, wenn die meisten Antwortenden die Aufgabe schulen würden (Ja-Antworten / Antworten). Die Entscheidung über die Ausbildung liegt bei der Curriculumentwicklung.
report-most-critical = Wichtigste Aufgaben
report-most-critical-intro = { $count ->
    [one] Die { $count } Aufgabe mit dem höchsten Prioritätsindex: Hier kann ein Curriculum ansetzen.
   *[other] Die { $count } Aufgaben mit dem höchsten Prioritätsindex: Hier kann ein Curriculum ansetzen.
}
report-column-rank = Rang
report-column-code = Code
report-column-task = Aufgabe
report-column-shared-by = Geteilt von
report-column-importance = Wichtigkeit
report-column-frequency = Häufigkeit
report-column-difficulty = Schwierigkeit
report-column-priority = Priorität
report-column-train = Schulen?
report-train-verdict = { $verdict ->
    [yes] Ja
    [split] Geteilt
   *[no] Nein
}

report-no-drivers = In dieser Sitzung wurden keine Treiber des Wandels erfasst.
report-pestle-introduction = { $participants ->
    [one] { $participants } Person hat
   *[other] { $participants } Personen haben
} { $drivers ->
    [one] { $drivers } Treiber
   *[other] { $drivers } Treiber
} des Wandels nach Unsicherheit (wie unvorhersehbar seine Zukunft ist) und Wirkung (wie stark er die Arbeit verändern würde) bewertet, jeweils auf einer Skala von 1 bis 5. Jede Stimme bleibt erhalten: Die Tabellen zeigen Mittelwert und Standardabweichung, ein ▲ markiert Treiber, bei denen die Teilnehmenden stark uneins sind.
report-participants = Teilnehmende: { $names }.
report-participants-withheld = Die Namen der Teilnehmenden sind in dieser Fassung ausgelassen.
report-drivers-by-category = Treiber nach Kategorie
report-column-number = Nr.
report-column-driver = Treiber
report-column-description = Beschreibung
report-column-uncertainty = Unsicherheit
report-column-impact = Wirkung
report-column-zone = Bereich
report-not-scored = Nicht bewertet
report-matrix = Unsicherheits-Wirkungs-Matrix
report-matrix-x-axis = Unsicherheit (Mittelwert, 1–5) →
report-matrix-y-axis = ↑ Wirkung (Mittelwert, 1–5)
report-matrix-ring = Ein Ring um einen Punkt markiert starke Uneinigkeit der Teilnehmenden.
report-matrix-legend-entry = { $number }. { $driver } (U { $uncertainty }, W { $impact })
report-matrix-not-scored = Noch nicht bewertet: { $drivers }
report-matrix-legend-intro = Treiber, deren Namen nicht neben ihren Punkt passten:
report-matrix-legend-later = Die Treiber, deren Namen nicht neben ihren Punkt passten, stehen auf der nächsten Seite.
report-matrix-legend = Legende der Unsicherheits-Wirkungs-Matrix
report-scenario-matrix = Szenario-Matrix
report-axes = Achsen der Unsicherheit
report-no-axes = Noch keine Achsen gewählt.
report-axis-heading = { $direction ->
    [horizontal] Waagerechte Achse
   *[vertical] Senkrechte Achse
}: { $subject }
report-axis-group = { $group } (verwandte Treiber: { $drivers })
report-axis-gone = ein Treiber, der nicht mehr in der Sitzung ist
report-axis-poles = { $direction ->
    [horizontal] Von „{ $low }“ (links) bis „{ $high }“ (rechts).
   *[vertical] Von „{ $low }“ (unten) bis „{ $high }“ (oben).
}
report-scenarios-in-full = Szenarien im Wortlaut
report-no-scenario = Für diesen Quadranten ist kein Szenario geschrieben.
report-competencies-required = Benötigte Kompetenzen:
report-narrative-later = Der vollständige Text folgt nach dieser Matrix.
report-requires = Benötigt: { $what }
report-requires-items = { $count ->
    [one] { $count } Eintrag der ergänzenden Listen
   *[other] { $count } Einträge der ergänzenden Listen
}
report-future-requires = Kompetenzen, die diese Zukunft verlangt:
