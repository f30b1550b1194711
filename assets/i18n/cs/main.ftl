# Rámec aplikace: nabídky, tabulka příkazů, stavový řádek, karty, titulek okna,
# hlášení a dotazy.

## Počty, které používá více pohledů.
tasks-count = { $count ->
    [one] { $count } úkol
    [few] { $count } úkoly
    [many] { $count } úkolu
   *[other] { $count } úkolů
}

## Nabídky.
menu-file = Soubor
menu-open-recent = Nedávno otevřené
menu-no-recent = Žádné nedávné soubory
menu-edit = Úpravy
menu-view = Zobrazení
menu-help = Nápověda
menu-language = Jazyk
help-about = DACUM Studio — mapy DACUM a analýza hybných sil PESTLE, offline.
help-version = Verze { $version }
help-board-keys = Enter přidá další úkol · Tab přechází mezi kartami · Alt+šipky mění pořadí

## Tabulka příkazů: položka nabídky a popisek.
cmd-new = Nový
cmd-new-tip = Začít novou, prázdnou relaci
cmd-open = Otevřít…
cmd-open-tip = Otevřít soubor relace
cmd-merge-sessions = Sloučit relace…
cmd-merge-sessions-tip = Sloučit relace partnerů do jedné souhrnné relace, otevřené jako nový dokument
cmd-save = Uložit
cmd-save-tip = Uložit relaci do jejího souboru
cmd-save-as = Uložit jako…
cmd-save-as-tip = Uložit relaci do souboru s jiným názvem
cmd-export-pdf = Exportovat PDF…
cmd-export-pdf-tip = Exportovat mapu, profil a zprávy PESTLE do PDF
cmd-import-csv = Importovat síly a hlasy (CSV)…
cmd-import-csv-tip = Přidat hybné síly PESTLE a hlasy ze souboru CSV
cmd-export-csv = Exportovat síly a hlasy (CSV)…
cmd-export-csv-tip = Zapsat hybné síly PESTLE a hlasy do souboru CSV
cmd-quit = Ukončit
cmd-quit-tip = Zavřít DACUM Studio
cmd-undo = Zpět
cmd-undo-tip = Vrátit poslední změnu
cmd-redo = Znovu
cmd-redo-tip = Znovu provést naposledy vrácenou změnu
cmd-guide = Průvodce workshopem
cmd-guide-tip = Zobrazit nebo skrýt průvodce workshopem s časovači
cmd-findings = Upozornění
cmd-findings-tip = Zobrazit nebo skrýt seznam upozornění
cmd-zoom-in = Přiblížit
cmd-zoom-in-tip = Zvětšit vše
cmd-zoom-out = Oddálit
cmd-zoom-out-tip = Zmenšit vše
cmd-zoom-reset = Skutečná velikost
cmd-zoom-reset-tip = Vrátit normální velikost
cmd-high-contrast = Vysoký kontrast (projektor)
cmd-high-contrast-tip = Bílá na černé se žlutými prvky, čitelné na projektoru
cmd-fullscreen = Celá obrazovka
cmd-fullscreen-tip = Roztáhnout okno na celou obrazovku, nebo režim celé obrazovky opustit

## Karty.
view-session = Relace
view-chart = Mapa DACUM
view-lists = Podpůrné seznamy
view-verification = Ověření
view-pestle = PESTLE
view-scenarios = Scénáře
view-merge = Sloučení
pestle-drivers = Hybné síly
pestle-votes = Hlasy
pestle-matrix = Matice nejistota–dopad
pestle-axes = Osy nejistoty

## Stavový řádek a seznam upozornění.
status-chart = { $duties ->
    [one] { $duties } oblast
    [few] { $duties } oblasti
    [many] { $duties } oblasti
   *[other] { $duties } oblastí
} · { $tasks ->
    [one] { $tasks } úkol
    [few] { $tasks } úkoly
    [many] { $tasks } úkolu
   *[other] { $tasks } úkolů
}
status-findings = { $count ->
    [0] Žádná upozornění
    [one] { $count } upozornění
    [few] { $count } upozornění
   *[other] { $count } upozornění
}
status-no-changes = Beze změn
status-saved = Uloženo { $time }
status-autosaved = Automaticky zálohováno { $time } · neuloženo do souboru
status-unsaved = Neuložené změny
findings-title = Upozornění
findings-close = Zavřít upozornění

## Titulek okna.
title-untitled = Bez názvu
title-example-copy = { $title } (ukázka, neuložená kopie)

## Dotazy.
prompt-ok = OK
prompt-save = Uložit
prompt-discard = Zahodit změny
prompt-cancel = Zrušit
prompt-this-session = tuto relaci
prompt-unsaved-title = Neuložené změny
prompt-unsaved-new = Uložit změny v { $file }, než začnete novou relaci?
prompt-unsaved-open = Uložit změny v { $file }, než otevřete jiný soubor?
prompt-unsaved-open-merged = Uložit změny v { $file }, než otevřete sloučenou relaci?
prompt-unsaved-quit = Uložit změny v { $file }, než zavřete DACUM Studio?
prompt-unsaved-continue = Uložit změny v { $file }, než budete pokračovat?
prompt-changed-title = Soubor se na disku změnil
prompt-changed-text = Soubor { $file } od otevření změnil jiný program (nebo jiné okno, nebo git pull). Nic nebylo uloženo.
prompt-changed-choices = „Ponechat moje“ nahradí jejich verzi vaší; „Načíst jejich“ otevře jejich verzi a zahodí vaše změny; „Uložit jako…“ zachová obě.
prompt-keep-mine = Ponechat moje (přepsat)
prompt-reload-theirs = Načíst jejich
prompt-recover-title = Obnovit neuloženou práci?
prompt-recover-found = DACUM Studio našlo neuloženou práci z { $time }.
prompt-recover-file-saved = Samotný soubor byl naposledy uložen { $time }.
prompt-recover-never-saved = Nikdy nebyla uložena do souboru.
prompt-restore = Obnovit neuloženou práci
prompt-discard-recovery = Zahodit ji

## Chyby a hlášení. Samotná chyba přichází z vrstvy souborů anglicky.
error-place = řádek { $line }, sloupec { $column }:{" "}
error-open = Soubor nelze otevřít
error-open-text = { $file }
    { $place }{ $error }

    Otevřená relace se nezměnila.
error-open-at-start-text = { $file }
    { $place }{ $error }

    Soubor se nezměnil. Místo něj je otevřena nová, prázdná relace.
error-recovery-unreadable = Záložní kopii nelze přečíst
error-recovery-unreadable-text = Byla nalezena záložní kopie, ale nelze ji přečíst, proto zůstala beze změny:
    { $error }
error-recovery-delete = Záložní kopii nelze smazat
error-autosave = Automatické zálohování selhalo
error-autosave-text = { $error }

    Uložte svou práci pomocí „Uložit jako…“.
error-edit = Tuto změnu nelze provést
error-undo = Vrácení selhalo
notice-imported = Hybné síly a hlasy importovány
notice-imported-text = { $counts }
    „Zpět“ vrátí celý import.
error-nothing-imported = Nic nebylo importováno
error-nothing-imported-text = { $file }
    { $problems }

    Opravte tyto řádky v tabulce a importujte znovu.
error-import = Nelze importovat
error-export = Nelze exportovat
error-save = Nelze uložit
error-save-text = { $error }

    Vaše práce zůstává otevřená a nezměněná; zkuste „Uložit jako…“ do jiné složky.
error-reload = Soubor nelze znovu načíst
error-reload-text = { $error }

    Vaše práce zůstává otevřená a neuložená.
notice-pdf-written = PDF exportováno
notice-pdf-written-text = { $count ->
    [one] { $count } strana zapsána do
    [few] { $count } strany zapsány do
    [many] { $count } strany zapsáno do
   *[other] { $count } stran zapsáno do
}
    { $file }
error-export-pdf = PDF nelze exportovat
error-export-pdf-text = { $file }
    { $error }

    Nic nebylo zapsáno; případný existující soubor zůstal beze změny.
