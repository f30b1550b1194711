# Co říkají kontroly: pravidla výroků u každé oblasti a úkolu, která pravidla
# dostane který jazyk, a kontroly celé relace v seznamu upozornění a v příkazu
# `check`.
#
# $words, $typed, $verb, $first, $second a $joining obsahují slova samotného
# výroku v jeho jazyce: nepřekládají se, jen se dávají do „…“. Slovesa citovaná
# v hlášeních o anglických výrocích (check-en-*) jsou anglická slova, která má
# facilitátor napsat, a zůstávají anglicky.

## Výroky v každém jazyce.
check-empty-duty = Tato oblast zatím nemá název
check-empty-task = Tento úkol zatím nemá znění
check-same-as = Stejné jako { $codes }
check-nearly-same-as = Téměř stejné jako { $codes }: stejná slova s jinými koncovkami
check-too-long = { $count ->
    [one] { $count } slovo
    [few] { $count } slova
    [many] { $count } slova
   *[other] { $count } slov
}: úkol se nejlépe čte do { $max } slov (často stačí 2–3)
check-joined-semicolon = Dva výroky spojené znakem „;“: jeden výrok má popisovat jednu činnost; zvažte jeho rozdělení
check-joined-slash = Dva výroky spojené znakem „/“: jeden výrok má popisovat jednu činnost; zvažte jeho rozdělení
check-joined-sentences = Dvě věty v jednom výroku: jeden výrok má popisovat jednu činnost; zvažte jeho rozdělení
check-may-join-two = „{ $words }“ možná spojuje dva úkoly: jeden výrok má popisovat jednu činnost; zvažte jeho rozdělení

## Anglické výroky: citovaná slovesa jsou anglické příklady k napsání.
check-en-drop-lead-in = Začněte činnostním slovesem: vypusťte nebo přesuňte „{ $typed }“, např. „{ $verb } …“
check-en-base-form = Použijte základní tvar slovesa: „{ $verb } …“, ne „{ $typed } …“
check-en-not-action-verb-duty = „{ $typed }“ není známé činnostní sloveso: začněte tím, co pracovník dělá, např. „Maintain …“ nebo „Supervise …“
check-en-not-action-verb-task = „{ $typed }“ není známé činnostní sloveso: začněte tím, co pracovník dělá, např. „Search …“ nebo „Record …“
check-en-explain = „{ $words }“ nelze pozorovat: začněte tím, co pracovník dělá, např. „Explain …“
check-en-apply = „{ $words }“ nelze pozorovat: začněte tím, co pracovník dělá, např. „Apply …“
check-en-identify = „{ $words }“ nelze pozorovat: začněte tím, co pracovník dělá, např. „Identify …“
check-en-use = „{ $words }“ nelze pozorovat: začněte tím, co pracovník dělá, např. „Use …“ nebo „Review …“
check-en-knowledge = „{ $words }“ označuje znalost, ne úkol: uveďte to v seznamu „Obecné znalosti a dovednosti“, nebo začněte tím, co pracovník dělá, např. „Apply …“
check-en-attitude = „{ $words }“ popisuje postoj, ne úkol: uveďte to v seznamu „Chování pracovníka“, nebo začněte tím, co pracovník dělá
check-en-quality = „{ $words }“ popisuje vlastnost, ne úkol: uveďte to v seznamu „Chování pracovníka“, nebo začněte tím, co pracovník dělá
check-en-ability = „{ $words }“ popisuje schopnost, ne úkol: začněte samotnou činností
check-en-handle = „{ $words }“ je vágní: řekněte přesně, co pracovník dělá, např. „Resolve …“, „Record …“ nebo „Process …“
check-en-part = „{ $words }“ neříká, co pracovník dělá: pojmenujte jeho podíl, např. „Present …“ nebo „Record …“
check-en-oversee = „{ $words }“ je vágní: řekněte, co pracovník dělá, např. „Supervise …“ nebo „Inspect …“
check-en-resolve = „{ $words }“ je vágní: řekněte, co pracovník dělá, např. „Resolve …“ nebo „Refer …“
check-en-charge = „{ $words }“ označuje odpovědnost, ne činnost: začněte činností, např. „Maintain …“ nebo „Supervise …“
check-en-help = „{ $words }“ je vágní: řekněte, v čem pomoc spočívá, např. „Escort …“ nebo „Explain …“
check-en-work-with = „{ $words }“ je vágní: řekněte, co s nimi pracovník dělá, např. „Coordinate … with …“ nebo „Refer … to …“
check-en-result = „{ $words }“ označuje výsledek, ne činnost: řekněte, co pracovník dělá, aby ho dosáhl, např. „Check …“ nebo „Inspect …“
check-en-attempt = „{ $words }“ popisuje pokus: začněte samotnou činností

## Výroky v němčině, češtině, slovinštině a rumunštině. $form je jedno
## z hlášení check-form-* (ve 4. pádě); $first a $second jsou ukázkové výroky.
check-form-infinitive = infinitiv
check-form-third-person-or-infinitive = 3. osobu nebo infinitiv
check-use-task-form = Použijte { $form }: „{ $verb } …“, ne „{ $typed } …“
check-not-action-verb-first = „{ $typed }“ nepůsobí jako činnostní sloveso: začněte tím, co pracovník dělá, a použijte { $form }, např. „{ $first }“ nebo „{ $second }“
check-not-action-verb-last = „{ $typed }“ nepůsobí jako činnostní sloveso: na konec dejte to, co pracovník dělá, a použijte { $form }, např. „{ $first }“ nebo „{ $second }“
check-know = „{ $words }“ nelze pozorovat: uveďte, co pracovník se znalostí dělá, např. ji uplatňuje, vysvětluje nebo kontroluje
check-aware = „{ $words }“ nelze pozorovat: uveďte, co pracovník dělá, např. rozpoznává nebo hlásí
check-familiar = „{ $words }“ nelze pozorovat: uveďte, co pracovník dělá, např. používá nebo prověřuje
check-knowledge = „{ $words }“ označuje znalost, ne úkol: uveďte to v seznamu „Obecné znalosti a dovednosti“, nebo uveďte, co s ní pracovník dělá
check-quality = „{ $words }“ popisuje vlastnost, ne úkol: uveďte to v seznamu „Chování pracovníka“, nebo uveďte, co pracovník dělá
check-ability = „{ $words }“ popisuje schopnost, ne úkol: pojmenujte samotnou činnost
check-resolve = „{ $words }“ je vágní: řekněte přesně, co pracovník dělá, např. řeší, zaznamenává nebo předává
check-part = „{ $words }“ neříká, co pracovník dělá: pojmenujte jeho podíl, např. prezentuje nebo zaznamenává
check-oversee = „{ $words }“ je vágní: řekněte, co pracovník dělá, např. dohlíží nebo kontroluje
check-charge = „{ $words }“ označuje odpovědnost, ne činnost: pojmenujte samotnou činnost
check-help = „{ $words }“ je vágní: řekněte, v čem pomoc spočívá, např. doprovází nebo vysvětluje
check-result = „{ $words }“ označuje výsledek, ne činnost: řekněte, co pracovník dělá, aby ho dosáhl, např. kontroluje nebo prohlíží
check-attempt = „{ $words }“ popisuje pokus: pojmenujte samotnou činnost

## Která pravidla dostane jazyk výroku (pohled Relace a seznam upozornění).
## $language je hlášení language-name, ve 4. pádě (po „pro“).
rules-summary-words = Pravidla výroků pro { $language }: činnostní sloveso, nepozorovatelná a vágní slovesa, dvě činnosti spojené slovy „{ $and }“, „{ $or }“, délka, dva spojené výroky, duplicity
rules-summary-neutral = Pro { $language } zatím nejsou pravidla sloves: kontroluje se jen délka, dva spojené výroky a duplicity
rules-summary-none = Jazyk výroků není nastaven: kontroluje se jen délka, dva spojené výroky a duplicity
language-name = { $tag ->
    [bg] bulharštinu
    [bs] bosenštinu
    [ca] katalánštinu
    [cs] češtinu
    [da] dánštinu
    [de] němčinu
    [el] řečtinu
    [en] angličtinu
    [es] španělštinu
    [et] estonštinu
    [eu] baskičtinu
    [fi] finštinu
    [fr] francouzštinu
    [ga] irštinu
    [hr] chorvatštinu
    [hu] maďarštinu
    [is] islandštinu
    [it] italštinu
    [lb] lucemburštinu
    [lt] litevštinu
    [lv] lotyštinu
    [mk] makedonštinu
    [mt] maltštinu
    [nb] norštinu (bokmål)
    [nl] nizozemštinu
    [nn] norštinu (nynorsk)
    [no] norštinu
    [pl] polštinu
    [pt] portugalštinu
    [ro] rumunštinu
    [ru] ruštinu
    [sk] slovenštinu
    [sl] slovinštinu
    [sq] albánštinu
    [sr] srbštinu
    [sv] švédštinu
    [tr] turečtinu
    [uk] ukrajinštinu
   *[other] jazyk „{ $tag }“
}

## Překlady (seznam upozornění a `check`).
check-translations-bad-tag = překlady jsou uloženy pod „{ $language }“, což není kód jazyka v obvyklém zápisu (např. „cs“ nebo „de-AT“)
check-translations-into-working = existují překlady do jazyka { $language }, pracovního jazyka relace
check-translation-orphan = překlad do jazyka { $language } patří k textu, který v relaci není ({ $key })
check-translations-stale = { $count ->
    [one] { $count } překlad do jazyka { $language } vznikl z textu, který se mezitím změnil: zkontrolujte ho v zobrazení Překlad
    [few] { $count } překlady do jazyka { $language } vznikly z textů, které se mezitím změnily: zkontrolujte je v zobrazení Překlad
   *[other] { $count } překladů do jazyka { $language } vzniklo z textů, které se mezitím změnily: zkontrolujte je v zobrazení Překlad
}

## Celá relace: odkazy, hodnocení, údaje. $scale je jedno z hlášení
## check-scale-*; $name je jméno osoby, $driver název hybné síly.
check-scale-importance = důležitost
check-scale-frequency = četnost
check-scale-difficulty = obtížnost
check-scale-uncertainty = nejistota
check-scale-impact = dopad
check-id-reused = id { $id } používá více než jeden prvek
check-rating-missing-task = hodnocení z ověření odkazuje na chybějící úkol ({ $id })
check-rating-missing-rater = hodnocení úkolu { $code } je od chybějícího hodnotitele ({ $id })
check-rating-out-of-range = hodnocení úkolu { $code }, hodnotí { $name }: { $scale } { $score } je mimo 1–5
check-rated-twice = úkol { $code } hodnotí { $name } víc než jednou; počítá se každé hodnocení
check-vote-missing-driver = hlas odkazuje na chybějící hybnou sílu ({ $id })
check-vote-missing-participant = hlas u síly „{ $driver }“ je od chybějícího účastníka ({ $id })
check-vote-out-of-range = hlas u síly „{ $driver }“, hlasuje { $name }: { $scale } { $score } je mimo 1–5
check-voted-twice = o síle „{ $driver }“ hlasuje { $name } víc než jednou; počítá se každý hlas
check-group-missing-driver = skupina sil „{ $group }“ obsahuje chybějící sílu ({ $id })
check-driver-in-two-groups = síla „{ $driver }“ je ve více než jedné skupině souvisejících sil
check-axis-missing-force = { $axis ->
    [horizontal] vodorovná osa
   *[vertical] svislá osa
} odkazuje na { $what ->
    [group] chybějící skupinu sil
   *[driver] chybějící hybnou sílu
} ({ $id })
check-axes-same-force = obě osy představují tutéž sílu (jednu hybnou sílu nebo jednu skupinu souvisejících sil); zvolte nezávislé osy
check-scenarios-share-quadrant = scénář „{ $scenario }“ sdílí svůj kvadrant ({ $quadrant ->
    [top-left] vlevo nahoře
    [top-right] vpravo nahoře
    [bottom-left] vlevo dole
   *[bottom-right] vpravo dole
}) s jiným scénářem
check-scenario-missing-link = scénář „{ $scenario }“ odkazuje na chybějící úkol nebo položku seznamu ({ $id })
check-country-code = země „{ $country }“ není dvoupísmenný kód ISO 3166, např. RO nebo CZ
check-person-country-code = země „{ $country }“ u osoby { $name } není dvoupísmenný kód ISO 3166
check-ends-before-start = workshop končí ({ $end }) dřív, než začne ({ $start })
check-text-too-long = { $place } má { $chars } znaků; zpráva vytiskne prvních { $printed }
check-unresolved-conflict = nevyřešený konflikt ze sloučení ({ $field } – { $element }): ponecháno { $kept }, další hodnoty: { $values }

## Kde text je, pro $place v check-text-too-long: `field` je jedno ze slov
## place-field-…, `owner` jedna ze zpráv place-owner-…; `title` a `name` jsou
## vlastní slova prvku, zkrácená po 60 znacích.
place-of = { $field } ({ $owner })
place-in-session = { $field } relace
place-field-title = název
place-field-occupation = profese
place-field-organisation = organizace
place-field-sponsor = zadavatel
place-field-venue = místo
place-field-country = země
place-field-language = jazyk
place-field-notes = text poznámek
place-field-name = jméno
place-field-job-title = funkce
place-field-statement = znění
place-field-text = text
place-field-term = zkratka
place-field-meaning = význam
place-field-description = popis
place-field-low-pole = dolní pól
place-field-high-pole = horní pól
place-field-rationale = zdůvodnění
place-field-narrative = příběh
place-field-other-wording = jiné znění
place-field-other-pole = jiný pól
place-field-other-rationale = jiné zdůvodnění
place-owner-person = osoba { $number }
place-owner-duty = oblast { $code }
place-owner-task = úkol { $code }
place-owner-task-at = úkol { $task } v oblasti { $duty }
place-owner-list-item = položka { $number } – { $list }
place-owner-acronym = zkratka { $number }
place-owner-participant = účastník { $number }
place-owner-driver = hybná síla „{ $title }“
place-owner-driver-number = hybná síla { $number }
place-owner-group = skupina sil { $number }
place-owner-axis = { $axis ->
    [horizontal] vodorovná osa
   *[vertical] svislá osa
}
place-owner-scenario = scénář „{ $name }“
place-owner-scenario-number = scénář { $number }
place-owner-source = sloučená relace { $number }
place-owner-wording = sloučený prvek

## Kola průzkumu (seznam upozornění a `check`). $round je název kola.
check-round-no-code = respondent { $index } v kole „{ $round }“ nemá kód
check-round-code-twice = kód respondenta „{ $code }“ je v kole „{ $round }“ použit dvakrát
check-round-answer-count = respondent „{ $code }“ v kole „{ $round }“ má { $answers ->
    [one] { $answers } odpověď
    [few] { $answers } odpovědi
    [many] { $answers } odpovědi
   *[other] { $answers } odpovědí
}, ale kolo zahrnovalo { $tasks ->
    [one] { $tasks } úkol
    [few] { $tasks } úkoly
    [many] { $tasks } úkolu
   *[other] { $tasks } úkolů
}
check-round-attribute-count = respondent „{ $code }“ v kole „{ $round }“ má { $values ->
    [one] { $values } hodnotu atributu
    [few] { $values } hodnoty atributů
    [many] { $values } hodnoty atributu
   *[other] { $values } hodnot atributů
}, ale kolo uvádí { $attributes ->
    [one] { $attributes } atribut
    [few] { $attributes } atributy
    [many] { $attributes } atributu
   *[other] { $attributes } atributů
}
check-round-unknown-respondent = „{ $code }“ není respondentem kola „{ $round }“, přesto ho uvádí komentář nebo navržený úkol
check-round-missing-duty = úkol navržený v kole „{ $round }“ je zařazen pod oblast, kterou mapa nemá ({ $id })
