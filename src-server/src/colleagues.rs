//! Who can co-host an occasion: another enabled guide, staff member or coordinator of its
//! project. A device learns the colleagues of its user's projects by name (and only those
//! projects), to offer them; a push names them by id, and the server checks each.

use crate::storage::people::Person;
use brobygge_model::sync::{Colleague, Role};
use brobygge_model::{ActivityDraft, CoHost, Code, Problem};

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

    /// A problem for each co-host of `draft` who is its author, or who is new to it (not among
    /// `before`, the co-hosts of the version it changes) and no host of its project: someone
    /// who has left the project since stays on the occasions they ran.
    pub fn check(&self, draft: &ActivityDraft, author: i64, before: &[CoHost]) -> Vec<Problem> {
        let project = draft.project.as_ref();
        let same_project = |p: &Code| project == Some(p);
        (draft.co_hosts.iter())
            .filter(|h| {
                let kept = before.iter().any(|b| b.user == h.user);
                h.user == author
                    || (!kept
                        && !self.0.iter().any(|(id, projects)| {
                            *id == h.user && projects.iter().any(same_project)
                        }))
            })
            .map(|h| Problem::BadCoHost { user: h.user })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(id: i64, role: Role, projects: &[&str], disabled: bool) -> Person {
        Person {
            id,
            name: format!("p{id}"),
            role,
            projects: projects.iter().map(|p| Code::new(*p).unwrap()).collect(),
            login: None,
            disabled,
            devices: Vec::new(),
        }
    }

    #[test]
    fn only_other_hosts_of_the_project_and_those_already_on_it() {
        let people = [
            person(1, Role::Guide, &["halsoguider"], false),
            person(2, Role::Staff, &["halsoguider", "egenkraft"], false),
            person(3, Role::Guide, &["egenkraft"], false),
            person(4, Role::Viewer, &["halsoguider"], false),
            person(5, Role::Guide, &["halsoguider"], true),
        ];
        let names: Vec<_> = of(&people, 1, &[Code::new("halsoguider").unwrap()]);
        assert_eq!(names.iter().map(|c| c.id).collect::<Vec<_>>(), [2]);
        assert_eq!(names[0].projects, [Code::new("halsoguider").unwrap()]);

        let hosts = Hosts::new(&people);
        let draft = |users: &[i64]| ActivityDraft {
            project: Code::new("halsoguider").ok(),
            co_hosts: (users.iter())
                .map(|&user| CoHost {
                    user,
                    minutes: None,
                })
                .collect(),
            ..ActivityDraft::default()
        };
        assert_eq!(hosts.check(&draft(&[2]), 1, &[]), []);
        let bad = |user| Problem::BadCoHost { user };
        assert_eq!(
            hosts.check(&draft(&[1, 3, 4, 5]), 1, &[]),
            [bad(1), bad(3), bad(4), bad(5)]
        );
        // Disabled since, but already on it: the occasion keeps them.
        let kept = [CoHost {
            user: 5,
            minutes: None,
        }];
        assert_eq!(hosts.check(&draft(&[5]), 1, &kept), []);
    }
}
