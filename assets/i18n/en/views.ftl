# The DACUM views besides the board: the workshop guide, the PDF export window,
# the session editor, the supporting lists and the verification grid.

## The workshop guide (src/ui/workshop_guide.rs): the DACUM steps.
guide-orientation = Orientation
guide-orientation-hint = Welcome the panel, explain DACUM: they are the experts, you guide the process. Agree the ground rules and the two-day plan.
guide-scope = Review of job scope
guide-scope-hint = Agree the job title and where the job starts and ends. Note related jobs that are out of scope so they do not creep in later.
guide-duties = Duties brainstorm
guide-duties-hint = Ask: what are the major areas of responsibility? Aim for 6–12 duties, each starting with a verb. Capture first, refine later.
guide-tasks = Tasks per duty
guide-tasks-hint = Take one duty at a time. Ask: what do you do to …? Each task: verb + object, observable, 2–8 words. Press Enter after each task.
guide-review = Review and refine statements
guide-review-hint = Walk through the warnings: vague or unobservable verbs, two tasks in one, duplicates, long statements. The panel decides.
guide-sequence = Sequence tasks and duties
guide-sequence-hint = Order tasks as they usually happen, duties from most to least central. Drag cards or use Alt+arrows; codes follow.
guide-lists = Supporting lists
guide-lists-hint = General knowledge and skills, worker behaviours, tools and equipment, future trends and concerns, acronyms.
guide-verification = Verification
guide-verification-hint = Each panel member (or survey respondent) rates every task for importance, frequency and difficulty, and whether it needs training.
guide-make-current = Make this the current step
guide-time-in-step = In this step: { $time }
guide-previous = Previous step
guide-next = Next step
guide-total = Workshop time: { $time }

## File › Export PDF… (src/ui/pdf_export.rs).
pdf-title = Export PDF
pdf-reports = Reports
pdf-report-chart = DACUM Research Chart
pdf-report-profile = Competency profile
pdf-report-pestle = PESTLE and scenario report
pdf-report-verification = Verification report (survey)
pdf-paper = Paper
paper-a4 = A4
paper-a3 = A3
paper-letter = Letter
pdf-leave-out-names = Leave out personal names (a copy to share with stakeholders)
pdf-report-language = Report language
pdf-export = Export…
pdf-choose-a-report = Choose at least one report.
pdf-page-count = { $count ->
    [one] The PDF will have { $count } page.
   *[other] The PDF will have { $count } pages.
}
pdf-cannot-prepare = Cannot prepare the PDF: { $error }
pdf-counting = Counting pages…

## The session view (src/ui/session_editor.rs, session_editor/people.rs).
session-details = Session details
session-people = People
session-title = Title
session-title-hint = e.g. Prison officer — national DACUM
session-occupation = Occupation
session-occupation-hint = The job analysed, e.g. Prison officer
session-organisation = Organisation
session-sponsor = Sponsor
session-venue = Venue
session-country = Country
session-language = Language
session-notes = Notes
session-start-date = Start date
session-end-date = End date
session-pick = Pick from the list
session-pick-country = Pick country from the list
session-pick-language = Pick language from the list
session-country-uk = The ISO code of the United Kingdom is GB
session-country-el = The ISO code of Greece is GR
session-country-unknown = { $code } is not a European country code
session-date-shape = Write the date as YYYY-MM-DD, e.g. 2025-03-11
session-date-no-such-day = { $date } is not a day of the calendar
session-ends-before-start = The workshop ends before it starts
person-name = Name
person-job-title = Job title
person-years = Years of experience
person-years-short = Years
person-years-error = Years: a whole number, e.g. 12
person-field = { $field }, { $who }
people-from-countries = { $people } from { $count ->
    [one] { $count } country
   *[other] { $count } countries
}
people-experience = { $count ->
    [one] { $count } year of combined experience
   *[other] { $count } years of combined experience
}
people-panel-count = { $count ->
    [one] { $count } panel member
   *[other] { $count } panel members
}
people-panel-heading = Panel members ({ $count })
people-panel-add = Add panel member
people-panel-row = panel member { $number }
people-facilitator-count = { $count ->
    [one] { $count } facilitator
   *[other] { $count } facilitators
}
people-facilitator-heading = Facilitators ({ $count })
people-facilitator-add = Add facilitator
people-facilitator-row = facilitator { $number }
people-observer-count = { $count ->
    [one] { $count } observer
   *[other] { $count } observers
}
people-observer-heading = Observers ({ $count })
people-observer-add = Add observer
people-observer-row = observer { $number }
people-respondent-count = { $count ->
    [one] { $count } survey respondent
   *[other] { $count } survey respondents
}
people-respondent-heading = Survey respondents ({ $count })
people-respondent-add = Add survey respondent
people-respondent-row = survey respondent { $number }

## The supporting lists (src/ui/supporting_lists.rs). `kind` is knowledge,
## behaviour, tool or trend.
list-title = { $kind ->
    [knowledge] General knowledge and skills
    [behaviour] Worker behaviours
    [tool] Tools, equipment, supplies and materials
   *[trend] Future trends and concerns
} ({ $number })
list-none = { $kind ->
    [knowledge] No knowledge or skill yet.
    [behaviour] No worker behaviour yet.
    [tool] No tool, equipment or material yet.
   *[trend] No trend or concern yet.
}
list-add = { $kind ->
    [knowledge] Add knowledge or skill
    [behaviour] Add worker behaviour
    [tool] Add tool, equipment or material
   *[trend] Add trend or concern
}
list-item = { $kind ->
    [knowledge] Knowledge or skill
    [behaviour] Worker behaviour
    [tool] Tool, equipment or material
   *[trend] Trend or concern
} { $number }
list-row = { $kind ->
    [knowledge] knowledge or skill
    [behaviour] worker behaviour
    [tool] tool, equipment or material
   *[trend] trend or concern
} { $number }
## A list's title inside another message (a conflict, a long-text warning).
list-name = { $kind ->
    [knowledge] General knowledge and skills
    [behaviour] Worker behaviours
    [tool] Tools, equipment, supplies and materials
   *[trend] Future trends and concerns
}
acronyms-title = Acronyms ({ $count })
acronyms-none = No acronyms yet.
acronyms-add = Add acronym
acronym-term = Acronym { $number }
acronym-term-hint = e.g. CPT
acronym-meaning = Meaning of acronym { $number }
acronym-meaning-hint = What it stands for
acronym-row = acronym { $number }

## The verification grid (src/ui/verification_grid.rs).
verify-no-tasks = There are no tasks to rate yet: build the chart first.
verify-no-raters = No raters yet: add panel members or survey respondents in the Session view.
verify-rater = Rater:
verify-rater-done = { $name } ({ $count } rated)
verify-priority-index = Priority index:
verify-formula-if = Importance × Frequency
verify-formula-ifd = Importance × Frequency × Difficulty
formula-if = mean importance × mean frequency (1–25)
formula-ifd = mean importance × mean frequency × mean difficulty (1–125)
verify-sort = Sort by priority
verify-keys = Type 1–5 for importance, frequency and difficulty, y or n for training; the cursor moves on by itself.
verify-code = Code
verify-task = Task
verify-i = I
verify-f = F
verify-d = D
verify-train-short = Train
verify-train-keys = y = should be trained, n = not needed
verify-priority = Priority
verify-raters = Raters
verify-importance = Importance
verify-frequency = Frequency
verify-difficulty = Difficulty
verify-train = Train
verify-train-percent = Train %
verify-stat-tip = Mean ± standard deviation over all raters; orange when raters disagree strongly (a range of 3 points or a standard deviation of 1.2 or more)
verify-cell = { $field } of { $code } by { $rater }
verify-anchor-importance-1 = Not important
verify-anchor-importance-2 = Somewhat important
verify-anchor-importance-3 = Important
verify-anchor-importance-4 = Very important
verify-anchor-importance-5 = Critical
verify-anchor-frequency-1 = Yearly or less
verify-anchor-frequency-2 = Monthly
verify-anchor-frequency-3 = Weekly
verify-anchor-frequency-4 = Daily
verify-anchor-frequency-5 = Several times a day
verify-anchor-difficulty-1 = Very easy
verify-anchor-difficulty-2 = Easy
verify-anchor-difficulty-3 = Moderate
verify-anchor-difficulty-4 = Difficult
verify-anchor-difficulty-5 = Very difficult

## Translate view
view-translate = Translate
translate-choose = Choose a language to translate into: type its code (cs, de, ro, de-AT …) and press Add language.
translate-show = Show:
translate-filter-all = All
translate-filter-missing = Missing
translate-filter-stale = Stale
translate-filter-draft = Draft
translate-from = From { $language } into
translate-no-translations-yet = { $language } (no translations yet)
translate-add-hint = add: cs, de-AT …
translate-new-language = New language code
translate-add = Add language
translate-add-invalid = a language code such as cs or de-AT, not the working language
translate-progress = { $done } of { $tasks } tasks in { $language } · { $texts-done } of { $texts } texts · { $stale } stale · { $drafts } { $drafts ->
    [one] draft
   *[other] drafts
}
translate-no-texts = This session has no texts yet.
translate-none-in-state = No text is in this state.
translate-code = Code
translate-source = Source ({ $language })
translate-target = Translation ({ $language })
translate-state = State
translate-field = Translation of { $what }
translate-state-missing = missing
translate-state-missing-tip = Not translated yet: reports show the source text, marked.
translate-state-stale = stale
translate-state-stale-tip = The source text changed after this was translated: check it, then mark it reviewed.
translate-state-draft = draft
translate-state-draft-tip = Translated, not yet checked.
translate-state-reviewed = reviewed
translate-state-reviewed-tip = Translated and checked against the source as it reads now.
translate-mark-reviewed = Mark reviewed
translate-mark-reviewed-tip = The translation is right for the source as it reads now.
translate-kind-duty = Duty
translate-kind-task = Task
translate-kind-list-item = List item
translate-kind-acronym = Acronym meaning
translate-kind-driver = Driver
translate-kind-driver-description = Driver description
translate-kind-pole = Pole of an axis
translate-kind-rationale = Rationale of an axis
translate-kind-scenario-name = Scenario name
translate-kind-scenario-narrative = Scenario narrative

## File › Translations
menu-translations = Translations
cmd-export-translations = Export for translators…
cmd-export-translations-tip = Write the texts and their translations into the Translate view's language as XLIFF (for CAT tools) or as a form for a spreadsheet (.xlsx or .csv); the file name's ending decides
cmd-import-translations = Import translations…
cmd-import-translations-tip = Bring a translator's XLIFF file or form (.xlsx or .csv) back into the session; nothing is imported if any unit is wrong
files-export-translations = Export for translators
files-import-translations = Import translations
files-kind-translations = XLIFF or form (Excel, CSV)
error-no-translation-language = Choose a language first
error-no-translation-language-text = In the Translate view, add or pick the language to translate into, then export again.
notice-translations-imported = Translations imported
notice-translations-imported-text = { $imported } translations into { $language } imported, { $unchanged } unchanged, { $empty } left empty. Undo takes the whole import back.
notice-translations-source-changed = The source of { $codes } changed since the file was made: imported as drafts, shown as stale.

## Display language (View › Texts in): the board, the lists and the PESTLE views in a language the session holds
menu-texts-in = Texts in
menu-texts-in-working = { $language } (working language)
status-texts-in = Texts in { $language }
status-texts-in-tip = The board, the lists and the PESTLE views show this language; typing there edits its translation. View › Texts in switches back.
texts-in-fallback-tip = Not translated yet: the text in { $language }, the working language.
texts-in-stale = stale
texts-in-stale-tip = The source text changed after this was translated: check it in the Translate view.
board-translating = Typing edits the { $language } translation. Statement checks are shown in the working language only.
