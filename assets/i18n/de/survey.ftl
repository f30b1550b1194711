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

survey-column-performs = Mache ich
survey-column-importance = Wichtigkeit
survey-column-frequency = Häufigkeit
survey-column-difficulty = Schwierigkeit
survey-column-train = Neue schulen?
survey-continued = { $duty } (Fortsetzung)
survey-how-to = So antworten Sie
survey-correct = Um eine Antwort zu ändern, malen Sie das falsche Kästchen ganz aus und kreuzen Sie das richtige an.
