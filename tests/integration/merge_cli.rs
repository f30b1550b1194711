//! The `merge` and `merge-driver` commands: files written, summaries, exit codes,
//! and the driver doing a real `git merge` of two branches in a temporary repository.

use std::path::{Path, PathBuf};
use std::process::Command;

use dacum_model::{Edit, Field, Id, Session, Task, Value};

use crate::helpers::{binary, prison_officer};

fn run(args: &[&std::ffi::OsStr]) -> (Option<i32>, String) {
    let output = binary().args(args).output().expect("the binary runs");
    let mut text = String::from_utf8_lossy(&output.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&output.stderr));
    (output.status.code(), text)
}

/// The Prison officer example as a partner's session: its own id and country,
/// changed by `edits`.
fn partner(dir: &Path, name: &str, id: u128, country: &str, edits: Vec<Edit>) -> PathBuf {
    let mut session = prison_officer();
    session.id = Id::from_u128(id);
    session.meta.country = country.to_owned();
    for edit in edits {
        session.apply(edit).expect("the edit applies");
    }
    let path = dir.join(name);
    dacum_store::save_session(&path, &session).expect("saves");
    path
}

fn first_task(session: &Session) -> (Id, Id, String) {
    let duty = &session.chart.duties[0];
    (duty.id, duty.tasks[0].id, duty.tasks[0].statement.clone())
}

#[test]
fn merge_writes_the_result_and_exits_with_1_when_there_are_conflicts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (duty, task, _) = first_task(&prison_officer());
    let add = |statement: &str| Edit::InsertTask {
        duty,
        index: 1,
        task: Task::new(statement),
    };
    let ro = partner(
        dir.path(),
        "ro.ron",
        1,
        "RO",
        vec![add("Inspect visitors' vehicles at the gate")],
    );
    let cz = partner(
        dir.path(),
        "cz.ron",
        2,
        "CZ",
        vec![
            Edit::SetTaskStatement {
                id: task,
                statement: "Provádět prohlídky cel".to_owned(),
            },
            add("Inspect visitor vehicles at the gate"),
        ],
    );
    let out = dir.path().join("eu.ron");
    let report = dir.path().join("report.txt");
    let (code, text) = run(&[
        "merge".as_ref(),
        ro.as_os_str(),
        cz.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
        "--report".as_ref(),
        report.as_os_str(),
    ]);
    assert_eq!(code, Some(1), "{text}");
    assert!(text.contains("input 1: Prison officer"), "{text}");
    assert!(text.contains("conflicts: 1"), "{text}");
    assert!(text.contains("proposed duplicates: 1"), "{text}");
    let merged = dacum_store::load_session(&out).expect("the result loads");
    assert_eq!(merged.provenance.sources.len(), 2);
    assert_eq!(merged.provenance.shared_by(task), (2, 2));
    assert_eq!(merged.provenance.countries_of(task), ["CZ", "RO"]);
    let conflict = merged
        .provenance
        .conflict(task, Field::TaskStatement)
        .expect("the rewording is recorded");
    // A tie (one source each) goes to the smaller source id: RO's wording stays.
    assert_eq!(
        conflict.alternatives[0].value,
        Value::Text("Provádět prohlídky cel".to_owned())
    );
    let details = std::fs::read_to_string(&report).expect("the report is written");
    assert!(
        details.contains("or \"Provádět prohlídky cel\" (CZ)"),
        "{details}"
    );
    assert!(details.contains("Proposed duplicates"), "{details}");
}

#[test]
fn merge_exits_with_0_without_conflicts_and_with_2_on_an_unreadable_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ro = partner(dir.path(), "ro.ron", 1, "RO", Vec::new());
    let lt = partner(dir.path(), "lt.ron", 3, "LT", Vec::new());
    let out = dir.path().join("eu.ron");
    let (code, text) = run(&[
        "merge".as_ref(),
        ro.as_os_str(),
        lt.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
    ]);
    assert_eq!(code, Some(0), "{text}");
    assert!(text.contains("conflicts: 0"), "{text}");

    let broken = dir.path().join("broken.ron");
    std::fs::write(
        &broken,
        "(\n    format: \"dacum-studio-session\",\n    version: 1,\n    id: ,\n)",
    )
    .expect("write");
    let never = dir.path().join("never.ron");
    let (code, text) = run(&[
        "merge".as_ref(),
        ro.as_os_str(),
        broken.as_os_str(),
        "-o".as_ref(),
        never.as_os_str(),
    ]);
    assert_eq!(code, Some(2), "{text}");
    let place = format!("{}:4:", broken.display());
    assert!(text.contains(&place), "{text}");
    assert!(!never.exists(), "nothing is written");
}

#[test]
fn a_partner_file_merged_again_leaves_the_coordinators_decisions_standing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let files = crate::helpers::partner_files();
    let partners: Vec<Session> = files
        .iter()
        .map(|f| dacum_store::load_session(f).expect("a partner example loads"))
        .collect();
    // The coordinator settles both conflicts, keeping the minority wording of
    // the first, and saves the consolidated profile.
    let mut europe = dacum_model::merge::merge(&partners).session;
    let conflicts = europe.provenance.conflicts.clone();
    assert_eq!(conflicts.len(), 2);
    for conflict in &conflicts {
        let value = conflict.alternatives[0].value.clone();
        let edit = Edit::ResolveConflict {
            element: conflict.element,
            field: conflict.field,
            value,
        };
        europe.apply(edit).expect("resolves");
    }
    let consolidated = dir.path().join("europe.ron");
    dacum_store::save_session(&consolidated, &europe).expect("saves");

    // Every partner's file comes in once more.
    let out = dir.path().join("europe-again.ron");
    let report = dir.path().join("report.txt");
    let mut args = vec!["merge".as_ref(), consolidated.as_os_str()];
    args.extend(files.iter().map(|f| f.as_os_str()));
    args.extend(["-o".as_ref(), out.as_os_str()]);
    args.extend(["--report".as_ref(), report.as_os_str()]);
    let (code, text) = run(&args);
    assert_eq!(code, Some(0), "no conflict is raised again: {text}");
    assert!(text.contains("conflicts: 0"), "{text}");
    assert!(
        text.contains("decisions kept from earlier merges: 2"),
        "{text}"
    );
    let again = dacum_store::load_session(&out).expect("written");
    assert_eq!(again.chart, europe.chart, "the chosen wordings stay");
    assert_eq!(again.provenance.decisions, europe.provenance.decisions);
    let details = std::fs::read_to_string(&report).expect("report");
    assert!(
        details.contains("Decisions (the kept value first):"),
        "{details}"
    );
    assert!(details.contains("set aside"), "{details}");
}

fn git(repo: &Path, args: &[&str]) -> (bool, String) {
    let output = Command::new("git")
        .args(args)
        .current_dir(repo)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", repo)
        .output()
        .expect("git runs");
    let mut text = String::from_utf8_lossy(&output.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&output.stderr));
    (output.status.success(), text)
}

fn git_ok(repo: &Path, args: &[&str]) {
    let (ok, text) = git(repo, args);
    assert!(ok, "git {args:?}: {text}");
}

/// A repository with the example session committed on `main`, the driver
/// configured as the README says, and `edit` applied on two branches.
fn repository(ours: Edit, theirs: Edit) -> (tempfile::TempDir, Session) {
    let dir = tempfile::tempdir().expect("temp dir");
    let repo = dir.path();
    git_ok(repo, &["init", "-q", "-b", "main"]);
    for (key, value) in [
        ("user.name", "Test"),
        ("user.email", "test@example.org"),
        ("commit.gpgsign", "false"),
        ("merge.dacum-studio.name", "DACUM Studio session merge"),
    ] {
        git_ok(repo, &["config", key, value]);
    }
    let driver = format!(
        "'{}' merge-driver %O %A %B %P",
        env!("CARGO_BIN_EXE_dacum-studio")
    );
    git_ok(repo, &["config", "merge.dacum-studio.driver", &driver]);
    std::fs::write(repo.join(".gitattributes"), "*.ron merge=dacum-studio\n").expect("write");
    let base = prison_officer();
    let file = repo.join("session.ron");
    dacum_store::save_session(&file, &base).expect("saves");
    std::fs::remove_file(repo.join("session.ron.bak")).ok();
    git_ok(repo, &["add", ".gitattributes", "session.ron"]);
    git_ok(repo, &["commit", "-q", "-m", "base"]);
    for (branch, edit) in [("theirs", theirs), ("ours", ours)] {
        git_ok(repo, &["checkout", "-q", "-b", branch, "main"]);
        let mut session = dacum_store::load_session(&file).expect("loads");
        session.apply(edit).expect("applies");
        dacum_store::save_session(&file, &session).expect("saves");
        std::fs::remove_file(repo.join("session.ron.bak")).ok();
        git_ok(repo, &["commit", "-q", "-am", branch]);
    }
    (dir, base)
}

#[test]
fn the_merge_driver_combines_changes_from_two_git_branches() {
    let session = prison_officer();
    let (duty, task, _) = first_task(&session);
    let other = session.chart.duties[1].tasks[0].id;
    // Both branches add a task at the same place: for git's line merge that is a
    // conflict, for the driver two new tasks.
    let (ours_task, theirs_task) = (Task::new("Check cell bars"), Task::new("Test cell alarms"));
    let (ours_id, theirs_id) = (ours_task.id, theirs_task.id);
    let (dir, _) = repository(
        Edit::Batch(vec![
            Edit::SetTaskStatement {
                id: task,
                statement: "Conduct cell searches every shift".to_owned(),
            },
            Edit::InsertTask {
                duty,
                index: 1,
                task: ours_task,
            },
        ]),
        Edit::Batch(vec![
            Edit::SetTaskStatement {
                id: other,
                statement: "Escort prisoners safely".to_owned(),
            },
            Edit::InsertTask {
                duty,
                index: 1,
                task: theirs_task,
            },
        ]),
    );
    let repo = dir.path();
    let (ok, text) = git(repo, &["merge", "-q", "--no-edit", "theirs"]);
    assert!(ok, "{text}");
    let merged = dacum_store::load_session(&repo.join("session.ron")).expect("loads");
    let statement = |id| {
        let (d, t) = merged.chart.find_task(id).expect("task");
        merged.chart.duties[d].tasks[t].statement.clone()
    };
    assert_eq!(statement(task), "Conduct cell searches every shift");
    assert_eq!(statement(other), "Escort prisoners safely");
    assert_eq!(statement(ours_id), "Check cell bars");
    assert_eq!(statement(theirs_id), "Test cell alarms");
    assert!(merged.provenance.conflicts.is_empty());
    let (clean, status) = git(repo, &["status", "--porcelain"]);
    assert!(clean && status.trim().is_empty(), "{status}");
}

#[test]
fn the_merge_driver_records_a_conflict_and_git_reports_it() {
    let (_, task, _) = first_task(&prison_officer());
    let (dir, _) = repository(
        Edit::SetTaskStatement {
            id: task,
            statement: "Search cells (ours)".to_owned(),
        },
        Edit::SetTaskStatement {
            id: task,
            statement: "Search cells (theirs)".to_owned(),
        },
    );
    let repo = dir.path();
    let (ok, text) = git(repo, &["merge", "--no-edit", "theirs"]);
    assert!(!ok, "git must report the conflict: {text}");
    assert!(
        text.contains("session.ron: 1 conflicting change recorded"),
        "{text}"
    );
    let merged =
        dacum_store::load_session(&repo.join("session.ron")).expect("still a session file");
    let (d, t) = merged.chart.find_task(task).expect("task");
    assert_eq!(
        merged.chart.duties[d].tasks[t].statement,
        "Search cells (ours)"
    );
    let conflict = merged
        .provenance
        .conflict(task, Field::TaskStatement)
        .expect("recorded");
    assert_eq!(
        conflict.alternatives[0].value,
        Value::Text("Search cells (theirs)".to_owned())
    );
    // `check` lists the conflict the file still records.
    let file = repo.join("session.ron");
    let (code, text) = run(&["check".as_ref(), file.as_os_str()]);
    assert_eq!(code, Some(1), "{text}");
    assert!(
        text.contains("warning: unresolved merge conflict on the task statement of task A-1"),
        "{text}"
    );
}
