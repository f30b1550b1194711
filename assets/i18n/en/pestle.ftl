# The PESTLE views: drivers, participants, votes, the matrix, the axes and the
# scenarios.

## The categories (the model's names are English, for files and reports).
category-political = Political
category-economic = Economic
category-social = Social
category-technological = Technological
category-legal = Legal
category-environmental = Environmental

## Drivers (src/ui/pestle_drivers.rs).
drivers-category = Category (Alt+1…6):
drivers-new-title = New driver title
drivers-new-hint = A { $category } driver
drivers-add = Add driver
drivers-none = { $category ->
    [political] No political drivers yet.
    [economic] No economic drivers yet.
    [social] No social drivers yet.
    [technological] No technological drivers yet.
    [legal] No legal drivers yet.
   *[environmental] No environmental drivers yet.
}
drivers-row = { $category } driver { $number }
drivers-select-tip = Select to mark as related
drivers-select = Select { $title }
drivers-title = Title
drivers-description = Description
drivers-description-hint = Description (optional)
drivers-field = { $field } of { $what }
drivers-category-of = Category of { $what }
drivers-related = related
drivers-related-tip = In { $group }: related drivers count as one force when axes are chosen

## Related drivers (src/ui/pestle_drivers/related.rs).
related-title = Related drivers ({ $count })
related-mark = Mark selected as related
related-mark-disabled = Tick two or more drivers first
related-name = Related: { $titles }
related-selected = { $count } selected
related-group-field = Name of group { $name }
related-group-hint = Group name
related-rename = Rename
related-rename-tip = Rename { $name }
related-ungroup = Ungroup
related-ungroup-tip = Ungroup { $name } (Undo brings it back)

## Participants (src/ui/pestle_drivers/participants.rs).
participants-title = Participants ({ $count })
participants-none = No participants yet: add the people who will vote.
participants-field = { $field } of participant { $number }
participants-row = participant { $name }
participants-new-name = New participant name
participants-new-organisation = New participant organisation
participants-new-country = New participant country
participants-add = Add participant

## Votes (src/ui/voting_grid.rs).
votes-uncertainty = Uncertainty
votes-impact = Impact
votes-no-drivers = There are no drivers to vote on yet: add them in the Drivers tab.
votes-no-participants = No participants yet: add the people who vote in the Drivers tab.
votes-participant = Participant:
votes-participant-done = { $name } ({ $done } of { $count } voted)
votes-next = Next participant
votes-next-tip = Switch to the next participant and start at the first driver
votes-sort = Sort by combined score
votes-all = All participants
votes-total = { $done } of { $count } votes
votes-by-participant = { $name }: { $done } of { $count } drivers
votes-keys = Type 1–5 for uncertainty, then impact; the cursor moves on by itself. Backspace deletes a vote.
votes-stat-tip = Over every participant; spread = standard deviation (lowest–highest). Highlighted when participants disagree strongly (a range of 3 points or a standard deviation of 1.2 or more).
votes-driver = Driver
votes-u = U
votes-u-tip = Uncertainty 1–5
votes-i = I
votes-i-tip = Impact 1–5
votes-missing = Missing
votes-mean-u = Mean U
votes-median-u = Median U
votes-spread-u = Spread U
votes-mean-i = Mean I
votes-median-i = Median I
votes-spread-i = Spread I
votes-combined = Combined
votes-combined-tip = Mean uncertainty + mean impact (2–10)
votes-cell = { $field } of { $driver } by { $participant }
votes-all-voted = all voted
votes-missing-count = { $count } missing
votes-disagree = disagree
votes-disagree-tip = Participants disagree strongly: worth discussing
votes-spread-tip = Strong disagreement between participants

## The matrix zones.
zone-critical = Critical uncertainties
zone-predetermined = Predetermined elements
zone-secondary = Secondary drivers
zone-in-sentence = { $zone ->
    [critical] critical uncertainties
    [predetermined] predetermined elements
   *[secondary] secondary drivers
}

## The uncertainty–impact matrix (src/ui/driver_matrix.rs).
matrix-no-drivers = No drivers yet: add them in the Drivers tab.
matrix-show-spread = Show spread
matrix-hint = Dots are numbered as in the legend; a ring means the participants disagree strongly.
matrix-unscored = Not yet scored: { $titles }
matrix-uncertainty-axis = Uncertainty (higher to the right)
matrix-impact-axis = Impact (higher to the top)
matrix-summary = { $name } mean { $mean }, median { $median }, sd { $sd }, { $min }–{ $max }
matrix-no-votes = { $name }: no votes
matrix-disagree = The participants disagree strongly on this driver.
matrix-not-voted = { $count } not voted yet
matrix-disagreement-mark = {" "}(disagreement)
matrix-select = Select driver { $text }

## The axes of uncertainty (src/ui/axes_panel.rs and its parts). `side` is
## horizontal or vertical.
axes-axis = { $side ->
    [horizontal] Horizontal axis
   *[vertical] Vertical axis
}
axes-left-pole = Left pole
axes-right-pole = Right pole
axes-bottom-pole = Bottom pole
axes-top-pole = Top pole
axes-missing-driver = a missing driver
axes-missing-group = a missing group
axes-group = { $name } (related drivers)
axes-chosen = Chosen axes
axes-same-force = Both axes stand for the same force (one driver, or drivers of one related group): the four scenarios would not differ. Pick independent axes.
axes-why = Why: every driver considered
axes-suggested = Suggested axes
axes-suggested-axis = { $side ->
    [horizontal] Horizontal axis
   *[vertical] Vertical axis
}: { $subject } (combined score { $score })
axes-suggestion-two = The two independent critical uncertainties with the highest combined score.
axes-suggestion-one = Only one independent critical uncertainty: pick the second axis yourself, or revisit the scores of drivers near the middle of the matrix.
axes-suggestion-none = No driver is both high-impact and highly uncertain yet: collect more votes or revisit the scores.
axes-use-suggested = Use suggested axes
axes-use-suggested-taken = The chosen axes stand for the suggested forces.
axes-use-suggested-tip = Poles and rationale written for these forces are kept.
axes-renames-quadrants = The scenarios were written for the chosen axes: new axes rename their quadrants.
axes-no-votes = { $name }: no votes yet
axes-not-chosen = Not chosen
axes-pick-force = Pick the force this axis stands for to name its poles.
axes-not-critical = Not a critical uncertainty ({ $zone }): scenarios on this axis may differ little.
axes-low-pole-hint = e.g. Punitive
axes-high-pole-hint = e.g. Rehabilitative
axes-rationale = { $side ->
    [horizontal] Why the horizontal axis
   *[vertical] Why the vertical axis
}
axes-rationale-hint = The scores, the discussion, what the panel agreed
why-chosen = chosen
why-lower = lower combined score than the two chosen
why-a-chosen-driver = a chosen driver
why-same-group = same related group as { $driver }
why-not-critical = not a critical uncertainty: { $zone }
why-no-votes = no votes yet
why-rank = Rank
why-stands-for = Stands for
why-verdict = Verdict
why-itself = itself
preview-pole-not-named = pole not named

## The scenarios (src/ui/scenario_matrix.rs and quadrant.rs).
scenario-pole-not-named = (pole not named)
scenario-axis = { $side ->
    [horizontal] Horizontal axis
   *[vertical] Vertical axis
}: { $subject }, from { $low } to { $high }.
scenario-axis-not-chosen = { $side ->
    [horizontal] Horizontal axis
   *[vertical] Vertical axis
}: not chosen.
scenario-choose-axes = Choose the two axes on the PESTLE tab (Axes) first: the quadrants are named from their poles.
scenario-several = More than one scenario in this quadrant: merge or delete one.
scenario-create = Create scenario
scenario-create-in = Create scenario: { $quadrant }
scenario-name = Scenario name, { $quadrant }
scenario-name-hint = Name this future, e.g. “The relational prison”
scenario-narrative = Narrative, { $quadrant }
scenario-narrative-hint = What this future is like for staff and prisoners
scenario-competencies = Competencies this future needs
scenario-this = this scenario
scenario-delete = Delete scenario
scenario-none-linked = None linked yet.
scenario-deleted-link = a deleted task or item
scenario-unlink = Unlink
scenario-unlink-code = Unlink { $code }
scenario-search-hint = Link a task or knowledge item: type a code (B-4, KS-2) or words
scenario-search = Link a competency, { $quadrant }
scenario-no-match = No task or knowledge item matches.
scenario-link-tip = Link to this scenario
scenario-more = More match: type more to narrow the list.
