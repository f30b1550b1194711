# Ο πίνακας DACUM, η λίστα παρατηρήσεων και τα κουμπιά γραμμών των λιστών.

## Ο πίνακας.
board-empty-hint = Δεν υπάρχουν ακόμη καθήκοντα. Πατήστε «Προσθήκη καθήκοντος» (ή Ctrl+D), γράψτε το καθήκον, μετά Enter και τις εργασίες του, με Enter μετά από καθεμία.
board-add-duty = Προσθήκη καθήκοντος
board-add-duty-tip = Προσθήκη καθήκοντος στο τέλος του χάρτη (το Ctrl+D προσθέτει ένα μετά το επιλεγμένο)
board-add-task = + Προσθήκη εργασίας
board-add-task-tip = Προσθήκη εργασίας στο τέλος του καθήκοντος { $code } (το Enter μετά από εργασία προσθέτει την επόμενη)
board-add-task-to = Προσθήκη εργασίας στο { $code }
board-conflict = Οι εταίροι διαφωνούν για το πεδίο { $fields }: επιλέξτε την τιμή στην καρτέλα Συγχώνευση.
board-conflict-and = {" "}και{" "}
board-conflict-mark = διαφωνία
board-duty-label = Καθήκον { $code }: { $text }
board-task-label = Εργασία { $code }: { $text }
board-empty-card = (κενό)
board-warnings = { $count ->
    [one] { $count } προειδοποίηση
   *[other] { $count } προειδοποιήσεις
}: { $messages }
board-edit = Επεξεργασία
board-move-earlier = Νωρίτερα (Alt+←)
board-move-later = Αργότερα (Alt+→)
board-move-previous-duty = Στο προηγούμενο καθήκον (Alt+↑)
board-move-next-duty = Στο επόμενο καθήκον (Alt+↓)
board-move-duty-up = Καθήκον πάνω (Alt+↑)
board-move-duty-down = Καθήκον κάτω (Alt+↓)
board-delete-duty = Διαγραφή καθήκοντος
board-delete-task = Διαγραφή εργασίας
board-delete-tip = Αφαίρεση (πλήκτρο Delete)· η «Αναίρεση» το επαναφέρει
board-type-duty = Γράψτε το καθήκον
board-type-task = Γράψτε την εργασία
board-duty-field = Τίτλος του καθήκοντος { $code }
board-task-field = Διατύπωση της εργασίας { $code }

## Η λίστα παρατηρήσεων. Οι ίδιες οι παρατηρήσεις έρχονται στα αγγλικά.
findings-none = Καμία παρατήρηση: κάθε διατύπωση ακολουθεί τους κανόνες DACUM.
findings-error = Σφάλμα
findings-warning = Προειδοποίηση
findings-go-to = Μετάβαση
row-up = Πάνω
row-up-tip = Μετακίνηση πάνω (Alt+↑)
row-move-up = Μετακίνηση πάνω
row-down = Κάτω
row-down-tip = Μετακίνηση κάτω (Alt+↓)
row-move-down = Μετακίνηση κάτω
row-delete = Διαγραφή
row-delete-tip = Διαγραφή: { $what } (η «Αναίρεση» το επαναφέρει)

## Από πού προέρχεται μια κάρτα συγχωνευμένης συνεδρίας.
shared-added = προστέθηκε μετά τη συγχώνευση
shared-added-full = { $count ->
    [one] Προστέθηκε μετά τη συγχώνευση: δεν υπάρχει στη { $count } συνεδρία εταίρου.
   *[other] Προστέθηκε μετά τη συγχώνευση: δεν υπάρχει σε καμία από τις { $count } συνεδρίες εταίρων.
}
shared-short = { $shared } από { $count }
shared-full = Κοινό σε { $shared } από { $count } συνεδρίες εταίρων: { $sources }.
shared-not-in = Δεν υπάρχει σε: { $sources }.
