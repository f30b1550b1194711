# Tabla DACUM, lista constatărilor și butoanele rândurilor din liste.

## Tabla.
board-empty-hint = Încă nicio atribuție. Apăsați „Adaugă atribuție” (sau Ctrl+D), scrieți atribuția, apoi Enter și sarcinile ei, câte un Enter după fiecare.
board-add-duty = Adaugă atribuție
board-add-duty-tip = Adaugă o atribuție la sfârșitul hărții (Ctrl+D adaugă una după atribuția selectată)
board-add-task = + Adaugă sarcină
board-add-task-tip = Adaugă o sarcină la sfârșitul atribuției { $code } (Enter după o sarcină o adaugă pe următoarea)
board-add-task-to = Adaugă sarcină la { $code }
board-conflict = Partenerii nu sunt de acord asupra câmpului { $fields }: alegeți valoarea în fila Unire.
board-conflict-and = {" "}și{" "}
board-conflict-mark = conflict
board-duty-label = Atribuția { $code }: { $text }
board-task-label = Sarcina { $code }: { $text }
board-empty-card = (gol)
board-warnings = { $count ->
    [one] { $count } avertisment
    [few] { $count } avertismente
   *[other] { $count } de avertismente
}: { $messages }
board-edit = Editează
board-move-earlier = Mută mai devreme (Alt+←)
board-move-later = Mută mai târziu (Alt+→)
board-move-previous-duty = La atribuția anterioară (Alt+↑)
board-move-next-duty = La atribuția următoare (Alt+↓)
board-move-duty-up = Atribuția mai sus (Alt+↑)
board-move-duty-down = Atribuția mai jos (Alt+↓)
board-delete-duty = Șterge atribuția
board-delete-task = Șterge sarcina
board-delete-tip = Elimină (tasta Delete); „Anulează” o aduce înapoi
board-type-duty = Scrieți atribuția
board-type-task = Scrieți sarcina
board-duty-field = Titlul atribuției { $code }
board-task-field = Enunțul sarcinii { $code }

## Lista constatărilor. Constatările vin din reguli, în engleză.
findings-none = Nicio constatare: fiecare enunț respectă regulile DACUM.
findings-error = Eroare
findings-warning = Avertisment
findings-go-to = Du-te la ea

## Butoanele unui rând; `what` numește rândul.
row-up = Sus
row-up-tip = Mută în sus (Alt+↑)
row-move-up = Mută în sus
row-down = Jos
row-down-tip = Mută în jos (Alt+↓)
row-move-down = Mută în jos
row-delete = Șterge
row-delete-tip = Șterge { $what } („Anulează” îl aduce înapoi)

## De unde vine un cartonaș al unei sesiuni unite.
shared-added = adăugat după unire
shared-added-full = { $count ->
    [one] Adăugat după unire: în niciuna din { $count } sesiune a partenerilor.
    [few] Adăugat după unire: în niciuna din cele { $count } sesiuni ale partenerilor.
   *[other] Adăugat după unire: în niciuna din cele { $count } de sesiuni ale partenerilor.
}
shared-short = { $shared } din { $count }
shared-full = Comun pentru { $shared } din { $count } sesiuni ale partenerilor: { $sources }.
shared-not-in = Lipsește din: { $sources }.
