# Συγχώνευση των συνεδριών των εταίρων: η καρτέλα Συγχώνευση, Αρχείο ›
# Συγχώνευση συνεδριών… και τα παράθυρα επιλογής αρχείων.

## Η καρτέλα Συγχώνευση.
merge-of = –
merge-show-it = Εμφάνιση στην προβολή του
merge-nothing = Τίποτα συγχωνευμένο ακόμη
merge-nothing-text = Αυτή η συνεδρία δεν προέκυψε από συγχώνευση συνεδριών εταίρων. Για να φτιάξετε ένα ενιαίο προφίλ από τα εργαστήρια των χωρών, επιλέξτε Αρχείο › Συγχώνευση συνεδριών… και δύο ή περισσότερα αρχεία συνεδριών. Η συγχωνευμένη συνεδρία ανοίγει ως νέο έγγραφο· τα αρχεία που επιλέγετε μόνο διαβάζονται.
merge-consolidated = { $count ->
    [one] Ενοποιήθηκε από { $count } συνεδρία εταίρου
   *[other] Ενοποιήθηκε από { $count } συνεδρίες εταίρων
}
merge-dates = Ημερομηνίες
merge-tasks-held = Εργασίες που περιέχει
merge-tasks-of = { $held } από { $count }
merge-notes-of = Σημειώσεις του { $source }:
merge-shared-by-all = { $shared } από { $count } εργασίες είναι κοινές σε όλους τους εταίρους
merge-merged-elements = { $count ->
    [one] { $count } στοιχείο συγχωνεύτηκε σε άλλο
   *[other] { $count } στοιχεία συγχωνεύτηκαν σε άλλα
}
merge-proposed = { $count ->
    [one] { $count } προτεινόμενο διπλότυπο
   *[other] { $count } προτεινόμενα διπλότυπα
}
merge-to-resolve = { $count ->
    [one] { $count } διαφωνία προς επίλυση
   *[other] { $count } διαφωνίες προς επίλυση
}
merge-undo-note = Κάθε επιλογή παρακάτω είναι ένα βήμα της Επεξεργασία › Αναίρεση (Ctrl+Z). Ο χάρτης DACUM δείχνει σε κάθε κάρτα πόσοι εταίροι τη μοιράζονται.
merge-proposals = Προτεινόμενα διπλότυπα ({ $count })
merge-proposals-none = Δεν εκκρεμούν προτεινόμενα διπλότυπα: καμία διατύπωση δύο εταίρων δεν είναι αρκετά κοντινή, ή κάθε ζεύγος έγινε δεκτό ή απορρίφθηκε.
merge-proposals-text = Οι εταίροι τα έγραψαν σχεδόν ίδια. Η «Αποδοχή» τα κάνει ένα στοιχείο και των δύο εταίρων (η δεξιά διατύπωση μένει παρακάτω ως εναλλακτική, δεν χάνεται τίποτα)· η «Απόρριψη» τα σημειώνει ως διαφορετικά και δεν προτείνονται ξανά.
merge-proposal = { $kind ->
    [person] Δύο πρόσωπα
    [duty] Δύο καθήκοντα
    [task] Δύο εργασίες
    [list-item] Δύο στοιχεία λίστας
    [acronym] Δύο ακρωνύμια
    [driver] Δύο παράγοντες
    [driver-group] Δύο ομάδες παραγόντων
    [scenario] Δύο σενάρια
   *[other] Δύο στοιχεία
}, { $percent } % όμοια
merge-proposal-tip = Πόσες λέξεις έχουν κοινές· οι κλιτοί τύποι (έρευνα, έρευνες) και ένα τυπογραφικό λάθος μετρούν ως η ίδια λέξη
merge-keep = Διατήρηση
merge-merge-into = Συγχώνευση σε αυτό
merge-held-by = από { $sources }
merge-accept = Αποδοχή
merge-accept-tip = { $kind ->
    [person] Το ίδιο πρόσωπο
    [duty] Το ίδιο καθήκον
    [task] Η ίδια εργασία
    [list-item] Το ίδιο στοιχείο
    [acronym] Το ίδιο ακρωνύμιο
    [driver] Ο ίδιος παράγοντας
    [driver-group] Η ίδια ομάδα παραγόντων
    [scenario] Το ίδιο σενάριο
   *[other] Το ίδιο στοιχείο
}: συγχώνευση του «{ $absorb }» στο «{ $keep }»
merge-accept-name = Αποδοχή: συγχώνευση { $absorb } σε { $keep }
merge-reject = Απόρριψη
merge-reject-tip = { $kind ->
    [person] Διαφορετικά πρόσωπα
    [duty] Διαφορετικά καθήκοντα
    [task] Διαφορετικές εργασίες
    [list-item] Διαφορετικά στοιχεία
    [acronym] Διαφορετικά ακρωνύμια
    [driver] Διαφορετικοί παράγοντες
    [driver-group] Διαφορετικές ομάδες
    [scenario] Διαφορετικά σενάρια
   *[other] Διαφορετικά στοιχεία
}: κρατήστε και τα δύο, να μην προταθούν ξανά
merge-reject-name = Απόρριψη: τα { $keep } και { $absorb } διαφέρουν
merge-conflicts = Διαφωνίες ({ $count })
merge-conflicts-none = Δεν εκκρεμούν διαφωνίες: κάθε τιμή στην οποία διαφώνησαν οι εταίροι έχει αποφασιστεί.
merge-conflicts-text = Οι εταίροι τα άλλαξαν διαφορετικά. Η επισημασμένη τιμή είναι αυτή που έχει τώρα η συνεδρία (όποια έγραψαν οι περισσότεροι εταίροι ή μία από τις ισόψηφες)· πατήστε την τιμή που θα μείνει. Έτσι κλείνει η διαφωνία, και οι άλλες τιμές μένουν καταγεγραμμένες στο «Αποφασίστηκαν».
merge-keep-value = Διατήρηση αυτής της τιμής και κλείσιμο της διαφωνίας
merge-use-value = Χρήση αυτής της τιμής και κλείσιμο της διαφωνίας
merge-kept-now = διατηρείται τώρα · { $sources }
merge-decided = Αποφασίστηκαν ({ $count })
merge-decided-none = Καμία διαφωνία δεν έχει αποφασιστεί ακόμη.
merge-decided-text = Διαφωνίες που επιλύσατε. Η συνεδρία έχει την τιμή που διατηρήθηκε· οι τιμές που παραμερίστηκαν μένουν καταγεγραμμένες με τους εταίρους που τις έγραψαν, και μια νέα συγχώνευση δεν τις ξαναφέρνει. Το «Επανάνοιγμα» κάνει μια απόφαση ξανά διαφωνία.
merge-kept = Διατηρήθηκε
merge-set-aside = Παραμερίστηκε
merge-reopen = Επανάνοιγμα
merge-reopen-tip = Να γίνει ξανά διαφωνία, με τις τιμές που παραμερίστηκαν για επιλογή
merge-reopen-name = Επανάνοιγμα: { $field } – { $what }
merge-variants = Άλλες γραφές ({ $count })
merge-variants-none = Όλοι οι εταίροι έγραψαν τις τιμές της συνεδρίας με τον ίδιο τρόπο.
merge-variants-text = Οι εταίροι τα έγραψαν ίδια αλλά με διαφορετική γραφή (κεφαλαία, τόνους, κενά, αόρατους χαρακτήρες). Η συνεδρία έχει την απλούστερη γραφή· οι άλλες μένουν καταγεγραμμένες με τους συντάκτες τους.
merge-written-as = Γραμμένο ως
merge-also-written-as = γραμμένο και ως
merge-blank = (κενό)
merge-no-source = καμία συνεδρία προέλευσης
merge-written-by = γράφτηκε από { $sources }
merge-side-task = εργασία { $code }
merge-side-duty = καθήκον { $code }
merge-side-driver = παράγοντας ({ $category })

## Ό,τι ονομάζει το μοντέλο στη συγχώνευση (πεδία, είδη, στοιχεία, τιμές),
## όπως φαίνεται στην καρτέλα Συγχώνευση, στις σημειώσεις διαφωνιών των
## καρτών, στη λίστα παρατηρήσεων και στην ενοποιημένη αναφορά. Το καθένα
## στέκεται μόνο του (σε λίστα, σε παρένθεση, μετά το merge-of), στην ονομαστική.

## Τα πεδία μιας διαφωνίας.
field-meta-title = τίτλος συνεδρίας
field-meta-occupation = επάγγελμα
field-meta-organisation = οργανισμός
field-meta-sponsor = χρηματοδότης
field-meta-venue = τόπος
field-meta-country = χώρα
field-meta-language = γλώσσα
field-meta-start = έναρξη
field-meta-end = λήξη
field-meta-notes = σημειώσεις
field-priority-formula = τύπος προτεραιότητας
field-axes = άξονες αβεβαιότητας
field-person-role = ρόλος προσώπου
field-person-name = όνομα προσώπου
field-person-job-title = θέση προσώπου
field-person-organisation = οργανισμός προσώπου
field-person-country = χώρα προσώπου
field-person-years = έτη εμπειρίας προσώπου
field-duty-title = τίτλος καθήκοντος
field-task-statement = διατύπωση εργασίας
field-task-duty = καθήκον εργασίας
field-list-item-text = στοιχείο λίστας
field-list-item-list = λίστα στοιχείου
field-acronym-term = ακρωνύμιο
field-acronym-meaning = σημασία ακρωνυμίου
field-rating-task = βαθμολογούμενη εργασία
field-rating-rater = βαθμολογητής
field-rating-importance = βαθμολογία σημασίας
field-rating-frequency = βαθμολογία συχνότητας
field-rating-difficulty = βαθμολογία δυσκολίας
field-rating-train = εκπαίδευση ναι ή όχι
field-participant-name = όνομα συμμετέχοντα
field-participant-organisation = οργανισμός συμμετέχοντα
field-participant-country = χώρα συμμετέχοντα
field-driver-category = κατηγορία παράγοντα
field-driver-title = τίτλος παράγοντα
field-driver-description = περιγραφή παράγοντα
field-vote-driver = παράγοντας ψήφου
field-vote-participant = ψηφοφόρος
field-vote-uncertainty = ψήφος αβεβαιότητας
field-vote-impact = ψήφος επίδρασης
field-group-name = όνομα ομάδας παραγόντων
field-scenario-quadrant = τεταρτημόριο σεναρίου
field-scenario-name = όνομα σεναρίου
field-scenario-narrative = αφήγηση σεναρίου
field-presence = αφαιρέθηκε στη μία πλευρά

## Τα είδη στοιχείων.
kind-person = πρόσωπο
kind-duty = καθήκον
kind-task = εργασία
kind-list-item = στοιχείο λίστας
kind-acronym = ακρωνύμιο
kind-rating = βαθμολογία
kind-participant = συμμετέχων
kind-driver = παράγοντας
kind-vote = ψήφος
kind-driver-group = ομάδα παραγόντων
kind-scenario = σενάριο

## Ένα στοιχείο με λέξεις. `code` είναι ο κωδικός DACUM (B, B-3)· τα `list`,
## `task` και `driver` είναι ενσωματωμένα μηνύματα· τα `rater` και
## `participant` είναι ονόματα.
describe-session = η συνεδρία
describe-element = στοιχείο { $id }
describe-duty = καθήκον { $code } «{ $title }»
describe-task = εργασία { $code } «{ $statement }»
describe-list-item = στοιχείο «{ $text }» ({ $list })
describe-acronym = ακρωνύμιο { $term }
describe-person = { $role ->
    [panel] μέλος ομάδας
    [facilitator] συντονιστής
    [observer] παρατηρητής
   *[respondent] ερωτώμενος
} { $name }
describe-rating = βαθμολογία – { $task } (βαθμολογητής: { $rater })
describe-participant = συμμετέχων { $name }
describe-driver = παράγοντας «{ $title }»
describe-vote = ψήφος – { $driver } (ψηφοφόρος: { $participant })
describe-group = ομάδα παραγόντων «{ $name }»
describe-scenario = σενάριο «{ $name }»

## Μια τιμή σε διαφωνία. Το `text` είναι τα λόγια των εταίρων.
value-text = «{ $text }»
value-number = { $number }
value-date = { $date }
value-yes = ναι
value-no = όχι
value-blank = κενό
value-unknown = ?
value-role = { $role ->
    [panel] Μέλος ομάδας
    [facilitator] Συντονιστής
    [observer] Παρατηρητής
   *[respondent] Ερωτώμενος
}
value-quadrant = { $quadrant ->
    [top-left] πάνω αριστερά
    [top-right] πάνω δεξιά
    [bottom-left] κάτω αριστερά
   *[bottom-right] κάτω δεξιά
}
value-axes = οριζόντιος { $horizontal }, κατακόρυφος { $vertical }
value-axis = { $low } – { $high }
value-no-axis = κανένας
value-kept = διατηρείται
value-removed = αφαιρέθηκε
value-several = { $first }, { $rest }

## Αρχείο › Συγχώνευση συνεδριών…
merging-title = Συγχώνευση συνεδριών
merging-progress = Ανάγνωση και συγχώνευση αρχείων συνεδριών: { $count }…
merging-none-chosen = δεν επιλέχθηκε κανένα αρχείο
merging-one-chosen = επιλέχθηκε μόνο το { $file }
merging-same-chosen = το ίδιο αρχείο επιλέχθηκε περισσότερες φορές
merging-too-few = Επιλέξτε τουλάχιστον δύο αρχεία
merging-too-few-text = Η συγχώνευση χρειάζεται τουλάχιστον δύο αρχεία συνεδριών, αλλά { $chosen }.
    Στο παράθυρο αρχείων κρατήστε πατημένο το Ctrl (ή το Shift) για να επιλέξετε πολλά αρχεία.

    Η ανοιχτή συνεδρία δεν άλλαξε.
merging-nothing = Δεν συγχωνεύτηκε τίποτα
merging-unreadable-text = { $count ->
    [one] Ένα αρχείο δεν διαβάζεται:
   *[other] Κάποια αρχεία δεν διαβάζονται:
}
    { $errors }

    { $count ->
        [one] Διορθώστε το ή αφήστε το έξω, και συγχωνεύστε ξανά.
       *[other] Διορθώστε τα ή αφήστε τα έξω, και συγχωνεύστε ξανά.
    } Η ανοιχτή συνεδρία δεν άλλαξε.
merging-stopped-text = Η συγχώνευση σταμάτησε απρόσμενα: { $error }

    Η ανοιχτή συνεδρία δεν άλλαξε.

## Επιλογή αρχείων (παράθυρο του συστήματος ή διαδρομή γραμμένη στην εφαρμογή).
files-open = Άνοιγμα συνεδρίας
files-save-as = Αποθήκευση συνεδρίας ως
files-import-csv = Εισαγωγή παραγόντων και ψήφων
files-export-csv = Εξαγωγή παραγόντων και ψήφων
files-merge = Συγχώνευση συνεδριών
files-kind-csv = CSV (υπολογιστικό φύλλο)
files-kind-pdf = Έγγραφο PDF
files-kind-session = Συνεδρία DACUM Studio
files-none-chosen-several = Δεν επιλέχθηκαν αρχεία. Αν δεν εμφανίστηκε παράθυρο αρχείων σε αυτή την επιφάνεια εργασίας, γράψτε εδώ τις διαδρομές των αρχείων συνεδριών προς συγχώνευση, μία σε κάθε γραμμή:
files-none-chosen = Δεν επιλέχθηκε αρχείο. Αν δεν εμφανίστηκε παράθυρο αρχείων σε αυτή την επιφάνεια εργασίας, γράψτε εδώ τη διαδρομή του αρχείου:
files-paths = Διαδρομές αρχείων
files-path = Διαδρομή αρχείου
files-open-button = Άνοιγμα
files-import-button = Εισαγωγή
files-export-button = Εξαγωγή
files-merge-button = Συγχώνευση αρχείων
