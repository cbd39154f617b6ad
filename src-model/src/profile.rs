//! The local profile a user gives on first start: name, language and projects. Enrollment with
//! the server replaces it later.

use crate::{Code, LocaleCode};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub name: String,
    pub locale: LocaleCode,
    pub projects: Vec<Code>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "kebab-case")]
pub enum ProfileProblem {
    #[error("a name is needed")]
    NameMissing,
    #[error("the name is longer than {max} characters", max = Profile::MAX_NAME_CHARS)]
    NameTooLong,
    #[error("choose at least one project")]
    NoProject,
}

impl Profile {
    pub const MAX_NAME_CHARS: usize = 80;

    /// A profile with a trimmed name and at least one project.
    pub fn new(
        name: &str,
        locale: LocaleCode,
        projects: Vec<Code>,
    ) -> Result<Profile, ProfileProblem> {
        let name = name.trim();
        if name.is_empty() {
            return Err(ProfileProblem::NameMissing);
        }
        if name.chars().count() > Self::MAX_NAME_CHARS {
            return Err(ProfileProblem::NameTooLong);
        }
        if projects.is_empty() {
            return Err(ProfileProblem::NoProject);
        }
        Ok(Profile {
            name: name.to_owned(),
            locale,
            projects,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_profile_needs_a_name_and_a_project() {
        let p = vec![Code::new("halsoguider").unwrap()];
        assert_eq!(
            Profile::new("  ", LocaleCode::Sv, p.clone()),
            Err(ProfileProblem::NameMissing)
        );
        assert_eq!(
            Profile::new("Amina", LocaleCode::Ar, vec![]),
            Err(ProfileProblem::NoProject)
        );
        assert_eq!(
            Profile::new(" Amina ", LocaleCode::Ar, p).unwrap().name,
            "Amina"
        );
    }
}
