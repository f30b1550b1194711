## Τα σταθερά κείμενα των αναφορών PDF (crates/dacum-export).

report-chart = Χάρτης DACUM
report-profile = Προφίλ ικανοτήτων
report-pestle = Αναφορά PESTLE και σεναρίων
report-chart-header = Χάρτης DACUM — { $occupation }
report-profile-header = Προφίλ ικανοτήτων — { $occupation }
report-pestle-header = Αναφορά PESTLE και σεναρίων — { $occupation }
report-chart-subtitle = Χάρτης DACUM: { $occupation }
report-profile-subtitle = Προφίλ ικανοτήτων: { $occupation }
report-pestle-subtitle = Παράγοντες αλλαγής και σενάρια: { $occupation }
report-the-occupation = το επάγγελμα
report-all-title = { $occupation } — χάρτης DACUM, προφίλ ικανοτήτων και αναφορά PESTLE
report-keyword-scenarios = σενάρια

report-page-of = Σελίδα { $page } από { $pages }
report-personal-data = Περιέχει προσωπικά δεδομένα: τα ονόματα της ομάδας και των συμμετεχόντων.
report-stakeholder-copy = Αντίγραφο για ενδιαφερόμενους: χωρίς ονόματα προσώπων.

report-fact-date = Ημερομηνία
report-fact-venue = Τόπος
report-fact-produced-for = Για
report-fact-produced-by = Εκπόνηση
report-fact-workshop = Εργαστήριο
report-fact-language = Γλώσσα
report-month = { $month ->
    [1] Ιανουαρίου
    [2] Φεβρουαρίου
    [3] Μαρτίου
    [4] Απριλίου
    [5] Μαΐου
    [6] Ιουνίου
    [7] Ιουλίου
    [8] Αυγούστου
    [9] Σεπτεμβρίου
    [10] Οκτωβρίου
    [11] Νοεμβρίου
   *[12] Δεκεμβρίου
}
report-date = { $day } { $month } { $year }
report-date-days = { $from }–{ $to } { $month } { $year }
report-date-months = { $from } { $from-month } – { $to } { $to-month } { $year }
report-decimal-mark = ,
report-and = { $first } και { $last }

report-duties-and-tasks = Καθήκοντα και εργασίες
report-no-duties = Δεν έχουν γραφτεί ακόμη καθήκοντα.
report-no-tasks = Καμία εργασία ακόμη.
report-continued = (συνέχεια)
report-supporting-lists = Συμπληρωματικοί κατάλογοι
report-list = { $kind ->
    [knowledge] Γενικές γνώσεις και δεξιότητες
    [behaviour] Συμπεριφορές εργαζομένου
    [tool] Εργαλεία, εξοπλισμός και υλικά
    [trend] Μελλοντικές τάσεις και ανησυχίες
   *[acronyms] Ακρωνύμια
}
report-list-continued = { $list } (συνέχεια)
report-panel-bookmark = Ομάδα και συντονιστές
report-panel-heading = Ομάδα DACUM και συντονιστές
report-column-name = Όνομα
report-column-role = Ρόλος
report-column-job-title = Θέση
report-column-organisation = Φορέας
report-column-country = Χώρα
report-column-years = Έτη εμπειρίας
report-role = { $role ->
    [panel] Μέλος ομάδας
    [facilitator] Συντονιστής
    [observer] Παρατηρητής
   *[respondent] Ερωτώμενος
}
report-anonymous-panel = { $count ->
    [one] Τα ονόματα προσώπων παραλείπονται σε αυτό το αντίγραφο. Η ομάδα: { $count } έμπειρος εργαζόμενος
   *[other] Τα ονόματα προσώπων παραλείπονται σε αυτό το αντίγραφο. Η ομάδα: { $count } έμπειροι εργαζόμενοι
}
report-anonymous-countries = από { $countries }
report-anonymous-years = με { $min } έως { $max } έτη εμπειρίας
report-anonymous-facilitators = { $count ->
    [one] Συντονισμός από { $count } συντονιστή.
   *[other] Συντονισμός από { $count } συντονιστές.
}

report-shared-added = προστέθηκε μετά τη συγχώνευση
report-shared-all = και οι { $count }
report-shared-some = { $held } από { $count }
report-shared-other-wordings = { $count ->
    [one] { $count } άλλη διατύπωση
   *[other] { $count } άλλες διατυπώσεις
}
report-sharing-key = Συγχώνευση { $count } συνεδριών ({ $labels }). { $place ->
    [chart] Η μικρή γραμμή στο κάτω μέρος κάθε πλαισίου εργασίας
   *[profile] Η στήλη «Κοινό με»
} δείχνει πόσες από αυτές περιέχουν την εργασία και ποιες («και οι», όταν την περιέχουν όλες), και «άλλη διατύπωση» όπου οι συνεδρίες διατυπώνουν μια εργασία διαφορετικά και ο συντονιστής δεν έχει ακόμη αποφασίσει· οι συνεδρίες αναφέρονται στην ενότητα «Συγχωνευμένες συνεδρίες».
report-merged-sessions = Συγχωνευμένες συνεδρίες
report-column-label = Σήμανση
report-column-workshop = Εργαστήριο
report-column-language = Γλώσσα
report-column-dates = Ημερομηνίες
report-column-tasks = Εργασίες
report-summary = Από τις { $tasks } εργασίες: { $parts }.
report-summary-all = { $count } σε όλες τις { $sessions } συνεδρίες
report-summary-part = { $count } { $place ->
    [most] σε περισσότερες από τις μισές
    [some] σε δύο ή περισσότερες, αλλά όχι πάνω από τις μισές
    [single] σε μία μόνο συνεδρία
   *[added] προστέθηκαν μετά τη συγχώνευση
}
report-summary-open = Ανοιχτές ακόμη διαφορές μεταξύ των συνεδριών: { $count }. Όπου οι συνεδρίες διαφωνούν, οι αναφορές δείχνουν την τιμή που έχουν οι περισσότερες.
report-also-written-as = Άλλες γραφές
report-also-written-as-line = { $field } – { $element }: γράφεται και ως { $wordings }.

report-profile-introduction = Το προφίλ αυτό περιλαμβάνει { $duties ->
    [one] { $duties } καθήκον
   *[other] { $duties } καθήκοντα
} και { $tasks ->
    [one] { $tasks } εργασία
   *[other] { $tasks } εργασίες
} του χάρτη DACUM.
report-not-verified = Οι εργασίες δεν έχουν επαληθευτεί ακόμη.
report-verified = { $raters ->
    [one] { $raters } αξιολογητής επαλήθευσε { $tasks } από τις εργασίες.
   *[other] { $raters } αξιολογητές επαλήθευσαν { $tasks } από τις εργασίες.
}
report-priority-formula = Ο δείκτης προτεραιότητας είναι { $formula ->
    [if] μέση σημασία × μέση συχνότητα (1–25)
   *[ifd] μέση σημασία × μέση συχνότητα × μέση δυσκολία (1–125)
}.
report-ratings-key = Σημασία, συχνότητα και δυσκολία είναι μέσοι όροι σε κλίμακες 1–5, και ακολουθεί η τυπική απόκλιση (±)· το ▲ δηλώνει έντονη διαφωνία των αξιολογητών (εύρος τριών μονάδων ή περισσότερο, ή τυπική απόκλιση 1,2 ή περισσότερο). Κατάρτιση; είναι η σύσταση των αξιολογητών: Ναι, όταν οι περισσότεροι από όσους απάντησαν θεωρούν ότι η εργασία πρέπει να διδαχθεί (ναι / απαντήσεις). Η απόφαση για την κατάρτιση ανήκει σε όσους σχεδιάζουν το πρόγραμμα σπουδών.
report-most-critical = Οι σημαντικότερες εργασίες
report-most-critical-intro = { $count ->
    [one] Η { $count } εργασία με τον υψηλότερο δείκτη προτεραιότητας: από εδώ μπορεί να ξεκινήσει ένα πρόγραμμα σπουδών.
   *[other] Οι { $count } εργασίες με τον υψηλότερο δείκτη προτεραιότητας: από εδώ μπορεί να ξεκινήσει ένα πρόγραμμα σπουδών.
}
report-column-rank = Θέση
report-column-code = Κωδ.
report-column-task = Εργασία
report-column-shared-by = Κοινό με
report-column-importance = Σημασία
report-column-frequency = Συχνότητα
report-column-difficulty = Δυσκολία
report-column-priority = Προτερ.
report-column-train = Κατάρτιση;
report-train-verdict = { $verdict ->
    [yes] Ναι
    [split] Ισοψηφία
   *[no] Όχι
}

report-no-drivers = Σε αυτή τη συνεδρία δεν έχουν καταγραφεί παράγοντες αλλαγής.
report-pestle-introduction = { $participants ->
    [one] { $participants } συμμετέχων βαθμολόγησε
   *[other] { $participants } συμμετέχοντες βαθμολόγησαν
} { $drivers ->
    [one] { $drivers } παράγοντα
   *[other] { $drivers } παράγοντες
} αλλαγής ως προς την αβεβαιότητα (πόσο απρόβλεπτο είναι το μέλλον τους) και την επίδραση (πόσο έντονα θα άλλαζαν την εργασία), σε κλίμακα από 1 έως 5. Κάθε ψήφος διατηρείται: οι πίνακες δείχνουν τον μέσο όρο και την τυπική απόκλιση, και το ▲ σημειώνει παράγοντες για τους οποίους οι συμμετέχοντες διαφωνούν έντονα.
report-participants = Συμμετέχοντες: { $names }.
report-participants-withheld = Τα ονόματα των συμμετεχόντων παραλείπονται σε αυτό το αντίγραφο.
report-drivers-by-category = Παράγοντες ανά κατηγορία
report-column-number = Α/Α
report-column-driver = Παράγοντας
report-column-description = Περιγραφή
report-column-uncertainty = Αβεβαιότητα
report-column-impact = Επίδραση
report-column-zone = Ζώνη
report-not-scored = Χωρίς βαθμό
report-matrix = Πίνακας αβεβαιότητας–επίδρασης
report-matrix-x-axis = Αβεβαιότητα (μέση βαθμολογία, 1–5) →
report-matrix-y-axis = ↑ Επίδραση (μέση βαθμολογία, 1–5)
report-matrix-ring = Ένας κύκλος γύρω από μια κουκκίδα δηλώνει έντονη διαφωνία των συμμετεχόντων.
report-matrix-legend-entry = { $number }. { $driver } (Α { $uncertainty }, Ε { $impact })
report-matrix-not-scored = Χωρίς βαθμολογία ακόμη: { $drivers }
report-matrix-legend-intro = Παράγοντες των οποίων το όνομα δεν χώρεσε δίπλα στην κουκκίδα:
report-matrix-legend-later = Οι παράγοντες των οποίων το όνομα δεν χώρεσε δίπλα στην κουκκίδα αναφέρονται στην επόμενη σελίδα.
report-matrix-legend = Υπόμνημα του πίνακα αβεβαιότητας–επίδρασης
report-scenario-matrix = Πίνακας σεναρίων
report-axes = Άξονες αβεβαιότητας
report-no-axes = Δεν έχουν επιλεγεί ακόμη άξονες.
report-axis-heading = { $direction ->
    [horizontal] Οριζόντιος άξονας
   *[vertical] Κατακόρυφος άξονας
}: { $subject }
report-axis-group = { $group } (σχετικοί παράγοντες: { $drivers })
report-axis-gone = ένας παράγοντας που δεν υπάρχει πια στη συνεδρία
report-axis-poles = { $direction ->
    [horizontal] Από «{ $low }» (αριστερά) έως «{ $high }» (δεξιά).
   *[vertical] Από «{ $low }» (κάτω) έως «{ $high }» (πάνω).
}
report-scenarios-in-full = Τα σενάρια αναλυτικά
report-no-scenario = Δεν έχει γραφτεί σενάριο για αυτό το τεταρτημόριο.
report-competencies-required = Απαιτούμενες ικανότητες:
report-narrative-later = Το πλήρες κείμενο ακολουθεί μετά τον πίνακα.
report-requires = Απαιτεί: { $what }
report-requires-items = { $count ->
    [one] { $count } στοιχείο των συμπληρωματικών καταλόγων
   *[other] { $count } στοιχεία των συμπληρωματικών καταλόγων
}
report-future-requires = Ικανότητες που απαιτεί αυτό το μέλλον:

## Η έκθεση επαλήθευσης: τι είπαν οι ερωτώμενοι μιας έρευνας για τον χάρτη.
report-verification = Έκθεση επαλήθευσης
report-verification-header = Έκθεση επαλήθευσης — { $occupation }
report-verification-subtitle = Έρευνα επαλήθευσης του επαγγελματικού προφίλ: { $occupation }
report-keyword-survey = έρευνα επαλήθευσης
report-verification-note = Χωρίς ονόματα προσώπων: οι ερωτώμενοι αναφέρονται μόνο με κωδικό, οι αξιολογητές της ομάδας μόνο με αριθμό.
report-fact-survey = Έρευνα
report-fact-respondents = Ερωτώμενοι
report-fact-weighting = Στάθμιση
report-round-dates = { $round } ({ $dates })
report-respondents-in-countries = { $respondents } σε { $countries ->
    [one] { $countries } χώρα
   *[other] { $countries } χώρες
}
report-weighting = { $weighting ->
    [per-respondent] κάθε ερωτώμενος μετρά το ίδιο
   *[per-country] κάθε χώρα μετρά το ίδιο
}
report-weighting-note = { $weighting ->
    [per-respondent] Τα συγκεντρωτικά στοιχεία δίνουν το ίδιο βάρος σε κάθε ερωτώμενο, οπότε μια χώρα με περισσότερους ερωτώμενους βαραίνει περισσότερο.
   *[per-country] Τα συγκεντρωτικά στοιχεία δίνουν το ίδιο βάρος σε κάθε χώρα, όσοι κι αν είναι οι ερωτώμενοί της: ο μέσος όρος είναι ο μέσος όρος των μέσων όρων των χωρών.
}
report-verification-introduction = { $respondents ->
    [one] { $respondents } ερωτώμενος απάντησε
   *[other] { $respondents } ερωτώμενοι απάντησαν
} για { $tasks ->
    [one] την { $tasks } εργασία
   *[other] τις { $tasks } εργασίες
} του χάρτη: αν τις κάνουν, πόσο σημαντικές, συχνές και δύσκολες είναι σε κλίμακες από 1 έως 5 και αν το νέο προσωπικό πρέπει να εκπαιδεύεται σε αυτές.
report-no-survey-answers = Δεν έχουν εισαχθεί ακόμη απαντήσεις έρευνας.
report-removed-tasks = { $count ->
    [one] { $count } εργασία για την οποία ρώτησε η έρευνα δεν υπάρχει πια στον χάρτη: οι απαντήσεις της μένουν στη συνεδρία, αλλά δεν εμφανίζονται εδώ.
   *[other] { $count } εργασίες για τις οποίες ρώτησε η έρευνα δεν υπάρχουν πια στον χάρτη: οι απαντήσεις τους μένουν στη συνεδρία, αλλά δεν εμφανίζονται εδώ.
}
report-percent = { $value }%
report-responses = Ποιοι απάντησαν
report-level = { $level ->
    [job-holder] Εργαζόμενοι
    [supervisor] Προϊστάμενοι
    [trainer] Εκπαιδευτές
    [manager] Διευθυντικά στελέχη
   *[none] Δεν δηλώθηκε
}
report-no-country = Δεν δηλώθηκε
report-column-total = Σύνολο
report-warning-majority = Η χώρα { $country } έδωσε { $respondents } από τις { $total } απαντήσεις, πάνω από τις μισές: τα συγκεντρωτικά στοιχεία γέρνουν προς τη χώρα { $country }.
report-warning-few = Η χώρα { $country } έχει { $respondents ->
    [one] μόνο { $respondents } ερωτώμενο
   *[other] μόνο { $respondents } ερωτώμενους
}, λιγότερους από { $minimum }: τα δικά της στοιχεία είναι αβέβαια.
report-warning-level-absent = Κανένας ερωτώμενος δεν είναι { $level ->
    [job-holder] εργαζόμενος
    [supervisor] προϊστάμενος
    [trainer] εκπαιδευτής
   *[manager] διευθυντικό στέλεχος
}.
report-warning-no-country = { $respondents ->
    [one] { $respondents } ερωτώμενος δεν δήλωσε χώρα.
   *[other] { $respondents } ερωτώμενοι δεν δήλωσαν χώρα.
}
report-distribution-even = Καμία χώρα δεν έδωσε πάνω από τις μισές απαντήσεις και κάθε χώρα έχει τουλάχιστον { $minimum } ερωτώμενους.
report-ranked-tasks = Εργασίες κατά προτεραιότητα
report-ranked-key = n είναι ο αριθμός των ερωτώμενων που απάντησαν για μια εργασία· Την κάνουν είναι το ποσοστό όσων την κάνουν· σημασία, συχνότητα και δυσκολία είναι μέσοι όροι στις κλίμακες 1–5 με την τυπική απόκλιση (±)· Κατάρτιση είναι το ποσοστό όσων λένε ότι το νέο προσωπικό πρέπει να εκπαιδεύεται σε αυτήν. Οι εργασίες που δεν βαθμολόγησε κανείς είναι στο τέλος, με τη σειρά του χάρτη.
report-column-n = n
report-column-perform = Την κάνουν
report-column-train-share = Κατάρτιση
report-dot-plots = Σημασία ανά καθήκον
report-dot-plot-key = Η κουκκίδα είναι η μέση σημασία μιας εργασίας στην έρευνα και η γραμμή που περνά από αυτήν εκτείνεται μία τυπική απόκλιση προς κάθε πλευρά· ο κενός κύκλος είναι ο μέσος όρος της ομάδας· n είναι ο αριθμός των ερωτώμενων που βαθμολόγησαν τη σημασία της εργασίας.
report-divergences = Αποκλίσεις
report-level-gaps = Προϊστάμενοι και εργαζόμενοι
report-level-gaps-intro = Εργασίες των οποίων η μέση σημασία διαφέρει μεταξύ προϊσταμένων και εργαζομένων κατά { $gap } ή περισσότερο, με τουλάχιστον { $n } βαθμολογίες από κάθε πλευρά: το DOE-HDBK-1078 ζητά να διερευνώνται τέτοιες διαφορές. Μέσοι όροι με την τυπική απόκλιση και, σε παρένθεση, ο αριθμός των βαθμολογιών.
report-no-level-gaps = Σε καμία εργασία προϊστάμενοι και εργαζόμενοι δεν διαφέρουν κατά { $gap } ή περισσότερο στη μέση σημασία (όπου κάθε πλευρά έχει τουλάχιστον { $n } βαθμολογίες).
report-column-supervisors = Προϊστάμενοι
report-column-job-holders = Εργαζόμενοι
report-column-difference = Διαφορά
report-country-gaps = Χώρες
report-country-gaps-intro = Εργασίες που μια χώρα κατατάσσει, κατά μέση σημασία, μακριά από τη θέση όπου τις κατατάσσουν όλες μαζί οι άλλες χώρες: κατά { $share } των κατατασσόμενων εργασιών ή περισσότερο, με τουλάχιστον { $n } βαθμολογίες από κάθε πλευρά.
report-no-country-gaps = Καμία χώρα δεν κατατάσσει μια εργασία τόσο μακριά από τις άλλες χώρες.
report-column-rank-there = Θέση εκεί
report-column-rank-elsewhere = Θέση αλλού
report-column-mean-there = Μέσος εκεί
report-column-mean-elsewhere = Μέσος αλλού
report-rank-of = { $rank } από { $ranked }
report-panel-vs-survey = Ομάδα και έρευνα
report-panel-vs-survey-intro = Οι βαθμολογίες της ομάδας του εργαστηρίου ({ $raters ->
    [one] { $raters } αξιολογητής
   *[other] { $raters } αξιολογητές
}) δίπλα σε εκείνες της έρευνας: μέση σημασία με την τυπική απόκλιση, η διαφορά (έρευνα − ομάδα) και η θέση κάθε πλευράς κατά μέση σημασία.
report-no-panel-ratings = Η ομάδα δεν βαθμολόγησε τις εργασίες, οπότε η έρευνα δεν έχει με τι να συγκριθεί.
report-column-panel = Ομάδα
report-column-survey = Έρευνα
report-column-panel-rank = Θέση ομάδας
report-column-survey-rank = Θέση έρευνας
report-suggested-tasks = Προτεινόμενες εργασίες
report-suggested-intro = { $count ->
    [one] { $count } εργασία που κατά έναν ερωτώμενο λείπει από τον χάρτη, ανά καθήκον.
   *[other] { $count } εργασίες που κατά τους ερωτώμενους λείπουν από τον χάρτη, ανά καθήκον· οι παρόμοιες διατυπώσεις είναι ομαδοποιημένες.
}
report-no-suggestions = Κανένας ερωτώμενος δεν πρότεινε εργασία που λείπει.
report-column-duty = Καθήκον
report-column-suggested-task = Προτεινόμενη εργασία
report-column-suggested-by = Πρότεινε
report-column-decision = Απόφαση
report-decision = { $decision ->
    [open] Ανοιχτή
    [accepted] Προστέθηκε ως { $code }
   *[rejected] Δεν προστέθηκε: { $reason }
}
report-similar = Παρόμοιες: { $statements }
report-no-duty = Δεν δηλώθηκε καθήκον
report-anonymous = ανώνυμα
