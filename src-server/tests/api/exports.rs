//! Exports: the half-year report's XLSX read back cell by cell (calamine) beside the report's
//! figures and its CSV, and the list of occasions as XLSX; every export audited.

use super::accounts::{login_as, session_download, session_get, session_send};
use super::reports::{fixture, HALF};
use super::*;
use calamine::{Data, Reader, Xlsx};
use serde_json::json;

/// Every cell of a sheet as text: numbers to four decimals at most, empty cells as "".
pub(super) fn grid(book: &mut Xlsx<std::io::Cursor<Vec<u8>>>, sheet: &str) -> Vec<Vec<String>> {
    let range = book.worksheet_range(sheet).unwrap();
    range
        .rows()
        .map(|row| {
            let mut cells: Vec<String> = row
                .iter()
                .map(|c| match c {
                    Data::String(s) => s.clone(),
                    Data::Float(f) => {
                        let s = format!("{:.4}", f);
                        s.trim_end_matches('0').trim_end_matches('.').to_owned()
                    }
                    Data::Int(i) => i.to_string(),
                    Data::Empty => String::new(),
                    other => format!("{other:?}"),
                })
                .collect();
            while cells.last().is_some_and(String::is_empty) {
                cells.pop();
            }
            cells
        })
        .collect()
}

pub(super) fn line(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|c| (*c).to_owned()).collect()
}

#[tokio::test]
async fn the_xlsx_export_holds_the_same_figures_cell_by_cell_and_is_audited() {
    let server = Server::fresh();
    fixture(&server).await;
    let sara = login_as(&server, "sara", Role::Coordinator, &["halsoguider"]).await;
    let texts = json!({"done": "Språkcaféer varje vecka.", "analysis": "Nära målet för kvinnor.", "afterwards": "Fortsätter i ordinarie verksamhet."});
    let texts_path = "/coordinator/reports/half-year/texts?project=halsoguider&year=2026&half=2";
    let (status, _) = session_send(&server, "PUT", &sara, texts_path, texts.clone()).await;
    assert_eq!(status, StatusCode::OK);

    let export = HALF.replace("/half-year?", "/half-year/export?");
    let (status, kind, bytes) = session_download(
        &server,
        &sara,
        &format!("{export}&threshold=5&format=xlsx&lang=sv"),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(kind.contains("spreadsheetml"), "{kind}");
    let mut book = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(book.sheet_names(), ["Sammanfattning", "Hälsoguider"]);

    let summary = grid(&mut book, "Sammanfattning");
    assert_eq!(summary[0], line(&["Delrapport"]));
    assert_eq!(summary[1], line(&["Period", "2026-07-01 – 2026-12-31"]));
    assert_eq!(
        summary[5..11],
        [
            line(&["Vilka aktiviteter som genomförts"]),
            line(&["Språkcaféer varje vecka."]),
            line(&["Analys av måluppfyllelsen"]),
            line(&["Nära målet för kvinnor."]),
            line(&["Hur erfarenheterna tas till vara"]),
            line(&["Fortsätter i ordinarie verksamhet."]),
        ]
    );
    assert_eq!(
        summary[13],
        line(&[
            "Hälsoguider",
            "Pågår",
            "3",
            "3",
            "17",
            "10",
            "dolt",
            "5",
            "dolt",
            "39"
        ])
    );

    let sheet = grid(&mut book, "Hälsoguider");
    let expected = [
        line(&["Hälsoguider"]),
        line(&["2026-07-01 – 2026-12-31"]),
        line(&[]),
        line(&[
            "Grupp",
            "Nådda",
            "Nya i projektet",
            "Förväntat enligt ansökan",
            "Nya som andel av förväntat",
        ]),
        // New people: e1 4 women, 1 man, 2 boys; e2 1 woman, 2 girls; e3 did not say. Below 5
        // hidden, with what would give a hidden count away (see suppression.rs).
        line(&["Flickor", "dolt", "dolt", "300"]),
        line(&["Pojkar", "5", "dolt", "260"]),
        line(&["Kvinnor", "17", "5", "900", "0.0056"]),
        line(&["Män", "10", "dolt", "600"]),
        line(&["Annat eller ej angivet", "dolt"]),
        line(&["Totalt", "39", "dolt", "2060"]),
        line(&["Tillfällen", "3"]),
        line(&["Timmar", "3"]),
        line(&["Nådda räknar kontakter: samma person vid tio tillfällen räknas tio gånger. Nya i projektet är de som var med för första gången, och det är dem det förväntade antalet jämförs med."]),
        line(&["Nådda per område"]),
        line(&[
            "Grupp",
            "Tillfällen",
            "Kvinnor",
            "Män",
            "Flickor",
            "Pojkar",
            "Annat eller ej angivet",
            "Totalt",
        ]),
        line(&["Råslätt", "2", "dolt", "10", "dolt", "5", "0", "33"]),
        line(&["Öxnehaga", "1", "dolt", "0", "dolt", "0", "dolt", "6"]),
        line(&[]),
        line(&["Nådda per ämne"]),
    ];
    assert_eq!(sheet[..expected.len()], expected);

    let csv_path = format!("{export}&format=csv&lang=en");
    let (status, kind, bytes) = session_download(&server, &sara, &csv_path).await;
    assert_eq!(
        (status, kind.as_str()),
        (StatusCode::OK, "text/csv; charset=utf-8")
    );
    let text = String::from_utf8(bytes).unwrap();
    let lines: Vec<&str> = text.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(
        lines[0],
        "Project,Table,Group,Occasions,Women,Men,Girls,Boys,Other or not stated,Total"
    );
    assert_eq!(lines[1], "Health guides,Reached,,3,17,10,6,5,1,39");
    assert_eq!(lines[2], "Health guides,New to the project,,,5,1,2,2,,10");
    assert_eq!(
        lines[3],
        "Health guides,Expected in the application,,,900,600,300,260,,2060"
    );
    assert_eq!(
        lines[4],
        "Health guides,Reached by area,Råslätt,2,16,10,2,5,0,33"
    );

    let root = login_as(&server, "root", Role::Admin, &[]).await;
    let (_, audit) = session_get(&server, &root, "/admin/audit").await;
    let exports: Vec<_> = audit
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "export-report")
        .map(|e| {
            (
                e["actor"].clone(),
                e["subject"].clone(),
                e["detail"]["format"].clone(),
            )
        })
        .collect();
    let subject = json!("half-year/halsoguider/2026-07-01..2026-12-31");
    assert_eq!(
        exports,
        [
            (json!("sara"), subject.clone(), json!("csv")),
            (json!("sara"), subject, json!("xlsx"))
        ]
    );
}

#[tokio::test]
async fn the_list_of_occasions_downloads_as_xlsx_with_labels_and_is_audited() {
    let server = Server::fresh();
    fixture(&server).await;
    let sara = login_as(&server, "sara", Role::Coordinator, &["halsoguider"]).await;
    let path =
        "/coordinator/activities/export?project=halsoguider&from=2026-07-01&format=xlsx&lang=en";
    let (status, _, bytes) = session_download(&server, &sara, path).await;
    assert_eq!(status, StatusCode::OK);
    let mut book = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(book.sheet_names(), ["Occasions"]);
    let sheet = grid(&mut book, "Occasions");
    assert_eq!(
        sheet[0],
        line(&[
            "Date",
            "Start",
            "Minutes",
            "Project",
            "Area",
            "Venue",
            "Type of venue",
            "Format",
            "Languages",
            "Topics",
            "Women",
            "Men",
            "Girls",
            "Boys",
            "Other or not stated",
            "Total",
            "Referrals",
            "Questions by category",
            "New women",
            "New men",
            "New girls",
            "New boys",
            "Outcomes",
            "Partners",
            "Note",
            "Id"
        ])
    );
    // By date: e1 in July, e2 in September, e3 in December; not the first half's.
    let ids: Vec<&str> = sheet[1..].iter().map(|r| r[25].as_str()).collect();
    assert_eq!(ids, ["e1", "e2", "e3"]);
    assert_eq!(
        sheet[1][..16],
        line(&[
            "2026-07-10",
            "10:00",
            "90",
            "Health guides",
            "Råslätt",
            "Råslätt Library",
            "Library",
            "Drop-in",
            "Arabic, Somali",
            "Vaccination, Diet and eating habits",
            "6",
            "2",
            "0",
            "3",
            "0",
            "11"
        ])
    );
    // Another project's coordinator gets nothing of it.
    let nils = login_as(&server, "nils", Role::Coordinator, &["egenkraft"]).await;
    let (status, _, _) = session_download(&server, &nils, path).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let root = login_as(&server, "root", Role::Admin, &[]).await;
    let (_, audit) = session_get(&server, &root, "/admin/audit").await;
    let exported: Vec<_> = audit
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "export-activities")
        .map(|e| (e["actor"].clone(), e["detail"]["entries"].clone()))
        .collect();
    assert_eq!(exported, [(json!("sara"), json!(3))]);
}

#[tokio::test]
async fn no_csv_cell_is_a_formula_a_spreadsheet_would_run() {
    use super::push::{body, upsert};
    let server = Server::fresh();
    let guide = server.enrolled(Role::Guide, "Amina", "halsoguider").await;
    let notes = ["=1+2", "+46 SUM", "-2+3", "@A1", "Språkcafé"];
    let mutations = (1..)
        .zip(notes)
        .map(|(n, note)| upsert(n, &format!("f{n}"), note))
        .collect();
    let (status, _) = server
        .post("/sync/push", Some(&guide), body(mutations))
        .await;
    assert_eq!(status, StatusCode::OK);
    let sara = login_as(&server, "sara", Role::Coordinator, &["halsoguider"]).await;
    let path = "/coordinator/activities/export?project=halsoguider&from=2026-11-01&format=csv";
    let (status, _, bytes) = session_download(&server, &sara, path).await;
    assert_eq!(status, StatusCode::OK);
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let mut written: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[24].to_owned())
        .collect();
    written.sort();
    assert_eq!(written, ["'+46 SUM", "'-2+3", "'=1+2", "'@A1", "Språkcafé"]);
}
