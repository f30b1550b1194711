# Okvir aplikacije: meniji, tabela ukazov, vrstica stanja, zavihki, naslov
# okna, obvestila in vprašanja.

## Števila, ki jih uporablja več pogledov.
tasks-count = { $count ->
    [one] { $count } naloga
    [two] { $count } nalogi
    [few] { $count } naloge
   *[other] { $count } nalog
}

## Meniji.
menu-file = Datoteka
menu-open-recent = Nedavno odprto
menu-no-recent = Ni nedavnih datotek
menu-edit = Urejanje
menu-view = Pogled
menu-help = Pomoč
menu-language = Jezik
help-about = DACUM Studio — karte DACUM in analiza gonilnih sil PESTLE, brez povezave.
help-version = Različica { $version }
help-board-keys = Enter doda naslednjo nalogo · Tab premika med karticami · Alt+puščice spremenijo vrstni red

## Tabela ukazov: vnos v meniju in opis.
cmd-new = Nova
cmd-new-tip = Začni novo, prazno sejo
cmd-open = Odpri…
cmd-open-tip = Odpri datoteko seje
cmd-merge-sessions = Združi seje…
cmd-merge-sessions-tip = Združi seje partnerjev v eno skupno sejo, odprto kot nov dokument
cmd-save = Shrani
cmd-save-tip = Shrani sejo v njeno datoteko
cmd-save-as = Shrani kot…
cmd-save-as-tip = Shrani sejo v datoteko z drugim imenom
cmd-export-pdf = Izvozi PDF…
cmd-export-pdf-tip = Izvozi karto, profil in poročila PESTLE v PDF
cmd-import-csv = Uvozi gonilne sile in glasove (CSV)…
cmd-import-csv-tip = Dodaj gonilne sile PESTLE in glasove iz datoteke CSV
cmd-export-csv = Izvozi gonilne sile in glasove (CSV)…
cmd-export-csv-tip = Zapiši gonilne sile PESTLE in glasove v datoteko CSV
cmd-quit = Izhod
cmd-quit-tip = Zapri DACUM Studio
cmd-undo = Razveljavi
cmd-undo-tip = Razveljavi zadnjo spremembo
cmd-redo = Uveljavi
cmd-redo-tip = Ponovno uveljavi nazadnje razveljavljeno spremembo
cmd-guide = Vodnik po delavnici
cmd-guide-tip = Pokaži ali skrij vodnik po delavnici s časovniki
cmd-findings = Opozorila
cmd-findings-tip = Pokaži ali skrij seznam opozoril
cmd-zoom-in = Povečaj
cmd-zoom-in-tip = Povečaj vse
cmd-zoom-out = Pomanjšaj
cmd-zoom-out-tip = Pomanjšaj vse
cmd-zoom-reset = Dejanska velikost
cmd-zoom-reset-tip = Vrni na običajno velikost
cmd-high-contrast = Visok kontrast (projektor)
cmd-high-contrast-tip = Belo na črnem z rumenimi poudarki, berljivo na projektorju
cmd-fullscreen = Celozaslonsko
cmd-fullscreen-tip = Razširi okno čez ves zaslon ali zapusti celozaslonski način

## Zavihki.
view-session = Seja
view-chart = Karta DACUM
view-lists = Podporni seznami
view-verification = Preverjanje
view-pestle = PESTLE
view-scenarios = Scenariji
view-merge = Združevanje
pestle-drivers = Gonilne sile
pestle-votes = Glasovi
pestle-matrix = Matrika negotovost–vpliv
pestle-axes = Osi negotovosti

## Vrstica stanja in seznam opozoril.
status-chart = { $duties ->
    [one] { $duties } področje
    [two] { $duties } področji
    [few] { $duties } področja
   *[other] { $duties } področij
} · { $tasks ->
    [one] { $tasks } naloga
    [two] { $tasks } nalogi
    [few] { $tasks } naloge
   *[other] { $tasks } nalog
}
status-findings = { $count ->
    [0] Ni opozoril
    [one] { $count } opozorilo
    [two] { $count } opozorili
    [few] { $count } opozorila
   *[other] { $count } opozoril
}
status-no-changes = Brez sprememb
status-saved = Shranjeno { $time }
status-autosaved = Samodejno varnostno kopirano { $time } · ni shranjeno v datoteko
status-unsaved = Neshranjene spremembe
findings-title = Opozorila
findings-close = Zapri opozorila

## Naslov okna.
title-untitled = Neimenovano
title-example-copy = { $title } (primer, neshranjena kopija)

## Vprašanja.
prompt-ok = V redu
prompt-save = Shrani
prompt-discard = Zavrzi spremembe
prompt-cancel = Prekliči
prompt-this-session = to sejo
prompt-unsaved-title = Neshranjene spremembe
prompt-unsaved-new = Shranim spremembe v { $file }, preden začnete novo sejo?
prompt-unsaved-open = Shranim spremembe v { $file }, preden odprete drugo datoteko?
prompt-unsaved-open-merged = Shranim spremembe v { $file }, preden odprete združeno sejo?
prompt-unsaved-quit = Shranim spremembe v { $file }, preden zaprete DACUM Studio?
prompt-unsaved-continue = Shranim spremembe v { $file }, preden nadaljujete?
prompt-changed-title = Datoteka se je na disku spremenila
prompt-changed-text = Datoteko { $file } je od odprtja spremenil drug program (ali drugo okno ali git pull). Nič ni bilo shranjeno.
prompt-changed-choices = »Obdrži mojo« nadomesti njihovo različico z vašo; »Naloži njihovo« odpre njihovo različico in zavrže vaše spremembe; »Shrani kot…« ohrani obe.
prompt-keep-mine = Obdrži mojo (prepiši)
prompt-reload-theirs = Naloži njihovo
prompt-recover-title = Obnovim neshranjeno delo?
prompt-recover-found = DACUM Studio je našel neshranjeno delo z dne { $time }.
prompt-recover-file-saved = Sama datoteka je bila nazadnje shranjena { $time }.
prompt-recover-never-saved = Nikoli ni bilo shranjeno v datoteko.
prompt-restore = Obnovi neshranjeno delo
prompt-discard-recovery = Zavrzi ga

## Napake in obvestila. Sama napaka pride iz plasti datotek v angleščini.
error-place = vrstica { $line }, stolpec { $column }:{" "}
error-open = Datoteke ni mogoče odpreti
error-open-text = { $file }
    { $place }{ $error }

    Odprta seja se ni spremenila.
error-open-at-start-text = { $file }
    { $place }{ $error }

    Datoteka se ni spremenila. Namesto nje je odprta nova, prazna seja.
error-recovery-unreadable = Obnovitvene kopije ni mogoče prebrati
error-recovery-unreadable-text = Najdena je bila obnovitvena kopija, ki je ni mogoče prebrati, zato je ostala nespremenjena:
    { $error }
error-recovery-delete = Obnovitvene kopije ni mogoče izbrisati
error-autosave = Samodejno shranjevanje ni uspelo
error-autosave-text = { $error }

    Shranite svoje delo z »Shrani kot…«.
error-edit = Te spremembe ni bilo mogoče narediti
error-undo = Razveljavitev ni uspela
notice-imported = Gonilne sile in glasovi so uvoženi
notice-imported-text = { $counts }
    »Razveljavi« prekliče ves uvoz.
error-nothing-imported = Nič ni bilo uvoženo
error-nothing-imported-text = { $file }
    { $problems }

    Popravite te vrstice v preglednici in ponovno uvozite.
error-import = Uvoz ni mogoč
error-export = Izvoz ni mogoč
error-save = Shranjevanje ni mogoče
error-save-text = { $error }

    Vaše delo ostaja odprto in nespremenjeno; poskusite »Shrani kot…« v drugo mapo.
error-reload = Datoteke ni mogoče ponovno naložiti
error-reload-text = { $error }

    Vaše delo ostaja odprto in neshranjeno.
notice-pdf-written = PDF je izvožen
notice-pdf-written-text = { $count ->
    [one] { $count } stran zapisana v
    [two] { $count } strani zapisani v
    [few] { $count } strani zapisane v
   *[other] { $count } strani zapisanih v
}
    { $file }
error-export-pdf = PDF-ja ni mogoče izvoziti
error-export-pdf-text = { $file }
    { $error }

    Nič ni bilo zapisano; obstoječa datoteka je ostala nespremenjena.
