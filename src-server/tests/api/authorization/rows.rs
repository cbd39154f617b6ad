//! The rows of the authorization matrix: every call of the coordinator API, with what a
//! coordinator of the project and a coordinator of another project get.

use super::super::*;

/// One call of a coordinator endpoint; the calls that name a project name the health guides.
/// A coordinator of the project gets `own`, a coordinator of another project `other`; an
/// administrator always succeeds and someone not logged in never does.
pub struct Call {
    pub method: &'static str,
    pub path: &'static str,
    pub body: Option<serde_json::Value>,
    pub own: StatusCode,
    pub other: StatusCode,
    /// What an administrator gets: 200 unless the row says otherwise.
    pub admin: StatusCode,
}

fn call(method: &'static str, path: &'static str, own: u16, other: u16) -> Call {
    Call {
        method,
        path,
        body: None,
        own: StatusCode::from_u16(own).unwrap(),
        other: StatusCode::from_u16(other).unwrap(),
        admin: StatusCode::OK,
    }
}

/// A call on something that does not exist: every coordinator, whatever their projects, gets
/// `status` (and learns nothing of another project).
fn missing(method: &'static str, path: &'static str, status: u16) -> Call {
    let mut call = call(method, path, status, status);
    call.admin = StatusCode::from_u16(status).unwrap();
    call
}

/// A call that only an administrator may make, answered `admin`.
fn admin_only(path: &'static str, admin: u16) -> Call {
    let mut call = call("POST", path, 403, 403);
    call.admin = StatusCode::from_u16(admin).unwrap();
    call.body = Some(serde_json::json!({}));
    call
}

fn with(mut call: Call, body: serde_json::Value) -> Call {
    call.body = Some(body);
    call
}

/// The reference data with the health guides' Swedish label changed.
fn renamed_reference() -> serde_json::Value {
    let seed = include_str!("../../../../src-core/seed/reference-data.json");
    let mut reference: serde_json::Value = serde_json::from_str(seed).unwrap();
    reference["projects"][0]["labels"]["sv"] = "Hälsoguiderna".into();
    reference
}

pub fn calls() -> Vec<Call> {
    let correction = serde_json::json!({"field": "note", "value": "Rättad anteckning."});
    let reviewed = serde_json::json!({"ids": ["h"], "reviewed": true});
    let texts = serde_json::json!({"done": "Språkcaféer varje vecka."});
    vec![
        call("GET", "/auth/me", 200, 200),
        call("GET", "/coordinator/activities", 200, 200),
        call(
            "GET",
            "/coordinator/activities?project=halsoguider",
            200,
            403,
        ),
        call("GET", "/coordinator/overview?project=halsoguider", 200, 403),
        call("GET", "/coordinator/hours?project=halsoguider", 200, 403),
        // Each asker sees the hours of their own projects' people only.
        call("GET", "/coordinator/hours", 200, 200),
        with(
            call("POST", "/coordinator/activities/h/correct", 200, 403),
            correction,
        ),
        // Marking answers how many were marked: none of another project's.
        with(
            call("POST", "/coordinator/activities/reviewed", 200, 200),
            reviewed,
        ),
        call(
            "GET",
            "/coordinator/activities/export?project=halsoguider",
            200,
            403,
        ),
        call("GET", "/coordinator/conflicts", 200, 200),
        call("GET", "/coordinator/people", 200, 200),
        call("GET", "/coordinator/reference", 200, 200),
        with(
            call("PUT", "/coordinator/reference", 200, 403),
            renamed_reference(),
        ),
        call(
            "GET",
            "/coordinator/reports/half-year?project=halsoguider&year=2026&half=2",
            200,
            403,
        ),
        with(
            call(
                "PUT",
                "/coordinator/reports/half-year/texts?project=halsoguider&year=2026&half=2",
                200,
                403,
            ),
            texts,
        ),
        call(
            "GET",
            "/coordinator/reports/half-year/export?project=halsoguider&year=2026&half=2&format=csv",
            200,
            403,
        ),
        call(
            "GET",
            "/coordinator/reports/final/export?project=halsoguider",
            200,
            403,
        ),
        // The compilation holds what the asker may see.
        call("GET", "/coordinator/reports/annual?year=2026", 200, 200),
        call("GET", "/coordinator/reports/calendar", 200, 200),
        // A report can be handed in once: each asker hands in a half-year of their own
        // (`{period}`), the texts above being the second half of 2026's.
        with(
            call(
                "POST",
                "/coordinator/reports/half-year/hand-in?project=halsoguider&{period}",
                200,
                403,
            ),
            serde_json::json!({}),
        ),
        call("GET", "/admin/audit", 403, 403),
        with(
            call("POST", "/coordinator/people", 200, 403),
            serde_json::json!({"name": "Mira", "role": "guide", "projects": ["halsoguider"]}),
        ),
        // User 1 is the guide whose entry `h` is.
        call("POST", "/coordinator/people/1/code", 200, 403),
        missing("POST", "/coordinator/devices/no-such-device/revoke", 404),
        with(
            missing("POST", "/coordinator/conflicts/999/settle", 404),
            serde_json::json!({"keep": "lost"}),
        ),
        // User 2 is the staff member, whose device has been asked with already; user 3 is
        // the coordinator `sara`, who has a password to reset; the administrator asks last.
        admin_only("/admin/people/2/disable", 200),
        admin_only("/admin/people/2/enable", 200),
        admin_only("/admin/people/3/password-reset", 200),
        {
            let mut read = admin_only("/admin/retention", 200);
            read.method = "GET";
            read.body = None;
            read
        },
        with(
            {
                let mut set = admin_only("/admin/retention", 200);
                set.method = "PUT";
                set
            },
            serde_json::json!({"months": 1200}),
        ),
        // Nothing is that old: nothing is thinned out.
        admin_only("/admin/retention/thin", 200),
    ]
}
