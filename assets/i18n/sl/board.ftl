# Tabla DACUM, seznam opozoril in gumbi vrstic v seznamih.

## Tabla.
board-empty-hint = Še ni področij. Pritisnite »Dodaj področje« (ali Ctrl+D), vpišite področje, nato Enter in njegove naloge, za vsako Enter.
board-add-duty = Dodaj področje
board-add-duty-tip = Dodaj področje na konec karte (Ctrl+D ga doda za izbranim področjem)
board-add-task = + Dodaj nalogo
board-add-task-tip = Dodaj nalogo na konec področja { $code } (Enter za nalogo doda naslednjo)
board-add-task-to = Dodaj nalogo v { $code }
board-conflict = Partnerji se ne strinjajo glede polja { $fields }: vrednost izberite na zavihku Združevanje.
board-conflict-and = {" "}in{" "}
board-conflict-mark = spor
board-duty-label = Področje { $code }: { $text }
board-task-label = Naloga { $code }: { $text }
board-empty-card = (prazno)
board-warnings = { $count ->
    [one] { $count } opozorilo
    [two] { $count } opozorili
    [few] { $count } opozorila
   *[other] { $count } opozoril
}: { $messages }
board-edit = Uredi
board-move-earlier = Premakni naprej (Alt+←)
board-move-later = Premakni nazaj (Alt+→)
board-move-previous-duty = V prejšnje področje (Alt+↑)
board-move-next-duty = V naslednje področje (Alt+↓)
board-move-duty-up = Področje gor (Alt+↑)
board-move-duty-down = Področje dol (Alt+↓)
board-delete-duty = Izbriši področje
board-delete-task = Izbriši nalogo
board-delete-tip = Odstrani (tipka Delete); »Razveljavi« jo vrne
board-type-duty = Vpišite področje
board-type-task = Vpišite nalogo
board-duty-field = Naslov področja { $code }
board-task-field = Besedilo naloge { $code }

## Seznam opozoril. Sama opozorila pridejo iz pravil v angleščini.
findings-none = Ni opozoril: vsaka izjava sledi pravilom DACUM.
findings-error = Napaka
findings-warning = Opozorilo
findings-go-to = Pojdi tja

## Gumbi vrstice; `what` poimenuje vrstico.
row-up = Gor
row-up-tip = Premakni gor (Alt+↑)
row-move-up = Premakni gor
row-down = Dol
row-down-tip = Premakni dol (Alt+↓)
row-move-down = Premakni dol
row-delete = Izbriši
row-delete-tip = Izbriši: { $what } (»Razveljavi« vrne)

## Od kod izvira kartica združene seje.
shared-added = dodano po združitvi
shared-added-full = { $count ->
    [one] Dodano po združitvi: ni v nobeni od { $count } seje partnerjev.
    [two] Dodano po združitvi: ni v nobeni od { $count } sej partnerjev.
    [few] Dodano po združitvi: ni v nobeni od { $count } sej partnerjev.
   *[other] Dodano po združitvi: ni v nobeni od { $count } sej partnerjev.
}
shared-short = { $shared } od { $count }
shared-full = Deli { $shared } od { $count } sej partnerjev: { $sources }.
shared-not-in = Ni v: { $sources }.
