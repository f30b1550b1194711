# The DACUM board (src/ui/duty_board/), the findings list and the row buttons
# shared by the lists.

## The board.
board-empty-hint = No duties yet. Press “Add duty” (or Ctrl+D), type the duty, then press Enter and type its tasks, one Enter after each.
board-add-duty = Add duty
board-add-duty-tip = Add a duty at the end of the chart (Ctrl+D adds one after the selected duty)
board-add-task = + Add task
board-add-task-tip = Add a task at the end of duty { $code } (Enter after a task adds the next one)
board-add-task-to = Add task to { $code }
board-conflict = Partners disagree on the { $fields }: choose the value in the Merge tab.
board-conflict-and = {" "}and the{" "}
board-conflict-mark = conflict
board-duty-label = Duty { $code }: { $text }
board-task-label = Task { $code }: { $text }
board-empty-card = (empty)
board-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}: { $messages }
board-edit = Edit
board-move-earlier = Move earlier (Alt+Left)
board-move-later = Move later (Alt+Right)
board-move-previous-duty = Move to previous duty (Alt+Up)
board-move-next-duty = Move to next duty (Alt+Down)
board-move-duty-up = Move duty up (Alt+Up)
board-move-duty-down = Move duty down (Alt+Down)
board-delete-duty = Delete duty
board-delete-task = Delete task
board-delete-tip = Remove it (Delete key); Undo brings it back
board-type-duty = Type the duty
board-type-task = Type the task
board-duty-field = Title of duty { $code }
board-task-field = Statement of task { $code }

## The findings list (src/ui/findings_list.rs). The findings themselves come
## from the statement rules, in English.
findings-none = No findings: every statement follows the DACUM rules.
findings-error = Error
findings-warning = Warning
findings-go-to = Go to it

## A row's buttons (src/ui/widgets/rows.rs); `what` names the row.
row-up = Up
row-up-tip = Move up (Alt+Up)
row-move-up = Move up
row-down = Down
row-down-tip = Move down (Alt+Down)
row-move-down = Move down
row-delete = Delete
row-delete-tip = Delete { $what } (Undo brings it back)

## Where a card of a merged session came from (src/ui/duty_board/shared.rs).
shared-added = added after the merge
shared-added-full = { $count ->
    [one] Added after the merge: in none of the { $count } partner session.
   *[other] Added after the merge: in none of the { $count } partner sessions.
}
shared-short = { $shared } of { $count }
shared-full = Shared by { $shared } of { $count } partner sessions: { $sources }.
shared-not-in = Not in: { $sources }.
