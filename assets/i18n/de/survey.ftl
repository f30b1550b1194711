# Der Fragebogen der Verifizierungsbefragung: seine Texte im XLSForm für
# KoboToolbox und ODK Collect, in der Erfassungstabelle und im Papierfragebogen.
# Gelesen von Bediensteten in Justizvollzug und Bewährungshilfe, oft auf dem
# Handy: kurz und einfach halten.

survey-form-title = Überprüfung des Tätigkeitsprofils: { $occupation }
survey-intro = Dieser Fragebogen führt die Aufgaben des Berufs auf, wie eine Gruppe erfahrener Fachkräfte sie beschrieben hat. Geben Sie bei jeder Aufgabe an, ob Sie sie in Ihrer Arbeit ausführen, wie wichtig sie ist, wie oft Sie sie ausführen, wie schwer sie zu erlernen ist und ob neues Personal darin geschult werden sollte. Antworten Sie aus Ihrer eigenen Erfahrung; es gibt keine richtigen oder falschen Antworten. Namen werden nicht erfragt.
survey-profile = Angaben zu Ihrer Person
survey-respondent-code = Befragtencode
survey-respondent-code-hint = Der Code, den Sie vom Organisationsteam erhalten haben, oder ein eigener kurzer Code. Keine Namen.
survey-country = Land
survey-country-hint = Zwei Großbuchstaben, z. B. CZ, DE, RO.
survey-level = Ihre Funktion
survey-level-job-holder = Fachkraft (ich übe diesen Beruf aus)
survey-level-supervisor = Vorgesetzte/r
survey-level-trainer = Ausbilder/in
survey-level-manager = Führungskraft
survey-sector = Ihr Arbeitgeber
survey-sector-public = Öffentlicher Dienst
survey-sector-private = Privatunternehmen
survey-sector-ngo = Nichtregierungsorganisation
survey-years = Jahre in diesem Beruf
survey-language = Sprache dieses Fragebogens
survey-duty = Aufgabenbereich { $code }: { $title }
survey-performs = Führen Sie diese Aufgabe aus?
survey-importance = Wie wichtig ist sie für den Beruf?
survey-frequency = Wie oft führen Sie sie aus?
survey-difficulty = Wie schwer ist sie zu erlernen?
survey-train = Sollte neues Personal darin geschult werden?
survey-comment = Kommentar (freiwillig)
survey-missed = Aufgaben dieses Bereichs, die in der Liste fehlen (eine pro Zeile)
survey-missed-page = Aufgaben, die in der Liste fehlen
survey-missed-hint = Schreiben Sie jede Aufgabe kurz als Tätigkeit mit einem Verb, z. B. „Taschen von Besuchern durchsuchen“.
survey-yes = Ja
survey-no = Nein
survey-importance-1 = Nicht wichtig
survey-importance-2 = Etwas wichtig
survey-importance-3 = Wichtig
survey-importance-4 = Sehr wichtig
survey-importance-5 = Entscheidend
survey-frequency-1 = Jährlich oder seltener
survey-frequency-2 = Monatlich
survey-frequency-3 = Wöchentlich
survey-frequency-4 = Täglich
survey-frequency-5 = Mehrmals täglich
survey-difficulty-1 = Sehr leicht
survey-difficulty-2 = Leicht
survey-difficulty-3 = Mittel
survey-difficulty-4 = Schwierig
survey-difficulty-5 = Sehr schwierig
survey-how-to-tick = Kreuzen Sie in jeder Spalte ein Kästchen an. Bei einer Aufgabe, die Sie nicht ausführen, lassen Sie die Häufigkeit leer; Wichtigkeit und Schwierigkeit bewerten Sie trotzdem.
survey-task = Aufgabe
survey-code = Code
survey-thank-you = Vielen Dank. Bitte geben Sie den Fragebogen beim Organisationsteam ab.
survey-page = Seite { $page } von { $pages }

## Der Befragungsteil der Registerkarte „Verifizierung“ (src/ui/survey_view.rs)
## und Datei › Befragung.
verify-tab-panel = Panel-Bewertungen
verify-tab-survey = Befragung
survey-view-none = Noch keine Antworten aus einer Befragung. Datei › Befragung › Fragebogen… schreibt den Fragebogen (ein XLSForm für KoboToolbox oder ODK Collect oder eine CSV-Vorlage); Datei › Befragung › Befragungsantworten importieren… liest ein, was zurückkommt.
survey-view-rounds = Runden:
survey-view-countries = Länder:
survey-view-levels = Funktionen:
survey-view-sectors = Sektoren:
survey-view-weighting = Zusammengefasste Werte:
survey-view-per-respondent = jede befragte Person zählt gleich
survey-view-per-country = jedes Land zählt gleich
survey-view-pooled-per-respondent = zusammengefasst je befragter Person
survey-view-pooled-per-country = zusammengefasst, jedes Land gleich gewichtet
survey-view-summary = { $respondents ->
    [one] { $respondents } befragte Person
   *[other] { $respondents } Befragte
} in { $rounds ->
    [one] { $rounds } Runde
   *[other] { $rounds } Runden
} ·
survey-view-sector-public = Öffentlich
survey-view-sector-private = Privat
survey-view-sector-ngo = NGO
survey-view-level-job-holder = Fachkräfte
survey-view-level-supervisor = Vorgesetzte
survey-view-level-trainer = Ausbilder/innen
survey-view-level-manager = Führungskräfte
survey-view-distribution = Wer geantwortet hat
survey-view-country = Land
survey-view-no-level = Ohne Funktion
survey-view-no-country = (keine Angabe)
survey-view-total = Gesamt
survey-warn-majority = Befragte aus { $country }: { $respondents } von { $total }. Die zusammengefassten Werte geben vor allem wieder, was { $country } denkt. Gewichten Sie zum Vergleich jedes Land gleich.
survey-warn-few = Befragte aus { $country }: nur { $respondents } (weniger als { $minimum }). Die eigenen Werte dieses Landes sind unsicher.
survey-warn-level-absent = Mit diesem Filter hat niemand aus der Gruppe „{ $level }“ geantwortet.
survey-warn-no-country = { $respondents ->
    [one] { $respondents } befragte Person hat kein Land angegeben.
   *[other] { $respondents } Befragte haben kein Land angegeben.
}
survey-view-tasks = Aufgaben
survey-view-sort-priority = Höchste Priorität zuerst
survey-view-code = Code
survey-view-task = Aufgabe
survey-view-n = n
survey-view-performing = Ausf.
survey-view-importance = Wichtigkeit
survey-view-frequency = Häufigkeit
survey-view-difficulty = Schwierigkeit
survey-view-priority = Priorität
survey-view-train = Sch.
survey-view-rank = Rang
survey-view-panel = Panel
survey-view-marks = Abw.
survey-view-formula = Werte: Mittelwert ± Standardabweichung. Priorität = { $formula }.
survey-view-formula-if = mittlere Wichtigkeit × mittlere Häufigkeit (1–25)
survey-view-formula-ifd = mittlere Wichtigkeit × mittlere Häufigkeit × mittlere Schwierigkeit (1–125)
survey-view-panel-tip = Das Panel bewertete die Wichtigkeit mit { $panel }; die Befragung weicht um { $difference } ab.
survey-mark-levels = { $level } { $supervisors } (n = { $supervisors-n }), Fachkräfte { $job-holders } (n = { $job-holders-n }): Abstand { $difference }, markiert ab { $threshold }.
survey-mark-country = { $country } setzt sie auf Rang { $rank }, die anderen Länder auf Rang { $others } (Aufgaben mit Rang in beiden: { $ranked }).
survey-view-suggestions = { $count ->
    [one] { $count } vorgeschlagene Aufgabe wartet
   *[other] { $count } vorgeschlagene Aufgaben warten
}
survey-view-no-suggestions = Keine vorgeschlagene Aufgabe wartet auf eine Entscheidung.
survey-view-suggested-times = { $count ->
    [one] einmal vorgeschlagen
   *[other] { $count }-mal vorgeschlagen
}
survey-view-like-task = ähnlich wie { $code } im Chart
survey-view-statement = Die Aufgabe, wie sie ins Chart käme
survey-view-under-duty = unter
survey-view-choose-duty = Aufgabenbereich wählen
survey-view-accept = Ins Chart aufnehmen
survey-view-reason = Warum nicht (wird festgehalten)
survey-view-reject = Ablehnen
survey-view-reason-first = Geben Sie zuerst den Grund an: Er wird mit dem Vorschlag festgehalten.
menu-survey = Befragung
cmd-survey-form = Fragebogen…
cmd-survey-form-tip = Den Verifizierungsfragebogen schreiben: ein XLSForm (.xlsx) für KoboToolbox oder ODK Collect oder eine CSV-Vorlage (.csv)
cmd-import-survey = Befragungsantworten importieren…
cmd-import-survey-tip = Die zurückgekommenen Antworten (einen CSV- oder .xlsx-Export oder die ausgefüllte Vorlage) in eine Befragungsrunde einlesen, als ein Schritt, den Sie rückgängig machen können
files-survey-form = Fragebogen
files-import-survey = Befragungsantworten importieren
files-kind-survey-form = Fragebogen (XLSForm, Papier-PDF oder CSV-Vorlage)
files-kind-survey-answers = Befragungsantworten (CSV oder Excel)
notice-survey-form = Fragebogen geschrieben
notice-survey-form-text = { $file } ist fertig: Laden Sie die Datei in KoboToolbox oder ODK Central hoch, oder füllen Sie die Vorlage aus und importieren Sie sie wieder.
notice-survey-imported = Befragungsantworten importiert
notice-survey-imported-text = Runde „{ $round }“: { $added ->
    [one] { $added } befragte Person hinzugefügt
   *[other] { $added } Befragte hinzugefügt
}, { $known } bereits vorhanden, { $suggestions ->
    [one] { $suggestions } vorgeschlagene Aufgabe
   *[other] { $suggestions } vorgeschlagene Aufgaben
}. „Rückgängig“ nimmt den ganzen Import zurück.
notice-survey-changed = { $count ->
    [one] { $count } befragte Person ist bereits mit anderen Antworten in der Runde; die Antworten der Runde bleiben erhalten: { $codes }
   *[other] { $count } Befragte sind bereits mit anderen Antworten in der Runde; die Antworten der Runde bleiben erhalten: { $codes }
}
cmd-export-survey-stats = Befragungswerte exportieren…
cmd-export-survey-stats-tip = Die Werte je Aufgabe so schreiben, wie die Ansicht Befragung sie zeigt (Filter und Gewichtung), für R, SPSS oder eine Tabellenkalkulation: .xlsx oder .csv
files-export-survey-stats = Befragungswerte exportieren
files-kind-survey-stats = Befragungswerte (Excel oder CSV)
notice-survey-stats = Befragungswerte geschrieben
notice-survey-stats-text = { $file }: die Werte von { $respondents } befragten Personen, gefiltert und gewichtet wie in der Ansicht Befragung.

survey-column-performs = Mache ich
survey-column-importance = Wichtigkeit
survey-column-frequency = Häufigkeit
survey-column-difficulty = Schwierigkeit
survey-column-train = Neue schulen?
survey-continued = { $duty } (Fortsetzung)
survey-how-to = So antworten Sie
survey-correct = Um eine Antwort zu ändern, malen Sie das falsche Kästchen ganz aus und kreuzen Sie das richtige an.
cmd-survey-workbook = Erfassungsmappe…
cmd-survey-workbook-tip = Eine Arbeitsmappe zum Eintippen der Papierfragebögen schreiben: eine Zeile je Fragebogen, eine Auswahlliste in jeder Antwortzelle; danach wieder importieren
files-survey-workbook = Erfassungsmappe
files-kind-survey-workbook = Excel-Arbeitsmappe
notice-survey-workbook-text = { $file } ist bereit: je Papierfragebogen eine Zeile eintippen, dann über Datei › Befragung › Befragungsantworten importieren… einlesen.
