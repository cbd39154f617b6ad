//! A revocation learned by any call (sync, push, pull, relay) crypto-shreds the store: every
//! file of it changes, nothing of the user is left, and the first start can say why.

use super::{log_ids, other_project, phone, phone_files, save};
use crate::occasion;
use brobygge_model::{Code, ErrorCode, SaveOptions};
use brobygge_tests::server::ServerProcess;
use std::path::{Path, PathBuf};

/// Every file of the store before revocation, with its bytes.
fn files_of(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let (database, key) = phone_files(dir);
    let mut files = vec![(key.clone(), std::fs::read(&key).unwrap())];
    for suffix in ["", "-wal"] {
        let mut name = database.as_os_str().to_owned();
        name.push(suffix);
        let path = PathBuf::from(name);
        if let Ok(bytes) = std::fs::read(&path) {
            files.push((path, bytes));
        }
    }
    files
}

/// The ways a device learns that it was revoked.
#[derive(Clone, Copy, Debug)]
enum Call {
    Sync,
    Push,
    Pull,
    Relay,
}

#[tokio::test(flavor = "multi_thread")]
async fn whichever_call_learns_of_a_revocation_shreds_the_store() {
    for call in [Call::Sync, Call::Push, Call::Pull, Call::Relay] {
        let dir = tempfile::tempdir().unwrap();
        let mut server = ServerProcess::new(&dir.path().join("server"));
        let code = server.guide_code("Leyla");
        server.start();
        let store = phone(dir.path());
        store.enroll(&server.url(), &code, "0.1.0").await.unwrap();
        save(&store, 2);
        // Refused by the server, which keeps the refusal on the device until it is erased;
        // saved before the first pull narrows the lists to the user's projects.
        store
            .save_activity(&other_project(occasion(1)), SaveOptions::default())
            .unwrap();
        assert_eq!(store.sync().await.unwrap().refused, 1);
        save(&store, 3);
        let before = files_of(dir.path());
        assert!(before.len() >= 2, "{call:?}: a key file and a database");
        let device = store.server_link().unwrap().unwrap().device_id;
        server.admin(&["revoke-device", "--device", &device]);

        let learned = match call {
            Call::Sync => store.sync().await.map(|_| ()),
            Call::Push => store.push().await.map(|_| ()),
            Call::Pull => store.pull().await.map(|_| ()),
            Call::Relay => store.relay("GET", "/auth/me", None).await.map(|_| ()),
        };
        match learned {
            Err(e) => assert_eq!(e.to_api_error().code, ErrorCode::Revoked, "{call:?}"),
            Ok(()) => panic!("{call:?}: a revoked device was answered"),
        }
        for (path, bytes) in &before {
            let now = std::fs::read(path).unwrap_or_default();
            assert_ne!(&now, bytes, "{call:?}: {} is unchanged", path.display());
        }
        assert_eq!(store.server_link().unwrap(), None, "{call:?}");
        assert_eq!(store.profile().unwrap(), None, "{call:?}");
        assert!(log_ids(&store).is_empty(), "{call:?}");
        assert!(store.outbox().unwrap().is_empty(), "{call:?}");
        let status = store.sync_status().unwrap();
        assert!(status.erased_at.is_some(), "{call:?}: the app can say why");
        drop(store);
        // What is on disk now opens with the new key file, and holds nothing of Leyla's.
        let reopened = phone(dir.path());
        assert!(log_ids(&reopened).is_empty(), "{call:?}");
        assert!(reopened.sync_status().unwrap().erased_at.is_some());
        let again = brobygge_model::Profile::new(
            "Leyla",
            brobygge_model::LocaleCode::Sv,
            vec![Code::new("halsoguider").unwrap()],
        );
        reopened.set_profile(&again.unwrap()).unwrap();
        let status = reopened.sync_status().unwrap();
        assert_eq!(status.erased_at, None, "{call:?}: read once set up again");
    }
}
