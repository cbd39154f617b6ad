//! Who can co-host an occasion: another enabled guide, staff member or coordinator of its
//! project. A device learns the colleagues of its user's projects by name (and only those
//! projects), to offer them; a push names them by id, and the server checks each.

use crate::storage::people::Person;
use brobygge_model::sync::{Colleague, Role};
use brobygge_model::{ActivityDraft, Code, Problem};

/// Whether `person` can host occasions at all.
fn hosts(person: &Person) -> bool {
    !person.disabled && matches!(person.role, Role::Guide | Role::Staff | Role::Coordinator)
}

/// The people other than `user` who can host occasions of `projects`, with the projects of
/// those they share.
pub fn of(people: &[Person], user: i64, projects: &[Code]) -> Vec<Colleague> {
    (people.iter())
        .filter(|p| p.id != user && hosts(p))
        .filter_map(|p| {
            let shared: Vec<Code> = (p.projects.iter())
                .filter(|c| projects.contains(c))
                .cloned()
                .collect();
            (!shared.is_empty()).then(|| Colleague {
                id: p.id,
                name: p.name.clone(),
                projects: shared,
            })
        })
        .collect()
}

/// Every person who can host occasions, with their projects.
#[derive(Clone, Debug, Default)]
pub struct Hosts(Vec<(i64, Vec<Code>)>);

impl Hosts {
    pub fn new(people: &[Person]) -> Hosts {
        let eligible = people.iter().filter(|p| hosts(p));
        Hosts(eligible.map(|p| (p.id, p.projects.clone())).collect())
    }

    /// A problem for each co-host of `draft` who is its author or no host of its project.
    pub fn check(&self, draft: &ActivityDraft, author: i64) -> Vec<Problem> {
        let project = draft.project.as_ref();
        (draft.co_hosts.iter())
            .filter(|h| {
                h.user == author
                    || !self.0.iter().any(|(id, projects)| {
                        *id == h.user && project.is_some_and(|p| projects.contains(p))
                    })
            })
            .map(|h| Problem::BadCoHost { user: h.user })
            .collect()
    }
}
