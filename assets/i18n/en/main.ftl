# The app's frame: menus, the command table, the status bar, the tabs, the
# window title, notices and questions. English is the reference: every other
# language has exactly these messages with the same variables.

## Counts shared by several views.
tasks-count = { $count ->
    [one] { $count } task
   *[other] { $count } tasks
}

## Menus (src/ui/menu_bar.rs).
menu-file = File
menu-open-recent = Open recent
menu-no-recent = No recent files
menu-edit = Edit
menu-view = View
menu-help = Help
menu-language = Language
help-about = DACUM Studio — DACUM charts and PESTLE driver mapping, offline.
help-version = Version { $version }
help-board-keys = Enter adds the next task · Tab moves between cards · Alt+arrows reorder

## The command table (src/ui/ui_command.rs): a menu label and its tooltip.
cmd-new = New
cmd-new-tip = Start a new, empty session
cmd-open = Open…
cmd-open-tip = Open a session file
cmd-merge-sessions = Merge sessions…
cmd-merge-sessions-tip = Merge partner sessions into one consolidated session, opened as a new document
cmd-save = Save
cmd-save-tip = Save the session to its file
cmd-save-as = Save as…
cmd-save-as-tip = Save the session to a file of another name
cmd-export-pdf = Export PDF…
cmd-export-pdf-tip = Export the chart, the profile and the PESTLE reports as a PDF
cmd-import-csv = Import drivers and votes (CSV)…
cmd-import-csv-tip = Add PESTLE drivers and votes from a CSV file
cmd-export-csv = Export drivers and votes (CSV)…
cmd-export-csv-tip = Write the PESTLE drivers and votes to a CSV file
cmd-quit = Quit
cmd-quit-tip = Close DACUM Studio
cmd-undo = Undo
cmd-undo-tip = Undo the last change
cmd-redo = Redo
cmd-redo-tip = Make the change undone last again
cmd-guide = Workshop guide
cmd-guide-tip = Show or hide the workshop guide with its timers
cmd-findings = Findings
cmd-findings-tip = Show or hide the findings list
cmd-zoom-in = Zoom in
cmd-zoom-in-tip = Make everything larger
cmd-zoom-out = Zoom out
cmd-zoom-out-tip = Make everything smaller
cmd-zoom-reset = Actual size
cmd-zoom-reset-tip = Return to the normal size
cmd-high-contrast = High contrast (projector)
cmd-high-contrast-tip = White on black with yellow accents, legible on a projector
cmd-fullscreen = Full screen
cmd-fullscreen-tip = Fill the screen with the window, or leave full screen

## The tabs (src/ui/view.rs).
view-session = Session
view-chart = DACUM chart
view-lists = Supporting lists
view-verification = Verification
view-pestle = PESTLE
view-scenarios = Scenarios
view-merge = Merge
pestle-drivers = Drivers
pestle-votes = Votes
pestle-matrix = Uncertainty–impact matrix
pestle-axes = Axes of uncertainty

## The status bar (src/ui/status_bar.rs) and the findings panel.
status-chart = { $duties ->
    [one] { $duties } duty
   *[other] { $duties } duties
} · { $tasks ->
    [one] { $tasks } task
   *[other] { $tasks } tasks
}
status-findings = { $count ->
    [0] No findings
    [one] { $count } finding
   *[other] { $count } findings
}
status-no-changes = No changes
status-saved = Saved { $time }
status-autosaved = Autosaved { $time } · not saved to the file
status-unsaved = Unsaved changes
findings-title = Findings
findings-close = Close findings

## The window title.
title-untitled = Untitled
title-example-copy = { $title } (example, unsaved copy)

## Questions (src/ui/prompts.rs).
prompt-ok = OK
prompt-save = Save
prompt-discard = Discard changes
prompt-cancel = Cancel
prompt-this-session = this session
prompt-unsaved-title = Unsaved changes
prompt-unsaved-new = Save the changes to { $file } before you start a new session?
prompt-unsaved-open = Save the changes to { $file } before you open another file?
prompt-unsaved-open-merged = Save the changes to { $file } before you open the merged session?
prompt-unsaved-quit = Save the changes to { $file } before you close DACUM Studio?
prompt-unsaved-continue = Save the changes to { $file } before you continue?
prompt-changed-title = The file changed on disk
prompt-changed-text = { $file } was changed by another program (or another window, or a git pull) since you opened it. Nothing was saved.
prompt-changed-choices = Keep mine replaces their version with yours; Reload theirs opens their version and discards your changes; Save as… keeps both.
prompt-keep-mine = Keep mine (overwrite)
prompt-reload-theirs = Reload theirs
prompt-recover-title = Recover unsaved work?
prompt-recover-found = DACUM Studio found work that was not saved, from { $time }.
prompt-recover-file-saved = The file itself was last saved { $time }.
prompt-recover-never-saved = It was never saved to a file.
prompt-restore = Restore unsaved work
prompt-discard-recovery = Discard it

## Errors and notices (src/ui/app/). The error itself comes from the file
## layer, in English.
error-place = line { $line }, column { $column }:{" "}
error-open = Cannot open the file
error-open-text = { $file }
    { $place }{ $error }

    The open session was not changed.
error-open-at-start-text = { $file }
    { $place }{ $error }

    The file was not changed. A new, empty session is open instead.
error-recovery-unreadable = Recovery copy unreadable
error-recovery-unreadable-text = A recovery copy was found but cannot be read, so it was left as it is:
    { $error }
error-recovery-delete = Cannot delete the recovery copy
error-autosave = Autosave failed
error-autosave-text = { $error }

    Save your work with Save As.
error-edit = That change could not be made
error-undo = Undo failed
notice-imported = Drivers and votes imported
notice-imported-text = { $counts }
    Undo takes the whole import back.
error-nothing-imported = Nothing was imported
error-nothing-imported-text = { $file }
    { $problems }

    Fix these rows in the spreadsheet and import again.
error-import = Cannot import
error-export = Cannot export
error-save = Cannot save
error-save-text = { $error }

    Your work is still open and unchanged; try another folder with Save As.
error-reload = Cannot reload the file
error-reload-text = { $error }

    Your work is still open and unsaved.
notice-pdf-written = PDF exported
notice-pdf-written-text = { $count ->
    [one] { $count } page written to
   *[other] { $count } pages written to
}
    { $file }
error-export-pdf = Cannot export the PDF
error-export-pdf-text = { $file }
    { $error }

    Nothing was written; a file already there is unchanged.
