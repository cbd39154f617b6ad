//! Who corrects an activity: a coordinator, an administrator or the server's command line, with
//! the projects they may write into and the audit entries of what they do.

use super::audit;
use brobygge_model::Code;

/// Who corrects an activity, and the projects they may write into: an entry of another
/// project is not theirs to correct, and no correction may move an entry into one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Corrector {
    pub name: String,
    /// The corrector's user id, for the audit log (none: the server's command line).
    pub user_id: Option<i64>,
    /// None: every project (an administrator, or the server's command line).
    pub projects: Option<Vec<Code>>,
}

impl Corrector {
    /// The audit entry of something the corrector did.
    pub fn audit(
        &self,
        action: &str,
        subject: &str,
        detail: serde_json::Value,
    ) -> audit::AuditEntry {
        audit::AuditEntry {
            actor_id: self.user_id,
            ..audit::AuditEntry::now(&self.name, action, subject, detail)
        }
    }

    pub fn may_write(&self, project: Option<&Code>) -> bool {
        match (&self.projects, project) {
            (None, _) => true,
            (Some(list), Some(project)) => list.contains(project),
            (Some(_), None) => false,
        }
    }
}
