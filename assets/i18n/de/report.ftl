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

## Der Verifizierungsbericht: was die Befragten einer Umfrage zum Chart sagten.
report-verification = Verifizierungsbericht
report-verification-header = Verifizierungsbericht — { $occupation }
report-verification-subtitle = Verifizierungsumfrage zum Tätigkeitsprofil { $occupation }
report-keyword-survey = Verifizierungsumfrage
report-verification-note = Keine Personennamen: Befragte erscheinen nur mit ihrem Code, die Bewertenden des Panels nur mit einer Nummer.
report-fact-survey = Umfrage
report-fact-respondents = Befragte
report-fact-weighting = Gewichtung
report-round-dates = { $round } ({ $dates })
report-respondents-in-countries = { $respondents } in { $countries ->
    [one] { $countries } Land
   *[other] { $countries } Ländern
}
report-weighting = { $weighting ->
    [per-respondent] jede befragte Person zählt gleich
   *[per-country] jedes Land zählt gleich
}
report-weighting-note = { $weighting ->
    [per-respondent] Gepoolte Werte gewichten jede befragte Person gleich; ein Land mit mehr Befragten wiegt also mehr.
   *[per-country] Gepoolte Werte gewichten jedes Land gleich, unabhängig von der Zahl seiner Befragten: Ein Mittelwert ist der Mittelwert der Ländermittelwerte.
}
report-verification-introduction = { $respondents ->
    [one] { $respondents } befragte Person hat
   *[other] { $respondents } Befragte haben
} zu { $tasks ->
    [one] der { $tasks } Aufgabe
   *[other] den { $tasks } Aufgaben
} des Charts geantwortet: ob sie die Aufgabe ausüben, wie wichtig, häufig und schwierig sie auf Skalen von 1 bis 5 ist und ob neues Personal darin geschult werden sollte.
report-no-survey-answers = Es wurden noch keine Umfrageantworten importiert.
report-removed-tasks = { $count ->
    [one] { $count } in der Umfrage erfragte Aufgabe steht nicht mehr im Chart: Ihre Antworten bleiben in der Sitzung, werden hier aber nicht gezeigt.
   *[other] { $count } in der Umfrage erfragte Aufgaben stehen nicht mehr im Chart: Ihre Antworten bleiben in der Sitzung, werden hier aber nicht gezeigt.
}
report-percent = { $value } %
report-responses = Wer geantwortet hat
report-level = { $level ->
    [job-holder] Fachkräfte
    [supervisor] Vorgesetzte
    [trainer] Ausbildende
    [manager] Führungskräfte
   *[none] Keine Angabe
}
report-no-country = Keine Angabe
report-column-total = Gesamt
report-warning-majority = Aus { $country } kommen { $respondents } der { $total } Antworten, mehr als die Hälfte: Die gepoolten Werte neigen zu { $country }.
report-warning-few = { $country } hat { $respondents ->
    [one] nur { $respondents } befragte Person
   *[other] nur { $respondents } Befragte
}, weniger als { $minimum }: Die eigenen Werte dieses Landes sind unsicher.
report-warning-level-absent = Unter den Befragten { $level ->
    [job-holder] sind keine Fachkräfte
    [supervisor] sind keine Vorgesetzten
    [trainer] sind keine Ausbildenden
   *[manager] sind keine Führungskräfte
}.
report-warning-no-country = { $respondents ->
    [one] { $respondents } befragte Person hat kein Land angegeben.
   *[other] { $respondents } Befragte haben kein Land angegeben.
}
report-distribution-even = Kein Land stellt mehr als die Hälfte der Antworten, und jedes Land hat mindestens { $minimum } Befragte.
report-ranked-tasks = Aufgaben nach Priorität
report-ranked-key = n ist die Zahl der Befragten, die zu einer Aufgabe geantwortet haben; Ausüben ist der Anteil von ihnen, der die Aufgabe ausübt; Wichtigkeit, Häufigkeit und Schwierigkeit sind Mittelwerte auf den Skalen 1–5 mit der Standardabweichung (±); Schulen ist der Anteil, nach dem neues Personal darin geschult werden sollte. Aufgaben, die niemand bewertet hat, stehen am Ende in der Reihenfolge des Charts.
report-column-n = n
report-column-perform = Ausüben
report-column-train-share = Schulen
report-dot-plots = Wichtigkeit nach Handlungsfeld
report-dot-plot-key = Ein Punkt ist die mittlere Wichtigkeit einer Aufgabe in der Umfrage, die Linie durch ihn reicht eine Standardabweichung nach beiden Seiten; ein offener Kreis ist der Mittelwert des Panels; n ist die Zahl der Befragten, die die Wichtigkeit der Aufgabe bewertet haben.
report-divergences = Abweichungen
report-level-gaps = Vorgesetzte und Fachkräfte
report-level-gaps-intro = Aufgaben, deren mittlere Wichtigkeit sich zwischen Vorgesetzten und Fachkräften um { $gap } oder mehr unterscheidet, jede Seite mit mindestens { $n } Bewertungen: DOE-HDBK-1078 verlangt, solchen Unterschieden nachzugehen. Mittelwerte mit Standardabweichung, in Klammern die Zahl der Bewertungen.
report-no-level-gaps = Bei keiner Aufgabe unterscheiden sich Vorgesetzte und Fachkräfte in der mittleren Wichtigkeit um { $gap } oder mehr (wo jede Seite mindestens { $n } Bewertungen hat).
report-column-supervisors = Vorgesetzte
report-column-job-holders = Fachkräfte
report-column-difference = Differenz
report-country-gaps = Länder
report-country-gaps-intro = Aufgaben, die ein Land nach mittlerer Wichtigkeit weit entfernt von dem Rang einordnet, den ihnen die übrigen Länder zusammen geben: { $share } der eingeordneten Aufgaben oder mehr, jede Seite mit mindestens { $n } Bewertungen.
report-no-country-gaps = Kein Land ordnet eine Aufgabe so weit entfernt von den übrigen Ländern ein.
report-column-rank-there = Rang dort
report-column-rank-elsewhere = Rang sonst
report-column-mean-there = Mittel dort
report-column-mean-elsewhere = Mittel sonst
report-rank-of = { $rank } von { $ranked }
report-panel-vs-survey = Panel und Umfrage
report-panel-vs-survey-intro = Die eigenen Bewertungen des Workshop-Panels ({ $raters ->
    [one] { $raters } bewertende Person
   *[other] { $raters } Bewertende
}) neben denen der Umfrage: mittlere Wichtigkeit mit Standardabweichung, die Differenz (Umfrage − Panel) und der Rang nach mittlerer Wichtigkeit auf beiden Seiten.
report-no-panel-ratings = Das Panel hat die Aufgaben nicht bewertet; die Umfrage lässt sich mit nichts vergleichen.
report-column-panel = Panel
report-column-survey = Umfrage
report-column-panel-rank = Rang Panel
report-column-survey-rank = Rang Umfrage
report-suggested-tasks = Vorgeschlagene Aufgaben
report-suggested-intro = { $count ->
    [one] { $count } Aufgabe, die nach Ansicht einer befragten Person im Chart fehlt, nach Handlungsfeld.
   *[other] { $count } Aufgaben, die nach Ansicht der Befragten im Chart fehlen, nach Handlungsfeld; ähnliche Formulierungen sind zusammengefasst.
}
report-no-suggestions = Niemand hat eine fehlende Aufgabe vorgeschlagen.
report-column-duty = Handlungsfeld
report-column-suggested-task = Vorgeschlagene Aufgabe
report-column-suggested-by = Vorgeschlagen von
report-column-decision = Entscheidung
report-decision = { $decision ->
    [open] Offen
    [accepted] Aufgenommen als { $code }
   *[rejected] Nicht aufgenommen: { $reason }
}
report-similar = Ähnlich: { $statements }
report-no-duty = Kein Handlungsfeld angegeben
report-anonymous = anonym
