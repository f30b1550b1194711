# Die DACUM-Tafel, die Hinweisliste und die Zeilenknöpfe der Listen.

## Die Tafel.
board-empty-hint = Noch keine Aufgabenbereiche. Drücken Sie „Bereich hinzufügen“ (oder Strg+D), geben Sie den Bereich ein, dann Enter und seine Aufgaben, nach jeder ein Enter.
board-add-duty = Bereich hinzufügen
board-add-duty-tip = Einen Aufgabenbereich am Ende des Charts anfügen (Strg+D fügt einen nach dem ausgewählten ein)
board-add-task = + Aufgabe
board-add-task-tip = Eine Aufgabe am Ende von Bereich { $code } anfügen (Enter nach einer Aufgabe fügt die nächste an)
board-add-task-to = Aufgabe zu { $code } hinzufügen
board-conflict = Die Partner sind uneins über { $fields }: Wählen Sie den Wert in der Registerkarte „Zusammenführen“.
board-conflict-and = {" "}und{" "}
board-conflict-mark = Konflikt
board-duty-label = Bereich { $code }: { $text }
board-task-label = Aufgabe { $code }: { $text }
board-empty-card = (leer)
board-warnings = { $count ->
    [one] { $count } Warnung
   *[other] { $count } Warnungen
}: { $messages }
board-edit = Bearbeiten
board-move-earlier = Nach vorn (Alt+Links)
board-move-later = Nach hinten (Alt+Rechts)
board-move-previous-duty = In vorherigen Bereich (Alt+Hoch)
board-move-next-duty = In nächsten Bereich (Alt+Runter)
board-move-duty-up = Bereich nach oben (Alt+Hoch)
board-move-duty-down = Bereich nach unten (Alt+Runter)
board-delete-duty = Bereich löschen
board-delete-task = Aufgabe löschen
board-delete-tip = Entfernen (Entf-Taste); „Rückgängig“ holt es zurück
board-type-duty = Aufgabenbereich eingeben
board-type-task = Aufgabe eingeben
board-duty-field = Titel von Bereich { $code }
board-task-field = Formulierung der Aufgabe { $code }

## Die Hinweisliste. Die Hinweise selbst kommen englisch aus den Formulierungsregeln.
findings-none = Keine Hinweise: Jede Formulierung folgt den DACUM-Regeln.
findings-error = Fehler
findings-warning = Warnung
findings-go-to = Dorthin springen

## Zeilenknöpfe; `what` benennt die Zeile.
row-up = Auf
row-up-tip = Nach oben (Alt+Hoch)
row-move-up = Nach oben
row-down = Ab
row-down-tip = Nach unten (Alt+Runter)
row-move-down = Nach unten
row-delete = Löschen
row-delete-tip = { $what } löschen („Rückgängig“ holt es zurück)

## Woher eine Karte einer zusammengeführten Sitzung stammt.
shared-added = nach dem Zusammenführen hinzugefügt
shared-added-full = { $count ->
    [one] Nach dem Zusammenführen hinzugefügt: in keiner der { $count } Partnersitzung.
   *[other] Nach dem Zusammenführen hinzugefügt: in keiner der { $count } Partnersitzungen.
}
shared-short = { $shared } von { $count }
shared-full = In { $shared } von { $count } Partnersitzungen: { $sources }.
shared-not-in = Nicht in: { $sources }.
