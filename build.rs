//! Compiles the built-in question banks into the binary.
//!
//! Every file in `questions/` is parsed and checked with the same code as
//! `dva bank check`; a broken built-in bank fails the build with
//! `file:line:column: message` lines, never a learner. The checked items are
//! stored in postcard form so that start-up decodes a small index instead of
//! parsing TOML, and the sources are embedded for `dva bank check`.

#![allow(dead_code)]

#[path = "src/blueprint.rs"]
mod blueprint;
#[path = "src/bank/model.rs"]
mod model;
#[path = "src/bank/parse.rs"]
mod parse;

use std::path::Path;
use std::{env, fs};

fn main() {
    println!("cargo::rerun-if-changed=questions");
    // rust-i18n reads the locales at compile time: a changed message must
    // rebuild the crate.
    println!("cargo::rerun-if-changed=src/locales");
    let dir = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("questions");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .expect("questions/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();

    let sources: Vec<(String, String)> = files
        .iter()
        .map(|p| {
            let name = format!("questions/{}", p.file_name().unwrap().to_string_lossy());
            (name, fs::read_to_string(p).expect("bank file is UTF-8"))
        })
        .collect();
    let checked = parse::parse_many(&sources, &[]);
    if !checked.diagnostics.is_empty() {
        let lines: Vec<String> = checked.diagnostics.iter().map(|d| d.to_string()).collect();
        panic!(
            "the built-in question bank has {} problem(s):\n{}",
            lines.len(),
            lines.join("\n")
        );
    }

    // The index (classification of every question) is decoded at start-up;
    // each question's text is encoded on its own and decoded when shown.
    let out = Path::new(&env::var("OUT_DIR").unwrap()).to_path_buf();
    let (index, texts) = model::encode(&checked.questions);
    fs::write(out.join("index.bin"), index).unwrap();
    fs::write(out.join("texts.bin"), texts).unwrap();

    let mut rs = String::from(
        "/// The built-in bank files: (name, TOML text).\npub const SOURCES: &[(&str, &str)] = &[\n",
    );
    for (path, (name, _)) in files.iter().zip(&sources) {
        rs.push_str(&format!(
            "    ({name:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    rs.push_str("];\n");
    fs::write(out.join("sources.rs"), rs).unwrap();
}
