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
