# Οι προβολές PESTLE: παράγοντες, συμμετέχοντες, ψήφοι, πίνακας, άξονες και
# σενάρια.

## Οι κατηγορίες.
category-political = Πολιτική
category-economic = Οικονομία
category-social = Κοινωνία
category-technological = Τεχνολογία
category-legal = Δίκαιο
category-environmental = Περιβάλλον

## Παράγοντες.
drivers-category = Κατηγορία (Alt+1…6):
drivers-new-title = Τίτλος νέου παράγοντα
drivers-new-hint = Παράγοντας: { $category }
drivers-add = Προσθήκη παράγοντα
drivers-none = { $category ->
    [political] Κανένας πολιτικός παράγοντας ακόμη.
    [economic] Κανένας οικονομικός παράγοντας ακόμη.
    [social] Κανένας κοινωνικός παράγοντας ακόμη.
    [technological] Κανένας τεχνολογικός παράγοντας ακόμη.
    [legal] Κανένας νομικός παράγοντας ακόμη.
   *[environmental] Κανένας περιβαλλοντικός παράγοντας ακόμη.
}
drivers-row = { $category }: παράγοντας { $number }
drivers-select-tip = Επιλέξτε για να τον σημειώσετε ως σχετικό
drivers-select = Επιλογή { $title }
drivers-title = Τίτλος
drivers-description = Περιγραφή
drivers-description-hint = Περιγραφή (προαιρετική)
drivers-field = { $field }: { $what }
drivers-category-of = Κατηγορία: { $what }
drivers-related = σχετικός
drivers-related-tip = Στην ομάδα { $group }: οι σχετικοί παράγοντες μετρούν ως μία δύναμη στην επιλογή αξόνων

## Σχετικοί παράγοντες.
related-title = Σχετικοί παράγοντες ({ $count })
related-mark = Σήμανση επιλεγμένων ως σχετικών
related-mark-disabled = Επιλέξτε πρώτα δύο ή περισσότερους παράγοντες
related-name = Σχετικοί: { $titles }
related-selected = επιλεγμένοι: { $count }
related-group-field = Όνομα της ομάδας { $name }
related-group-hint = Όνομα ομάδας
related-rename = Μετονομασία
related-rename-tip = Μετονομασία του { $name }
related-ungroup = Κατάργηση ομάδας
related-ungroup-tip = Κατάργηση της ομάδας { $name } (η «Αναίρεση» την επαναφέρει)

## Συμμετέχοντες.
participants-title = Συμμετέχοντες ({ $count })
participants-none = Κανένας συμμετέχων ακόμη: προσθέστε όσους θα ψηφίσουν.
participants-field = { $field }, συμμετέχων { $number }
participants-row = συμμετέχων { $name }
participants-new-name = Όνομα νέου συμμετέχοντα
participants-new-organisation = Οργανισμός νέου συμμετέχοντα
participants-new-country = Χώρα νέου συμμετέχοντα
participants-add = Προσθήκη συμμετέχοντα

## Ψήφοι.
votes-uncertainty = Αβεβαιότητα
votes-impact = Επίδραση
votes-no-drivers = Δεν υπάρχουν ακόμη παράγοντες για ψήφο: προσθέστε τους στην καρτέλα Παράγοντες.
votes-no-participants = Κανένας συμμετέχων ακόμη: προσθέστε τους ψηφοφόρους στην καρτέλα Παράγοντες.
votes-participant = Συμμετέχων:
votes-participant-done = { $name } (ψήφισε { $done } από { $count })
votes-next = Επόμενος συμμετέχων
votes-next-tip = Μετάβαση στον επόμενο συμμετέχοντα, από τον πρώτο παράγοντα
votes-sort = Ταξινόμηση κατά συνδυαστική βαθμολογία
votes-all = Όλοι οι συμμετέχοντες
votes-total = { $done } από { $count } ψήφους
votes-by-participant = { $name }: { $done } από { $count } παράγοντες
votes-keys = Πληκτρολογήστε 1–5 για την αβεβαιότητα, μετά για την επίδραση· ο δρομέας προχωρά μόνος του. Το Backspace σβήνει μια ψήφο.
votes-stat-tip = Σε όλους τους συμμετέχοντες· διασπορά = τυπική απόκλιση (ελάχιστο–μέγιστο). Επισημαίνεται όταν οι συμμετέχοντες διαφωνούν έντονα (εύρος 3 μονάδων ή τυπική απόκλιση 1,2 ή περισσότερο).
votes-driver = Παράγοντας
votes-u = Α
votes-u-tip = Αβεβαιότητα 1–5
votes-i = Ε
votes-i-tip = Επίδραση 1–5
votes-missing = Λείπουν
votes-mean-u = Μ.Ο. Α
votes-median-u = Διάμεσος Α
votes-spread-u = Διασπορά Α
votes-mean-i = Μ.Ο. Ε
votes-median-i = Διάμεσος Ε
votes-spread-i = Διασπορά Ε
votes-combined = Συνδυασμός
votes-combined-tip = Μέση αβεβαιότητα + μέση επίδραση (2–10)
votes-cell = { $field }: { $driver }, ψήφος του { $participant }
votes-all-voted = όλοι ψήφισαν
votes-missing-count = λείπουν { $count }
votes-disagree = διαφωνία
votes-disagree-tip = Οι συμμετέχοντες διαφωνούν έντονα: αξίζει συζήτηση
votes-spread-tip = Έντονη διαφωνία μεταξύ των συμμετεχόντων

## Οι ζώνες του πίνακα.
zone-critical = Κρίσιμες αβεβαιότητες
zone-predetermined = Προκαθορισμένα στοιχεία
zone-secondary = Δευτερεύοντες παράγοντες
zone-in-sentence = { $zone ->
    [critical] κρίσιμες αβεβαιότητες
    [predetermined] προκαθορισμένα στοιχεία
   *[secondary] δευτερεύοντες παράγοντες
}

## Ο πίνακας αβεβαιότητας–επίδρασης.
matrix-no-drivers = Κανένας παράγοντας ακόμη: προσθέστε τους στην καρτέλα Παράγοντες.
matrix-show-spread = Εμφάνιση διασποράς
matrix-hint = Οι κουκκίδες αριθμούνται όπως στο υπόμνημα· ο δακτύλιος σημαίνει έντονη διαφωνία.
matrix-unscored = Χωρίς βαθμολογία ακόμη: { $titles }
matrix-uncertainty-axis = Αβεβαιότητα (μεγαλύτερη δεξιά)
matrix-impact-axis = Επίδραση (μεγαλύτερη πάνω)
matrix-summary = { $name }: μ.ο. { $mean }, διάμεσος { $median }, τ.α. { $sd }, { $min }–{ $max }
matrix-no-votes = { $name }: καμία ψήφος
matrix-disagree = Οι συμμετέχοντες διαφωνούν έντονα γι' αυτόν τον παράγοντα.
matrix-not-voted = δεν ψήφισαν ακόμη: { $count }
matrix-disagreement-mark = {" "}(διαφωνία)
matrix-select = Επιλογή παράγοντα { $text }

## Οι άξονες αβεβαιότητας. Το `side` είναι horizontal ή vertical.
axes-axis = { $side ->
    [horizontal] Οριζόντιος άξονας
   *[vertical] Κατακόρυφος άξονας
}
axes-left-pole = Αριστερός πόλος
axes-right-pole = Δεξιός πόλος
axes-bottom-pole = Κάτω πόλος
axes-top-pole = Πάνω πόλος
axes-missing-driver = ένας παράγοντας που λείπει
axes-missing-group = μια ομάδα που λείπει
axes-group = { $name } (σχετικοί παράγοντες)
axes-chosen = Επιλεγμένοι άξονες
axes-same-force = Και οι δύο άξονες αντιπροσωπεύουν την ίδια δύναμη (έναν παράγοντα ή παράγοντες μιας σχετικής ομάδας): τα τέσσερα σενάρια δεν θα διέφεραν. Επιλέξτε ανεξάρτητους άξονες.
axes-why = Γιατί: όλοι οι παράγοντες που εξετάστηκαν
axes-suggested = Προτεινόμενοι άξονες
axes-suggested-axis = { $side ->
    [horizontal] Οριζόντιος άξονας
   *[vertical] Κατακόρυφος άξονας
}: { $subject } (συνδυαστική βαθμολογία { $score })
axes-suggestion-two = Οι δύο ανεξάρτητες κρίσιμες αβεβαιότητες με τη μεγαλύτερη συνολική βαθμολογία.
axes-suggestion-one = Μόνο μία ανεξάρτητη κρίσιμη αβεβαιότητα: επιλέξτε μόνοι σας τον δεύτερο άξονα ή ξαναδείτε τις βαθμολογίες των παραγόντων κοντά στο κέντρο του πίνακα.
axes-suggestion-none = Κανένας παράγοντας δεν έχει ακόμη ταυτόχρονα μεγάλη επίδραση και υψηλή αβεβαιότητα: συγκεντρώστε περισσότερες ψήφους ή ξαναδείτε τις βαθμολογίες.
axes-use-suggested = Χρήση των προτεινόμενων αξόνων
axes-use-suggested-taken = Οι επιλεγμένοι άξονες αντιπροσωπεύουν τις προτεινόμενες δυνάμεις.
axes-use-suggested-tip = Οι πόλοι και η αιτιολόγηση για αυτές τις δυνάμεις διατηρούνται.
axes-renames-quadrants = Τα σενάρια γράφτηκαν για τους επιλεγμένους άξονες: νέοι άξονες μετονομάζουν τα τεταρτημόριά τους.
axes-no-votes = { $name }: καμία ψήφος ακόμη
axes-not-chosen = Δεν επιλέχθηκε
axes-pick-force = Επιλέξτε τη δύναμη του άξονα για να ονομάσετε τους πόλους του.
axes-not-critical = Όχι κρίσιμη αβεβαιότητα ({ $zone }): τα σενάρια σε αυτόν τον άξονα ίσως διαφέρουν λίγο.
axes-low-pole-hint = π.χ. Τιμωρητικό
axes-high-pole-hint = π.χ. Επανενταξιακό
axes-rationale = { $side ->
    [horizontal] Γιατί ο οριζόντιος άξονας
   *[vertical] Γιατί ο κατακόρυφος άξονας
}
axes-rationale-hint = Οι βαθμολογίες, η συζήτηση, τι συμφώνησε η ομάδα
why-chosen = επιλέχθηκε
why-lower = χαμηλότερη συνδυαστική βαθμολογία από τους δύο επιλεγμένους
why-a-chosen-driver = ένας επιλεγμένος παράγοντας
why-same-group = ίδια σχετική ομάδα με { $driver }
why-not-critical = όχι κρίσιμη αβεβαιότητα: { $zone }
why-no-votes = καμία ψήφος ακόμη
why-rank = Θέση
why-stands-for = Αντιπροσωπεύει
why-verdict = Απόφαση
why-itself = τον εαυτό του
preview-pole-not-named = πόλος χωρίς όνομα

## Τα σενάρια.
scenario-pole-not-named = (πόλος χωρίς όνομα)
scenario-axis = { $side ->
    [horizontal] Οριζόντιος άξονας
   *[vertical] Κατακόρυφος άξονας
}: { $subject }, από { $low } έως { $high }.
scenario-axis-not-chosen = { $side ->
    [horizontal] Οριζόντιος άξονας
   *[vertical] Κατακόρυφος άξονας
}: δεν επιλέχθηκε.
scenario-choose-axes = Επιλέξτε πρώτα τους δύο άξονες στην καρτέλα PESTLE (Άξονες αβεβαιότητας): τα τεταρτημόρια ονομάζονται από τους πόλους τους.
scenario-several = Περισσότερα από ένα σενάρια σε αυτό το τεταρτημόριο: συγχωνεύστε ή διαγράψτε ένα.
scenario-create = Δημιουργία σεναρίου
scenario-create-in = Δημιουργία σεναρίου: { $quadrant }
scenario-name = Όνομα σεναρίου, { $quadrant }
scenario-name-hint = Ονομάστε αυτό το μέλλον, π.χ. «Η φυλακή των σχέσεων»
scenario-narrative = Αφήγηση, { $quadrant }
scenario-narrative-hint = Πώς είναι αυτό το μέλλον για το προσωπικό και τους κρατούμενους
scenario-competencies = Ικανότητες που χρειάζεται αυτό το μέλλον
scenario-this = αυτό το σενάριο
scenario-delete = Διαγραφή σεναρίου
scenario-none-linked = Τίποτα συνδεδεμένο ακόμη.
scenario-deleted-link = μια διαγραμμένη εργασία ή στοιχείο
scenario-unlink = Αποσύνδεση
scenario-unlink-code = Αποσύνδεση { $code }
scenario-search-hint = Σύνδεση εργασίας ή γνώσης: γράψτε κωδικό (B-4, KS-2) ή λέξεις
scenario-search = Σύνδεση ικανότητας, { $quadrant }
scenario-no-match = Καμία εργασία ή γνώση δεν ταιριάζει.
scenario-link-tip = Σύνδεση με αυτό το σενάριο
scenario-more = Ταιριάζουν κι άλλα: γράψτε περισσότερα για να περιορίσετε τη λίστα.
