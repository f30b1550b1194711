//! `Id::derived` promises the same id for the same parts on every machine and in
//! every version of the app: a consolidated session's id and the ids of a git
//! merge's branches are derived, and files saved today name them. These outputs
//! were computed once (version 0.1.0) and written here as literals. (The first
//! is checkable by hand: FNV-1a's 128-bit offset basis with the UUID version-8
//! and variant bits set, as nothing is hashed.)
//!
//! THEY MUST NEVER CHANGE. If this test fails, `Id::derived` changed, and ids in
//! files users have already saved would no longer match: restore the old
//! function rather than update the literals.

use dacum_model::Id;

fn id(value: u128) -> Id {
    Id::from_u128(value)
}

#[test]
fn derived_ids_are_the_ones_of_earlier_versions() {
    let cases: [(&str, Vec<Id>, &str); 6] = [
        ("", vec![], "6c62272e-07bb-8142-a2b8-21756295c58d"),
        (
            "dacum-studio consolidated session",
            vec![],
            "43f57ce6-7f03-86db-a85e-3d35c63fdc3d",
        ),
        (
            "dacum-studio consolidated session",
            vec![id(1), id(2)],
            "c9f08a10-446c-8542-a623-d202c11beccc",
        ),
        (
            "dacum-studio consolidated session",
            vec![id(2), id(1)],
            "0fcd9fc1-cd0a-8f7d-a16b-7567e07bd78c",
        ),
        (
            "git merge: our branch",
            vec![id(0x0123_4567_89ab_cdef_0123_4567_89ab_cdef)],
            "a06d28a1-0bf1-8292-abfe-a08a83420c3f",
        ),
        (
            "generated partner",
            vec![id(u128::MAX), id(0)],
            "5cfb007d-74db-81f2-86b7-949043dd4f28",
        ),
    ];
    let derived: Vec<String> = cases
        .iter()
        .map(|(namespace, parts, _)| Id::derived(namespace, parts.iter().copied()).to_string())
        .collect();
    let expected: Vec<&str> = cases.iter().map(|(_, _, id)| *id).collect();
    assert_eq!(
        derived, expected,
        "Id::derived changed: ids in saved files would change"
    );
}
