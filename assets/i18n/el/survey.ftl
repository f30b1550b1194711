# Το ερωτηματολόγιο της έρευνας επαλήθευσης: τα κείμενά του στο XLSForm για το
# KoboToolbox και το ODK Collect, στο βιβλίο καταχώρισης δεδομένων και στο
# έντυπο ερωτηματολόγιο. Τα διαβάζουν σωφρονιστικοί υπάλληλοι και επιμελητές,
# συχνά στο κινητό: γράψτε σύντομα και απλά.

survey-form-title = Επαλήθευση επαγγελματικού προφίλ: { $occupation }
survey-intro = Το ερωτηματολόγιο αυτό παραθέτει τις εργασίες του επαγγέλματος όπως τις περιέγραψε μια ομάδα έμπειρων επαγγελματιών. Για κάθε εργασία, δηλώστε αν την κάνετε στη δουλειά σας, πόσο σημαντική είναι, πόσο συχνά την κάνετε, πόσο δύσκολα μαθαίνεται και αν πρέπει να εκπαιδεύεται σε αυτήν το νέο προσωπικό. Απαντήστε με βάση τη δική σας εμπειρία· δεν υπάρχουν σωστές ή λάθος απαντήσεις. Δεν ζητείται όνομα.
survey-profile = Σχετικά με εσάς
survey-respondent-code = Κωδικός ερωτώμενου
survey-respondent-code-hint = Ο κωδικός που σας έδωσε ο διοργανωτής ή οποιοσδήποτε σύντομος δικός σας κωδικός. Χωρίς ονόματα.
survey-country = Χώρα
survey-country-hint = Δύο κεφαλαία λατινικά γράμματα, π.χ. CZ, DE, RO.
survey-level = Η θέση σας
survey-level-job-holder = Εργαζόμενος (κάνω αυτή τη δουλειά)
survey-level-supervisor = Προϊστάμενος
survey-level-trainer = Εκπαιδευτής
survey-level-manager = Διευθυντικό στέλεχος
survey-sector = Πού εργάζεστε
survey-sector-public = Δημόσια υπηρεσία
survey-sector-private = Ιδιωτική εταιρεία
survey-sector-ngo = Μη κυβερνητική οργάνωση
survey-years = Χρόνια σε αυτό το επάγγελμα
survey-language = Γλώσσα του ερωτηματολογίου
survey-duty = Καθήκον { $code }: { $title }
survey-performs = Κάνετε αυτή την εργασία;
survey-importance = Πόσο σημαντική είναι για τη δουλειά;
survey-frequency = Πόσο συχνά την κάνετε;
survey-difficulty = Πόσο δύσκολα μαθαίνεται;
survey-train = Πρέπει να εκπαιδεύεται σε αυτήν το νέο προσωπικό;
survey-comment = Σχόλιο (προαιρετικό)
survey-missed = Εργασίες αυτού του καθήκοντος που λείπουν από τη λίστα (μία ανά γραμμή)
survey-missed-page = Εργασίες που λείπουν από τη λίστα
survey-missed-hint = Γράψτε κάθε εργασία ως σύντομη ενέργεια: ένα ρήμα και το αντικείμενό του, π.χ. «Ελέγχει τις τσάντες των επισκεπτών».
survey-yes = Ναι
survey-no = Όχι
survey-importance-1 = Ασήμαντη
survey-importance-2 = Λίγο σημαντική
survey-importance-3 = Σημαντική
survey-importance-4 = Πολύ σημαντική
survey-importance-5 = Κρίσιμη
survey-frequency-1 = Ετησίως ή σπανιότερα
survey-frequency-2 = Μηνιαίως
survey-frequency-3 = Εβδομαδιαίως
survey-frequency-4 = Καθημερινά
survey-frequency-5 = Πολλές φορές την ημέρα
survey-difficulty-1 = Πολύ εύκολη
survey-difficulty-2 = Εύκολη
survey-difficulty-3 = Μέτρια
survey-difficulty-4 = Δύσκολη
survey-difficulty-5 = Πολύ δύσκολη
survey-how-to-tick = Σημειώστε ένα κουτί σε κάθε στήλη. Για εργασία που δεν κάνετε, αφήστε κενή τη συχνότητα· βαθμολογήστε όμως τη σημασία και τη δυσκολία της.
survey-task = Εργασία
survey-code = Κωδικός
survey-thank-you = Σας ευχαριστούμε. Παρακαλούμε επιστρέψτε το ερωτηματολόγιο στον διοργανωτή.
survey-page = Σελίδα { $page } από { $pages }

## Το τμήμα Έρευνα της καρτέλας Επαλήθευση (src/ui/survey_view.rs)
## και Αρχείο › Έρευνα.
verify-tab-panel = Βαθμολογίες ομάδας
verify-tab-survey = Έρευνα
survey-view-none = Δεν υπάρχουν ακόμη απαντήσεις έρευνας. Το Αρχείο › Έρευνα › Ερωτηματολόγιο… γράφει το ερωτηματολόγιο (XLSForm για το KoboToolbox ή το ODK Collect, ή πρότυπο CSV)· το Αρχείο › Έρευνα › Εισαγωγή απαντήσεων έρευνας… διαβάζει ό,τι επιστρέφει.
survey-view-rounds = Γύροι:
survey-view-countries = Χώρες:
survey-view-levels = Θέσεις:
survey-view-sectors = Τομείς:
survey-view-weighting = Συγκεντρωτικά στοιχεία:
survey-view-per-respondent = κάθε ερωτώμενος μετρά το ίδιο
survey-view-per-country = κάθε χώρα μετρά το ίδιο
survey-view-pooled-per-respondent = συγκεντρωτικά, κάθε ερωτώμενος ισότιμα
survey-view-pooled-per-country = συγκεντρωτικά, κάθε χώρα ισότιμα
survey-view-summary = { $respondents ->
    [one] { $respondents } ερωτώμενος
   *[other] { $respondents } ερωτώμενοι
} σε { $rounds ->
    [one] { $rounds } γύρο
   *[other] { $rounds } γύρους
} ·
survey-view-sector-public = Δημόσιος
survey-view-sector-private = Ιδιωτικός
survey-view-sector-ngo = ΜΚΟ
survey-view-level-job-holder = Εργαζόμενοι
survey-view-level-supervisor = Προϊστάμενοι
survey-view-level-trainer = Εκπαιδευτές
survey-view-level-manager = Διευθυντικά στελέχη
survey-view-distribution = Ποιοι απάντησαν
survey-view-country = Χώρα
survey-view-no-level = Χωρίς θέση
survey-view-no-country = (καμία)
survey-view-total = Σύνολο
survey-warn-majority = Ερωτώμενοι από τη χώρα { $country }: { $respondents } από { $total }. Τα συγκεντρωτικά στοιχεία δείχνουν κυρίως τι πιστεύει η χώρα { $country }. Για σύγκριση, δώστε ίσο βάρος σε κάθε χώρα.
survey-warn-few = Ερωτώμενοι από τη χώρα { $country }: μόνο { $respondents } (λιγότεροι από { $minimum }). Τα στοιχεία της ίδιας της χώρας είναι αβέβαια.
survey-warn-level-absent = Με αυτό το φίλτρο δεν απάντησε κανείς από την κατηγορία: { $level }.
survey-warn-no-country = { $respondents ->
    [one] { $respondents } ερωτώμενος δεν δήλωσε χώρα.
   *[other] { $respondents } ερωτώμενοι δεν δήλωσαν χώρα.
}
survey-view-tasks = Εργασίες
survey-view-sort-priority = Πρώτα η υψηλότερη προτεραιότητα
survey-view-code = Κωδ.
survey-view-task = Εργασία
survey-view-n = n
survey-view-performing = Κάνουν
survey-view-importance = Σημασία
survey-view-frequency = Συχνότητα
survey-view-difficulty = Δυσκολία
survey-view-priority = Προτερ.
survey-view-train = Εκπ.
survey-view-rank = Κατάτ.
survey-view-panel = Ομάδα
survey-view-marks = Αποκλ.
survey-view-formula = Στοιχεία: μέσος όρος ± τυπική απόκλιση. Προτεραιότητα = { $formula }.
survey-view-formula-if = μέση σημασία × μέση συχνότητα (1–25)
survey-view-formula-ifd = μέση σημασία × μέση συχνότητα × μέση δυσκολία (1–125)
survey-view-panel-tip = Η ομάδα βαθμολόγησε τη σημασία της με { $panel }· η έρευνα διαφέρει κατά { $difference }.
survey-mark-levels = { $level } { $supervisors } (n = { $supervisors-n }), εργαζόμενοι { $job-holders } (n = { $job-holders-n }): διαφορά { $difference }, σημειώνεται από { $threshold }.
survey-mark-country = Η χώρα { $country } την κατατάσσει στη θέση { $rank }, οι άλλες χώρες στη θέση { $others } (εργασίες με κατάταξη και στις δύο πλευρές: { $ranked }).
survey-view-suggestions = { $count ->
    [one] { $count } προτεινόμενη εργασία σε αναμονή
   *[other] { $count } προτεινόμενες εργασίες σε αναμονή
}
survey-view-no-suggestions = Καμία προτεινόμενη εργασία δεν περιμένει απόφαση.
survey-view-suggested-times = { $count ->
    [one] προτάθηκε μία φορά
   *[other] προτάθηκε { $count } φορές
}
survey-view-like-task = παρόμοια με την { $code } στον χάρτη
survey-view-statement = Η εργασία όπως θα έμπαινε στον χάρτη
survey-view-under-duty = στο καθήκον
survey-view-choose-duty = Επιλέξτε καθήκον
survey-view-accept = Προσθήκη στον χάρτη
survey-view-reason = Γιατί όχι (καταγράφεται)
survey-view-reject = Απόρριψη
survey-view-reason-first = Γράψτε πρώτα τον λόγο: καταγράφεται μαζί με την πρόταση.
menu-survey = Έρευνα
cmd-survey-form = Ερωτηματολόγιο…
cmd-survey-form-tip = Εγγραφή του ερωτηματολογίου επαλήθευσης: XLSForm (.xlsx) για το KoboToolbox ή το ODK Collect, ή πρότυπο CSV (.csv)
cmd-import-survey = Εισαγωγή απαντήσεων έρευνας…
cmd-import-survey-tip = Ανάγνωση των απαντήσεων που επέστρεψαν (εξαγωγή CSV ή .xlsx, ή το συμπληρωμένο πρότυπο) σε γύρο έρευνας, ως ένα βήμα που μπορεί να αναιρεθεί
files-survey-form = Ερωτηματολόγιο
files-import-survey = Εισαγωγή απαντήσεων έρευνας
files-kind-survey-form = Ερωτηματολόγιο (XLSForm, PDF για εκτύπωση ή πρότυπο CSV)
files-kind-survey-answers = Απαντήσεις έρευνας (CSV ή Excel)
notice-survey-form = Το ερωτηματολόγιο γράφτηκε
notice-survey-form-text = Το { $file } είναι έτοιμο: ανεβάστε το στο KoboToolbox ή στο ODK Central, ή συμπληρώστε το πρότυπο και εισαγάγετέ το ξανά.
notice-survey-imported = Οι απαντήσεις της έρευνας εισήχθησαν
notice-survey-imported-text = Γύρος «{ $round }»: { $added ->
    [one] προστέθηκε { $added } ερωτώμενος
   *[other] προστέθηκαν { $added } ερωτώμενοι
}, ήδη υπήρχαν: { $known }, { $suggestions ->
    [one] { $suggestions } προτεινόμενη εργασία
   *[other] { $suggestions } προτεινόμενες εργασίες
}. Η «Αναίρεση» αναιρεί όλη την εισαγωγή.
notice-survey-changed = { $count ->
    [one] { $count } ερωτώμενος υπάρχει ήδη στον γύρο με άλλες απαντήσεις· κρατούνται οι απαντήσεις του γύρου: { $codes }
   *[other] { $count } ερωτώμενοι υπάρχουν ήδη στον γύρο με άλλες απαντήσεις· κρατούνται οι απαντήσεις του γύρου: { $codes }
}
cmd-export-survey-stats = Εξαγωγή αποτελεσμάτων έρευνας…
cmd-export-survey-stats-tip = Εγγραφή των αποτελεσμάτων ανά εργασία όπως τα δείχνει η προβολή Έρευνα (φίλτρο και στάθμιση), για R, SPSS ή υπολογιστικό φύλλο: .xlsx ή .csv
files-export-survey-stats = Εξαγωγή αποτελεσμάτων έρευνας
files-kind-survey-stats = Αποτελέσματα έρευνας (Excel ή CSV)
notice-survey-stats = Τα αποτελέσματα της έρευνας γράφτηκαν
notice-survey-stats-text = { $file }: τα αποτελέσματα των ερωτώμενων (αριθμός: { $respondents }), φιλτραρισμένα και σταθμισμένα όπως στην προβολή Έρευνα.

survey-column-performs = Την κάνω
survey-column-importance = Σημασία
survey-column-frequency = Συχνότητα
survey-column-difficulty = Δυσκολία
survey-column-train = Εκπαίδευση νέων;
survey-continued = { $duty } (συνέχεια)
survey-how-to = Πώς απαντάτε
survey-correct = Για να αλλάξετε μια απάντηση, μαυρίστε ολόκληρο το λάθος κουτί και σημειώστε το σωστό.
cmd-survey-workbook = Βιβλίο εισαγωγής δεδομένων…
cmd-survey-workbook-tip = Εγγραφή βιβλίου εργασίας για την πληκτρολόγηση έντυπων ερωτηματολογίων: μία γραμμή ανά ερωτηματολόγιο, αναπτυσσόμενη λίστα σε κάθε κελί απάντησης· μετά εισαγάγετέ το ξανά
files-survey-workbook = Βιβλίο εισαγωγής δεδομένων
files-kind-survey-workbook = Βιβλίο εργασίας Excel
notice-survey-workbook-text = Το { $file } είναι έτοιμο: πληκτρολογήστε κάθε έντυπο ερωτηματολόγιο σε μία γραμμή και εισαγάγετέ το από Αρχείο › Έρευνα › Εισαγωγή απαντήσεων έρευνας…
