# Die DACUM-Ansichten außer der Tafel: Workshop-Leitfaden, PDF-Export,
# Sitzung, Begleitlisten und Verifizierung.

## Der Workshop-Leitfaden: die DACUM-Schritte.
guide-orientation = Einführung
guide-orientation-hint = Das Panel begrüßen, DACUM erklären: Sie sind die Fachleute, Sie moderieren nur. Regeln und den Zwei-Tage-Plan vereinbaren.
guide-scope = Umfang des Berufs
guide-scope-hint = Berufsbezeichnung vereinbaren und wo der Beruf beginnt und endet. Verwandte Berufe außerhalb des Umfangs notieren, damit sie später nicht hereinrutschen.
guide-duties = Aufgabenbereiche sammeln
guide-duties-hint = Fragen: Was sind die großen Verantwortungsbereiche? Ziel 6–12 Bereiche, jeder mit einem Verb. Erst sammeln, dann verfeinern.
guide-tasks = Aufgaben je Bereich
guide-tasks-hint = Einen Bereich nach dem anderen. Fragen: Was tun Sie, um …? Jede Aufgabe: Objekt + Verb, beobachtbar, 2–8 Wörter. Nach jeder Aufgabe Enter.
guide-review = Formulierungen prüfen
guide-review-hint = Die Warnungen durchgehen: vage oder nicht beobachtbare Verben, zwei Aufgaben in einer, Dubletten, lange Formulierungen. Das Panel entscheidet.
guide-sequence = Reihenfolge festlegen
guide-sequence-hint = Aufgaben in der üblichen Abfolge ordnen, Bereiche vom zentralsten zum randständigsten. Karten ziehen oder Alt+Pfeile; die Codes folgen.
guide-lists = Begleitlisten
guide-lists-hint = Allgemeines Wissen und Fertigkeiten, Verhaltensweisen, Werkzeuge und Ausrüstung, künftige Trends und Anliegen, Abkürzungen.
guide-verification = Verifizierung
guide-verification-hint = Jedes Panelmitglied (oder jede befragte Person) bewertet jede Aufgabe nach Wichtigkeit, Häufigkeit und Schwierigkeit und ob sie geschult werden muss.
guide-make-current = Diesen Schritt zum aktuellen machen
guide-time-in-step = In diesem Schritt: { $time }
guide-previous = Voriger Schritt
guide-next = Nächster Schritt
guide-total = Workshop-Zeit: { $time }

## Datei › PDF exportieren…
pdf-title = PDF exportieren
pdf-reports = Berichte
pdf-report-chart = DACUM-Chart
pdf-report-profile = Kompetenzprofil
pdf-report-pestle = PESTLE- und Szenario-Bericht
pdf-report-verification = Verifizierungsbericht (Befragung)
pdf-paper = Papier
paper-a4 = A4
paper-a3 = A3
paper-letter = US-Letter
pdf-leave-out-names = Personennamen weglassen (eine Kopie zur Weitergabe an Beteiligte)
pdf-report-language = Berichtssprache
pdf-export = Exportieren…
pdf-choose-a-report = Wählen Sie mindestens einen Bericht.
pdf-page-count = { $count ->
    [one] Das PDF wird { $count } Seite haben.
   *[other] Das PDF wird { $count } Seiten haben.
}
pdf-cannot-prepare = Das PDF kann nicht vorbereitet werden: { $error }
pdf-counting = Seiten werden gezählt…

## Die Sitzung.
session-details = Angaben zur Sitzung
session-people = Personen
session-title = Titel
session-title-hint = z. B. Justizvollzugsbeamter — nationales DACUM
session-occupation = Beruf
session-occupation-hint = Der analysierte Beruf, z. B. Justizvollzugsbeamter
session-organisation = Organisation
session-sponsor = Auftraggeber
session-venue = Ort
session-country = Land
session-language = Sprache
session-notes = Notizen
session-start-date = Beginn
session-end-date = Ende
session-pick = Aus der Liste wählen
session-pick-country = Land aus der Liste wählen
session-pick-language = Sprache aus der Liste wählen
session-country-uk = Der ISO-Code des Vereinigten Königreichs ist GB
session-country-el = Der ISO-Code Griechenlands ist GR
session-country-unknown = { $code } ist kein europäischer Ländercode
session-date-shape = Datum als JJJJ-MM-TT schreiben, z. B. 2025-03-11
session-date-no-such-day = { $date } ist kein Kalendertag
session-ends-before-start = Der Workshop endet, bevor er beginnt
person-name = Name
person-job-title = Funktion
person-years = Jahre Berufserfahrung
person-years-short = Jahre
person-years-error = Jahre: eine ganze Zahl, z. B. 12
person-field = { $field }, { $who }
people-from-countries = { $people } aus { $count ->
    [one] { $count } Land
   *[other] { $count } Ländern
}
people-experience = { $count ->
    [one] zusammen { $count } Jahr Berufserfahrung
   *[other] zusammen { $count } Jahre Berufserfahrung
}
people-panel-count = { $count ->
    [one] { $count } Panelmitglied
   *[other] { $count } Panelmitglieder
}
people-panel-heading = Panelmitglieder ({ $count })
people-panel-add = Panelmitglied hinzufügen
people-panel-row = Panelmitglied { $number }
people-facilitator-count = { $count ->
    [one] { $count } Moderator
   *[other] { $count } Moderatoren
}
people-facilitator-heading = Moderation ({ $count })
people-facilitator-add = Moderator hinzufügen
people-facilitator-row = Moderator { $number }
people-observer-count = { $count ->
    [one] { $count } Beobachter
   *[other] { $count } Beobachter
}
people-observer-heading = Beobachter ({ $count })
people-observer-add = Beobachter hinzufügen
people-observer-row = Beobachter { $number }
people-respondent-count = { $count ->
    [one] { $count } Befragte Person
   *[other] { $count } Befragte
}
people-respondent-heading = Befragte ({ $count })
people-respondent-add = Befragte Person hinzufügen
people-respondent-row = Befragte Person { $number }

## Die Begleitlisten. `kind` ist knowledge, behaviour, tool oder trend.
list-title = { $kind ->
    [knowledge] Allgemeines Wissen und Fertigkeiten
    [behaviour] Verhaltensweisen
    [tool] Werkzeuge, Ausrüstung und Material
   *[trend] Künftige Trends und Anliegen
} ({ $number })
list-none = { $kind ->
    [knowledge] Noch kein Wissen und keine Fertigkeit.
    [behaviour] Noch keine Verhaltensweise.
    [tool] Noch kein Werkzeug und kein Material.
   *[trend] Noch kein Trend und kein Anliegen.
}
list-add = { $kind ->
    [knowledge] Wissen oder Fertigkeit hinzufügen
    [behaviour] Verhaltensweise hinzufügen
    [tool] Werkzeug oder Material hinzufügen
   *[trend] Trend oder Anliegen hinzufügen
}
list-item = { $kind ->
    [knowledge] Wissen oder Fertigkeit
    [behaviour] Verhaltensweise
    [tool] Werkzeug oder Material
   *[trend] Trend oder Anliegen
} { $number }
list-row = { $kind ->
    [knowledge] Wissen oder Fertigkeit
    [behaviour] Verhaltensweise
    [tool] Werkzeug oder Material
   *[trend] Trend oder Anliegen
} { $number }
## Der Titel einer Liste in einer anderen Meldung (Konflikt, Hinweis auf langen Text).
list-name = { $kind ->
    [knowledge] Allgemeines Wissen und Fertigkeiten
    [behaviour] Verhaltensweisen
    [tool] Werkzeuge, Ausrüstung und Material
   *[trend] Künftige Trends und Anliegen
}
acronyms-title = Abkürzungen ({ $count })
acronyms-none = Noch keine Abkürzungen.
acronyms-add = Abkürzung hinzufügen
acronym-term = Abkürzung { $number }
acronym-term-hint = z. B. CPT
acronym-meaning = Bedeutung der Abkürzung { $number }
acronym-meaning-hint = Wofür sie steht
acronym-row = Abkürzung { $number }

## Die Verifizierung.
verify-no-tasks = Noch keine Aufgaben zu bewerten: Erstellen Sie zuerst das Chart.
verify-no-raters = Noch keine Bewertenden: Fügen Sie in der Ansicht „Sitzung“ Panelmitglieder oder Befragte hinzu.
verify-rater = Bewertet von:
verify-rater-done = { $name } ({ $count } bewertet)
verify-priority-index = Prioritätsindex:
verify-formula-if = Wichtigkeit × Häufigkeit
verify-formula-ifd = Wichtigkeit × Häufigkeit × Schwierigkeit
formula-if = mittlere Wichtigkeit × mittlere Häufigkeit (1–25)
formula-ifd = mittlere Wichtigkeit × mittlere Häufigkeit × mittlere Schwierigkeit (1–125)
verify-sort = Nach Priorität sortieren
verify-keys = 1–5 für Wichtigkeit, Häufigkeit und Schwierigkeit, y oder n für Schulung; der Cursor springt von selbst weiter.
verify-code = Code
verify-task = Aufgabe
verify-i = W
verify-f = H
verify-d = S
verify-train-short = Sch.
verify-train-keys = y = sollte geschult werden, n = nicht nötig
verify-priority = Priorität
verify-raters = Bewertende
verify-importance = Wichtigkeit
verify-frequency = Häufigkeit
verify-difficulty = Schwierigkeit
verify-train = Schulung
verify-train-percent = Schulung %
verify-stat-tip = Mittelwert ± Standardabweichung über alle Bewertenden; orange, wenn sie stark voneinander abweichen (Spanne von 3 Punkten oder Standardabweichung ab 1,2)
verify-cell = { $field } von { $code } durch { $rater }
verify-anchor-importance-1 = Nicht wichtig
verify-anchor-importance-2 = Etwas wichtig
verify-anchor-importance-3 = Wichtig
verify-anchor-importance-4 = Sehr wichtig
verify-anchor-importance-5 = Entscheidend
verify-anchor-frequency-1 = Jährlich oder seltener
verify-anchor-frequency-2 = Monatlich
verify-anchor-frequency-3 = Wöchentlich
verify-anchor-frequency-4 = Täglich
verify-anchor-frequency-5 = Mehrmals täglich
verify-anchor-difficulty-1 = Sehr leicht
verify-anchor-difficulty-2 = Leicht
verify-anchor-difficulty-3 = Mittel
verify-anchor-difficulty-4 = Schwierig
verify-anchor-difficulty-5 = Sehr schwierig

## Translate view
view-translate = Übersetzen
translate-choose = Wählen Sie die Zielsprache: Code eingeben (cs, de, ro, de-AT …) und „Sprache hinzufügen“ drücken.
translate-show = Anzeigen:
translate-filter-all = Alle
translate-filter-missing = Fehlend
translate-filter-stale = Veraltet
translate-filter-draft = Entwurf
translate-from = Aus { $language } nach
translate-no-translations-yet = { $language } (noch keine Übersetzungen)
translate-add-hint = neu: cs, de-AT …
translate-new-language = Code der neuen Sprache
translate-add = Sprache hinzufügen
translate-add-invalid = ein Sprachcode wie cs oder de-AT, nicht die Arbeitssprache
translate-progress = { $done } von { $tasks } Aufgaben in { $language } · { $texts-done } von { $texts } Texten · veraltet: { $stale } · Entwürfe: { $drafts }
translate-no-texts = Diese Sitzung hat noch keine Texte.
translate-none-in-state = Kein Text in diesem Zustand.
translate-code = Code
translate-source = Quelle ({ $language })
translate-target = Übersetzung ({ $language })
translate-state = Zustand
translate-field = Übersetzung von { $what }
translate-state-missing = fehlt
translate-state-missing-tip = Noch nicht übersetzt: Berichte zeigen den Quelltext, markiert.
translate-state-stale = veraltet
translate-state-stale-tip = Der Quelltext hat sich nach der Übersetzung geändert: prüfen, dann als geprüft markieren.
translate-state-draft = Entwurf
translate-state-draft-tip = Übersetzt, noch nicht geprüft.
translate-state-reviewed = geprüft
translate-state-reviewed-tip = Übersetzt und am aktuellen Quelltext geprüft.
translate-mark-reviewed = Als geprüft markieren
translate-mark-reviewed-tip = Die Übersetzung passt zum Quelltext, wie er jetzt lautet.
translate-kind-duty = Aufgabenbereich
translate-kind-task = Aufgabe
translate-kind-list-item = Listeneintrag
translate-kind-acronym = Bedeutung der Abkürzung
translate-kind-driver = Einflussfaktor
translate-kind-driver-description = Beschreibung des Einflussfaktors
translate-kind-pole = Pol einer Achse
translate-kind-rationale = Begründung einer Achse
translate-kind-scenario-name = Name des Szenarios
translate-kind-scenario-narrative = Beschreibung des Szenarios

## File › Translations
menu-translations = Übersetzungen
cmd-export-translations = Für Übersetzer exportieren…
cmd-export-translations-tip = Die Texte und ihre Übersetzungen in die Sprache der Ansicht „Übersetzen“ als XLIFF (für CAT-Tools) oder als Formular für eine Tabellenkalkulation (.xlsx oder .csv) schreiben; die Endung des Dateinamens entscheidet
cmd-import-translations = Übersetzungen importieren…
cmd-import-translations-tip = Eine XLIFF-Datei oder ein Formular (.xlsx oder .csv) eines Übersetzers zurückholen; bei einer fehlerhaften Einheit wird nichts importiert
files-export-translations = Für Übersetzer exportieren
files-import-translations = Übersetzungen importieren
files-kind-translations = XLIFF oder Formular (Excel, CSV)
error-no-translation-language = Zuerst eine Sprache wählen
error-no-translation-language-text = Fügen Sie in der Ansicht „Übersetzen“ die Zielsprache hinzu oder wählen Sie sie aus und exportieren Sie dann erneut.
notice-translations-imported = Übersetzungen importiert
notice-translations-imported-text = Übersetzungen nach { $language }: { $imported } importiert, { $unchanged } unverändert, { $empty } leer gelassen. Rückgängig nimmt den ganzen Import zurück.
notice-translations-source-changed = Der Quelltext von { $codes } hat sich seit der Erstellung der Datei geändert: als Entwurf importiert, als veraltet angezeigt.

## Display language (View › Texts in): the board, the lists and the PESTLE views in a language the session holds
menu-texts-in = Texte in
menu-texts-in-working = { $language } (Arbeitssprache)
status-texts-in = Texte in { $language }
status-texts-in-tip = Tafel, Listen und PESTLE-Ansichten zeigen diese Sprache; was Sie dort tippen, ändert die Übersetzung. Ansicht › Texte in schaltet zurück.
texts-in-fallback-tip = Noch nicht übersetzt: der Text in { $language }, der Arbeitssprache.
texts-in-stale = veraltet
texts-in-stale-tip = Der Ausgangstext hat sich nach der Übersetzung geändert: prüfen Sie sie in der Ansicht Übersetzen.
board-translating = Tippen ändert die Übersetzung in { $language }. Die Prüfung der Aussagen erscheint nur in der Arbeitssprache.
