# Cadrul aplicației: meniuri, tabelul comenzilor, bara de stare, filele,
# titlul ferestrei, mesaje și întrebări.

## Numere folosite de mai multe vederi.
tasks-count = { $count ->
    [one] { $count } sarcină
    [few] { $count } sarcini
   *[other] { $count } de sarcini
}

## Meniuri.
menu-file = Fișier
menu-open-recent = Deschise recent
menu-no-recent = Niciun fișier recent
menu-edit = Editare
menu-view = Vizualizare
menu-help = Ajutor
menu-language = Limbă
help-about = DACUM Studio — hărți DACUM și analiza factorilor PESTLE, offline.
help-version = Versiunea { $version }
help-board-keys = Enter adaugă sarcina următoare · Tab trece între cartonașe · Alt+săgeți reordonează

## Tabelul comenzilor: eticheta din meniu și explicația.
cmd-new = Nou
cmd-new-tip = Începe o sesiune nouă, goală
cmd-open = Deschide…
cmd-open-tip = Deschide un fișier de sesiune
cmd-merge-sessions = Unește sesiuni…
cmd-merge-sessions-tip = Unește sesiunile partenerilor într-o sesiune consolidată, deschisă ca document nou
cmd-save = Salvează
cmd-save-tip = Salvează sesiunea în fișierul ei
cmd-save-as = Salvează ca…
cmd-save-as-tip = Salvează sesiunea într-un fișier cu alt nume
cmd-export-pdf = Exportă PDF…
cmd-export-pdf-tip = Exportă harta, profilul și rapoartele PESTLE ca PDF
cmd-import-csv = Importă factori și voturi (CSV)…
cmd-import-csv-tip = Adaugă factori PESTLE și voturi dintr-un fișier CSV
cmd-export-csv = Exportă factori și voturi (CSV)…
cmd-export-csv-tip = Scrie factorii PESTLE și voturile într-un fișier CSV
cmd-quit = Ieșire
cmd-quit-tip = Închide DACUM Studio
cmd-undo = Anulează
cmd-undo-tip = Anulează ultima modificare
cmd-redo = Refă
cmd-redo-tip = Refă ultima modificare anulată
cmd-guide = Ghidul atelierului
cmd-guide-tip = Arată sau ascunde ghidul atelierului cu cronometrele lui
cmd-findings = Constatări
cmd-findings-tip = Arată sau ascunde lista constatărilor
cmd-zoom-in = Mărește
cmd-zoom-in-tip = Mărește totul
cmd-zoom-out = Micșorează
cmd-zoom-out-tip = Micșorează totul
cmd-zoom-reset = Mărime reală
cmd-zoom-reset-tip = Revino la mărimea normală
cmd-high-contrast = Contrast mare (proiector)
cmd-high-contrast-tip = Alb pe negru cu accente galbene, lizibil pe proiector
cmd-fullscreen = Ecran complet
cmd-fullscreen-tip = Fereastra umple ecranul, sau ieși din ecranul complet

## File.
view-session = Sesiune
view-chart = Harta DACUM
view-lists = Liste de sprijin
view-verification = Verificare
view-pestle = PESTLE
view-scenarios = Scenarii
view-merge = Unire
pestle-drivers = Factori
pestle-votes = Voturi
pestle-matrix = Matricea incertitudine–impact
pestle-axes = Axele incertitudinii

## Bara de stare și lista constatărilor.
status-chart = { $duties ->
    [one] { $duties } atribuție
    [few] { $duties } atribuții
   *[other] { $duties } de atribuții
} · { $tasks ->
    [one] { $tasks } sarcină
    [few] { $tasks } sarcini
   *[other] { $tasks } de sarcini
}
status-findings = { $count ->
    [0] Nicio constatare
    [one] { $count } constatare
    [few] { $count } constatări
   *[other] { $count } de constatări
}
status-no-changes = Nicio modificare
status-saved = Salvat la { $time }
status-autosaved = Salvat automat la { $time } · nesalvat în fișier
status-unsaved = Modificări nesalvate
findings-title = Constatări
findings-close = Închide constatările

## Titlul ferestrei.
title-untitled = Fără titlu
title-example-copy = { $title } (exemplu, copie nesalvată)

## Întrebări.
prompt-ok = OK
prompt-save = Salvează
prompt-discard = Renunță la modificări
prompt-cancel = Anulează
prompt-this-session = această sesiune
prompt-unsaved-title = Modificări nesalvate
prompt-unsaved-new = Salvați modificările din { $file } înainte de a începe o sesiune nouă?
prompt-unsaved-open = Salvați modificările din { $file } înainte de a deschide alt fișier?
prompt-unsaved-open-merged = Salvați modificările din { $file } înainte de a deschide sesiunea unită?
prompt-unsaved-quit = Salvați modificările din { $file } înainte de a închide DACUM Studio?
prompt-unsaved-continue = Salvați modificările din { $file } înainte de a continua?
prompt-changed-title = Fișierul s-a schimbat pe disc
prompt-changed-text = { $file } a fost modificat de alt program (sau altă fereastră, sau un git pull) de când l-ați deschis. Nu s-a salvat nimic.
prompt-changed-choices = „Păstrează-l pe al meu” înlocuiește versiunea lor cu a dumneavoastră; „Reîncarcă-l pe al lor” deschide versiunea lor și renunță la modificările dumneavoastră; „Salvează ca…” le păstrează pe amândouă.
prompt-keep-mine = Păstrează-l pe al meu (suprascrie)
prompt-reload-theirs = Reîncarcă-l pe al lor
prompt-recover-title = Recuperați munca nesalvată?
prompt-recover-found = DACUM Studio a găsit muncă nesalvată, din { $time }.
prompt-recover-file-saved = Fișierul însuși a fost salvat ultima dată la { $time }.
prompt-recover-never-saved = Nu a fost salvată niciodată într-un fișier.
prompt-restore = Restaurează munca nesalvată
prompt-discard-recovery = Renunță la ea

## Erori și mesaje. Eroarea însăși vine în engleză din stratul de fișiere.
error-place = linia { $line }, coloana { $column }:{" "}
error-open = Fișierul nu poate fi deschis
error-open-text = { $file }
    { $place }{ $error }

    Sesiunea deschisă nu s-a schimbat.
error-open-at-start-text = { $file }
    { $place }{ $error }

    Fișierul nu s-a schimbat. În locul lui este deschisă o sesiune nouă, goală.
error-recovery-unreadable = Copia de recuperare nu poate fi citită
error-recovery-unreadable-text = S-a găsit o copie de recuperare, dar nu poate fi citită, așa că a fost lăsată neatinsă:
    { $error }
error-recovery-delete = Copia de recuperare nu poate fi ștearsă
error-autosave = Salvarea automată a eșuat
error-autosave-text = { $error }

    Salvați-vă munca cu „Salvează ca…”.
error-edit = Modificarea nu a putut fi făcută
error-undo = Anularea a eșuat
notice-imported = Factori și voturi importate
notice-imported-text = { $counts }
    „Anulează” retrage tot importul.
error-nothing-imported = Nu s-a importat nimic
error-nothing-imported-text = { $file }
    { $problems }

    Corectați aceste rânduri în foaia de calcul și importați din nou.
error-import = Importul nu este posibil
error-export = Exportul nu este posibil
error-save = Salvarea nu este posibilă
error-save-text = { $error }

    Munca dumneavoastră rămâne deschisă și neschimbată; încercați alt dosar cu „Salvează ca…”.
error-reload = Fișierul nu poate fi reîncărcat
error-reload-text = { $error }

    Munca dumneavoastră rămâne deschisă și nesalvată.
notice-pdf-written = PDF exportat
notice-pdf-written-text = { $count ->
    [one] { $count } pagină scrisă în
    [few] { $count } pagini scrise în
   *[other] { $count } de pagini scrise în
}
    { $file }
error-export-pdf = PDF-ul nu poate fi exportat
error-export-pdf-text = { $file }
    { $error }

    Nu s-a scris nimic; un fișier existent a rămas neschimbat.
