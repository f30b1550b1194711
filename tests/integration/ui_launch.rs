//! What the app shows at launch: the example titled as the example and clean
//! until edited, and a file that cannot be opened shown as an error in a window
//! (a double-click on a broken file in a file manager must show something).

use std::path::Path;

use dacum_model::Session;
use dacum_studio::ui::{DacumApp, Opening, SaveState, Settings, UiCommand};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// The app at launch in English, whatever the machine's locale: the example's
/// title and the notices are worded at launch.
fn launch(opening: Opening) -> Harness<'static, DacumApp> {
    let settings = Settings {
        language: Some("en".to_owned()),
        ..Settings::default()
    };
    crate::ui_app::harness_of(DacumApp::open(opening, settings))
}

#[test]
fn the_example_opens_titled_as_the_example_and_clean_until_edited() {
    let mut harness = launch(Opening::example());
    let title = harness.state().window_title();
    assert!(
        title.starts_with("Prison officer — European DACUM (example, unsaved copy)"),
        "{title}"
    );
    assert!(!title.contains('•'), "{title}");
    assert!(!harness.state().document().is_dirty());
    assert_ne!(harness.state().save_state(), SaveState::Unsaved);
    assert_eq!(harness.state().path(), None, "Save asks for a name");
    assert!(harness.query_by_label("Unsaved changes").is_none());
    assert!(harness.query_by_label("No changes").is_some());
    // Nothing was changed, so New asks nothing.
    harness.state_mut().apply(UiCommand::New);
    harness.run();
    assert!(harness.query_by_label("Discard changes").is_none());
    assert_eq!(harness.state().document().session().chart.duties.len(), 0);
    assert!(harness.state().window_title().starts_with("Untitled"));
}

#[test]
fn a_file_that_cannot_be_opened_at_launch_is_shown_in_a_window() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("missing.ron");
    let broken = dir.path().join("broken.ron");
    std::fs::write(
        &broken,
        "(\n    format: \"dacum-studio-session\",\n    version: 1,\n    nmae: 3,\n)",
    )
    .expect("write");
    for (path, words) in [
        (&missing, &["missing.ron", "cannot read the file"][..]),
        (&broken, &["broken.ron", "line 4, column 5", "`nmae`"][..]),
    ] {
        let harness = launch(Opening::file(path));
        let notice = harness
            .state()
            .notice()
            .cloned()
            .expect("the error is shown");
        for word in words {
            assert!(notice.text.contains(word), "{word}: {}", notice.text);
        }
        // The window is on screen, with its text.
        assert!(harness.query_by_label("OK").is_some());
        assert!(
            harness
                .query_by_label_contains(&path.file_name().unwrap_or_default().to_string_lossy())
                .is_some()
        );
        // An empty session without a file, so Save cannot overwrite the broken one.
        assert_eq!(
            harness.state().document().session().chart,
            Session::default().chart
        );
        assert_eq!(harness.state().path(), None::<&Path>);
    }
    assert!(!missing.exists());
}
