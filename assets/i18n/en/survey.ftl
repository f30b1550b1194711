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
