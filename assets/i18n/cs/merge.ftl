# Slučování relací partnerů: karta Sloučení, Soubor › Sloučit relace… a okna
# pro volbu souborů.

## Karta Sloučení.
merge-of = –
merge-show-it = Zobrazit v jeho pohledu
merge-nothing = Zatím nic sloučeno
merge-nothing-text = Tato relace nevznikla sloučením relací partnerů. Chcete-li z workshopů jednotlivých zemí sestavit jeden souhrnný profil, zvolte Soubor › Sloučit relace… a vyberte dva nebo více souborů relací. Sloučená relace se otevře jako nový dokument; vybrané soubory se jen čtou.
merge-consolidated = { $count ->
    [one] Sloučeno z { $count } relace partnerů
    [few] Sloučeno ze { $count } relací partnerů
   *[other] Sloučeno z { $count } relací partnerů
}
merge-dates = Termín
merge-tasks-held = Obsažené úkoly
merge-tasks-of = { $held } z { $count }
merge-notes-of = Poznámky { $source }:
merge-shared-by-all = { $shared } z { $count } úkolů mají všichni partneři
merge-merged-elements = { $count ->
    [one] { $count } prvek byl sloučen do jiného
    [few] { $count } prvky byly sloučeny do jiných
   *[other] { $count } prvků bylo sloučeno do jiných
}
merge-proposed = { $count ->
    [one] { $count } navržený duplikát
    [few] { $count } navržené duplikáty
   *[other] { $count } navržených duplikátů
}
merge-to-resolve = { $count ->
    [one] { $count } konflikt k vyřešení
    [few] { $count } konflikty k vyřešení
   *[other] { $count } konfliktů k vyřešení
}
merge-undo-note = Každá volba níže je jeden krok Úpravy › Zpět (Ctrl+Z). Mapa DACUM ukazuje na každé kartě, kolik partnerů ji sdílí.
merge-proposals = Navržené duplikáty ({ $count })
merge-proposals-none = Žádné navržené duplikáty nečekají: žádné dvě formulace partnerů nejsou dost blízké, nebo byl každý pár přijat či odmítnut.
merge-proposals-text = Partneři to napsali téměř stejně. „Přijmout“ z nich udělá jeden prvek obou partnerů (formulace vpravo zůstane níže jako alternativa, nic se neztratí); „Odmítnout“ je označí za různé a znovu se nenavrhnou.
merge-proposal = { $kind ->
    [person] Podobné osoby
    [duty] Podobné oblasti
    [task] Podobné úkoly
    [list-item] Podobné položky seznamu
    [acronym] Podobné zkratky
    [driver] Podobné hybné síly
    [driver-group] Podobné skupiny sil
    [scenario] Podobné scénáře
   *[other] Podobné prvky
}, shoda { $percent } %
merge-proposal-tip = Kolik slov mají oba společných; ohýbané tvary (prohlídka, prohlídky) a jeden překlep se počítají jako stejné slovo
merge-keep = Ponechat
merge-merge-into = Sloučit do něj
merge-held-by = mají { $sources }
merge-accept = Přijmout
merge-accept-tip = { $kind ->
    [person] Tatáž osoba
    [duty] Tatáž oblast
    [task] Tentýž úkol
    [list-item] Tatáž položka
    [acronym] Tatáž zkratka
    [driver] Tatáž síla
    [driver-group] Tatáž skupina sil
    [scenario] Tentýž scénář
   *[other] Tentýž prvek
}: sloučit „{ $absorb }“ do „{ $keep }“
merge-accept-name = Přijmout: sloučit { $absorb } do { $keep }
merge-reject = Odmítnout
merge-reject-tip = { $kind ->
    [person] Různé osoby
    [duty] Různé oblasti
    [task] Různé úkoly
    [list-item] Různé položky
    [acronym] Různé zkratky
    [driver] Různé síly
    [driver-group] Různé skupiny sil
    [scenario] Různé scénáře
   *[other] Různé prvky
}: ponechat obojí, už nikdy nenavrhovat
merge-reject-name = Odmítnout: { $keep } a { $absorb } se liší
merge-conflicts = Konflikty ({ $count })
merge-conflicts-none = Žádné konflikty nečekají: každá hodnota, v níž se partneři lišili, je rozhodnuta.
merge-conflicts-text = Partneři to změnili různě. Zvýrazněná hodnota je ta, kterou relace má teď (kterou napsala většina partnerů, nebo jedna z nerozhodných); klikněte na hodnotu, která má zůstat. Tím se konflikt uzavře a ostatní hodnoty zůstanou zaznamenány pod Rozhodnuto.
merge-keep-value = Ponechat tuto hodnotu a uzavřít konflikt
merge-use-value = Použít místo toho tuto hodnotu a uzavřít konflikt
merge-kept-now = nyní ponecháno · { $sources }
merge-decided = Rozhodnuto ({ $count })
merge-decided-none = Zatím nebyl rozhodnut žádný konflikt.
merge-decided-text = Konflikty, které jste rozhodli. Relace má ponechanou hodnotu; odložené hodnoty zůstávají zaznamenány s partnery, kteří je napsali, a opětovné sloučení je znovu nevyvolá. „Znovu otevřít“ udělá z rozhodnutí opět konflikt.
merge-kept = Ponecháno
merge-set-aside = Odloženo
merge-reopen = Znovu otevřít
merge-reopen-tip = Udělat z toho opět konflikt, s odloženými hodnotami na výběr
merge-reopen-name = Znovu otevřít: { $field } – { $what }
merge-variants = Jiná znění ({ $count })
merge-variants-none = Všichni partneři napsali hodnoty relace stejně.
merge-variants-text = Partneři to napsali stejně, ale jinak zapsali (velká písmena, diakritika, mezery, neviditelné znaky). Relace má nejprostší znění; ostatní zůstávají zaznamenána i s autory.
merge-written-as = Zapsáno jako
merge-also-written-as = také zapsáno jako
merge-blank = (prázdné)
merge-no-source = žádná zdrojová relace
merge-written-by = zapsali { $sources }
merge-side-task = úkol { $code }
merge-side-duty = oblast { $code }
merge-side-driver = hybná síla ({ $category })

## Co model při slučování pojmenovává (pole, druhy, prvky, hodnoty), zobrazené
## na kartě Sloučení, v poznámkách ke konfliktům na kartách, v seznamu
## upozornění a v souhrnné zprávě. Každé stojí samo (v seznamu, v závorce, za
## merge-of), v 1. pádě.

## Pole, o která v konfliktu jde.
field-meta-title = název relace
field-meta-occupation = profese
field-meta-organisation = organizace
field-meta-sponsor = zadavatel
field-meta-venue = místo
field-meta-country = země
field-meta-language = jazyk
field-meta-start = začátek
field-meta-end = konec
field-meta-notes = poznámky
field-priority-formula = vzorec priority
field-axes = osy nejistoty
field-person-role = role osoby
field-person-name = jméno osoby
field-person-job-title = funkce osoby
field-person-organisation = organizace osoby
field-person-country = země osoby
field-person-years = roky praxe osoby
field-duty-title = název oblasti
field-task-statement = znění úkolu
field-task-duty = oblast úkolu
field-list-item-text = položka seznamu
field-list-item-list = seznam položky
field-acronym-term = zkratka
field-acronym-meaning = význam zkratky
field-rating-task = hodnocený úkol
field-rating-rater = hodnotitel
field-rating-importance = hodnocení důležitosti
field-rating-frequency = hodnocení četnosti
field-rating-difficulty = hodnocení obtížnosti
field-rating-train = školit, nebo ne
field-participant-name = jméno účastníka
field-participant-organisation = organizace účastníka
field-participant-country = země účastníka
field-driver-category = kategorie hybné síly
field-driver-title = název hybné síly
field-driver-description = popis hybné síly
field-vote-driver = hybná síla hlasu
field-vote-participant = hlasující
field-vote-uncertainty = hlas pro nejistotu
field-vote-impact = hlas pro dopad
field-group-name = název skupiny sil
field-scenario-quadrant = kvadrant scénáře
field-scenario-name = název scénáře
field-scenario-narrative = příběh scénáře
field-presence = odstraněno na jedné straně

## Druhy prvků.
kind-person = osoba
kind-duty = oblast
kind-task = úkol
kind-list-item = položka seznamu
kind-acronym = zkratka
kind-rating = hodnocení
kind-participant = účastník
kind-driver = hybná síla
kind-vote = hlas
kind-driver-group = skupina sil
kind-scenario = scénář

## Prvek slovy. `code` je jeho kód DACUM (B, B-3); `list`, `task` a `driver`
## jsou vložené zprávy; `rater` a `participant` jsou jména.
describe-session = celá relace
describe-element = prvek { $id }
describe-duty = oblast { $code } „{ $title }“
describe-task = úkol { $code } „{ $statement }“
describe-list-item = položka „{ $text }“ ({ $list })
describe-acronym = zkratka { $term }
describe-person = { $role ->
    [panel] člen panelu
    [facilitator] facilitátor
    [observer] pozorovatel
   *[respondent] respondent
} { $name }
describe-rating = hodnocení – { $task } (hodnotitel { $rater })
describe-participant = účastník { $name }
describe-driver = hybná síla „{ $title }“
describe-vote = hlas – { $driver } (hlasující { $participant })
describe-group = skupina sil „{ $name }“
describe-scenario = scénář „{ $name }“

## Hodnota v konfliktu. `text` jsou slova partnerů.
value-text = „{ $text }“
value-number = { $number }
value-date = { $date }
value-yes = ano
value-no = ne
value-blank = prázdné
value-unknown = ?
value-role = { $role ->
    [panel] Člen panelu
    [facilitator] Facilitátor
    [observer] Pozorovatel
   *[respondent] Respondent
}
value-quadrant = { $quadrant ->
    [top-left] vlevo nahoře
    [top-right] vpravo nahoře
    [bottom-left] vlevo dole
   *[bottom-right] vpravo dole
}
value-axes = vodorovná { $horizontal }, svislá { $vertical }
value-axis = { $low } – { $high }
value-no-axis = žádná
value-kept = ponecháno
value-removed = odstraněno
value-several = { $first }, { $rest }

## Soubor › Sloučit relace…
merging-title = Slučování relací
merging-progress = Čtu a slučuji soubory relací: { $count }…
merging-none-chosen = nebyl vybrán žádný soubor
merging-one-chosen = byl vybrán jen { $file }
merging-same-chosen = tentýž soubor byl vybrán víckrát
merging-too-few = Vyberte alespoň dva soubory
merging-too-few-text = Sloučení potřebuje alespoň dva soubory relací, ale { $chosen }.
    V dialogu podržte Ctrl (nebo Shift) a vyberte víc souborů.

    Otevřená relace se nezměnila.
merging-nothing = Nic nebylo sloučeno
merging-unreadable-text = { $count ->
    [one] Soubor nelze přečíst:
    [few] Některé soubory nelze přečíst:
   *[other] Některé soubory nelze přečíst:
}
    { $errors }

    { $count ->
        [one] Opravte ho nebo ho vynechte a slučte znovu.
        [few] Opravte je nebo je vynechte a slučte znovu.
       *[other] Opravte je nebo je vynechte a slučte znovu.
    } Otevřená relace se nezměnila.
merging-stopped-text = Slučování nečekaně skončilo: { $error }

    Otevřená relace se nezměnila.

## Volba souborů (systémový dialog nebo cesta zadaná v aplikaci).
files-open = Otevřít relaci
files-save-as = Uložit relaci jako
files-import-csv = Importovat síly a hlasy
files-export-csv = Exportovat síly a hlasy
files-merge = Sloučit relace
files-kind-csv = CSV (tabulka)
files-kind-pdf = Dokument PDF
files-kind-session = Relace DACUM Studia
files-none-chosen-several = Nebyly vybrány žádné soubory. Pokud se na této ploše neobjevil dialog, napište sem cesty ke slučovaným souborům relací, jednu na řádek:
files-none-chosen = Nebyl vybrán žádný soubor. Pokud se na této ploše neobjevil dialog, napište sem cestu k souboru:
files-paths = Cesty k souborům
files-path = Cesta k souboru
files-open-button = Otevřít
files-import-button = Importovat
files-export-button = Exportovat
files-merge-button = Sloučit soubory
