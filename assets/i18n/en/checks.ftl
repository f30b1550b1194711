# What the checks say: the statement rules on every duty and task, which rules
# a language gets, and the whole-session checks of the findings list and the
# `check` command. English is the reference: every other language has exactly
# these messages with the same variables.
#
# Variables named $words, $typed, $verb, $first, $second, $and and $or hold
# words of the statement itself, in the statement's language: they are never
# translated, only put in this language's quotation marks. Verbs quoted inside
# the English-statement messages (check-en-*) are English words the facilitator
# should type, so they stay English in every language.

## Every language's statements.
check-empty-duty = This duty has no title yet
check-empty-task = This task has no statement yet
check-same-as = Same as { $codes }
check-nearly-same-as = Nearly the same as { $codes }: the same words with other endings
check-too-long = { $count } words: a task reads best in { $max } words or fewer (2–3 are often enough)
check-joined-semicolon = Two statements joined by “;”: one statement should name one action; consider splitting it
check-joined-slash = Two statements joined by “/”: one statement should name one action; consider splitting it
check-joined-sentences = Two sentences in one statement: one statement should name one action; consider splitting it
check-may-join-two = “{ $words }” may join two tasks: one statement should name one action; consider splitting it

## English statements: the quoted verbs are English examples to type.
check-en-drop-lead-in = Start with the action verb: drop or move “{ $typed }”, e.g. “{ $verb } …”
check-en-base-form = Use the verb's base form: “{ $verb } …” rather than “{ $typed } …”
check-en-not-action-verb-duty = “{ $typed }” is not a known action verb: start with what the worker does, e.g. “Maintain …” or “Supervise …”
check-en-not-action-verb-task = “{ $typed }” is not a known action verb: start with what the worker does, e.g. “Search …” or “Record …”
check-en-explain = “{ $words }” cannot be observed: start with what the worker does, e.g. “Explain …”
check-en-apply = “{ $words }” cannot be observed: start with what the worker does, e.g. “Apply …”
check-en-identify = “{ $words }” cannot be observed: start with what the worker does, e.g. “Identify …”
check-en-use = “{ $words }” cannot be observed: start with what the worker does, e.g. “Use …” or “Review …”
check-en-knowledge = “{ $words }” names knowledge, not a task: list it under general knowledge and skills, or start with what the worker does, e.g. “Apply …”
check-en-attitude = “{ $words }” describes an attitude, not a task: list it under worker behaviours, or start with what the worker does
check-en-quality = “{ $words }” describes a quality, not a task: list it under worker behaviours, or start with what the worker does
check-en-ability = “{ $words }” describes an ability, not a task: start with the action itself
check-en-handle = “{ $words }” is vague: say exactly what the worker does, e.g. “Resolve …”, “Record …” or “Process …”
check-en-part = “{ $words }” does not say what the worker does: name their part, e.g. “Present …” or “Record …”
check-en-oversee = “{ $words }” is vague: say what the worker does, e.g. “Supervise …” or “Inspect …”
check-en-resolve = “{ $words }” is vague: say what the worker does, e.g. “Resolve …” or “Refer …”
check-en-charge = “{ $words }” names a responsibility, not an action: start with the action, e.g. “Maintain …” or “Supervise …”
check-en-help = “{ $words }” is vague: say what the help is, e.g. “Escort …” or “Explain …”
check-en-work-with = “{ $words }” is vague: say what the worker does with them, e.g. “Coordinate … with …” or “Refer … to …”
check-en-result = “{ $words }” names a result, not an action: say what the worker does to achieve it, e.g. “Check …” or “Inspect …”
check-en-attempt = “{ $words }” describes an attempt: start with the action itself

## German, Czech, Slovenian and Romanian statements. $form is one of the
## check-form-* messages; $first and $second are example statements.
check-form-infinitive = the infinitive
check-form-third-person-or-infinitive = the 3rd person or the infinitive
check-use-task-form = Use { $form }: “{ $verb } …” rather than “{ $typed } …”
check-not-action-verb-first = “{ $typed }” does not read as an action verb: start with what the worker does, in { $form }, e.g. “{ $first }” or “{ $second }”
check-not-action-verb-last = “{ $typed }” does not read as an action verb: end with what the worker does, in { $form }, e.g. “{ $first }” or “{ $second }”
check-know = “{ $words }” cannot be observed: name what the worker does with the knowledge, e.g. applies, explains or checks it
check-aware = “{ $words }” cannot be observed: name what the worker does, e.g. identifies or reports it
check-familiar = “{ $words }” cannot be observed: name what the worker does, e.g. uses or reviews it
check-knowledge = “{ $words }” names knowledge, not a task: list it under general knowledge and skills, or name what the worker does with it
check-quality = “{ $words }” describes a quality, not a task: list it under worker behaviours, or name what the worker does
check-ability = “{ $words }” describes an ability, not a task: name the action itself
check-resolve = “{ $words }” is vague: say exactly what the worker does, e.g. resolves, records or refers
check-part = “{ $words }” does not say what the worker does: name their part, e.g. presents or records
check-oversee = “{ $words }” is vague: say what the worker does, e.g. supervises or inspects
check-charge = “{ $words }” names a responsibility, not an action: start with the action itself
check-help = “{ $words }” is vague: say what the help is, e.g. escorts or explains
check-result = “{ $words }” names a result, not an action: say what the worker does to achieve it, e.g. checks or inspects
check-attempt = “{ $words }” describes an attempt: name the action itself

## Which rules a statement's language gets (the session view and the
## findings list). $language is a language-name message.
rules-summary-words = Statement rules for { $language }: action verb, knowing and vague verbs, two actions joined by “{ $and }”, “{ $or }”, length, two statements joined, duplicates
rules-summary-neutral = No verb rules for { $language } yet: only length, two statements joined and duplicates are checked
rules-summary-none = No statement language set: only length, two statements joined and duplicates are checked
language-name = { $tag ->
    [bg] Bulgarian
    [bs] Bosnian
    [ca] Catalan
    [cs] Czech
    [da] Danish
    [de] German
    [el] Greek
    [en] English
    [es] Spanish
    [et] Estonian
    [eu] Basque
    [fi] Finnish
    [fr] French
    [ga] Irish
    [hr] Croatian
    [hu] Hungarian
    [is] Icelandic
    [it] Italian
    [lb] Luxembourgish
    [lt] Lithuanian
    [lv] Latvian
    [mk] Macedonian
    [mt] Maltese
    [nb] Norwegian Bokmål
    [nl] Dutch
    [nn] Norwegian Nynorsk
    [no] Norwegian
    [pl] Polish
    [pt] Portuguese
    [ro] Romanian
    [ru] Russian
    [sk] Slovak
    [sl] Slovenian
    [sq] Albanian
    [sr] Serbian
    [sv] Swedish
    [tr] Turkish
    [uk] Ukrainian
   *[other] the language “{ $tag }”
}

## Translations (the findings list and `check`).
check-translations-bad-tag = translations are filed under “{ $language }”, which is not a language tag in its usual spelling (such as “cs” or “de-AT”)
check-translations-into-working = there are translations into { $language }, the session's working language
check-translation-orphan = a translation into { $language } is of a text that is not in the session ({ $key })
check-translations-stale = { $count ->
    [one] 1 translation into { $language } was made from a text that has changed since: review it in the Translate view
   *[other] { $count } translations into { $language } were made from a text that has changed since: review them in the Translate view
}

## The whole session: references, scores, details. $scale is one of
## check-scale-*; $name is a person's name, $driver a driver's title.
check-scale-importance = importance
check-scale-frequency = frequency
check-scale-difficulty = difficulty
check-scale-uncertainty = uncertainty
check-scale-impact = impact
check-id-reused = id { $id } is used by more than one element
check-rating-missing-task = a verification rating refers to a missing task ({ $id })
check-rating-missing-rater = a rating of task { $code } is by a missing rater ({ $id })
check-rating-out-of-range = the rating of task { $code } by { $name } has { $scale } { $score }, outside 1–5
check-rated-twice = { $name } rated task { $code } more than once; every rating is counted
check-vote-missing-driver = a vote refers to a missing driver ({ $id })
check-vote-missing-participant = a vote on driver “{ $driver }” is by a missing participant ({ $id })
check-vote-out-of-range = the vote on driver “{ $driver }” by { $name } has { $scale } { $score }, outside 1–5
check-voted-twice = { $name } voted on driver “{ $driver }” more than once; every vote is counted
check-group-missing-driver = driver group “{ $group }” lists a missing driver ({ $id })
check-driver-in-two-groups = driver “{ $driver }” is in more than one related group
check-axis-missing-force = { $axis ->
    [horizontal] the horizontal axis
   *[vertical] the vertical axis
} refers to a missing { $what ->
    [group] driver group
   *[driver] driver
} ({ $id })
check-axes-same-force = both axes stand for the same force (one driver or one related group); pick independent axes
check-scenarios-share-quadrant = scenario “{ $scenario }” shares its quadrant ({ $quadrant ->
    [top-left] top left
    [top-right] top right
    [bottom-left] bottom left
   *[bottom-right] bottom right
}) with another scenario
check-scenario-missing-link = scenario “{ $scenario }” links to a missing task or list item ({ $id })
check-country-code = country “{ $country }” is not a two-letter ISO 3166 code such as RO or CZ
check-person-country-code = the country “{ $country }” of { $name } is not a two-letter ISO 3166 code
check-ends-before-start = the workshop ends ({ $end }) before it starts ({ $start })
check-text-too-long = { $place } is { $chars } characters; the report prints the first { $printed }
check-unresolved-conflict = unresolved merge conflict on the { $field } of { $element }: kept { $kept }, also { $values }

## Where a text is, for check-text-too-long's $place: `field` is one of the
## place-field-… words, `owner` one of the place-owner-… messages; `title` and
## `name` are the element's own words, cut after 60 characters.
place-of = the { $field } of { $owner }
place-in-session = the session's { $field }
place-field-title = title
place-field-occupation = occupation
place-field-organisation = organisation
place-field-sponsor = sponsor
place-field-venue = venue
place-field-country = country
place-field-language = language
place-field-notes = notes
place-field-name = name
place-field-job-title = job title
place-field-statement = statement
place-field-text = text
place-field-term = term
place-field-meaning = meaning
place-field-description = description
place-field-low-pole = low pole
place-field-high-pole = high pole
place-field-rationale = rationale
place-field-narrative = narrative
place-field-other-wording = other wording
place-field-other-pole = other pole
place-field-other-rationale = other rationale
place-owner-person = person { $number }
place-owner-duty = duty { $code }
place-owner-task = task { $code }
place-owner-task-at = task { $task } of duty { $duty }
place-owner-list-item = item { $number } of { $list }
place-owner-acronym = acronym { $number }
place-owner-participant = participant { $number }
place-owner-driver = driver "{ $title }"
place-owner-driver-number = driver { $number }
place-owner-group = driver group { $number }
place-owner-axis = { $axis ->
    [horizontal] the horizontal axis
   *[vertical] the vertical axis
}
place-owner-scenario = scenario "{ $name }"
place-owner-scenario-number = scenario { $number }
place-owner-source = merged session { $number }
place-owner-wording = a merged element

## Survey rounds (the findings list and `check`). $round is the round's name.
check-round-no-code = respondent { $index } of round “{ $round }” has no code
check-round-code-twice = the respondent code “{ $code }” is used twice in round “{ $round }”
check-round-answer-count = respondent “{ $code }” of round “{ $round }” has { $answers ->
    [one] { $answers } answer
   *[other] { $answers } answers
}, but the round asked about { $tasks ->
    [one] { $tasks } task
   *[other] { $tasks } tasks
}
check-round-attribute-count = respondent “{ $code }” of round “{ $round }” has { $values ->
    [one] { $values } attribute value
   *[other] { $values } attribute values
}, but the round names { $attributes ->
    [one] { $attributes } attribute
   *[other] { $attributes } attributes
}
check-round-unknown-respondent = “{ $code }” is not a respondent of round “{ $round }”, yet a comment or suggested task names it
check-round-missing-duty = a task suggested in round “{ $round }” is filed under a duty the chart does not have ({ $id })
