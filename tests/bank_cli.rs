//! `dva bank check`, `dva bank show`, `dva topics` and `dva notes`.

mod common;

use common::Dva;
use predicates::prelude::*;

#[test]
fn every_invalid_fixture_gives_its_message_at_its_place() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/banks/invalid");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let expect = text
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("# expect: "))
            .unwrap_or_else(|| panic!("{} has no `# expect:` line", path.display()));
        let want = format!("{}:{expect}", path.display());
        Dva::new()
            .cmd()
            .args(["bank", "check"])
            .arg(&path)
            .assert()
            .code(1)
            .stdout(predicate::str::contains(want));
        n += 1;
    }
    assert!(n >= 10);
}

#[test]
fn all_problems_of_a_file_are_reported_at_once() {
    let dva = Dva::new();
    let path = dva.home().join("many.toml");
    std::fs::write(
        &path,
        r#"topic = "codestar"
title = "t"

[[question]]
id = "m-1"
domain = 5
task = "1.1"
notes = ["99.9"]
difficulty = "easy"
stem = "s"
choices = ["a", "b", "c", "d"]
answer = "F"
explanation = ""
rationale = ["1", "2", "3", "4"]
colour = "red"
"#,
    )
    .unwrap();
    let out = dva
        .cmd()
        .args(["bank", "check"])
        .arg(&path)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    for want in [
        ":6:10: `domain` must be an exam domain number from 1 to 4",
        ":8:9: `notes` names section `99.9`",
        ":12:10: answer `F` names no choice",
        ":13:15: `explanation` is empty",
        ":15:1: unknown field `colour`",
    ] {
        assert!(text.contains(want), "missing {want:?} in:\n{text}");
    }
}

#[test]
fn the_builtin_bank_passes() {
    Dva::new()
        .cmd()
        .args(["bank", "check"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("ok: "));
}

#[test]
fn a_valid_user_bank_passes() {
    Dva::new()
        .cmd()
        .args(["bank", "check", &common::practice_bank()])
        .assert()
        .success()
        .stdout(predicate::str::contains("ok: 3 question(s) in 1 file(s)"));
}

#[test]
fn a_missing_path_is_a_problem() {
    Dva::new()
        .cmd()
        .args(["bank", "check", "/nonexistent/bank.toml"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("/nonexistent/bank.toml"));
}

#[test]
fn bank_show_prints_the_key_and_json() {
    let dva = Dva::new();
    let bank = common::practice_bank();
    dva.cmd()
        .args(["bank", "show", "t-multi-1", "--bank", &bank])
        .assert()
        .success()
        .stdout(predicate::str::contains("Answer: B, E"))
        .stdout(predicate::str::contains("* B. KEYED three"));
    let out = dva
        .cmd()
        .args(["bank", "show", "t-multi-1", "--json", "--bank", &bank])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["answer"], serde_json::json!(["B", "E"]));
    assert_eq!(v["multiple_response"], true);
    assert_eq!(v["en"]["choices"].as_array().unwrap().len(), 5);
    dva.cmd()
        .args(["bank", "show", "t-multi-2", "--bank", &bank])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("closest: t-multi-1"));
}

#[test]
fn topics_lists_slugs_aliases_and_counts() {
    let out = Dva::new()
        .cmd()
        .arg("topics")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    let bank = dva::bank::Bank::builtin();
    let n = bank.in_topics(&["dynamodb"]).len();
    let row = text.lines().find(|l| l.contains("| dynamodb ")).unwrap();
    assert!(row.contains("ddb"));
    assert!(row.contains(&format!(" {n} ")), "{row}");
    assert!(text.contains("cicd: codecommit"));
}

#[test]
fn notes_prints_a_section_with_its_subsections() {
    let dva = Dva::new();
    dva.cmd()
        .args(["notes", "11.2"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "11.2. Read/Write Capacity Modes",
        ));
    dva.cmd()
        .args(["notes", "6.3"])
        .assert()
        .success()
        .stdout(predicate::str::contains("6.3.1. buildspec.yml"));
    dva.cmd()
        .args(["notes", "42.1"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no section `42.1`"));
    dva.cmd()
        .arg("notes")
        .assert()
        .success()
        .stdout(predicate::str::contains("9.2 CloudTrail Insights"));
}

#[test]
fn bank_stats_prints_counts_shares_and_coverage() {
    let dva = Dva::new();
    let text = String::from_utf8(
        dva.cmd()
            .args(["bank", "stats"])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone(),
    )
    .unwrap();
    let bank = dva::bank::Bank::builtin();
    assert!(text.starts_with(&format!("{} questions", bank.questions().len())));
    assert!(text.contains("| 2 Security"), "{text}");
    assert!(text.contains("multiple response"));
    assert!(text.contains("Notes sections"));
    assert!(
        text.contains("Single-answer keys by length rank (1 = longest): 1 "),
        "{text}"
    );
    let json = dva
        .cmd()
        .args(["bank", "stats", "--json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(v["questions"], bank.questions().len());
    assert_eq!(v["domains"].as_array().unwrap().len(), 4);
    assert_eq!(v["domains"][0]["weight"], 32);
    // Every single-answer item is counted once at its key's length rank.
    let single = bank
        .questions()
        .iter()
        .filter(|q| !q.is_multiple_response())
        .count() as u64;
    for ranks in ["key_length_ranks", "ko_key_length_ranks"] {
        let counted: u64 = v[ranks]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n.as_u64().unwrap())
            .sum();
        assert_eq!(counted, single, "{ranks}");
    }
    assert!(
        v["sections"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["section"] == "11.2")
    );
}

/// A `[[question]]` table of 11 lines, id on the second, that passes every
/// check but for the `(field, value)` pairs in `set`, which replace a
/// field's value or add the field at the end.
fn item(id: &str, set: &[(&str, &str)]) -> String {
    let quoted = format!("\"{id}\"");
    let mut fields = vec![
        ("id", quoted.as_str()),
        ("domain", "3"),
        ("task", "\"3.4\""),
        ("notes", "[]"),
        ("difficulty", "\"easy\""),
        ("stem", "\"s\""),
        ("choices", "[\"a\", \"b\", \"c\", \"d\"]"),
        ("answer", "\"A\""),
        ("explanation", "\"e\""),
        ("rationale", "[\"1\", \"2\", \"3\", \"4\"]"),
    ];
    for &(field, value) in set {
        match fields.iter_mut().find(|(f, _)| *f == field) {
            Some(entry) => entry.1 = value,
            None => fields.push((field, value)),
        }
    }
    let mut text = String::from("[[question]]\n");
    for (field, value) in fields {
        text.push_str(&format!("{field} = {value}\n"));
    }
    text
}

/// `dva bank check` on `files` (name, text) written to a temporary folder:
/// its stdout and stderr, and the folder's path as the messages spell it.
fn check(files: &[(&str, String)]) -> (String, String, String) {
    let dva = Dva::new();
    let mut cmd = dva.cmd();
    cmd.args(["bank", "check"]);
    for (name, text) in files {
        let path = dva.home().join(name);
        std::fs::write(&path, text).unwrap();
        cmd.arg(path);
    }
    let out = cmd.assert().code(1).get_output().clone();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        dva.home().display().to_string(),
    )
}

#[test]
fn id_clashes_are_reported_whatever_else_is_wrong() {
    let head = "topic = \"codestar\"\ntitle = \"t\"\n\n";
    let a = format!(
        "{head}{}\n{}",
        item("u-1", &[("domain", "9")]),
        item("lambda-001", &[("difficulty", "\"tricky\"")])
    );
    let b = format!("{head}{}", item("u-1", &[]));
    let (out, err, dir) = check(&[("a.toml", a), ("b.toml", b)]);
    for want in [
        format!("{dir}/a.toml:6:10: `domain` must be an exam domain number"),
        format!("{dir}/a.toml:17:6: id `lambda-001` is already used at questions/lambda.toml"),
        format!("{dir}/a.toml:21:14: difficulty `tricky` is not one of"),
        format!("{dir}/b.toml:5:6: id `u-1` is already used at {dir}/a.toml:5:6"),
    ] {
        assert!(out.contains(&want), "missing {want:?} in:\n{out}");
    }
    assert!(err.contains("0 question(s) passed"), "{err}");
}

#[test]
fn a_files_unknown_topic_is_reported_once() {
    let text = format!(
        "topic = \"s3\"\ntitle = \"t\"\n\n{}\n{}\n{}",
        item("u-1", &[]),
        item("u-2", &[]),
        item("u-3", &[("topic", "\"lambda\"")])
    );
    let (out, err, dir) = check(&[("s3.toml", text)]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 1, "{out}");
    assert!(
        lines[0].starts_with(&format!(
            "{dir}/s3.toml:1:9: unknown topic `s3`; expected one of: "
        )),
        "{out}"
    );
    assert!(err.contains("1 problem(s)"), "{err}");
    assert!(err.contains("1 question(s) passed"), "{err}");
}
