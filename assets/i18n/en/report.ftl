## The fixed texts of the PDF reports (crates/dacum-export). The reports'
## language is chosen in the export window or with `export --ui-language`.
## Keep labels short: table headers and the boxes of the chart shrink a text
## that does not fit. The PESTLE categories and the matrix zones are the
## interface's messages in pestle.ftl.

## The three reports: their names (also the outline's top entries), the
## running header of every page and the subtitle of the title block.
report-chart = DACUM Research Chart
report-profile = Competency profile
report-pestle = PESTLE and scenario report
report-chart-header = DACUM Research Chart — { $occupation }
report-profile-header = Competency profile — { $occupation }
report-pestle-header = PESTLE and scenario report — { $occupation }
report-chart-subtitle = DACUM Research Chart for { $occupation }
report-profile-subtitle = Competency profile for { $occupation }
report-pestle-subtitle = Drivers of change and scenarios for { $occupation }
## When the session names no occupation.
report-the-occupation = the occupation
## The PDF's title when it holds all three reports, and a keyword.
report-all-title = { $occupation } — DACUM chart, competency profile and PESTLE report
report-keyword-scenarios = scenarios

## The footer of every page.
report-page-of = Page { $page } of { $pages }
report-personal-data = Contains personal data: the names of the panel and the participants.
report-stakeholder-copy = Stakeholder copy: personal names withheld.

## The title block's facts.
report-fact-date = Date
report-fact-venue = Venue
report-fact-produced-for = Produced for
report-fact-produced-by = Produced by
report-fact-workshop = Workshop
report-fact-language = Language
## Dates: `month` is a number (1–12) that report-month names in the form a
## date takes; `report-date-days` is a range within a month,
## `report-date-months` one within a year.
report-month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
report-date = { $day } { $month } { $year }
report-date-days = { $from }–{ $to } { $month } { $year }
report-date-months = { $from } { $from-month } – { $to } { $to-month } { $year }
## "a, b and c": `first` is "a, b".
## The decimal mark of the scores ("4.5", "4,5").
report-decimal-mark = .
report-and = { $first } and { $last }

## The chart.
report-duties-and-tasks = Duties and tasks
report-no-duties = No duties have been written yet.
report-no-tasks = No tasks yet.
## Under a duty's box continued from the previous page: keep it short.
report-continued = (continued)
report-supporting-lists = Supporting lists
## `kind` is knowledge, behaviour, tool, trend or acronyms.
report-list = { $kind ->
    [knowledge] General knowledge and skills
    [behaviour] Worker behaviours
    [tool] Tools, equipment, supplies and materials
    [trend] Future trends and concerns
   *[acronyms] Acronyms
}
report-list-continued = { $list } (continued)
report-panel-bookmark = Panel and facilitators
report-panel-heading = DACUM panel and facilitators
report-column-name = Name
report-column-role = Role
report-column-job-title = Job title
report-column-organisation = Organisation
report-column-country = Country
report-column-years = Years of experience
## `role` is panel, facilitator, observer or respondent.
report-role = { $role ->
    [panel] Panel member
    [facilitator] Facilitator
    [observer] Observer
   *[respondent] Survey respondent
}
## A stakeholder copy's panel, in pieces: "…: 7 expert workers" + " from CZ,
## DE" + ", with 5 to 20 years of experience" + ".", then the facilitators.
report-anonymous-panel = { $count ->
    [one] Personal names are withheld in this copy. The panel: { $count } expert worker
   *[other] Personal names are withheld in this copy. The panel: { $count } expert workers
}
report-anonymous-countries = from { $countries }
report-anonymous-years = with { $min } to { $max } years of experience
report-anonymous-facilitators = { $count ->
    [one] Facilitated by { $count } facilitator.
   *[other] Facilitated by { $count } facilitators.
}

## A consolidated (merged) session: how widely a task is shared.
report-shared-added = added after the merge
report-shared-all = all { $count }
report-shared-some = { $held } of { $count }
report-shared-other-wordings = { $count ->
    [one] { $count } other wording
   *[other] { $count } other wordings
}
## `place` is chart (the line at the foot of each task box) or profile (the
## column "Shared by"); `labels` are the sessions' labels, "CZ, LT, RO".
report-sharing-key = Consolidated from { $count } sessions ({ $labels }). { $place ->
    [chart] The small line at the foot of each task box
   *[profile] The column "Shared by"
} shows how many of them hold the task and which ("all" when every one does), and "other wording" where the sessions word a task differently and the coordinator has not yet settled it; the merged sessions are listed under "Merged sessions".
report-merged-sessions = Merged sessions
report-column-label = Label
report-column-workshop = Workshop
report-column-language = Language
report-column-dates = Dates
report-column-tasks = Tasks
report-summary = Of the { $tasks } tasks: { $parts }.
report-summary-all = { $count } in all { $sessions } sessions
## `place` is most, some, single or added.
report-summary-part = { $count } { $place ->
    [most] in more than half of them
    [some] in two or more, but no more than half
    [single] in one session only
   *[added] added after the merge
}
report-summary-open = Differences between the sessions still open: { $count }. Where the sessions disagree, the reports show the value most of them hold.
report-also-written-as = Also written as
## `field` and `element` are named in English by the model ("Task statement",
## "task A-1 …"); `wordings` are quoted, with the sessions that wrote them.
report-also-written-as-line = { $field } of { $element }: also written as { $wordings }.

## The competency profile.
report-profile-introduction = This profile lists the { $duties ->
    [one] { $duties } duty
   *[other] { $duties } duties
} and { $tasks ->
    [one] { $tasks } task
   *[other] { $tasks } tasks
} of the DACUM chart.
report-not-verified = The tasks have not been verified yet.
report-verified = { $raters ->
    [one] { $raters } rater verified { $tasks } of the tasks.
   *[other] { $raters } raters verified { $tasks } of the tasks.
}
## `formula` is if (importance × frequency) or ifd (× difficulty too).
report-priority-formula = The priority index is { $formula ->
    [if] mean importance × mean frequency (1–25)
   *[ifd] mean importance × mean frequency × mean difficulty (1–125)
}.
report-ratings-key = Importance, frequency and difficulty are means on 1–5 scales, followed by the standard deviation (±); ▲ marks strong disagreement among raters (a range of three points or more, or a standard deviation of 1.2 or more). Train? is the raters' recommendation: Yes when most of those who answered said the task should be trained (yes answers / answers). The training decision itself rests with the curriculum developers.
report-most-critical = Most critical tasks
report-most-critical-intro = { $count ->
    [one] The { $count } task with the highest priority index: where a curriculum can start.
   *[other] The { $count } tasks with the highest priority index: where a curriculum can start.
}
report-column-rank = Rank
report-column-code = Code
report-column-task = Task
report-column-shared-by = Shared by
report-column-importance = Importance
report-column-frequency = Frequency
report-column-difficulty = Difficulty
report-column-priority = Priority
report-column-train = Train?
## The raters' training recommendation: `verdict` is yes, split or no.
report-train-verdict = { $verdict ->
    [yes] Yes
    [split] Split
   *[no] No
}

## The PESTLE and scenario report.
report-no-drivers = No drivers of change have been mapped in this session.
report-pestle-introduction = { $participants ->
    [one] { $participants } participant
   *[other] { $participants } participants
} scored { $drivers ->
    [one] { $drivers } driver
   *[other] { $drivers } drivers
} of change for uncertainty (how unpredictable the driver's future is) and impact (how strongly it would change the job), each on a scale of 1 to 5. Every vote is kept: the tables show the mean and the standard deviation, and a ▲ marks drivers on which the participants disagree strongly.
report-participants = Participants: { $names }.
report-participants-withheld = The participants' names are withheld in this copy.
report-drivers-by-category = Drivers by category
report-column-number = No.
report-column-driver = Driver
report-column-description = Description
report-column-uncertainty = Uncertainty
report-column-impact = Impact
report-column-zone = Zone
report-not-scored = Not scored
report-matrix = Uncertainty–impact matrix
report-matrix-x-axis = Uncertainty (mean score, 1–5) →
report-matrix-y-axis = ↑ Impact (mean score, 1–5)
report-matrix-ring = A ring around a dot marks strong disagreement among the participants.
## A driver whose name did not fit beside its dot: "7. Drug smuggling (U
## 4.2, I 4.5)", U for uncertainty and I for impact.
report-matrix-legend-entry = { $number }. { $driver } (U { $uncertainty }, I { $impact })
report-matrix-not-scored = Not scored yet: { $drivers }
report-matrix-legend-intro = Drivers whose names did not fit beside their dot:
report-matrix-legend-later = The drivers whose names did not fit beside their dot are listed on the next page.
report-matrix-legend = Legend of the uncertainty–impact matrix
report-scenario-matrix = Scenario matrix
report-axes = Axes of uncertainty
report-no-axes = No axes have been chosen yet.
## `direction` is horizontal or vertical; `subject` a driver or a group.
report-axis-heading = { $direction ->
    [horizontal] Horizontal axis
   *[vertical] Vertical axis
}: { $subject }
report-axis-group = { $group } (related drivers: { $drivers })
report-axis-gone = a driver that is no longer in the session
report-axis-poles = { $direction ->
    [horizontal] From “{ $low }” (left) to “{ $high }” (right).
   *[vertical] From “{ $low }” (bottom) to “{ $high }” (top).
}
report-scenarios-in-full = Scenarios in full
report-no-scenario = No scenario written for this quadrant.
report-competencies-required = Competencies required:
report-narrative-later = The narrative is given in full after this matrix.
report-requires = Requires: { $what }
report-requires-items = { $count ->
    [one] { $count } item of the supporting lists
   *[other] { $count } items of the supporting lists
}
report-future-requires = Competencies this future requires:

## The verification report: what a survey's respondents said of the chart.
## Respondents are known by codes, the panel's raters only by number;
## `weighting` is per-respondent or per-country.
report-verification = Verification report
report-verification-header = Verification report — { $occupation }
report-verification-subtitle = Verification survey of the { $occupation } job profile
report-keyword-survey = verification survey
report-verification-note = No personal names: respondents are known by their codes, the panel's raters only by number.
report-fact-survey = Survey
report-fact-respondents = Respondents
report-fact-weighting = Weighting
## A round's name with its dates: "Verification survey 2025 (1 April – 15 May 2025)".
report-round-dates = { $round } ({ $dates })
report-respondents-in-countries = { $respondents } in { $countries ->
    [one] { $countries } country
   *[other] { $countries } countries
}
report-weighting = { $weighting ->
    [per-respondent] every respondent weighs the same
   *[per-country] every country weighs the same
}
report-weighting-note = { $weighting ->
    [per-respondent] Pooled figures weigh every respondent the same, so a country with more respondents weighs more.
   *[per-country] Pooled figures weigh every country the same, whatever its number of respondents: a mean is the mean of the countries' means.
}
report-verification-introduction = { $respondents ->
    [one] { $respondents } respondent
   *[other] { $respondents } respondents
} answered about the { $tasks ->
    [one] { $tasks } task
   *[other] { $tasks } tasks
} of the chart: whether they perform each, how important, frequent and difficult it is on scales of 1 to 5, and whether new staff should be trained in it.
report-no-survey-answers = No survey answers have been imported yet.
report-removed-tasks = { $count ->
    [one] { $count } task asked about in the survey is no longer in the chart: its answers stay in the session but are not shown here.
   *[other] { $count } tasks asked about in the survey are no longer in the chart: their answers stay in the session but are not shown here.
}
## A whole per cent: "83%".
report-percent = { $value }%
report-responses = Who answered
## `level` is job-holder, supervisor, trainer, manager or none.
report-level = { $level ->
    [job-holder] Job holders
    [supervisor] Supervisors
    [trainer] Trainers
    [manager] Managers
   *[none] Not given
}
report-no-country = Not given
report-column-total = Total
report-warning-majority = { $country } gave { $respondents } of the { $total } answers, more than half: the pooled figures lean towards { $country }.
report-warning-few = { $country } has { $respondents ->
    [one] only { $respondents } respondent
   *[other] only { $respondents } respondents
}, fewer than { $minimum }: its own figures are uncertain.
report-warning-level-absent = No respondent is { $level ->
    [job-holder] a job holder
    [supervisor] a supervisor
    [trainer] a trainer
   *[manager] a manager
}.
report-warning-no-country = { $respondents ->
    [one] { $respondents } respondent gave no country.
   *[other] { $respondents } respondents gave no country.
}
report-distribution-even = No country gave more than half of the answers, and every country has at least { $minimum } respondents.
report-ranked-tasks = Tasks ranked by priority
report-ranked-key = n is the number of respondents who answered about a task; Perform is the share of them who perform it; importance, frequency and difficulty are means on the 1–5 scales with the standard deviation (±); Train is the share who say new staff should be trained in it. Tasks no one rated come last, in chart order.
report-column-n = n
report-column-perform = Perform
report-column-train-share = Train
report-dot-plots = Importance by duty
report-dot-plot-key = A dot is a task's mean importance in the survey, the line through it one standard deviation to either side; an open circle is the panel's mean; n is the number of respondents who rated the task's importance.
report-divergences = Divergences
report-level-gaps = Supervisors and job holders
report-level-gaps-intro = Tasks whose mean importance differs between supervisors and job holders by { $gap } or more, each side with at least { $n } scores: DOE-HDBK-1078 asks for such differences to be looked into. Means with the standard deviation and, in brackets, the number of scores.
report-no-level-gaps = On every task, supervisors and job holders differ by less than { $gap } in mean importance (where each side has at least { $n } scores).
report-column-supervisors = Supervisors
report-column-job-holders = Job holders
report-column-difference = Difference
report-country-gaps = Countries
report-country-gaps-intro = Tasks a country ranks far from where the other countries together rank them by mean importance: { $share } of the ranked tasks apart or more, each side with at least { $n } scores.
report-no-country-gaps = No country ranks a task that far from where the other countries rank it.
report-column-rank-there = Rank there
report-column-rank-elsewhere = Rank elsewhere
report-column-mean-there = Mean there
report-column-mean-elsewhere = Mean elsewhere
report-rank-of = { $rank } of { $ranked }
report-panel-vs-survey = Panel and survey
report-panel-vs-survey-intro = The workshop panel's own ratings ({ $raters ->
    [one] { $raters } rater
   *[other] { $raters } raters
}) beside the survey's: mean importance with the standard deviation, the difference (survey − panel), and each side's rank by mean importance.
report-no-panel-ratings = The panel has not rated the tasks, so there is nothing to set the survey beside.
report-column-panel = Panel
report-column-survey = Survey
report-column-panel-rank = Panel rank
report-column-survey-rank = Survey rank
report-suggested-tasks = Suggested tasks
report-suggested-intro = { $count ->
    [one] { $count } task a respondent says the chart misses, by duty.
   *[other] { $count } tasks respondents say the chart misses, by duty; similar wordings are grouped.
}
report-no-suggestions = No respondent suggested a missing task.
report-column-duty = Duty
report-column-suggested-task = Suggested task
report-column-suggested-by = Suggested by
report-column-decision = Decision
## `decision` is open, accepted (with the task's `code`) or rejected (with
## the `reason`).
report-decision = { $decision ->
    [open] Open
    [accepted] Added as { $code }
   *[rejected] Not added: { $reason }
}
report-similar = Similar: { $statements }
report-no-duty = No duty given
report-anonymous = anonymous
