//! Lists the Fluent files of the Swedish source (`locales/sv/*.ftl`, which every language has)
//! for the UI to fetch in each language, so that a file added there is fetched without a change
//! to the UI's code: all of them for the coordinator pages, all but the coordinator pages' own
//! (`coordinator`, `report`, `export`) for the device pages.

use std::path::Path;

fn main() {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales/sv");
    println!("cargo:rerun-if-changed={}", source.display());
    let mut files: Vec<String> = std::fs::read_dir(&source)
        .expect("the Swedish strings in locales/sv")
        .map(|entry| entry.expect("a file in locales/sv").path())
        .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
        .map(|path| path.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    files.sort();
    // The coordinator pages' own files; the device pages fetch the rest.
    const COORDINATORS_ONLY: [&str; 3] = ["coordinator", "export", "report"];
    let device: Vec<&String> = files
        .iter()
        .filter(|f| !COORDINATORS_ONLY.contains(&f.as_str()))
        .collect();
    let list = format!(
        "/// The Fluent files of each language, by name without `.ftl`.\nconst FILES: [&str; {}] = {files:?};\n\
         /// Those the device pages use: all but the coordinator pages' own.\nconst DEVICE_FILES: [&str; {}] = {device:?};\n",
        files.len(),
        device.len()
    );
    let out =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("locale_files.rs");
    std::fs::write(out, list).expect("writing the list of Fluent files");
}
