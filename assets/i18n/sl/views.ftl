# Pogledi DACUM razen table: vodnik po delavnici, izvoz PDF, seja, podporni
# seznami in preverjanje.

## Vodnik po delavnici: koraki DACUM.
guide-orientation = Uvod
guide-orientation-hint = Pozdravite panel in razložite DACUM: strokovnjaki so oni, vi vodite postopek. Dogovorite se o pravilih in dvodnevnem načrtu.
guide-scope = Obseg poklica
guide-scope-hint = Dogovorite se o nazivu poklica ter kje se začne in konča. Zapišite sorodne poklice zunaj obsega, da se kasneje ne prikradejo noter.
guide-duties = Zbiranje področij
guide-duties-hint = Vprašajte: katera so glavna področja odgovornosti? Cilj je 6–12 področij, vsako se začne z glagolom. Najprej zberite, nato izboljšajte.
guide-tasks = Naloge po področjih
guide-tasks-hint = Eno področje naenkrat. Vprašajte: kaj naredite, da …? Vsaka naloga: glagol + predmet, opazna, 2–8 besed. Po vsaki nalogi Enter.
guide-review = Pregled izjav
guide-review-hint = Preglejte opozorila: nejasni ali neopazni glagoli, dve nalogi v eni, podvojitve, dolge izjave. Odloči panel.
guide-sequence = Vrstni red
guide-sequence-hint = Naloge razvrstite, kot običajno potekajo, področja od osrednjega do obrobnega. Vlecite kartice ali uporabite Alt+puščice; kode sledijo.
guide-lists = Podporni seznami
guide-lists-hint = Splošno znanje in spretnosti, vedenje delavca, orodja in oprema, prihodnji trendi in skrbi, kratice.
guide-verification = Preverjanje
guide-verification-hint = Vsak član panela (ali anketiranec) oceni vsako nalogo po pomembnosti, pogostosti in zahtevnosti ter ali potrebuje usposabljanje.
guide-make-current = Naj bo to trenutni korak
guide-time-in-step = V tem koraku: { $time }
guide-previous = Prejšnji korak
guide-next = Naslednji korak
guide-total = Čas delavnice: { $time }

## Datoteka › Izvozi PDF…
pdf-title = Izvozi PDF
pdf-reports = Poročila
pdf-report-chart = Karta DACUM
pdf-report-profile = Profil kompetenc
pdf-report-pestle = Poročilo PESTLE in scenariji
pdf-report-verification = Poročilo o preverjanju (anketa)
pdf-paper = Papir
paper-a4 = A4
paper-a3 = A3
paper-letter = Letter (ZDA)
pdf-leave-out-names = Izpusti osebna imena (kopija za deležnike)
pdf-report-language = Jezik poročila
pdf-export = Izvozi…
pdf-choose-a-report = Izberite vsaj eno poročilo.
pdf-page-count = { $count ->
    [one] PDF bo imel { $count } stran.
    [two] PDF bo imel { $count } strani.
    [few] PDF bo imel { $count } strani.
   *[other] PDF bo imel { $count } strani.
}
pdf-cannot-prepare = PDF-ja ni mogoče pripraviti: { $error }
pdf-counting = Štejem strani…

## Seja.
session-details = Podatki o seji
session-people = Ljudje
session-title = Naslov
session-title-hint = npr. Pravosodni policist — nacionalni DACUM
session-occupation = Poklic
session-occupation-hint = Analizirani poklic, npr. pravosodni policist
session-organisation = Organizacija
session-sponsor = Naročnik
session-venue = Kraj
session-country = Država
session-language = Jezik
session-notes = Opombe
session-start-date = Začetek
session-end-date = Konec
session-pick = Izberi s seznama
session-pick-country = Izberi državo s seznama
session-pick-language = Izberi jezik s seznama
session-country-uk = Koda ISO Združenega kraljestva je GB
session-country-el = Koda ISO Grčije je GR
session-country-unknown = { $code } ni koda evropske države
session-date-shape = Datum vpišite kot LLLL-MM-DD, npr. 2025-03-11
session-date-no-such-day = { $date } ni dan v koledarju
session-ends-before-start = Delavnica se konča, preden se začne
person-name = Ime
person-job-title = Delovno mesto
person-years = Leta izkušenj
person-years-short = Leta
person-years-error = Leta: celo število, npr. 12
person-field = { $field }, { $who }
people-from-countries = { $people } iz { $count ->
    [one] { $count } države
    [two] { $count } držav
    [few] { $count } držav
   *[other] { $count } držav
}
people-experience = { $count ->
    [one] skupaj { $count } leto izkušenj
    [two] skupaj { $count } leti izkušenj
    [few] skupaj { $count } leta izkušenj
   *[other] skupaj { $count } let izkušenj
}
people-panel-count = { $count ->
    [one] { $count } član panela
    [two] { $count } člana panela
    [few] { $count } člani panela
   *[other] { $count } članov panela
}
people-panel-heading = Člani panela ({ $count })
people-panel-add = Dodaj člana panela
people-panel-row = član panela { $number }
people-facilitator-count = { $count ->
    [one] { $count } moderator
    [two] { $count } moderatorja
    [few] { $count } moderatorji
   *[other] { $count } moderatorjev
}
people-facilitator-heading = Moderatorji ({ $count })
people-facilitator-add = Dodaj moderatorja
people-facilitator-row = moderator { $number }
people-observer-count = { $count ->
    [one] { $count } opazovalec
    [two] { $count } opazovalca
    [few] { $count } opazovalci
   *[other] { $count } opazovalcev
}
people-observer-heading = Opazovalci ({ $count })
people-observer-add = Dodaj opazovalca
people-observer-row = opazovalec { $number }
people-respondent-count = { $count ->
    [one] { $count } anketiranec
    [two] { $count } anketiranca
    [few] { $count } anketiranci
   *[other] { $count } anketirancev
}
people-respondent-heading = Anketiranci ({ $count })
people-respondent-add = Dodaj anketiranca
people-respondent-row = anketiranec { $number }

## Podporni seznami. `kind` je knowledge, behaviour, tool ali trend.
list-title = { $kind ->
    [knowledge] Splošno znanje in spretnosti
    [behaviour] Vedenje delavca
    [tool] Orodja, oprema in material
   *[trend] Prihodnji trendi in skrbi
} ({ $number })
list-none = { $kind ->
    [knowledge] Še ni znanja ali spretnosti.
    [behaviour] Še ni vedenja.
    [tool] Še ni orodja ali materiala.
   *[trend] Še ni trenda ali skrbi.
}
list-add = { $kind ->
    [knowledge] Dodaj znanje ali spretnost
    [behaviour] Dodaj vedenje
    [tool] Dodaj orodje ali material
   *[trend] Dodaj trend ali skrb
}
list-item = { $kind ->
    [knowledge] Znanje ali spretnost
    [behaviour] Vedenje
    [tool] Orodje ali material
   *[trend] Trend ali skrb
} { $number }
list-row = { $kind ->
    [knowledge] znanje ali spretnost
    [behaviour] vedenje
    [tool] orodje ali material
   *[trend] trend ali skrb
} { $number }
## Naslov seznama v drugem sporočilu (spor, opozorilo o dolgem besedilu).
list-name = { $kind ->
    [knowledge] Splošno znanje in spretnosti
    [behaviour] Vedenje delavca
    [tool] Orodja, oprema in material
   *[trend] Prihodnji trendi in skrbi
}
acronyms-title = Kratice ({ $count })
acronyms-none = Še ni kratic.
acronyms-add = Dodaj kratico
acronym-term = Kratica { $number }
acronym-term-hint = npr. CPT
acronym-meaning = Pomen kratice { $number }
acronym-meaning-hint = Kaj pomeni
acronym-row = kratica { $number }

## Preverjanje.
verify-no-tasks = Še ni nalog za ocenjevanje: najprej sestavite karto.
verify-no-raters = Še ni ocenjevalcev: dodajte člane panela ali anketirance v pogledu Seja.
verify-rater = Ocenjevalec:
verify-rater-done = { $name } (ocenjeno { $count })
verify-priority-index = Indeks prioritete:
verify-formula-if = Pomembnost × pogostost
verify-formula-ifd = Pomembnost × pogostost × zahtevnost
formula-if = povprečna pomembnost × povprečna pogostost (1–25)
formula-ifd = povprečna pomembnost × povprečna pogostost × povprečna zahtevnost (1–125)
verify-sort = Razvrsti po prioriteti
verify-keys = Vpišite 1–5 za pomembnost, pogostost in zahtevnost, y ali n za usposabljanje; kazalec se premakne sam.
verify-code = Koda
verify-task = Naloga
verify-i = P
verify-f = Pg
verify-d = Z
verify-train-short = Usp.
verify-train-keys = y = treba usposobiti, n = ni treba
verify-priority = Prioriteta
verify-raters = Ocenjevalci
verify-importance = Pomembnost
verify-frequency = Pogostost
verify-difficulty = Zahtevnost
verify-train = Usposabljanje
verify-train-percent = Usposab. %
verify-stat-tip = Povprečje ± standardni odklon vseh ocenjevalcev; oranžno, ko se ocenjevalci močno razhajajo (razpon 3 točk ali standardni odklon 1,2 ali več)
verify-cell = { $field } za { $code }, ocenjuje { $rater }
verify-anchor-importance-1 = Ni pomembno
verify-anchor-importance-2 = Nekoliko pomembno
verify-anchor-importance-3 = Pomembno
verify-anchor-importance-4 = Zelo pomembno
verify-anchor-importance-5 = Ključno
verify-anchor-frequency-1 = Letno ali redkeje
verify-anchor-frequency-2 = Mesečno
verify-anchor-frequency-3 = Tedensko
verify-anchor-frequency-4 = Dnevno
verify-anchor-frequency-5 = Večkrat na dan
verify-anchor-difficulty-1 = Zelo lahko
verify-anchor-difficulty-2 = Lahko
verify-anchor-difficulty-3 = Srednje
verify-anchor-difficulty-4 = Težko
verify-anchor-difficulty-5 = Zelo težko

## Translate view
view-translate = Prevod
translate-choose = Izberite ciljni jezik: vpišite njegovo kodo (cs, de, ro, de-AT …) in pritisnite Dodaj jezik.
translate-show = Prikaži:
translate-filter-all = Vse
translate-filter-missing = Manjka
translate-filter-stale = Zastarelo
translate-filter-draft = Osnutek
translate-from = Iz jezika { $language } v
translate-no-translations-yet = { $language } (še brez prevodov)
translate-add-hint = nov: cs, de-AT …
translate-new-language = Koda novega jezika
translate-add = Dodaj jezik
translate-add-invalid = koda jezika, npr. cs ali de-AT, ne delovni jezik
translate-progress = Naloge v jeziku { $language }: { $done } od { $tasks } · besedila: { $texts-done } od { $texts } · zastarelo: { $stale } · osnutki: { $drafts }
translate-no-texts = Ta seja še nima besedil.
translate-none-in-state = V tem stanju ni nobenega besedila.
translate-code = Koda
translate-source = Izvirnik ({ $language })
translate-target = Prevod ({ $language })
translate-state = Stanje
translate-field = Prevod: { $what }
translate-state-missing = manjka
translate-state-missing-tip = Še ni prevedeno: poročila pokažejo izvirno besedilo, označeno.
translate-state-stale = zastarelo
translate-state-stale-tip = Izvirnik se je po prevodu spremenil: preverite prevod in ga označite kot pregledan.
translate-state-draft = osnutek
translate-state-draft-tip = Prevedeno, še ne pregledano.
translate-state-reviewed = pregledano
translate-state-reviewed-tip = Prevedeno in preverjeno glede na sedanji izvirnik.
translate-mark-reviewed = Označi kot pregledano
translate-mark-reviewed-tip = Prevod ustreza izvirniku, kot se glasi zdaj.
translate-kind-duty = Področje dela
translate-kind-task = Naloga
translate-kind-list-item = Postavka seznama
translate-kind-acronym = Pomen kratice
translate-kind-driver = Gonilo sprememb
translate-kind-driver-description = Opis gonila sprememb
translate-kind-pole = Pol osi
translate-kind-rationale = Utemeljitev osi
translate-kind-scenario-name = Ime scenarija
translate-kind-scenario-narrative = Opis scenarija

## File › Translations
menu-translations = Prevodi
cmd-export-translations = Izvozi za prevajalce…
cmd-export-translations-tip = Zapiši besedila in njihove prevode v jezik pogleda Prevod kot XLIFF (za orodja CAT) ali kot obrazec za preglednico (.xlsx ali .csv); odloči končnica imena datoteke
cmd-import-translations = Uvozi prevode…
cmd-import-translations-tip = Vrni datoteko XLIFF ali obrazec (.xlsx ali .csv) prevajalca v sejo; če je katera enota napačna, se ne uvozi nič
files-export-translations = Izvozi za prevajalce
files-import-translations = Uvozi prevode
files-kind-translations = XLIFF ali obrazec (Excel, CSV)
error-no-translation-language = Najprej izberite jezik
error-no-translation-language-text = V pogledu Prevod dodajte ali izberite ciljni jezik, nato znova izvozite.
notice-translations-imported = Prevodi uvoženi
notice-translations-imported-text = Prevodi v jezik { $language }: uvoženih { $imported }, nespremenjenih { $unchanged }, praznih { $empty }. Razveljavi vrne celoten uvoz.
notice-translations-source-changed = Izvirnik za { $codes } se je od nastanka datoteke spremenil: uvoženo kot osnutek, prikazano kot zastarelo.

## Display language (View › Texts in): the board, the lists and the PESTLE views in a language the session holds
menu-texts-in = Besedila v jeziku
menu-texts-in-working = { $language } (delovni jezik)
status-texts-in = Besedila v jeziku { $language }
status-texts-in-tip = Tabla, seznami in pogledi PESTLE kažejo ta jezik; kar tam vtipkate, spremeni prevod. Pogled › Besedila v jeziku preklopi nazaj.
texts-in-fallback-tip = Še ni prevedeno: besedilo v jeziku { $language }, delovnem jeziku.
texts-in-stale = zastarelo
texts-in-stale-tip = Izvirno besedilo se je po prevodu spremenilo: preverite ga v pogledu Prevod.
board-translating = Tipkanje spreminja prevod v jezik { $language }. Preverjanje izjav je prikazano le v delovnem jeziku.
