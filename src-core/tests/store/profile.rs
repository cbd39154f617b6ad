//! The local profile.

use super::*;
use brobygge_core::CoreError;
use brobygge_model::{profile::ProfileProblem, LocaleCode, Profile};

#[test]
fn the_profile_is_kept_across_reopening() {
    let (store, _dir, path) = fresh();
    assert_eq!(store.profile().unwrap(), None);
    let projects = vec![store.reference_data().unwrap().projects[0].code.clone()];
    let profile = Profile::new("Amina", LocaleCode::Ar, projects).unwrap();
    store.set_profile(&profile).unwrap();
    drop(store);
    assert_eq!(open(&path).unwrap().profile().unwrap(), Some(profile));
}

#[test]
fn an_invalid_profile_is_refused() {
    let (store, _dir, _) = fresh();
    let bad = Profile {
        name: " ".into(),
        locale: LocaleCode::Sv,
        projects: vec![],
    };
    assert!(matches!(
        store.set_profile(&bad),
        Err(CoreError::Profile(ProfileProblem::NameMissing))
    ));
    assert_eq!(store.profile().unwrap(), None);
}
