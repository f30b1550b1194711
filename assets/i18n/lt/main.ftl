# Programos rėmas: meniu, komandų lentelė, būsenos juosta, skirtukai, lango
# pavadinimas, pranešimai ir klausimai.

## Kiekiai, kuriuos naudoja keli rodiniai.
tasks-count = { PLURAL_LT($count) ->
    [one] { $count } užduotis
    [few] { $count } užduotys
   *[other] { $count } užduočių
}

## Meniu.
menu-file = Failas
menu-open-recent = Neseniai atverti
menu-no-recent = Neseniai atvertų failų nėra
menu-edit = Taisa
menu-view = Rodinys
menu-help = Pagalba
menu-language = Kalba
help-about = DACUM Studio — DACUM žemėlapiai ir PESTLE veiksnių analizė, be interneto.
help-version = Versija { $version }
help-board-keys = Enter prideda kitą užduotį · Tab pereina tarp kortelių · Alt+rodyklės keičia tvarką

## Komandų lentelė: meniu punktas ir paaiškinimas.
cmd-new = Nauja
cmd-new-tip = Pradėti naują, tuščią sesiją
cmd-open = Atverti…
cmd-open-tip = Atverti sesijos failą
cmd-merge-sessions = Sujungti sesijas…
cmd-merge-sessions-tip = Sujungti partnerių sesijas į vieną bendrą sesiją, atveriamą kaip naujas dokumentas
cmd-save = Įrašyti
cmd-save-tip = Įrašyti sesiją į jos failą
cmd-save-as = Įrašyti kaip…
cmd-save-as-tip = Įrašyti sesiją į kitu vardu pavadintą failą
cmd-export-pdf = Eksportuoti PDF…
cmd-export-pdf-tip = Eksportuoti žemėlapį, profilį ir PESTLE ataskaitas į PDF
cmd-import-csv = Importuoti veiksnius ir balsus (CSV)…
cmd-import-csv-tip = Pridėti PESTLE veiksnius ir balsus iš CSV failo
cmd-export-csv = Eksportuoti veiksnius ir balsus (CSV)…
cmd-export-csv-tip = Įrašyti PESTLE veiksnius ir balsus į CSV failą
cmd-quit = Baigti
cmd-quit-tip = Uždaryti DACUM Studio
cmd-undo = Atšaukti
cmd-undo-tip = Atšaukti paskutinį pakeitimą
cmd-redo = Grąžinti
cmd-redo-tip = Vėl atlikti paskutinį atšauktą pakeitimą
cmd-guide = Seminaro gidas
cmd-guide-tip = Rodyti arba slėpti seminaro gidą su laikmačiais
cmd-findings = Pastabos
cmd-findings-tip = Rodyti arba slėpti pastabų sąrašą
cmd-zoom-in = Padidinti
cmd-zoom-in-tip = Viską padidinti
cmd-zoom-out = Sumažinti
cmd-zoom-out-tip = Viską sumažinti
cmd-zoom-reset = Tikrasis dydis
cmd-zoom-reset-tip = Grįžti į įprastą dydį
cmd-high-contrast = Didelis kontrastas (projektorius)
cmd-high-contrast-tip = Balta ant juodo su geltonais akcentais, įskaitoma per projektorių
cmd-fullscreen = Visas ekranas
cmd-fullscreen-tip = Išskleisti langą per visą ekraną arba išeiti iš viso ekrano

## Skirtukai.
view-session = Sesija
view-chart = DACUM žemėlapis
view-lists = Pagalbiniai sąrašai
view-verification = Patikra
view-pestle = PESTLE
view-scenarios = Scenarijai
view-merge = Sujungimas
pestle-drivers = Veiksniai
pestle-votes = Balsai
pestle-matrix = Neapibrėžtumo–poveikio matrica
pestle-axes = Neapibrėžtumo ašys

## Būsenos juosta ir pastabų sąrašas.
status-chart = { PLURAL_LT($duties) ->
    [one] { $duties } sritis
    [few] { $duties } sritys
   *[other] { $duties } sričių
} · { PLURAL_LT($tasks) ->
    [one] { $tasks } užduotis
    [few] { $tasks } užduotys
   *[other] { $tasks } užduočių
}
status-findings = { PLURAL_LT($count) ->
    [one] { $count } pastaba
    [few] { $count } pastabos
   *[other] { $count } pastabų
}
status-no-changes = Pakeitimų nėra
status-saved = Įrašyta { $time }
status-autosaved = Automatiškai išsaugota { $time } · neįrašyta į failą
status-unsaved = Neįrašyti pakeitimai
findings-title = Pastabos
findings-close = Uždaryti pastabas

## Lango pavadinimas.
title-untitled = Be pavadinimo
title-example-copy = { $title } (pavyzdys, neįrašyta kopija)

## Klausimai.
prompt-ok = Gerai
prompt-save = Įrašyti
prompt-discard = Atmesti pakeitimus
prompt-cancel = Atšaukti
prompt-this-session = šią sesiją
prompt-unsaved-title = Neįrašyti pakeitimai
prompt-unsaved-new = Įrašyti { $file } pakeitimus prieš pradedant naują sesiją?
prompt-unsaved-open = Įrašyti { $file } pakeitimus prieš atveriant kitą failą?
prompt-unsaved-open-merged = Įrašyti { $file } pakeitimus prieš atveriant sujungtą sesiją?
prompt-unsaved-quit = Įrašyti { $file } pakeitimus prieš uždarant DACUM Studio?
prompt-unsaved-continue = Įrašyti { $file } pakeitimus prieš tęsiant?
prompt-changed-title = Failas diske pasikeitė
prompt-changed-text = Failą { $file } nuo atvėrimo pakeitė kita programa (arba kitas langas, arba git pull). Nieko neįrašyta.
prompt-changed-choices = „Palikti mano“ pakeičia jų versiją jūsiške; „Įkelti jų“ atveria jų versiją ir atmeta jūsų pakeitimus; „Įrašyti kaip…“ išsaugo abi.
prompt-keep-mine = Palikti mano (perrašyti)
prompt-reload-theirs = Įkelti jų
prompt-recover-title = Atkurti neįrašytą darbą?
prompt-recover-found = DACUM Studio rado neįrašytą darbą iš { $time }.
prompt-recover-file-saved = Pats failas paskutinį kartą įrašytas { $time }.
prompt-recover-never-saved = Jis niekada nebuvo įrašytas į failą.
prompt-restore = Atkurti neįrašytą darbą
prompt-discard-recovery = Atmesti jį

## Klaidos ir pranešimai. Pati klaida ateina iš failų sluoksnio angliškai.
error-place = eilutė { $line }, stulpelis { $column }:{" "}
error-open = Failo atverti nepavyko
error-open-text = { $file }
    { $place }{ $error }

    Atverta sesija nepakeista.
error-open-at-start-text = { $file }
    { $place }{ $error }

    Failas nepakeistas. Vietoj jo atverta nauja, tuščia sesija.
error-recovery-unreadable = Atkūrimo kopija neperskaitoma
error-recovery-unreadable-text = Rasta atkūrimo kopija, bet jos perskaityti nepavyko, todėl ji palikta nepaliesta:
    { $error }
error-recovery-delete = Atkūrimo kopijos ištrinti nepavyko
error-autosave = Automatinis išsaugojimas nepavyko
error-autosave-text = { $error }

    Įrašykite darbą naudodami „Įrašyti kaip…“.
error-edit = Šio pakeitimo atlikti nepavyko
error-undo = Atšaukti nepavyko
notice-imported = Veiksniai ir balsai importuoti
notice-imported-text = { $counts }
    „Atšaukti“ atšaukia visą importą.
error-nothing-imported = Nieko neimportuota
error-nothing-imported-text = { $file }
    { $problems }

    Pataisykite šias eilutes skaičiuoklėje ir importuokite dar kartą.
error-import = Importuoti nepavyko
error-export = Eksportuoti nepavyko
error-save = Įrašyti nepavyko
error-save-text = { $error }

    Jūsų darbas tebėra atvertas ir nepakeistas; pabandykite „Įrašyti kaip…“ į kitą aplanką.
error-reload = Failo iš naujo įkelti nepavyko
error-reload-text = { $error }

    Jūsų darbas tebėra atvertas ir neįrašytas.
notice-pdf-written = PDF eksportuotas
notice-pdf-written-text = { PLURAL_LT($count) ->
    [one] { $count } puslapis įrašytas į
    [few] { $count } puslapiai įrašyti į
   *[other] { $count } puslapių įrašyta į
}
    { $file }
error-export-pdf = PDF eksportuoti nepavyko
error-export-pdf-text = { $file }
    { $error }

    Nieko neįrašyta; esamas failas liko nepakeistas.
