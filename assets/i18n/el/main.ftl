# Το πλαίσιο της εφαρμογής: μενού, πίνακας εντολών, γραμμή κατάστασης,
# καρτέλες, τίτλος παραθύρου, ειδοποιήσεις και ερωτήσεις.

## Πλήθη που χρησιμοποιούν πολλές προβολές.
tasks-count = { $count ->
    [one] { $count } εργασία
   *[other] { $count } εργασίες
}

## Μενού.
menu-file = Αρχείο
menu-open-recent = Πρόσφατα
menu-no-recent = Κανένα πρόσφατο αρχείο
menu-edit = Επεξεργασία
menu-view = Προβολή
menu-help = Βοήθεια
menu-language = Γλώσσα
help-about = DACUM Studio — χάρτες DACUM και ανάλυση παραγόντων PESTLE, χωρίς σύνδεση.
help-version = Έκδοση { $version }
help-board-keys = Το Enter προσθέτει την επόμενη εργασία · το Tab μετακινεί μεταξύ καρτών · Alt+βέλη αλλάζουν τη σειρά

## Πίνακας εντολών: ετικέτα μενού και επεξήγηση.
cmd-new = Νέα
cmd-new-tip = Έναρξη νέας, κενής συνεδρίας
cmd-open = Άνοιγμα…
cmd-open-tip = Άνοιγμα αρχείου συνεδρίας
cmd-merge-sessions = Συγχώνευση συνεδριών…
cmd-merge-sessions-tip = Συγχώνευση των συνεδριών των εταίρων σε μία ενιαία συνεδρία, που ανοίγει ως νέο έγγραφο
cmd-save = Αποθήκευση
cmd-save-tip = Αποθήκευση της συνεδρίας στο αρχείο της
cmd-save-as = Αποθήκευση ως…
cmd-save-as-tip = Αποθήκευση της συνεδρίας σε αρχείο με άλλο όνομα
cmd-export-pdf = Εξαγωγή PDF…
cmd-export-pdf-tip = Εξαγωγή του χάρτη, του προφίλ και των αναφορών PESTLE σε PDF
cmd-import-csv = Εισαγωγή παραγόντων και ψήφων (CSV)…
cmd-import-csv-tip = Προσθήκη παραγόντων PESTLE και ψήφων από αρχείο CSV
cmd-export-csv = Εξαγωγή παραγόντων και ψήφων (CSV)…
cmd-export-csv-tip = Εγγραφή των παραγόντων PESTLE και των ψήφων σε αρχείο CSV
cmd-quit = Έξοδος
cmd-quit-tip = Κλείσιμο του DACUM Studio
cmd-undo = Αναίρεση
cmd-undo-tip = Αναίρεση της τελευταίας αλλαγής
cmd-redo = Επανάληψη
cmd-redo-tip = Επανάληψη της αλλαγής που αναιρέθηκε τελευταία
cmd-guide = Οδηγός εργαστηρίου
cmd-guide-tip = Εμφάνιση ή απόκρυψη του οδηγού εργαστηρίου με τα χρονόμετρα
cmd-findings = Παρατηρήσεις
cmd-findings-tip = Εμφάνιση ή απόκρυψη της λίστας παρατηρήσεων
cmd-zoom-in = Μεγέθυνση
cmd-zoom-in-tip = Όλα μεγαλύτερα
cmd-zoom-out = Σμίκρυνση
cmd-zoom-out-tip = Όλα μικρότερα
cmd-zoom-reset = Πραγματικό μέγεθος
cmd-zoom-reset-tip = Επιστροφή στο κανονικό μέγεθος
cmd-high-contrast = Υψηλή αντίθεση (προβολέας)
cmd-high-contrast-tip = Λευκό σε μαύρο με κίτρινες λεπτομέρειες, ευανάγνωστο στον προβολέα
cmd-fullscreen = Πλήρης οθόνη
cmd-fullscreen-tip = Το παράθυρο γεμίζει την οθόνη, ή έξοδος από την πλήρη οθόνη

## Καρτέλες.
view-session = Συνεδρία
view-chart = Χάρτης DACUM
view-lists = Βοηθητικές λίστες
view-verification = Επαλήθευση
view-pestle = PESTLE
view-scenarios = Σενάρια
view-merge = Συγχώνευση
pestle-drivers = Παράγοντες
pestle-votes = Ψήφοι
pestle-matrix = Πίνακας αβεβαιότητας–επίδρασης
pestle-axes = Άξονες αβεβαιότητας

## Γραμμή κατάστασης και λίστα παρατηρήσεων.
status-chart = { $duties ->
    [one] { $duties } καθήκον
   *[other] { $duties } καθήκοντα
} · { $tasks ->
    [one] { $tasks } εργασία
   *[other] { $tasks } εργασίες
}
status-findings = { $count ->
    [0] Καμία παρατήρηση
    [one] { $count } παρατήρηση
   *[other] { $count } παρατηρήσεις
}
status-no-changes = Χωρίς αλλαγές
status-saved = Αποθηκεύτηκε { $time }
status-autosaved = Αυτόματη αποθήκευση { $time } · όχι στο αρχείο
status-unsaved = Μη αποθηκευμένες αλλαγές
findings-title = Παρατηρήσεις
findings-close = Κλείσιμο παρατηρήσεων

## Τίτλος παραθύρου.
title-untitled = Χωρίς τίτλο
title-example-copy = { $title } (παράδειγμα, μη αποθηκευμένο αντίγραφο)

## Ερωτήσεις.
prompt-ok = Εντάξει
prompt-save = Αποθήκευση
prompt-discard = Απόρριψη αλλαγών
prompt-cancel = Ακύρωση
prompt-this-session = αυτή τη συνεδρία
prompt-unsaved-title = Μη αποθηκευμένες αλλαγές
prompt-unsaved-new = Αποθήκευση των αλλαγών στο { $file } πριν ξεκινήσετε νέα συνεδρία;
prompt-unsaved-open = Αποθήκευση των αλλαγών στο { $file } πριν ανοίξετε άλλο αρχείο;
prompt-unsaved-open-merged = Αποθήκευση των αλλαγών στο { $file } πριν ανοίξετε τη συγχωνευμένη συνεδρία;
prompt-unsaved-quit = Αποθήκευση των αλλαγών στο { $file } πριν κλείσετε το DACUM Studio;
prompt-unsaved-continue = Αποθήκευση των αλλαγών στο { $file } πριν συνεχίσετε;
prompt-changed-title = Το αρχείο άλλαξε στον δίσκο
prompt-changed-text = Το { $file } άλλαξε από άλλο πρόγραμμα (ή άλλο παράθυρο, ή ένα git pull) αφότου το ανοίξατε. Δεν αποθηκεύτηκε τίποτα.
prompt-changed-choices = Το «Κράτα το δικό μου» αντικαθιστά τη δική τους έκδοση με τη δική σας· το «Φόρτωσε το δικό τους» ανοίγει τη δική τους και απορρίπτει τις αλλαγές σας· το «Αποθήκευση ως…» κρατά και τα δύο.
prompt-keep-mine = Κράτα το δικό μου (αντικατάσταση)
prompt-reload-theirs = Φόρτωσε το δικό τους
prompt-recover-title = Ανάκτηση μη αποθηκευμένης εργασίας;
prompt-recover-found = Το DACUM Studio βρήκε μη αποθηκευμένη εργασία, από { $time }.
prompt-recover-file-saved = Το ίδιο το αρχείο αποθηκεύτηκε τελευταία φορά { $time }.
prompt-recover-never-saved = Δεν αποθηκεύτηκε ποτέ σε αρχείο.
prompt-restore = Επαναφορά της εργασίας
prompt-discard-recovery = Απόρριψη

## Σφάλματα και ειδοποιήσεις. Το ίδιο το σφάλμα έρχεται στα αγγλικά.
error-place = γραμμή { $line }, στήλη { $column }:{" "}
error-open = Το αρχείο δεν ανοίγει
error-open-text = { $file }
    { $place }{ $error }

    Η ανοιχτή συνεδρία δεν άλλαξε.
error-open-at-start-text = { $file }
    { $place }{ $error }

    Το αρχείο δεν άλλαξε. Αντί γι' αυτό είναι ανοιχτή μια νέα, κενή συνεδρία.
error-recovery-unreadable = Το αντίγραφο ανάκτησης δεν διαβάζεται
error-recovery-unreadable-text = Βρέθηκε αντίγραφο ανάκτησης, αλλά δεν διαβάζεται, οπότε έμεινε ως έχει:
    { $error }
error-recovery-delete = Το αντίγραφο ανάκτησης δεν διαγράφεται
error-autosave = Η αυτόματη αποθήκευση απέτυχε
error-autosave-text = { $error }

    Αποθηκεύστε την εργασία σας με «Αποθήκευση ως…».
error-edit = Η αλλαγή δεν έγινε
error-undo = Η αναίρεση απέτυχε
notice-imported = Οι παράγοντες και οι ψήφοι εισήχθησαν
notice-imported-text = { $counts }
    Η «Αναίρεση» αναιρεί όλη την εισαγωγή.
error-nothing-imported = Δεν εισήχθη τίποτα
error-nothing-imported-text = { $file }
    { $problems }

    Διορθώστε αυτές τις γραμμές στο υπολογιστικό φύλλο και εισαγάγετε ξανά.
error-import = Η εισαγωγή δεν είναι δυνατή
error-export = Η εξαγωγή δεν είναι δυνατή
error-save = Η αποθήκευση δεν είναι δυνατή
error-save-text = { $error }

    Η εργασία σας παραμένει ανοιχτή και αμετάβλητη· δοκιμάστε άλλο φάκελο με «Αποθήκευση ως…».
error-reload = Το αρχείο δεν ξαναφορτώνεται
error-reload-text = { $error }

    Η εργασία σας παραμένει ανοιχτή και μη αποθηκευμένη.
notice-pdf-written = Το PDF εξήχθη
notice-pdf-written-text = { $count ->
    [one] { $count } σελίδα γράφτηκε στο
   *[other] { $count } σελίδες γράφτηκαν στο
}
    { $file }
error-export-pdf = Το PDF δεν εξάγεται
error-export-pdf-text = { $file }
    { $error }

    Δεν γράφτηκε τίποτα· ένα υπάρχον αρχείο έμεινε αμετάβλητο.
