//! Activity ids, made on the device when a form starts: a UUIDv7 from the clock and the
//! browser engine's cryptographic random source. Every later write of the form (draft or save)
//! is then an upsert of that one id, so a save racing a draft can never store it twice.

use brobygge_model::ActivityId;
use leptos::prelude::window;

pub fn new_activity_id() -> ActivityId {
    let mut random = [0u8; 10];
    if let Ok(crypto) = window().crypto() {
        let _ = crypto.get_random_values_with_u8_array(&mut random);
    }
    let millis = js_sys::Date::now() as u64;
    let id = uuid::Builder::from_unix_timestamp_millis(millis, &random).into_uuid();
    ActivityId(id.to_string())
}
