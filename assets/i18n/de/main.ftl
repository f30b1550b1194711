# Rahmen der App: Menüs, Befehlstabelle, Statusleiste, Registerkarten,
# Fenstertitel, Meldungen und Rückfragen.

## Anzahlen, die mehrere Ansichten verwenden.
tasks-count = { $count ->
    [one] { $count } Aufgabe
   *[other] { $count } Aufgaben
}

## Menüs.
menu-file = Datei
menu-open-recent = Zuletzt geöffnet
menu-no-recent = Keine zuletzt geöffneten Dateien
menu-edit = Bearbeiten
menu-view = Ansicht
menu-help = Hilfe
menu-language = Sprache
help-about = DACUM Studio — DACUM-Charts und PESTLE-Treiberanalyse, offline.
help-version = Version { $version }
help-board-keys = Enter fügt die nächste Aufgabe an · Tab wechselt die Karte · Alt+Pfeile verschieben

## Befehlstabelle: Menüeintrag und Tooltip.
cmd-new = Neu
cmd-new-tip = Eine neue, leere Sitzung beginnen
cmd-open = Öffnen…
cmd-open-tip = Eine Sitzungsdatei öffnen
cmd-merge-sessions = Sitzungen zusammenführen…
cmd-merge-sessions-tip = Sitzungen der Partner zu einer gemeinsamen Sitzung zusammenführen, die als neues Dokument geöffnet wird
cmd-save = Speichern
cmd-save-tip = Die Sitzung in ihre Datei speichern
cmd-save-as = Speichern unter…
cmd-save-as-tip = Die Sitzung unter einem anderen Dateinamen speichern
cmd-export-pdf = PDF exportieren…
cmd-export-pdf-tip = Chart, Kompetenzprofil und PESTLE-Berichte als PDF exportieren
cmd-import-csv = Treiber und Bewertungen importieren (CSV)…
cmd-import-csv-tip = PESTLE-Treiber und Bewertungen aus einer CSV-Datei hinzufügen
cmd-export-csv = Treiber und Bewertungen exportieren (CSV)…
cmd-export-csv-tip = PESTLE-Treiber und Bewertungen in eine CSV-Datei schreiben
cmd-quit = Beenden
cmd-quit-tip = DACUM Studio schließen
cmd-undo = Rückgängig
cmd-undo-tip = Die letzte Änderung rückgängig machen
cmd-redo = Wiederholen
cmd-redo-tip = Die zuletzt rückgängig gemachte Änderung wiederherstellen
cmd-guide = Workshop-Leitfaden
cmd-guide-tip = Den Workshop-Leitfaden mit seinen Zeitmessern ein- oder ausblenden
cmd-findings = Hinweise
cmd-findings-tip = Die Liste der Hinweise ein- oder ausblenden
cmd-zoom-in = Vergrößern
cmd-zoom-in-tip = Alles größer darstellen
cmd-zoom-out = Verkleinern
cmd-zoom-out-tip = Alles kleiner darstellen
cmd-zoom-reset = Originalgröße
cmd-zoom-reset-tip = Zur normalen Größe zurückkehren
cmd-high-contrast = Hoher Kontrast (Beamer)
cmd-high-contrast-tip = Weiß auf Schwarz mit gelben Akzenten, am Beamer gut lesbar
cmd-fullscreen = Vollbild
cmd-fullscreen-tip = Das Fenster auf den ganzen Bildschirm vergrößern oder das Vollbild verlassen

## Registerkarten.
view-session = Sitzung
view-chart = DACUM-Chart
view-lists = Begleitlisten
view-verification = Verifizierung
view-pestle = PESTLE
view-scenarios = Szenarien
view-merge = Zusammenführen
pestle-drivers = Treiber
pestle-votes = Bewertungen
pestle-matrix = Unsicherheits-Wirkungs-Matrix
pestle-axes = Unsicherheitsachsen

## Statusleiste und Hinweisliste.
status-chart = { $duties ->
    [one] { $duties } Aufgabenbereich
   *[other] { $duties } Aufgabenbereiche
} · { $tasks ->
    [one] { $tasks } Aufgabe
   *[other] { $tasks } Aufgaben
}
status-findings = { $count ->
    [0] Keine Hinweise
    [one] { $count } Hinweis
   *[other] { $count } Hinweise
}
status-no-changes = Keine Änderungen
status-saved = Gespeichert { $time }
status-autosaved = Automatisch gesichert { $time } · nicht in der Datei gespeichert
status-unsaved = Ungespeicherte Änderungen
findings-title = Hinweise
findings-close = Hinweise schließen

## Fenstertitel.
title-untitled = Unbenannt
title-example-copy = { $title } (Beispiel, ungespeicherte Kopie)

## Rückfragen.
prompt-ok = OK
prompt-save = Speichern
prompt-discard = Änderungen verwerfen
prompt-cancel = Abbrechen
prompt-this-session = diese Sitzung
prompt-unsaved-title = Ungespeicherte Änderungen
prompt-unsaved-new = Änderungen an { $file } speichern, bevor Sie eine neue Sitzung beginnen?
prompt-unsaved-open = Änderungen an { $file } speichern, bevor Sie eine andere Datei öffnen?
prompt-unsaved-open-merged = Änderungen an { $file } speichern, bevor Sie die zusammengeführte Sitzung öffnen?
prompt-unsaved-quit = Änderungen an { $file } speichern, bevor Sie DACUM Studio schließen?
prompt-unsaved-continue = Änderungen an { $file } speichern, bevor Sie fortfahren?
prompt-changed-title = Die Datei wurde geändert
prompt-changed-text = { $file } wurde seit dem Öffnen von einem anderen Programm geändert (oder in einem anderen Fenster, oder durch git pull). Es wurde nichts gespeichert.
prompt-changed-choices = „Meine behalten“ ersetzt deren Fassung durch Ihre; „Deren laden“ öffnet deren Fassung und verwirft Ihre Änderungen; „Speichern unter…“ behält beide.
prompt-keep-mine = Meine behalten (überschreiben)
prompt-reload-theirs = Deren laden
prompt-recover-title = Ungespeicherte Arbeit wiederherstellen?
prompt-recover-found = DACUM Studio hat ungespeicherte Arbeit vom { $time } gefunden.
prompt-recover-file-saved = Die Datei selbst wurde zuletzt am { $time } gespeichert.
prompt-recover-never-saved = Sie wurde nie in einer Datei gespeichert.
prompt-restore = Ungespeicherte Arbeit wiederherstellen
prompt-discard-recovery = Verwerfen

## Fehler und Meldungen. Der Fehler selbst kommt englisch aus der Dateischicht.
error-place = Zeile { $line }, Spalte { $column }:{" "}
error-open = Datei kann nicht geöffnet werden
error-open-text = { $file }
    { $place }{ $error }

    Die geöffnete Sitzung wurde nicht verändert.
error-open-at-start-text = { $file }
    { $place }{ $error }

    Die Datei wurde nicht verändert. Stattdessen ist eine neue, leere Sitzung geöffnet.
error-recovery-unreadable = Wiederherstellungskopie unlesbar
error-recovery-unreadable-text = Eine Wiederherstellungskopie wurde gefunden, kann aber nicht gelesen werden; sie bleibt unverändert:
    { $error }
error-recovery-delete = Wiederherstellungskopie kann nicht gelöscht werden
error-autosave = Automatisches Sichern fehlgeschlagen
error-autosave-text = { $error }

    Sichern Sie Ihre Arbeit mit „Speichern unter…“.
error-edit = Diese Änderung war nicht möglich
error-undo = Rückgängig fehlgeschlagen
notice-imported = Treiber und Bewertungen importiert
notice-imported-text = { $counts }
    „Rückgängig“ nimmt den ganzen Import zurück.
error-nothing-imported = Nichts importiert
error-nothing-imported-text = { $file }
    { $problems }

    Korrigieren Sie diese Zeilen in der Tabelle und importieren Sie erneut.
error-import = Import nicht möglich
error-export = Export nicht möglich
error-save = Speichern nicht möglich
error-save-text = { $error }

    Ihre Arbeit ist weiter geöffnet und unverändert; versuchen Sie mit „Speichern unter…“ einen anderen Ordner.
error-reload = Datei kann nicht neu geladen werden
error-reload-text = { $error }

    Ihre Arbeit ist weiter geöffnet und ungespeichert.
notice-pdf-written = PDF exportiert
notice-pdf-written-text = { $count ->
    [one] { $count } Seite geschrieben nach
   *[other] { $count } Seiten geschrieben nach
}
    { $file }
error-export-pdf = PDF kann nicht exportiert werden
error-export-pdf-text = { $file }
    { $error }

    Es wurde nichts geschrieben; eine vorhandene Datei bleibt unverändert.
