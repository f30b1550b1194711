## Textele fixe ale rapoartelor PDF (crates/dacum-export).

report-chart = Harta DACUM
report-profile = Profilul competențelor
report-pestle = Raportul PESTLE și scenariile
report-chart-header = Harta DACUM — { $occupation }
report-profile-header = Profilul competențelor — { $occupation }
report-pestle-header = Raportul PESTLE și scenariile — { $occupation }
report-chart-subtitle = Harta DACUM pentru { $occupation }
report-profile-subtitle = Profilul competențelor pentru { $occupation }
report-pestle-subtitle = Factori de schimbare și scenarii pentru { $occupation }
report-the-occupation = ocupație
report-all-title = { $occupation } — harta DACUM, profilul competențelor și raportul PESTLE
report-keyword-scenarios = scenarii

report-page-of = Pagina { $page } din { $pages }
report-personal-data = Conține date personale: numele membrilor panelului și ale participanților.
report-stakeholder-copy = Copie pentru părțile interesate: fără nume de persoane.

report-fact-date = Data
report-fact-venue = Locul
report-fact-produced-for = Pentru
report-fact-produced-by = Realizat de
report-fact-workshop = Atelier
report-fact-language = Limba
report-month = { $month ->
    [1] ianuarie
    [2] februarie
    [3] martie
    [4] aprilie
    [5] mai
    [6] iunie
    [7] iulie
    [8] august
    [9] septembrie
    [10] octombrie
    [11] noiembrie
   *[12] decembrie
}
report-date = { $day } { $month } { $year }
report-date-days = { $from }–{ $to } { $month } { $year }
report-date-months = { $from } { $from-month } – { $to } { $to-month } { $year }
report-decimal-mark = ,
report-and = { $first } și { $last }

report-duties-and-tasks = Atribuții și sarcini
report-no-duties = Nu a fost scrisă încă nicio atribuție.
report-no-tasks = Nicio sarcină încă.
report-continued = (continuare)
report-supporting-lists = Liste complementare
report-list = { $kind ->
    [knowledge] Cunoștințe și abilități generale
    [behaviour] Comportamente ale lucrătorului
    [tool] Unelte, echipamente și materiale
    [trend] Tendințe și preocupări de viitor
   *[acronyms] Acronime
}
report-list-continued = { $list } (continuare)
report-panel-bookmark = Panelul și facilitatorii
report-panel-heading = Panelul DACUM și facilitatorii
report-column-name = Nume
report-column-role = Rol
report-column-job-title = Funcția
report-column-organisation = Organizația
report-column-country = Țara
report-column-years = Ani de experiență
report-role = { $role ->
    [panel] Membru al panelului
    [facilitator] Facilitator
    [observer] Observator
   *[respondent] Respondent
}
report-anonymous-panel = { $count ->
    [one] Numele persoanelor sunt omise în această copie. Panelul: { $count } lucrător experimentat
    [few] Numele persoanelor sunt omise în această copie. Panelul: { $count } lucrători experimentați
   *[other] Numele persoanelor sunt omise în această copie. Panelul: { $count } de lucrători experimentați
}
report-anonymous-countries = din { $countries }
report-anonymous-years = cu { $min } până la { $max } ani de experiență
report-anonymous-facilitators = { $count ->
    [one] Facilitat de { $count } facilitator.
    [few] Facilitat de { $count } facilitatori.
   *[other] Facilitat de { $count } de facilitatori.
}

report-shared-added = adăugată după fuzionare
report-shared-all = toate { $count }
report-shared-some = { $held } din { $count }
report-shared-other-wordings = { $count ->
    [one] { $count } altă formulare
    [few] { $count } alte formulări
   *[other] { $count } de alte formulări
}
report-sharing-key = Consolidat din sesiunile: { $count } ({ $labels }). { $place ->
    [chart] Rândul mic de la baza fiecărei casete de sarcină
   *[profile] Coloana „Comună cu”
} arată câte dintre ele conțin sarcina și care („toate” când o conțin toate), iar „altă formulare” unde sesiunile formulează sarcina diferit și coordonatorul nu a decis încă; sesiunile fuzionate sunt enumerate la „Sesiuni fuzionate”.
report-merged-sessions = Sesiuni fuzionate
report-column-label = Etichetă
report-column-workshop = Atelier
report-column-language = Limba
report-column-dates = Date
report-column-tasks = Sarcini
report-summary = Din cele { $tasks } sarcini: { $parts }.
report-summary-all = { $count } în toate cele { $sessions } sesiuni
report-summary-part = { $count } { $place ->
    [most] în mai mult de jumătate dintre ele
    [some] în două sau mai multe, dar cel mult jumătate
    [single] într-o singură sesiune
   *[added] adăugate după fuzionare
}
report-summary-open = Diferențe încă deschise între sesiuni: { $count }. Unde sesiunile diferă, rapoartele arată valoarea pe care o au cele mai multe.
report-also-written-as = Alte grafii
report-also-written-as-line = { $field } pentru { $element }: scris și ca { $wordings }.

report-profile-introduction = Acest profil cuprinde { $duties ->
    [one] { $duties } atribuție
    [few] { $duties } atribuții
   *[other] { $duties } de atribuții
} și { $tasks ->
    [one] { $tasks } sarcină
    [few] { $tasks } sarcini
   *[other] { $tasks } de sarcini
} din harta DACUM.
report-not-verified = Sarcinile nu au fost încă verificate.
report-verified = { $raters ->
    [one] { $raters } evaluator a verificat sarcini: { $tasks }.
    [few] { $raters } evaluatori au verificat sarcini: { $tasks }.
   *[other] { $raters } de evaluatori au verificat sarcini: { $tasks }.
}
report-priority-formula = Indicele de prioritate este { $formula ->
    [if] importanța medie × frecvența medie (1–25)
   *[ifd] importanța medie × frecvența medie × dificultatea medie (1–125)
}.
report-ratings-key = Importanța, frecvența și dificultatea sunt medii pe scale de la 1 la 5, urmate de abaterea standard (±); ▲ marchează un dezacord puternic între evaluatori (o diferență de trei puncte sau mai mult ori o abatere standard de cel puțin 1,2). Instruire? este recomandarea evaluatorilor: Da când cei mai mulți dintre cei care au răspuns consideră că sarcina trebuie inclusă în instruire (răspunsuri da / răspunsuri). Decizia privind instruirea le aparține celor care elaborează curriculumul.
report-most-critical = Sarcinile cele mai importante
report-most-critical-intro = { $count ->
    [one] { $count } sarcină cu cel mai mare indice de prioritate: de aici poate porni un curriculum.
    [few] Cele { $count } sarcini cu cel mai mare indice de prioritate: de aici poate porni un curriculum.
   *[other] Cele { $count } de sarcini cu cel mai mare indice de prioritate: de aici poate porni un curriculum.
}
report-column-rank = Loc
report-column-code = Cod
report-column-task = Sarcină
report-column-shared-by = Comună cu
report-column-importance = Importanță
report-column-frequency = Frecvență
report-column-difficulty = Dificultate
report-column-priority = Prioritate
report-column-train = Instruire?
report-train-verdict = { $verdict ->
    [yes] Da
    [split] Egal
   *[no] Nu
}

report-no-drivers = În această sesiune nu au fost identificați factori de schimbare.
report-pestle-introduction = Participanții ({ $participants }) au evaluat { $drivers ->
    [one] { $drivers } factor
    [few] { $drivers } factori
   *[other] { $drivers } de factori
} de schimbare după incertitudine (cât de imprevizibil este viitorul lor) și impact (cât de mult ar schimba munca), fiecare pe o scară de la 1 la 5. Fiecare vot este păstrat: tabelele arată media și abaterea standard, iar ▲ marchează factorii asupra cărora participanții au păreri foarte diferite.
report-participants = Participanți: { $names }.
report-participants-withheld = Numele participanților sunt omise în această copie.
report-drivers-by-category = Factori pe categorii
report-column-number = Nr.
report-column-driver = Factor
report-column-description = Descriere
report-column-uncertainty = Incertitudine
report-column-impact = Impact
report-column-zone = Zonă
report-not-scored = Neevaluat
report-matrix = Matricea incertitudine–impact
report-matrix-x-axis = Incertitudine (scor mediu, 1–5) →
report-matrix-y-axis = ↑ Impact (scor mediu, 1–5)
report-matrix-ring = Un cerc în jurul unui punct marchează un dezacord puternic între participanți.
report-matrix-legend-entry = { $number }. { $driver } (Inc. { $uncertainty }, Imp. { $impact })
report-matrix-not-scored = Încă neevaluați: { $drivers }
report-matrix-legend-intro = Factorii ale căror nume nu au încăput lângă punct:
report-matrix-legend-later = Factorii ale căror nume nu au încăput lângă punct sunt enumerați pe pagina următoare.
report-matrix-legend = Legenda matricei incertitudine–impact
report-scenario-matrix = Matricea scenariilor
report-axes = Axele de incertitudine
report-no-axes = Nu a fost aleasă încă nicio axă.
report-axis-heading = { $direction ->
    [horizontal] Axa orizontală
   *[vertical] Axa verticală
}: { $subject }
report-axis-group = { $group } (factori înrudiți: { $drivers })
report-axis-gone = un factor care nu mai este în sesiune
report-axis-poles = { $direction ->
    [horizontal] De la „{ $low }” (stânga) la „{ $high }” (dreapta).
   *[vertical] De la „{ $low }” (jos) la „{ $high }” (sus).
}
report-scenarios-in-full = Scenariile complete
report-no-scenario = Niciun scenariu scris pentru acest cadran.
report-competencies-required = Competențe necesare:
report-narrative-later = Textul complet urmează după această matrice.
report-requires = Necesită: { $what }
report-requires-items = { $count ->
    [one] { $count } element din listele complementare
    [few] { $count } elemente din listele complementare
   *[other] { $count } de elemente din listele complementare
}
report-future-requires = Competențele pe care le cere acest viitor:

## Raportul de verificare: ce au spus respondenții unui sondaj despre hartă.
report-verification = Raport de verificare
report-verification-header = Raport de verificare — { $occupation }
report-verification-subtitle = Sondajul de verificare a profilului ocupațional: { $occupation }
report-keyword-survey = sondaj de verificare
report-verification-note = Fără nume de persoane: respondenții apar doar prin coduri, evaluatorii panelului doar prin numere.
report-fact-survey = Sondaj
report-fact-respondents = Respondenți
report-fact-weighting = Ponderare
report-round-dates = { $round } ({ $dates })
report-respondents-in-countries = { $respondents } din { $countries ->
    [one] { $countries } țară
    [few] { $countries } țări
   *[other] { $countries } de țări
}
report-weighting = { $weighting ->
    [per-respondent] fiecare respondent are aceeași pondere
   *[per-country] fiecare țară are aceeași pondere
}
report-weighting-note = { $weighting ->
    [per-respondent] Cifrele cumulate dau aceeași pondere fiecărui respondent, deci o țară cu mai mulți respondenți cântărește mai mult.
   *[per-country] Cifrele cumulate dau aceeași pondere fiecărei țări, indiferent de numărul respondenților ei: o medie este media mediilor țărilor.
}
report-verification-introduction = { $respondents ->
    [one] { $respondents } respondent a răspuns
    [few] { $respondents } respondenți au răspuns
   *[other] { $respondents } de respondenți au răspuns
} despre sarcinile hărții ({ $tasks }): dacă le efectuează, cât de importante, frecvente și dificile sunt pe scale de la 1 la 5 și dacă personalul nou ar trebui instruit pentru ele.
report-no-survey-answers = Nu a fost importat încă niciun răspuns la sondaj.
report-removed-tasks = Sarcini despre care s-a întrebat în sondaj, dar care nu mai sunt în hartă: { $count }. Răspunsurile lor rămân în sesiune, dar nu sunt prezentate aici.
report-percent = { $value } %
report-responses = Cine a răspuns
report-level = { $level ->
    [job-holder] Angajați
    [supervisor] Șefi direcți
    [trainer] Formatori
    [manager] Manageri
   *[none] Nespecificat
}
report-no-country = Nespecificată
report-column-total = Total
report-warning-majority = Din { $country } vin { $respondents } din totalul răspunsurilor ({ $total }), peste jumătate: cifrele cumulate înclină spre { $country }.
report-warning-few = { $country } are puțini respondenți ({ $respondents }), sub pragul de { $minimum }: cifrele proprii ale acestei țări sunt nesigure.
report-warning-level-absent = Niciun respondent nu este { $level ->
    [job-holder] angajat
    [supervisor] șef direct
    [trainer] formator
   *[manager] manager
}.
report-warning-no-country = Respondenți care nu și-au indicat țara: { $respondents }.
report-distribution-even = Nicio țară nu a dat peste jumătate din răspunsuri și fiecare țară atinge pragul minim de respondenți ({ $minimum }).
report-ranked-tasks = Sarcini după prioritate
report-ranked-key = n este numărul respondenților care au răspuns despre o sarcină; Efectuează este proporția celor care o efectuează; importanța, frecvența și dificultatea sunt medii pe scalele 1–5, cu abaterea standard (±); Instruire este proporția celor care spun că personalul nou ar trebui instruit pentru ea. Sarcinile pe care nu le-a evaluat nimeni sunt la sfârșit, în ordinea hărții.
report-column-n = n
report-column-perform = Efectuează
report-column-train-share = Instruire
report-dot-plots = Importanța pe atribuții
report-dot-plot-key = Punctul este importanța medie a sarcinii în sondaj, iar linia prin el se întinde cu o abatere standard de fiecare parte; cercul gol este media panelului; n este numărul respondenților care au evaluat importanța sarcinii.
report-divergences = Divergențe
report-level-gaps = Șefi direcți și angajați
report-level-gaps-intro = Sarcini a căror importanță medie diferă între șefii direcți și angajați cu { $gap } sau mai mult, fiecare parte având minimum { $n } evaluări: DOE-HDBK-1078 cere ca astfel de diferențe să fie cercetate. Medii cu abaterea standard, în paranteză numărul de evaluări.
report-no-level-gaps = La nicio sarcină șefii direcți și angajații nu diferă în importanța medie cu { $gap } sau mai mult (acolo unde fiecare parte are minimum { $n } evaluări).
report-column-supervisors = Șefi direcți
report-column-job-holders = Angajați
report-column-difference = Diferență
report-country-gaps = Țări
report-country-gaps-intro = Sarcini pe care o țară le clasează, după importanța medie, departe de locul dat de celelalte țări împreună: la { $share } din sarcinile clasate sau mai mult, fiecare parte având minimum { $n } evaluări.
report-no-country-gaps = Nicio țară nu clasează o sarcină atât de departe de celelalte țări.
report-column-rank-there = Loc acolo
report-column-rank-elsewhere = Loc în rest
report-column-mean-there = Medie acolo
report-column-mean-elsewhere = Medie în rest
report-rank-of = { $rank } din { $ranked }
report-panel-vs-survey = Panel și sondaj
report-panel-vs-survey-intro = Evaluările proprii ale panelului atelierului (evaluatori: { $raters }) alături de cele ale sondajului: importanța medie cu abaterea standard, diferența (sondaj − panel) și locul după importanța medie de fiecare parte.
report-no-panel-ratings = Panelul nu a evaluat sarcinile, deci sondajul nu are cu ce fi comparat.
report-column-panel = Panel
report-column-survey = Sondaj
report-column-panel-rank = Loc panel
report-column-survey-rank = Loc sondaj
report-suggested-tasks = Sarcini propuse
report-suggested-intro = Sarcini care, după respondenți, lipsesc din hartă ({ $count }), pe atribuții; formulările asemănătoare sunt grupate.
report-no-suggestions = Niciun respondent nu a propus o sarcină lipsă.
report-column-duty = Atribuție
report-column-suggested-task = Sarcină propusă
report-column-suggested-by = Propusă de
report-column-decision = Decizie
report-decision = { $decision ->
    [open] Deschisă
    [accepted] Adăugată ca { $code }
   *[rejected] Neadăugată: { $reason }
}
report-similar = Asemănătoare: { $statements }
report-no-duty = Atribuție nespecificată
report-anonymous = anonim
