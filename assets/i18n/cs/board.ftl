# Tabule DACUM, seznam upozornění a tlačítka řádků v seznamech.

## Tabule.
board-empty-hint = Zatím žádné oblasti. Stiskněte „Přidat oblast“ (nebo Ctrl+D), napište oblast, pak Enter a její úkoly, po každém Enter.
board-add-duty = Přidat oblast
board-add-duty-tip = Přidat oblast na konec mapy (Ctrl+D ji přidá za vybranou oblast)
board-add-task = + Přidat úkol
board-add-task-tip = Přidat úkol na konec oblasti { $code } (Enter za úkolem přidá další)
board-add-task-to = Přidat úkol do { $code }
board-conflict = Partneři se neshodují na položce { $fields }: hodnotu vyberte na kartě Sloučení.
board-conflict-and = {" "}a{" "}
board-conflict-mark = konflikt
board-duty-label = Oblast { $code }: { $text }
board-task-label = Úkol { $code }: { $text }
board-empty-card = (prázdné)
board-warnings = { $count ->
    [one] { $count } varování
    [few] { $count } varování
   *[other] { $count } varování
}: { $messages }
board-edit = Upravit
board-move-earlier = Posunout dříve (Alt+←)
board-move-later = Posunout později (Alt+→)
board-move-previous-duty = Do předchozí oblasti (Alt+↑)
board-move-next-duty = Do další oblasti (Alt+↓)
board-move-duty-up = Oblast nahoru (Alt+↑)
board-move-duty-down = Oblast dolů (Alt+↓)
board-delete-duty = Smazat oblast
board-delete-task = Smazat úkol
board-delete-tip = Odstranit (klávesa Delete); „Zpět“ ji vrátí
board-type-duty = Napište oblast
board-type-task = Napište úkol
board-duty-field = Název oblasti { $code }
board-task-field = Znění úkolu { $code }

## Seznam upozornění. Samotná upozornění přicházejí z pravidel anglicky.
findings-none = Žádná upozornění: každá formulace dodržuje pravidla DACUM.
findings-error = Chyba
findings-warning = Varování
findings-go-to = Přejít na ni

## Tlačítka řádku; `what` pojmenovává řádek.
row-up = Nahoru
row-up-tip = Posunout nahoru (Alt+↑)
row-move-up = Posunout nahoru
row-down = Dolů
row-down-tip = Posunout dolů (Alt+↓)
row-move-down = Posunout dolů
row-delete = Smazat
row-delete-tip = Smazat: { $what } („Zpět“ to vrátí)

## Odkud pochází karta sloučené relace.
shared-added = přidáno po sloučení
shared-added-full = { $count ->
    [one] Přidáno po sloučení: není v žádné z { $count } relace partnerů.
    [few] Přidáno po sloučení: není v žádné ze { $count } relací partnerů.
   *[other] Přidáno po sloučení: není v žádné z { $count } relací partnerů.
}
shared-short = { $shared } z { $count }
shared-full = Sdílí { $shared } z { $count } relací partnerů: { $sources }.
shared-not-in = Chybí v: { $sources }.
