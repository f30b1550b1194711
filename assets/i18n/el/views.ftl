# Οι προβολές DACUM εκτός του πίνακα: οδηγός εργαστηρίου, εξαγωγή PDF,
# συνεδρία, βοηθητικές λίστες και επαλήθευση.

## Ο οδηγός εργαστηρίου: τα βήματα DACUM.
guide-orientation = Εισαγωγή
guide-orientation-hint = Καλωσορίστε την ομάδα και εξηγήστε το DACUM: οι ειδικοί είναι εκείνοι, εσείς καθοδηγείτε τη διαδικασία. Συμφωνήστε τους κανόνες και το διήμερο πρόγραμμα.
guide-scope = Εύρος του επαγγέλματος
guide-scope-hint = Συμφωνήστε τον τίτλο του επαγγέλματος και πού αρχίζει και τελειώνει. Σημειώστε συγγενή επαγγέλματα εκτός εύρους, ώστε να μην παρεισφρήσουν αργότερα.
guide-duties = Καταιγισμός καθηκόντων
guide-duties-hint = Ρωτήστε: ποιοι είναι οι κύριοι τομείς ευθύνης; Στόχος 6–12 καθήκοντα, το καθένα με ρήμα. Πρώτα καταγραφή, μετά βελτίωση.
guide-tasks = Εργασίες ανά καθήκον
guide-tasks-hint = Ένα καθήκον τη φορά. Ρωτήστε: τι κάνετε για να …; Κάθε εργασία: ρήμα + αντικείμενο, παρατηρήσιμη, 2–8 λέξεις. Enter μετά από κάθε εργασία.
guide-review = Έλεγχος διατυπώσεων
guide-review-hint = Περάστε τις προειδοποιήσεις: αόριστα ή μη παρατηρήσιμα ρήματα, δύο εργασίες σε μία, διπλότυπα, μακριές διατυπώσεις. Αποφασίζει η ομάδα.
guide-sequence = Σειρά εργασιών
guide-sequence-hint = Βάλτε τις εργασίες με τη σειρά που συνήθως γίνονται, τα καθήκοντα από το πιο κεντρικό. Σύρετε κάρτες ή χρησιμοποιήστε Alt+βέλη· οι κωδικοί ακολουθούν.
guide-lists = Βοηθητικές λίστες
guide-lists-hint = Γενικές γνώσεις και δεξιότητες, συμπεριφορές, εργαλεία και εξοπλισμός, μελλοντικές τάσεις και ανησυχίες, ακρωνύμια.
guide-verification = Επαλήθευση
guide-verification-hint = Κάθε μέλος της ομάδας (ή ερωτώμενος) βαθμολογεί κάθε εργασία για σημασία, συχνότητα και δυσκολία, και αν χρειάζεται εκπαίδευση.
guide-make-current = Ορισμός ως τρέχον βήμα
guide-time-in-step = Σε αυτό το βήμα: { $time }
guide-previous = Προηγούμενο βήμα
guide-next = Επόμενο βήμα
guide-total = Χρόνος εργαστηρίου: { $time }

## Αρχείο › Εξαγωγή PDF…
pdf-title = Εξαγωγή PDF
pdf-reports = Αναφορές
pdf-report-chart = Χάρτης DACUM
pdf-report-profile = Προφίλ ικανοτήτων
pdf-report-pestle = Αναφορά PESTLE και σεναρίων
pdf-report-verification = Έκθεση επαλήθευσης (έρευνα)
pdf-paper = Χαρτί
paper-a4 = A4
paper-a3 = A3
paper-letter = Letter (ΗΠΑ)
pdf-leave-out-names = Παράλειψη ονομάτων (αντίγραφο για τους ενδιαφερόμενους)
pdf-report-language = Γλώσσα αναφοράς
pdf-export = Εξαγωγή…
pdf-choose-a-report = Επιλέξτε τουλάχιστον μία αναφορά.
pdf-page-count = { $count ->
    [one] Το PDF θα έχει { $count } σελίδα.
   *[other] Το PDF θα έχει { $count } σελίδες.
}
pdf-cannot-prepare = Το PDF δεν προετοιμάζεται: { $error }
pdf-counting = Μέτρηση σελίδων…

## Η συνεδρία.
session-details = Στοιχεία συνεδρίας
session-people = Πρόσωπα
session-title = Τίτλος
session-title-hint = π.χ. Σωφρονιστικός υπάλληλος — εθνικό DACUM
session-occupation = Επάγγελμα
session-occupation-hint = Το επάγγελμα που αναλύεται, π.χ. σωφρονιστικός υπάλληλος
session-organisation = Οργανισμός
session-sponsor = Χρηματοδότης
session-venue = Τόπος
session-country = Χώρα
session-language = Γλώσσα
session-notes = Σημειώσεις
session-start-date = Έναρξη
session-end-date = Λήξη
session-pick = Επιλογή από τη λίστα
session-pick-country = Επιλογή χώρας από τη λίστα
session-pick-language = Επιλογή γλώσσας από τη λίστα
session-country-uk = Ο κωδικός ISO του Ηνωμένου Βασιλείου είναι GB
session-country-el = Ο κωδικός ISO της Ελλάδας είναι GR
session-country-unknown = Το { $code } δεν είναι κωδικός ευρωπαϊκής χώρας
session-date-shape = Γράψτε την ημερομηνία ως ΕΕΕΕ-ΜΜ-ΗΗ, π.χ. 2025-03-11
session-date-no-such-day = Η { $date } δεν είναι ημέρα του ημερολογίου
session-ends-before-start = Το εργαστήριο τελειώνει πριν αρχίσει
person-name = Όνομα
person-job-title = Θέση
person-years = Έτη εμπειρίας
person-years-short = Έτη
person-years-error = Έτη: ακέραιος αριθμός, π.χ. 12
person-field = { $field }, { $who }
people-from-countries = { $people } από { $count ->
    [one] { $count } χώρα
   *[other] { $count } χώρες
}
people-experience = { $count ->
    [one] συνολικά { $count } έτος εμπειρίας
   *[other] συνολικά { $count } έτη εμπειρίας
}
people-panel-count = { $count ->
    [one] { $count } μέλος της ομάδας
   *[other] { $count } μέλη της ομάδας
}
people-panel-heading = Μέλη της ομάδας ({ $count })
people-panel-add = Προσθήκη μέλους
people-panel-row = μέλος { $number }
people-facilitator-count = { $count ->
    [one] { $count } συντονιστής
   *[other] { $count } συντονιστές
}
people-facilitator-heading = Συντονιστές ({ $count })
people-facilitator-add = Προσθήκη συντονιστή
people-facilitator-row = συντονιστής { $number }
people-observer-count = { $count ->
    [one] { $count } παρατηρητής
   *[other] { $count } παρατηρητές
}
people-observer-heading = Παρατηρητές ({ $count })
people-observer-add = Προσθήκη παρατηρητή
people-observer-row = παρατηρητής { $number }
people-respondent-count = { $count ->
    [one] { $count } ερωτώμενος
   *[other] { $count } ερωτώμενοι
}
people-respondent-heading = Ερωτώμενοι έρευνας ({ $count })
people-respondent-add = Προσθήκη ερωτώμενου
people-respondent-row = ερωτώμενος { $number }

## Οι βοηθητικές λίστες. Το `kind` είναι knowledge, behaviour, tool ή trend.
list-title = { $kind ->
    [knowledge] Γενικές γνώσεις και δεξιότητες
    [behaviour] Συμπεριφορές του εργαζομένου
    [tool] Εργαλεία, εξοπλισμός και υλικά
   *[trend] Μελλοντικές τάσεις και ανησυχίες
} ({ $number })
list-none = { $kind ->
    [knowledge] Καμία γνώση ή δεξιότητα ακόμη.
    [behaviour] Καμία συμπεριφορά ακόμη.
    [tool] Κανένα εργαλείο ή υλικό ακόμη.
   *[trend] Καμία τάση ή ανησυχία ακόμη.
}
list-add = { $kind ->
    [knowledge] Προσθήκη γνώσης ή δεξιότητας
    [behaviour] Προσθήκη συμπεριφοράς
    [tool] Προσθήκη εργαλείου ή υλικού
   *[trend] Προσθήκη τάσης ή ανησυχίας
}
list-item = { $kind ->
    [knowledge] Γνώση ή δεξιότητα
    [behaviour] Συμπεριφορά
    [tool] Εργαλείο ή υλικό
   *[trend] Τάση ή ανησυχία
} { $number }
list-row = { $kind ->
    [knowledge] γνώση ή δεξιότητα
    [behaviour] συμπεριφορά
    [tool] εργαλείο ή υλικό
   *[trend] τάση ή ανησυχία
} { $number }
## Ο τίτλος μιας λίστας μέσα σε άλλο μήνυμα (διαφωνία, προειδοποίηση για μεγάλο κείμενο).
list-name = { $kind ->
    [knowledge] Γενικές γνώσεις και δεξιότητες
    [behaviour] Συμπεριφορές του εργαζομένου
    [tool] Εργαλεία, εξοπλισμός και υλικά
   *[trend] Μελλοντικές τάσεις και ανησυχίες
}
acronyms-title = Ακρωνύμια ({ $count })
acronyms-none = Κανένα ακρωνύμιο ακόμη.
acronyms-add = Προσθήκη ακρωνυμίου
acronym-term = Ακρωνύμιο { $number }
acronym-term-hint = π.χ. CPT
acronym-meaning = Σημασία του ακρωνυμίου { $number }
acronym-meaning-hint = Τι σημαίνει
acronym-row = ακρωνύμιο { $number }

## Η επαλήθευση.
verify-no-tasks = Δεν υπάρχουν ακόμη εργασίες για βαθμολόγηση: φτιάξτε πρώτα τον χάρτη.
verify-no-raters = Δεν υπάρχουν ακόμη βαθμολογητές: προσθέστε μέλη ή ερωτώμενους στην προβολή Συνεδρία.
verify-rater = Βαθμολογητής:
verify-rater-done = { $name } ({ $count } βαθμολογημένες)
verify-priority-index = Δείκτης προτεραιότητας:
verify-formula-if = Σημασία × συχνότητα
verify-formula-ifd = Σημασία × συχνότητα × δυσκολία
formula-if = μέση σημασία × μέση συχνότητα (1–25)
formula-ifd = μέση σημασία × μέση συχνότητα × μέση δυσκολία (1–125)
verify-sort = Ταξινόμηση κατά προτεραιότητα
verify-keys = Πληκτρολογήστε 1–5 για σημασία, συχνότητα και δυσκολία, y ή n για εκπαίδευση· ο δρομέας προχωρά μόνος του.
verify-code = Κωδ.
verify-task = Εργασία
verify-i = Σ
verify-f = Σχ
verify-d = Δ
verify-train-short = Εκπ.
verify-train-keys = y = χρειάζεται εκπαίδευση, n = δεν χρειάζεται
verify-priority = Προτεραιότητα
verify-raters = Βαθμολογητές
verify-importance = Σημασία
verify-frequency = Συχνότητα
verify-difficulty = Δυσκολία
verify-train = Εκπαίδευση
verify-train-percent = Εκπαίδ. %
verify-stat-tip = Μέσος όρος ± τυπική απόκλιση όλων των βαθμολογητών· πορτοκαλί όταν διαφωνούν έντονα (εύρος 3 μονάδων ή τυπική απόκλιση 1,2 ή περισσότερο)
verify-cell = { $field }: { $code }, από { $rater }
verify-anchor-importance-1 = Ασήμαντη
verify-anchor-importance-2 = Λίγο σημαντική
verify-anchor-importance-3 = Σημαντική
verify-anchor-importance-4 = Πολύ σημαντική
verify-anchor-importance-5 = Κρίσιμη
verify-anchor-frequency-1 = Ετησίως ή σπανιότερα
verify-anchor-frequency-2 = Μηνιαίως
verify-anchor-frequency-3 = Εβδομαδιαίως
verify-anchor-frequency-4 = Καθημερινά
verify-anchor-frequency-5 = Πολλές φορές την ημέρα
verify-anchor-difficulty-1 = Πολύ εύκολη
verify-anchor-difficulty-2 = Εύκολη
verify-anchor-difficulty-3 = Μέτρια
verify-anchor-difficulty-4 = Δύσκολη
verify-anchor-difficulty-5 = Πολύ δύσκολη

## Translate view
view-translate = Μετάφραση
translate-choose = Επιλέξτε γλώσσα μετάφρασης: πληκτρολογήστε τον κωδικό της (cs, de, ro, de-AT …) και πατήστε Προσθήκη γλώσσας.
translate-show = Εμφάνιση:
translate-filter-all = Όλα
translate-filter-missing = Λείπουν
translate-filter-stale = Παρωχημένα
translate-filter-draft = Πρόχειρα
translate-from = Από { $language } σε
translate-no-translations-yet = { $language } (χωρίς μεταφράσεις ακόμη)
translate-add-hint = νέα: cs, de-AT …
translate-new-language = Κωδικός νέας γλώσσας
translate-add = Προσθήκη γλώσσας
translate-add-invalid = κωδικός γλώσσας, π.χ. cs ή de-AT, όχι η γλώσσα εργασίας
translate-progress = Καθήκοντα σε { $language }: { $done } από { $tasks } · κείμενα: { $texts-done } από { $texts } · παρωχημένα: { $stale } · πρόχειρα: { $drafts }
translate-no-texts = Αυτή η συνεδρία δεν έχει ακόμη κείμενα.
translate-none-in-state = Κανένα κείμενο σε αυτή την κατάσταση.
translate-code = Κωδικός
translate-source = Πηγή ({ $language })
translate-target = Μετάφραση ({ $language })
translate-state = Κατάσταση
translate-field = Μετάφραση: { $what }
translate-state-missing = λείπει
translate-state-missing-tip = Δεν έχει μεταφραστεί: οι αναφορές δείχνουν το πρωτότυπο, επισημασμένο.
translate-state-stale = παρωχημένη
translate-state-stale-tip = Το πρωτότυπο άλλαξε μετά τη μετάφραση: ελέγξτε τη και σημειώστε την ως ελεγμένη.
translate-state-draft = πρόχειρη
translate-state-draft-tip = Μεταφρασμένη, χωρίς έλεγχο ακόμη.
translate-state-reviewed = ελεγμένη
translate-state-reviewed-tip = Μεταφρασμένη και ελεγμένη με το τρέχον πρωτότυπο.
translate-mark-reviewed = Σήμανση ως ελεγμένη
translate-mark-reviewed-tip = Η μετάφραση αντιστοιχεί στο πρωτότυπο όπως είναι τώρα.
translate-kind-duty = Αρμοδιότητα
translate-kind-task = Καθήκον
translate-kind-list-item = Στοιχείο λίστας
translate-kind-acronym = Σημασία ακρωνυμίου
translate-kind-driver = Παράγοντας αλλαγής
translate-kind-driver-description = Περιγραφή παράγοντα
translate-kind-pole = Πόλος άξονα
translate-kind-rationale = Αιτιολόγηση άξονα
translate-kind-scenario-name = Όνομα σεναρίου
translate-kind-scenario-narrative = Περιγραφή σεναρίου

## File › Translations
menu-translations = Μεταφράσεις
cmd-export-translations = Εξαγωγή για μεταφραστές…
cmd-export-translations-tip = Εγγραφή των κειμένων και των μεταφράσεών τους στη γλώσσα της προβολής Μετάφραση ως XLIFF (για εργαλεία CAT) ή ως φόρμα για υπολογιστικό φύλλο (.xlsx ή .csv)· η κατάληξη του ονόματος αρχείου αποφασίζει
cmd-import-translations = Εισαγωγή μεταφράσεων…
cmd-import-translations-tip = Επαναφορά αρχείου XLIFF ή φόρμας (.xlsx ή .csv) μεταφραστή στη συνεδρία· αν μία μονάδα είναι λάθος, δεν εισάγεται τίποτα
files-export-translations = Εξαγωγή για μεταφραστές
files-import-translations = Εισαγωγή μεταφράσεων
files-kind-translations = XLIFF ή φόρμα (Excel, CSV)
error-no-translation-language = Επιλέξτε πρώτα γλώσσα
error-no-translation-language-text = Στην προβολή Μετάφραση προσθέστε ή επιλέξτε τη γλώσσα μετάφρασης και εξαγάγετε ξανά.
notice-translations-imported = Οι μεταφράσεις εισήχθησαν
notice-translations-imported-text = Μεταφράσεις σε { $language }: εισήχθησαν { $imported }, αμετάβλητες { $unchanged }, κενές { $empty }. Η αναίρεση επαναφέρει ολόκληρη την εισαγωγή.
notice-translations-source-changed = Η πηγή για { $codes } άλλαξε από τη δημιουργία του αρχείου: εισήχθησαν ως πρόχειρα, εμφανίζονται ως παρωχημένα.

## Display language (View › Texts in): the board, the lists and the PESTLE views in a language the session holds
menu-texts-in = Κείμενα σε
menu-texts-in-working = { $language } (γλώσσα εργασίας)
status-texts-in = Κείμενα σε { $language }
status-texts-in-tip = Ο πίνακας, οι λίστες και οι προβολές PESTLE δείχνουν αυτή τη γλώσσα· ό,τι πληκτρολογείτε εκεί αλλάζει τη μετάφραση. Προβολή › Κείμενα σε επιστρέφει.
texts-in-fallback-tip = Δεν έχει μεταφραστεί ακόμη: το κείμενο σε { $language }, τη γλώσσα εργασίας.
texts-in-stale = παρωχημένη
texts-in-stale-tip = Το αρχικό κείμενο άλλαξε μετά τη μετάφραση: ελέγξτε τη στην προβολή Μετάφραση.
board-translating = Η πληκτρολόγηση αλλάζει τη μετάφραση σε { $language }. Οι έλεγχοι δηλώσεων εμφανίζονται μόνο στη γλώσσα εργασίας.
