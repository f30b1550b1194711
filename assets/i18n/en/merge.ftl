# Merging partner sessions: the Merge tab (src/ui/merge_view/), File › Merge
# sessions… (src/ui/merge_files.rs) and the file windows (src/ui/file_flow.rs).

## The Merge tab.
merge-of = of
merge-show-it = Show it in its view
merge-nothing = Nothing merged yet
merge-nothing-text = This session was not made by merging partner sessions. To build one consolidated profile from the countries' workshops, choose File › Merge sessions… and pick two or more session files. The merged session opens as a new document; the files you pick are only read.
merge-consolidated = { $count ->
    [one] Consolidated from { $count } partner session
   *[other] Consolidated from { $count } partner sessions
}
merge-dates = Dates
merge-tasks-held = Tasks it holds
merge-tasks-of = { $held } of { $count }
merge-notes-of = Notes of { $source }:
merge-shared-by-all = { $shared } of { $count } tasks are shared by every partner
merge-merged-elements = { $count ->
    [one] { $count } element was merged into another
   *[other] { $count } elements were merged into another
}
merge-proposed = { $count ->
    [one] { $count } proposed duplicate
   *[other] { $count } proposed duplicates
}
merge-to-resolve = { $count ->
    [one] { $count } conflict to resolve
   *[other] { $count } conflicts to resolve
}
merge-undo-note = Every choice below is one step of Edit › Undo (Ctrl+Z). The DACUM chart shows on each card how many partners share it.
merge-proposals = Proposed duplicates ({ $count })
merge-proposals-none = No proposed duplicates are waiting: no two partners' wordings are near enough to ask, or every pair was accepted or rejected.
merge-proposals-text = Partners wrote these nearly the same. Accept makes them one element held by both partners (the right-hand wording is kept as an alternative below, so nothing is lost); Reject marks them as different, and they are not proposed again.
merge-proposal = { $kind ->
    [person] Two people
    [duty] Two duties
    [task] Two tasks
    [list-item] Two list items
    [acronym] Two acronyms
    [driver] Two drivers
    [driver-group] Two driver groups
    [scenario] Two scenarios
   *[other] Two elements
}, { $percent } % alike
merge-proposal-tip = How many words the two have in common, counting inflected forms (search, searches) and one typing slip as the same word
merge-keep = Keep
merge-merge-into = Merge into it
merge-held-by = held by { $sources }
merge-accept = Accept
merge-accept-tip = The same { $kind ->
    [person] person
    [duty] duty
    [task] task
    [list-item] list item
    [acronym] acronym
    [driver] driver
    [driver-group] driver group
    [scenario] scenario
   *[other] element
}: merge “{ $absorb }” into “{ $keep }”
merge-accept-name = Accept: merge { $absorb } into { $keep }
merge-reject = Reject
merge-reject-tip = Different { $kind ->
    [person] people
    [duty] duties
    [task] tasks
    [list-item] list items
    [acronym] acronyms
    [driver] drivers
    [driver-group] driver groups
    [scenario] scenarios
   *[other] elements
}: keep both, never propose them again
merge-reject-name = Reject: { $keep } and { $absorb } differ
merge-conflicts = Conflicts ({ $count })
merge-conflicts-none = No conflicts are waiting: every value the partners disagreed on is decided.
merge-conflicts-text = Partners changed these differently. The highlighted value is the one the session holds now (the one most partners wrote, or one of the tied values); click the value to keep. That closes the conflict, and the other values stay on record under Decided.
merge-keep-value = Keep this value and close the conflict
merge-use-value = Use this value instead and close the conflict
merge-kept-now = kept now · { $sources }
merge-decided = Decided ({ $count })
merge-decided-none = No conflict has been decided yet.
merge-decided-text = Conflicts you settled. The session holds the value kept; the values set aside stay on record with the partners who wrote them, and merging a partner's file again does not raise them anew. Reopen makes a decision a conflict again.
merge-kept = Kept
merge-set-aside = Set aside
merge-reopen = Reopen
merge-reopen-tip = Make this a conflict again, with the values set aside to choose from
merge-reopen-name = Reopen: { $field } of { $what }
merge-variants = Other wordings ({ $count })
merge-variants-none = Every partner wrote the values the session holds the same way.
merge-variants-text = Partners wrote these the same but spelt them differently (capitals, diacritics, spacing, invisible characters). The session holds the plainest wording; the others stay on record with who wrote them.
merge-written-as = Written as
merge-also-written-as = also written as
merge-blank = (blank)
merge-no-source = no source session
merge-written-by = by { $sources }
merge-side-task = task { $code }
merge-side-duty = duty { $code }
merge-side-driver = { $category } driver

## What the model names in a merge (crates/dacum-model/src/merge/,
## provenance.rs), worded where it is shown: the Merge tab, the board's
## conflict notes, the findings list, the consolidated report; `merge
## --report` prints the English. Each stands alone: in a list, in brackets,
## after "of" (merge-of), so a plain form fits every place.

## The fields a conflict is about.
field-meta-title = session title
field-meta-occupation = occupation
field-meta-organisation = organisation
field-meta-sponsor = sponsor
field-meta-venue = venue
field-meta-country = country
field-meta-language = language
field-meta-start = start date
field-meta-end = end date
field-meta-notes = notes
field-priority-formula = priority formula
field-axes = axes of uncertainty
field-person-role = person's role
field-person-name = person's name
field-person-job-title = person's job title
field-person-organisation = person's organisation
field-person-country = person's country
field-person-years = person's years of experience
field-duty-title = duty title
field-task-statement = task statement
field-task-duty = duty of a task
field-list-item-text = list item
field-list-item-list = list of an item
field-acronym-term = acronym
field-acronym-meaning = acronym meaning
field-rating-task = task of a rating
field-rating-rater = rater
field-rating-importance = importance rating
field-rating-frequency = frequency rating
field-rating-difficulty = difficulty rating
field-rating-train = train or not
field-participant-name = participant's name
field-participant-organisation = participant's organisation
field-participant-country = participant's country
field-driver-category = driver category
field-driver-title = driver title
field-driver-description = driver description
field-vote-driver = driver of a vote
field-vote-participant = voter
field-vote-uncertainty = uncertainty vote
field-vote-impact = impact vote
field-group-name = driver group name
field-scenario-quadrant = scenario quadrant
field-scenario-name = scenario name
field-scenario-narrative = scenario narrative
field-presence = removed on one side

## The kinds of element.
kind-person = person
kind-duty = duty
kind-task = task
kind-list-item = list item
kind-acronym = acronym
kind-rating = rating
kind-participant = participant
kind-driver = driver
kind-vote = vote
kind-driver-group = driver group
kind-scenario = scenario

## An element in words. `code` is its DACUM code (B, B-3), `id` the start of
## its identity; `list`, `task` and `driver` are messages put in (list-name,
## describe-…); `rater` and `participant` are names, "?" when unknown.
describe-session = the session
describe-element = element { $id }
describe-duty = duty { $code } "{ $title }"
describe-task = task { $code } "{ $statement }"
describe-list-item = { $list } item "{ $text }"
describe-acronym = acronym { $term }
describe-person = { $role ->
    [panel] panel member
    [facilitator] facilitator
    [observer] observer
   *[respondent] survey respondent
} { $name }
describe-rating = { $rater }'s rating of { $task }
describe-participant = participant { $name }
describe-driver = driver "{ $title }"
describe-vote = { $participant }'s vote on { $driver }
describe-group = driver group "{ $name }"
describe-scenario = scenario "{ $name }"

## A value in a conflict. `text` is the partners' own words; `horizontal` and
## `vertical` are value-axis or value-no-axis; value-several puts a list
## together, one value and the rest.
value-text = "{ $text }"
value-number = { $number }
value-date = { $date }
value-yes = yes
value-no = no
value-blank = blank
value-unknown = ?
value-role = { $role ->
    [panel] Panel member
    [facilitator] Facilitator
    [observer] Observer
   *[respondent] Survey respondent
}
value-quadrant = { $quadrant ->
    [top-left] top left
    [top-right] top right
    [bottom-left] bottom left
   *[bottom-right] bottom right
}
value-axes = horizontal { $horizontal }, vertical { $vertical }
value-axis = { $low } – { $high }
value-no-axis = none
value-kept = kept
value-removed = removed
value-several = { $first }, { $rest }

## File › Merge sessions…
merging-title = Merging sessions
merging-progress = Reading and merging { $count } session files…
merging-none-chosen = no file was chosen
merging-one-chosen = only { $file } was chosen
merging-same-chosen = the same file was chosen more than once
merging-too-few = Choose at least two files
merging-too-few-text = Merging needs at least two session files, but { $chosen }.
    In the file dialog, hold Ctrl (or Shift) to choose several files.

    The open session was not changed.
merging-nothing = Nothing was merged
merging-unreadable-text = { $count ->
    [one] A file cannot be read:
   *[other] Some files cannot be read:
}
    { $errors }

    { $count ->
        [one] Fix it or leave it out, and merge again.
       *[other] Fix them or leave them out, and merge again.
    } The open session was not changed.
merging-stopped-text = The merge stopped unexpectedly: { $error }

    The open session was not changed.

## Choosing files (the system dialog, or a path typed in the app).
files-open = Open session
files-save-as = Save session as
files-import-csv = Import drivers and votes
files-export-csv = Export drivers and votes
files-merge = Merge sessions
files-kind-csv = CSV (spreadsheet)
files-kind-pdf = PDF document
files-kind-session = DACUM Studio session
files-none-chosen-several = No files were chosen. If no file dialog appeared on this desktop, type the paths of the session files to merge here, one a line:
files-none-chosen = No file was chosen. If no file dialog appeared on this desktop, type the file's path here:
files-paths = File paths
files-path = File path
files-open-button = Open
files-import-button = Import
files-export-button = Export
files-merge-button = Merge files
