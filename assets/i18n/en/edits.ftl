# What an edit did, for the Edit menu's "Undo …" and "Redo …" items: one
# message per kind of change (dacum-model's Edit::label), written to follow
# "Undo" and "Redo" in lower case. English is the reference: every other
# language has exactly these messages with the same variables.

undo-step = Undo { $step }
redo-step = Redo { $step }

edit-session-details = edit session details
edit-add-person = add person
edit-edit-person = edit person
edit-delete-person = delete person
edit-move-person = move person
edit-add-duty = add duty
edit-edit-duty = edit duty
edit-delete-duty = delete duty
edit-move-duty = move duty
edit-add-task = add task
edit-edit-task = edit task
edit-delete-task = delete task
edit-move-task = move task
edit-add-list-item = add list item
edit-edit-list-item = edit list item
edit-delete-list-item = delete list item
edit-move-list-item = move list item
edit-add-acronym = add acronym
edit-edit-acronym = edit acronym
edit-delete-acronym = delete acronym
edit-move-acronym = move acronym
edit-priority-formula = change priority formula
edit-rate-task = rate task
edit-delete-rating = delete rating
edit-add-participant = add participant
edit-edit-participant = edit participant
edit-delete-participant = delete participant
edit-move-participant = move participant
edit-add-driver = add driver
edit-edit-driver = edit driver
edit-delete-driver = delete driver
edit-move-driver = move driver
edit-vote = vote
edit-delete-vote = delete vote
edit-group-drivers = group drivers
edit-edit-group = edit driver group
edit-delete-group = delete driver group
edit-axes = edit axes
edit-add-scenario = add scenario
edit-edit-scenario = edit scenario
edit-delete-scenario = delete scenario
edit-merge-duplicates = merge duplicates
edit-mark-distinct = mark as not duplicates
edit-unmark-distinct = forget not-duplicates mark
edit-resolve-conflict = resolve conflict
edit-reopen-conflict = reopen conflict
edit-provenance = change provenance
edit-conflicts = change conflicts
edit-decisions = change decisions
edit-variants = change other wordings
edit-remove-translation = remove translation
edit-edit-translation = edit translation
edit-several = several changes
edit-add-round = add survey round
edit-edit-round = edit survey round
edit-delete-round = delete survey round
