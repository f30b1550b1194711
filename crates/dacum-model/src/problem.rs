//! A problem found in a session, as the `check` command and the app's findings
//! list show it. A module of its own because two checks produce problems: the
//! whole-session checks (`integrity`) and the merge's unresolved conflicts
//! (`merge::report`), and the first reports the second.

use std::fmt;

use dacum_i18n::Text;

use super::id::Id;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The session is inconsistent: something refers to what is not there.
    Error,
    /// Advice, e.g. a statement rule; never blocks anything.
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// One problem found in a session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    /// Where: a chart code ("A-3"), or empty when the message says where.
    pub place: String,
    /// What is wrong, as a catalogue message (`check-*`), worded where it is
    /// shown: in the app's language, in English on the command line.
    pub message: Text,
    /// The element the problem is about, so the app can jump to it.
    pub element: Option<Id>,
}

impl Problem {
    pub(crate) fn error(message: Text, element: Option<Id>) -> Self {
        Problem {
            severity: Severity::Error,
            place: String::new(),
            message,
            element,
        }
    }

    pub(crate) fn warning(message: Text, element: Option<Id>) -> Self {
        Problem {
            severity: Severity::Warning,
            place: String::new(),
            message,
            element,
        }
    }
}
