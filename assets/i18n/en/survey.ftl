# The verification survey's instrument: the questionnaire's own words in the
# XLSForm for KoboToolbox and ODK Collect, the data-entry workbook and the
# paper questionnaire, in the round's languages. English is the reference:
# every other language has exactly these messages with the same variables.
# These texts are read by prison and probation officers, often on a phone:
# keep them short and plain.

survey-form-title = Verification of the { $occupation } job profile
survey-intro = This questionnaire lists the tasks of the job as a panel of experienced workers described them. For each task, say whether you do it in your job, how important it is, how often you do it, how hard it is to learn, and whether new staff should be trained in it. Answer from your own experience; there are no right or wrong answers. No names are asked.
survey-profile = About you
survey-respondent-code = Respondent code
survey-respondent-code-hint = The code the organiser gave you, or any short code of your own. No names.
survey-country = Country
survey-country-hint = Two capital letters, e.g. CZ, DE, RO.
survey-level = Your position
survey-level-job-holder = Job holder (I do this job)
survey-level-supervisor = Supervisor
survey-level-trainer = Trainer
survey-level-manager = Manager
survey-sector = Where you work
survey-sector-public = Public service
survey-sector-private = Private company
survey-sector-ngo = Non-governmental organisation
survey-years = Years in this job
survey-language = Language of this questionnaire
survey-duty = Duty { $code }: { $title }
survey-performs = Do you perform this task?
survey-importance = How important is it for the job?
survey-frequency = How often do you perform it?
survey-difficulty = How difficult is it to learn?
survey-train = Should new staff be trained in it?
survey-comment = Comment (optional)
survey-missed = Tasks of this duty missing from the list (one per line)
survey-missed-page = Tasks missing from the list
survey-missed-hint = Write each task as a short action: a verb and what it is done to, e.g. "Search visitors' bags".
survey-yes = Yes
survey-no = No
survey-importance-1 = Not important
survey-importance-2 = Somewhat important
survey-importance-3 = Important
survey-importance-4 = Very important
survey-importance-5 = Critical
survey-frequency-1 = Yearly or less
survey-frequency-2 = Monthly
survey-frequency-3 = Weekly
survey-frequency-4 = Daily
survey-frequency-5 = Several times a day
survey-difficulty-1 = Very easy
survey-difficulty-2 = Easy
survey-difficulty-3 = Moderate
survey-difficulty-4 = Difficult
survey-difficulty-5 = Very difficult
survey-how-to-tick = Tick one box in each column. Leave the frequency empty for a task you do not perform; rate its importance and difficulty all the same.
survey-task = Task
survey-code = Code
survey-thank-you = Thank you. Please return the questionnaire to the organiser.
survey-page = Page { $page } of { $pages }

## The Survey part of the Verification tab (src/ui/survey_view.rs), and
## File › Survey.
verify-tab-panel = Panel ratings
verify-tab-survey = Survey
survey-view-none = No survey answers yet. File › Survey › Survey form… writes the questionnaire (an XLSForm for KoboToolbox or ODK Collect, or a CSV template); File › Survey › Import survey answers… reads what comes back.
survey-view-rounds = Rounds:
survey-view-countries = Countries:
survey-view-levels = Positions:
survey-view-sectors = Sectors:
survey-view-weighting = Pooled figures:
survey-view-per-respondent = every respondent counts the same
survey-view-per-country = each country equally
survey-view-pooled-per-respondent = pooled per respondent
survey-view-pooled-per-country = pooled equally per country
survey-view-summary = { $respondents ->
    [one] { $respondents } respondent
   *[other] { $respondents } respondents
} in { $rounds ->
    [one] { $rounds } round
   *[other] { $rounds } rounds
} ·
survey-view-sector-public = Public
survey-view-sector-private = Private
survey-view-sector-ngo = NGO
survey-view-level-job-holder = Job holders
survey-view-level-supervisor = Supervisors
survey-view-level-trainer = Trainers
survey-view-level-manager = Managers
survey-view-distribution = Who answered
survey-view-country = Country
survey-view-no-level = No position
survey-view-no-country = (none)
survey-view-total = Total
survey-warn-majority = { $country } holds { $respondents } of { $total } respondents: pooled figures mostly say what { $country } thinks. Weigh each country equally to compare.
survey-warn-few = { $country } has only { $respondents } respondents (fewer than { $minimum }): its own figures are uncertain.
survey-warn-level-absent = No answers from { $level } under this filter.
survey-warn-no-country = { $respondents ->
    [one] { $respondents } respondent gave no country.
   *[other] { $respondents } respondents gave no country.
}
survey-view-tasks = Tasks
survey-view-sort-priority = Highest priority first
survey-view-code = Code
survey-view-task = Task
survey-view-n = n
survey-view-performing = Perform
survey-view-importance = Importance
survey-view-frequency = Frequency
survey-view-difficulty = Difficulty
survey-view-priority = Priority
survey-view-train = Train
survey-view-rank = Rank
survey-view-panel = Panel
survey-view-marks = Marks
survey-view-formula = Figures: mean ± standard deviation. Priority = { $formula }.
survey-view-formula-if = mean importance × mean frequency (1–25)
survey-view-formula-ifd = mean importance × mean frequency × mean difficulty (1–125)
survey-view-panel-tip = The panel rated its importance { $panel }; the survey differs by { $difference }.
survey-mark-levels = { $level } { $supervisors } (n = { $supervisors-n }), job holders { $job-holders } (n = { $job-holders-n }): { $difference } apart, marked from { $threshold }.
survey-mark-country = { $country } ranks it { $rank }, the other countries { $others } (of { $ranked } tasks ranked in both).
survey-view-suggestions = { $count ->
    [one] { $count } suggested task waiting
   *[other] { $count } suggested tasks waiting
}
survey-view-no-suggestions = No suggested task waits for a decision.
survey-view-suggested-times = { $count ->
    [one] suggested once
   *[other] suggested { $count } times
}
survey-view-like-task = like { $code } on the chart
survey-view-statement = The task as it would go on the chart
survey-view-under-duty = under
survey-view-choose-duty = Choose a duty
survey-view-accept = Add to the chart
survey-view-reason = Why not (recorded)
survey-view-reject = Reject
survey-view-reason-first = Say why first: the reason is recorded with the suggestion.
menu-survey = Survey
cmd-survey-form = Survey form…
cmd-survey-form-tip = Write the verification questionnaire: an XLSForm (.xlsx) for KoboToolbox or ODK Collect, or a CSV template (.csv)
cmd-import-survey = Import survey answers…
cmd-import-survey-tip = Read the answers that came back (a CSV or .xlsx export, or the filled-in template) into a survey round, as one step you can undo
files-survey-form = Survey form
files-import-survey = Import survey answers
files-kind-survey-form = Survey form (XLSForm, paper PDF or CSV template)
files-kind-survey-answers = Survey answers (CSV or Excel)
notice-survey-form = Survey form written
notice-survey-form-text = { $file } is ready: upload it to KoboToolbox or ODK Central, or fill in the template and import it back.
notice-survey-imported = Survey answers imported
notice-survey-imported-text = Round “{ $round }”: { $added ->
    [one] { $added } respondent added
   *[other] { $added } respondents added
}, { $known } already there, { $suggestions ->
    [one] { $suggestions } suggested task
   *[other] { $suggestions } suggested tasks
}. Undo takes the whole import back.
notice-survey-changed = { $count ->
    [one] { $count } respondent is already in the round with other answers; the round's are kept: { $codes }
   *[other] { $count } respondents are already in the round with other answers; the round's are kept: { $codes }
}
cmd-export-survey-stats = Export survey figures…
cmd-export-survey-stats-tip = Write the per-task figures as the Survey view shows them (its filter and weighting), for R, SPSS or a spreadsheet: .xlsx or .csv
files-export-survey-stats = Export survey figures
files-kind-survey-stats = Survey figures (Excel or CSV)
notice-survey-stats = Survey figures written
notice-survey-stats-text = { $file }: the figures of { $respondents } respondents, as filtered and weighted in the Survey view.

# The paper questionnaire: the columns' headings (keep them short: a word
# or two above narrow columns of boxes), a duty's table continued on the
# next page, and how to answer.
survey-column-performs = I do it
survey-column-importance = Importance
survey-column-frequency = Frequency
survey-column-difficulty = Difficulty
survey-column-train = Train new staff?
survey-continued = { $duty } (continued)
survey-how-to = How to answer
survey-correct = To change an answer, fill the wrong box in completely and tick the right one.
cmd-survey-workbook = Data-entry workbook…
cmd-survey-workbook-tip = Write a workbook for typing in paper questionnaires: one row per questionnaire, a drop-down list in every answer cell; import it back when done
files-survey-workbook = Data-entry workbook
files-kind-survey-workbook = Excel workbook
notice-survey-workbook-text = { $file } is ready: type one paper questionnaire per row, then import it with File › Survey › Import survey answers…
