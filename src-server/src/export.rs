//! Files a coordinator downloads: the list of occasions and the funder's reports, as XLSX
//! (rust_xlsxwriter) or CSV, with headings in the coordinator's language and reference items
//! by their labels in it. Codes stay what is stored; labels are only written into files.

pub mod activities;
pub mod report;

use brobygge_model::LocaleCode;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
use serde::Deserialize;
use std::borrow::Cow;
use std::collections::HashMap;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "../locales",
        fallback_language: "sv",
        // A spreadsheet cell is a value of its own: no direction marks around placeables.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Xlsx,
    Csv,
}

impl Format {
    pub fn content_type(self) -> &'static str {
        match self {
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Format::Csv => "text/csv; charset=utf-8",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Xlsx => "xlsx",
            Format::Csv => "csv",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("writing the spreadsheet: {0}")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
    #[error("writing the CSV: {0}")]
    Csv(#[from] csv::Error),
    #[error("writing the file: {0}")]
    Io(#[from] std::io::Error),
}

/// Messages in one locale.
#[derive(Clone, Copy, Debug)]
pub struct Words(pub LocaleCode);

impl Words {
    fn language(self) -> LanguageIdentifier {
        self.0.tag().parse().expect("every locale tag parses")
    }

    pub fn t(self, id: &str) -> String {
        LOCALES.lookup(&self.language(), id)
    }

    pub fn t_num(self, id: &str, name: &'static str, n: u64) -> String {
        let args = HashMap::from([(Cow::Borrowed(name), FluentValue::from(n))]);
        LOCALES.lookup_with_args(&self.language(), id, &args)
    }
}

/// A CSV writer that starts with a byte order mark, so that spreadsheet programs read the
/// file as UTF-8 (Arabic labels and Swedish letters included), and that writes no cell a
/// spreadsheet would run as a formula.
fn csv_writer() -> CsvWriter<Vec<u8>> {
    CsvWriter(csv::Writer::from_writer("\u{feff}".as_bytes().to_vec()))
}

/// [`csv_writer`] into `out`.
fn csv_writer_to<W: std::io::Write>(mut out: W) -> Result<CsvWriter<W>, ExportError> {
    out.write_all("\u{feff}".as_bytes())?;
    Ok(CsvWriter(csv::Writer::from_writer(out)))
}

struct CsvWriter<W: std::io::Write>(csv::Writer<W>);

impl<W: std::io::Write> CsvWriter<W> {
    /// Writes a row, each cell through [`inert`].
    fn write_record<I, S>(&mut self, cells: I) -> Result<(), csv::Error>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        self.0
            .write_record(cells.into_iter().map(|c| inert(c.as_ref()).into_owned()))
    }

    fn into_inner(self) -> Result<W, ExportError> {
        self.0
            .into_inner()
            .map_err(|e| ExportError::Csv(e.into_error().into()))
    }
}

/// A cell as a spreadsheet shows it and never runs it: text that starts with `=`, `+`, `-`,
/// `@`, a tab or a carriage return (a note, a label, a name) gets a leading apostrophe, which
/// spreadsheets read as "this is text"; a plain number stays a number.
pub(crate) fn inert(cell: &str) -> Cow<'_, str> {
    let starts_a_formula = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if starts_a_formula && cell.parse::<f64>().is_err() {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

#[cfg(test)]
mod tests {
    use super::inert;

    #[test]
    fn no_cell_starts_a_formula() {
        for (cell, written) in [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("+46 70", "'+46 70"),
            ("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=1", "'\t=1"),
            ("\r=1", "'\r=1"),
            ("-3", "-3"),
            ("12", "12"),
            ("Språkcafé = kul", "Språkcafé = kul"),
            ("", ""),
        ] {
            assert_eq!(inert(cell), written, "{cell:?}");
        }
    }
}
