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

survey-column-performs = Την κάνω
survey-column-importance = Σημασία
survey-column-frequency = Συχνότητα
survey-column-difficulty = Δυσκολία
survey-column-train = Εκπαίδευση νέων;
survey-continued = { $duty } (συνέχεια)
survey-how-to = Πώς απαντάτε
survey-correct = Για να αλλάξετε μια απάντηση, μαυρίστε ολόκληρο το λάθος κουτί και σημειώστε το σωστό.
