//! Small counts suppressed in a funder's report, through the API on SQLite and PostgreSQL:
//! the figures published for the reports fixture at a threshold of 5, worked out by hand, with
//! no hidden count left that what is shown gives away.

use super::accounts::{login_as, session_get};
use super::reports::{fixture, HALF};
use super::*;
use serde_json::json;

#[tokio::test]
async fn small_counts_are_hidden_so_that_none_can_be_worked_out_again() {
    let server = Server::fresh();
    fixture(&server).await;
    let sara = login_as(&server, "sara", Role::Coordinator, &["halsoguider"]).await;
    // Below 5 hidden, and no hidden count can be worked out from what is shown. Hiding
    // Råslätt's 2 girls and then its 5 boys, as a row-by-row suppression did, would not do:
    // the 5 boys reached in all, less Öxnehaga's 0, give the boys away, then Råslätt's total
    // the girls, and the 6 girls reached Öxnehaga's 4. So the reach's 1 other (small) and 6
    // girls are hidden too, and in Råslätt its 16 women, whose column and row then leave
    // every hidden cell of the table free to move (Öxnehaga's women anywhere from 0 to 6).
    let (_, hidden) = session_get(&server, &sara, &format!("{HALF}&threshold=5")).await;
    let s = &hidden["sections"][0];
    assert_eq!(
        s["by_area"],
        json!([
            {"key": "raslatt", "occasions": 2, "cells": [null, 10, null, 5, 0], "total": 33},
            {"key": "oxnehaga", "occasions": 1, "cells": [null, 0, null, 0, null], "total": 6}
        ])
    );
    assert_eq!(
        s["reach"],
        json!({"women": 17, "men": 10, "girls": null, "boys": 5, "other": null, "total": 39})
    );
    // Small new counts are hidden, and so is their total, which would give them away.
    assert_eq!(
        s["new_people"],
        json!({"girls": null, "boys": null, "women": 5, "men": null, "total": null})
    );
    // Languages overlap, so only their rows add up: Somali's 2, 4, 3 and 1 hide one another.
    assert_eq!(
        s["by_language"][1],
        json!({"key": "so", "occasions": 2, "cells": [7, null, null, null, null], "total": 17})
    );
}
