//! Arbitrary cell text, project labels and sheet names through the server's XLSX exports:
//! they never panic and never fail.

#![no_main]

use brobygge_fuzz::sheets::Sheets;
use brobygge_server::export::Format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for file in Sheets::new(data).export(Format::Xlsx) {
        assert!(file.starts_with(b"PK"), "an XLSX file is a zip");
    }
});
