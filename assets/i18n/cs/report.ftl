## Pevné texty zpráv PDF (crates/dacum-export).

report-chart = Mapa DACUM
report-profile = Profil kompetencí
report-pestle = Zpráva PESTLE a scénáře
report-chart-header = Mapa DACUM — { $occupation }
report-profile-header = Profil kompetencí — { $occupation }
report-pestle-header = Zpráva PESTLE a scénáře — { $occupation }
report-chart-subtitle = Mapa DACUM: { $occupation }
report-profile-subtitle = Profil kompetencí: { $occupation }
report-pestle-subtitle = Hybné síly změn a scénáře: { $occupation }
report-the-occupation = povolání
report-all-title = { $occupation } — mapa DACUM, profil kompetencí a zpráva PESTLE
report-keyword-scenarios = scénáře

report-page-of = Strana { $page } z { $pages }
report-personal-data = Obsahuje osobní údaje: jména členů panelu a účastníků.
report-stakeholder-copy = Kopie pro partnery: bez osobních jmen.

report-fact-date = Datum
report-fact-venue = Místo
report-fact-produced-for = Pro
report-fact-produced-by = Zpracoval
report-fact-workshop = Workshop
report-fact-language = Jazyk
report-month = { $month ->
    [1] ledna
    [2] února
    [3] března
    [4] dubna
    [5] května
    [6] června
    [7] července
    [8] srpna
    [9] září
    [10] října
    [11] listopadu
   *[12] prosince
}
report-date = { $day }. { $month } { $year }
report-date-days = { $from }.–{ $to }. { $month } { $year }
report-date-months = { $from }. { $from-month } – { $to }. { $to-month } { $year }
report-decimal-mark = ,
report-and = { $first } a { $last }

report-duties-and-tasks = Oblasti činností a úkoly
report-no-duties = Zatím nejsou zapsány žádné oblasti činností.
report-no-tasks = Zatím žádné úkoly.
report-continued = (pokrač.)
report-supporting-lists = Doplňkové seznamy
report-list = { $kind ->
    [knowledge] Obecné znalosti a dovednosti
    [behaviour] Chování pracovníka
    [tool] Nástroje, vybavení a materiály
    [trend] Budoucí trendy a obavy
   *[acronyms] Zkratky
}
report-list-continued = { $list } (pokrač.)
report-panel-bookmark = Panel a facilitátoři
report-panel-heading = Panel DACUM a facilitátoři
report-column-name = Jméno
report-column-role = Role
report-column-job-title = Funkce
report-column-organisation = Organizace
report-column-country = Země
report-column-years = Roky praxe
report-role = { $role ->
    [panel] Člen panelu
    [facilitator] Facilitátor
    [observer] Pozorovatel
   *[respondent] Respondent
}
report-anonymous-panel = { $count ->
    [one] Osobní jména jsou v této kopii vynechána. Panel: { $count } odborník z praxe
    [few] Osobní jména jsou v této kopii vynechána. Panel: { $count } odborníci z praxe
   *[other] Osobní jména jsou v této kopii vynechána. Panel: { $count } odborníků z praxe
}
report-anonymous-countries = ze zemí { $countries }
report-anonymous-years = s { $min } až { $max } lety praxe
report-anonymous-facilitators = { $count ->
    [one] Vedl { $count } facilitátor.
    [few] Vedli { $count } facilitátoři.
   *[other] Vedlo { $count } facilitátorů.
}

report-shared-added = doplněno po sloučení
report-shared-all = všech { $count }
report-shared-some = { $held } z { $count }
report-shared-other-wordings = { $count ->
    [one] { $count } jiné znění
    [few] { $count } jiná znění
   *[other] { $count } jiných znění
}
report-sharing-key = Sloučeno z relací: { $count } ({ $labels }). { $place ->
    [chart] Malý řádek v dolní části každého pole úkolu
   *[profile] Sloupec „Sdílí“
} ukazuje, kolik z nich úkol obsahuje a které („všech“, pokud všechny), a „jiné znění“ tam, kde relace formulují úkol různě a koordinátor to ještě nerozhodl; sloučené relace jsou uvedeny v části „Sloučené relace“.
report-merged-sessions = Sloučené relace
report-column-label = Značka
report-column-workshop = Workshop
report-column-language = Jazyk
report-column-dates = Termín
report-column-tasks = Úkoly
report-summary = Úkolů celkem { $tasks }: { $parts }.
report-summary-all = { $count } ve všech { $sessions } relacích
report-summary-part = { $count } { $place ->
    [most] ve více než polovině z nich
    [some] ve dvou či více, nejvýše v polovině
    [single] jen v jedné relaci
   *[added] doplněno po sloučení
}
report-summary-open = Dosud otevřené rozdíly mezi relacemi: { $count }. Kde se relace liší, zprávy uvádějí hodnotu, kterou má většina z nich.
report-also-written-as = Jiná znění
report-also-written-as-line = { $field } – { $element }: také jako { $wordings }.

report-profile-introduction = Tento profil uvádí { $duties ->
    [one] { $duties } oblast činností
    [few] { $duties } oblasti činností
   *[other] { $duties } oblastí činností
} a { $tasks ->
    [one] { $tasks } úkol
    [few] { $tasks } úkoly
   *[other] { $tasks } úkolů
} mapy DACUM.
report-not-verified = Úkoly zatím nebyly ověřeny.
report-verified = { $raters ->
    [one] { $raters } hodnotitel ověřil úkolů: { $tasks }.
    [few] { $raters } hodnotitelé ověřili úkolů: { $tasks }.
   *[other] { $raters } hodnotitelů ověřilo úkolů: { $tasks }.
}
report-priority-formula = Index priority je { $formula ->
    [if] průměrná důležitost × průměrná četnost (1–25)
   *[ifd] průměrná důležitost × průměrná četnost × průměrná obtížnost (1–125)
}.
report-ratings-key = Důležitost, četnost a obtížnost jsou průměry na škále 1–5, za nimi směrodatná odchylka (±); ▲ značí výraznou neshodu hodnotitelů (rozpětí tří bodů a více nebo směrodatná odchylka 1,2 a více). Školit? je doporučení hodnotitelů: Ano, když většina odpovídajících uvedla, že se úkol má školit (odpovědi ano / odpovědi). O samotném vzdělávání rozhodují tvůrci kurikula.
report-most-critical = Nejdůležitější úkoly
report-most-critical-intro = { $count ->
    [one] { $count } úkol s nejvyšším indexem priority: zde může kurikulum začít.
    [few] { $count } úkoly s nejvyšším indexem priority: zde může kurikulum začít.
   *[other] { $count } úkolů s nejvyšším indexem priority: zde může kurikulum začít.
}
report-column-rank = Pořadí
report-column-code = Kód
report-column-task = Úkol
report-column-shared-by = Sdílí
report-column-importance = Důležitost
report-column-frequency = Četnost
report-column-difficulty = Obtížnost
report-column-priority = Priorita
report-column-train = Školit?
report-train-verdict = { $verdict ->
    [yes] Ano
    [split] Nerozh.
   *[no] Ne
}

report-no-drivers = V této relaci nebyly zmapovány žádné hybné síly změn.
report-pestle-introduction = { $participants ->
    [one] { $participants } účastník ohodnotil
    [few] { $participants } účastníci ohodnotili
   *[other] { $participants } účastníků ohodnotilo
} { $drivers ->
    [one] { $drivers } hybnou sílu
    [few] { $drivers } hybné síly
   *[other] { $drivers } hybných sil
} změn podle nejistoty (jak nepředvídatelný je jejich vývoj) a dopadu (jak silně by změnily práci), vždy na škále 1 až 5. Každý hlas je zachován: tabulky uvádějí průměr a směrodatnou odchylku a ▲ označuje síly, u nichž se účastníci výrazně neshodnou.
report-participants = Účastníci: { $names }.
report-participants-withheld = Jména účastníků jsou v této kopii vynechána.
report-drivers-by-category = Hybné síly podle kategorií
report-column-number = Č.
report-column-driver = Hybná síla
report-column-description = Popis
report-column-uncertainty = Nejistota
report-column-impact = Dopad
report-column-zone = Oblast
report-not-scored = Nehodnoceno
report-matrix = Matice nejistoty a dopadu
report-matrix-x-axis = Nejistota (průměr, 1–5) →
report-matrix-y-axis = ↑ Dopad (průměr, 1–5)
report-matrix-ring = Kroužek kolem bodu značí výraznou neshodu účastníků.
report-matrix-legend-entry = { $number }. { $driver } (N { $uncertainty }, D { $impact })
report-matrix-not-scored = Dosud nehodnoceno: { $drivers }
report-matrix-legend-intro = Hybné síly, jejichž název se nevešel vedle bodu:
report-matrix-legend-later = Hybné síly, jejichž název se nevešel vedle bodu, jsou uvedeny na další straně.
report-matrix-legend = Legenda matice nejistoty a dopadu
report-scenario-matrix = Matice scénářů
report-axes = Osy nejistoty
report-no-axes = Zatím nebyly zvoleny žádné osy.
report-axis-heading = { $direction ->
    [horizontal] Vodorovná osa
   *[vertical] Svislá osa
}: { $subject }
report-axis-group = { $group } (související síly: { $drivers })
report-axis-gone = hybná síla, která už v relaci není
report-axis-poles = { $direction ->
    [horizontal] Od „{ $low }“ (vlevo) po „{ $high }“ (vpravo).
   *[vertical] Od „{ $low }“ (dole) po „{ $high }“ (nahoře).
}
report-scenarios-in-full = Scénáře v plném znění
report-no-scenario = Pro tento kvadrant není napsán žádný scénář.
report-competencies-required = Potřebné kompetence:
report-narrative-later = Celý text následuje za touto maticí.
report-requires = Vyžaduje: { $what }
report-requires-items = { $count ->
    [one] { $count } položku doplňkových seznamů
    [few] { $count } položky doplňkových seznamů
   *[other] { $count } položek doplňkových seznamů
}
report-future-requires = Kompetence, které tato budoucnost vyžaduje:

## Zpráva o ověření: co respondenti průzkumu řekli o mapě.
report-verification = Zpráva o ověření
report-verification-header = Zpráva o ověření — { $occupation }
report-verification-subtitle = Ověřovací průzkum profilu profese: { $occupation }
report-keyword-survey = ověřovací průzkum
report-verification-note = Bez osobních jmen: respondenti jsou uvedeni jen kódem, hodnotitelé panelu jen číslem.
report-fact-survey = Průzkum
report-fact-respondents = Respondenti
report-fact-weighting = Vážení
report-round-dates = { $round } ({ $dates })
report-respondents-in-countries = { $respondents } { $countries ->
    [one] v { $countries } zemi
    [few] ve { $countries } zemích
   *[other] v { $countries } zemích
}
report-weighting = { $weighting ->
    [per-respondent] každý respondent má stejnou váhu
   *[per-country] každá země má stejnou váhu
}
report-weighting-note = { $weighting ->
    [per-respondent] Souhrnné hodnoty dávají každému respondentovi stejnou váhu, takže země s více respondenty váží víc.
   *[per-country] Souhrnné hodnoty dávají každé zemi stejnou váhu bez ohledu na počet jejích respondentů: průměr je průměrem průměrů jednotlivých zemí.
}
report-verification-introduction = { $respondents ->
    [one] { $respondents } respondent odpověděl
    [few] { $respondents } respondenti odpověděli
   *[other] { $respondents } respondentů odpovědělo
} na otázky k úkolům mapy ({ $tasks ->
    [one] { $tasks } úkol
    [few] { $tasks } úkoly
   *[other] { $tasks } úkolů
}): zda je vykonávají, jak jsou důležité, časté a obtížné na škálách od 1 do 5 a zda by v nich měli být školeni noví zaměstnanci.
report-no-survey-answers = Zatím nebyly importovány žádné odpovědi z průzkumu.
report-removed-tasks = { $count ->
    [one] { $count } úkol, na který se průzkum ptal, už v mapě není: odpovědi na něj zůstávají v relaci, ale zde se neuvádějí.
    [few] { $count } úkoly, na které se průzkum ptal, už v mapě nejsou: odpovědi na ně zůstávají v relaci, ale zde se neuvádějí.
   *[other] { $count } úkolů, na které se průzkum ptal, už v mapě není: odpovědi na ně zůstávají v relaci, ale zde se neuvádějí.
}
report-percent = { $value } %
report-responses = Kdo odpověděl
report-level = { $level ->
    [job-holder] Pracovníci
    [supervisor] Nadřízení
    [trainer] Školitelé
    [manager] Vedoucí
   *[none] Neuvedeno
}
report-no-country = Neuvedeno
report-column-total = Celkem
report-warning-majority = Země { $country } dala { $respondents } z { $total } odpovědí, více než polovinu: souhrnné hodnoty se kloní k zemi { $country }.
report-warning-few = Země { $country } má { $respondents ->
    [one] jen { $respondents } respondenta
    [few] jen { $respondents } respondenty
   *[other] jen { $respondents } respondentů
}, méně než { $minimum }: její vlastní hodnoty jsou nejisté.
report-warning-level-absent = Mezi respondenty { $level ->
    [job-holder] není žádný pracovník
    [supervisor] není žádný nadřízený
    [trainer] není žádný školitel
   *[manager] není žádný vedoucí
}.
report-warning-no-country = { $respondents ->
    [one] { $respondents } respondent neuvedl zemi.
    [few] { $respondents } respondenti neuvedli zemi.
   *[other] { $respondents } respondentů neuvedlo zemi.
}
report-distribution-even = Žádná země nedala více než polovinu odpovědí a každá má alespoň { $minimum } respondentů.
report-ranked-tasks = Úkoly podle priority
report-ranked-key = n je počet respondentů, kteří k úkolu odpověděli; Vykonává je podíl z nich, kteří úkol vykonávají; důležitost, četnost a obtížnost jsou průměry na škálách 1–5 se směrodatnou odchylkou (±); Školit je podíl těch, podle kterých by v úkolu měli být školeni noví zaměstnanci. Úkoly, které nikdo nehodnotil, jsou na konci v pořadí mapy.
report-column-n = n
report-column-perform = Vykonává
report-column-train-share = Školit
report-dot-plots = Důležitost podle oblastí
report-dot-plot-key = Tečka je průměrná důležitost úkolu v průzkumu, čára přes ni sahá o jednu směrodatnou odchylku na obě strany; prázdný kroužek je průměr panelu; n je počet respondentů, kteří důležitost úkolu hodnotili.
report-divergences = Rozdíly
report-level-gaps = Nadřízení a pracovníci
report-level-gaps-intro = Úkoly, jejichž průměrná důležitost se u nadřízených a pracovníků liší o { $gap } nebo více, každá strana s alespoň { $n } hodnoceními: DOE-HDBK-1078 žádá takové rozdíly prošetřit. Průměry se směrodatnou odchylkou, v závorce počet hodnocení.
report-no-level-gaps = U žádného úkolu se nadřízení a pracovníci v průměrné důležitosti neliší o { $gap } nebo více (kde má každá strana alespoň { $n } hodnocení).
report-column-supervisors = Nadřízení
report-column-job-holders = Pracovníci
report-column-difference = Rozdíl
report-country-gaps = Země
report-country-gaps-intro = Úkoly, které země podle průměrné důležitosti řadí daleko od místa, kam je řadí ostatní země dohromady: o { $share } seřazených úkolů nebo více, každá strana s alespoň { $n } hodnoceními.
report-no-country-gaps = Žádná země neřadí žádný úkol tak daleko od ostatních zemí.
report-column-rank-there = Pořadí tam
report-column-rank-elsewhere = Pořadí jinde
report-column-mean-there = Průměr tam
report-column-mean-elsewhere = Průměr jinde
report-rank-of = { $rank } z { $ranked }
report-panel-vs-survey = Panel a průzkum
report-panel-vs-survey-intro = Vlastní hodnocení panelu workshopu ({ $raters ->
    [one] { $raters } hodnotitel
    [few] { $raters } hodnotitelé
   *[other] { $raters } hodnotitelů
}) vedle hodnocení z průzkumu: průměrná důležitost se směrodatnou odchylkou, rozdíl (průzkum − panel) a pořadí podle průměrné důležitosti na obou stranách.
report-no-panel-ratings = Panel úkoly nehodnotil, a tak není s čím průzkum porovnat.
report-column-panel = Panel
report-column-survey = Průzkum
report-column-panel-rank = Pořadí panel
report-column-survey-rank = Pořadí průzkum
report-suggested-tasks = Navržené úkoly
report-suggested-intro = { $count ->
    [one] { $count } úkol, který podle respondenta v mapě chybí, podle oblastí.
    [few] { $count } úkoly, které podle respondentů v mapě chybí, podle oblastí; podobná znění jsou seskupena.
   *[other] { $count } úkolů, které podle respondentů v mapě chybí, podle oblastí; podobná znění jsou seskupena.
}
report-no-suggestions = Žádný respondent nenavrhl chybějící úkol.
report-column-duty = Oblast
report-column-suggested-task = Navržený úkol
report-column-suggested-by = Navrhl
report-column-decision = Rozhodnutí
report-decision = { $decision ->
    [open] Otevřené
    [accepted] Přidáno jako { $code }
   *[rejected] Nepřidáno: { $reason }
}
report-similar = Podobné: { $statements }
report-no-duty = Oblast neuvedena
report-anonymous = anonymně
