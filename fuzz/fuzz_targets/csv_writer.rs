//! Arbitrary cell text through the server's CSV exports: they never fail, and read back with
//! the `csv` crate no cell starts a formula (`=`, `+`, `-`, `@`, tab, carriage return) unless it
//! is a plain number.

#![no_main]

use brobygge_fuzz::sheets::{inert, Sheets};
use brobygge_server::export::Format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for file in Sheets::new(data).export(Format::Csv) {
        let text = std::str::from_utf8(&file).expect("a CSV file is UTF-8");
        let text = text
            .strip_prefix('\u{feff}')
            .expect("a CSV file starts with a BOM");
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        for record in reader.records() {
            let record = record.expect("the CSV reads back");
            for cell in &record {
                assert!(inert(cell), "a cell runs as a formula: {cell:?}");
            }
        }
    }
});
