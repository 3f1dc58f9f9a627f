//! Korean and English: the interface text, the question text, the language
//! switch, and scoring that does not depend on the language.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::{Dva, answers};
use dva::bank::Bank;
use predicates::prelude::*;

fn flatten(prefix: &str, value: &toml::Value, out: &mut BTreeMap<String, String>) {
    match value {
        toml::Value::Table(t) => {
            for (k, v) in t {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(&key, v, out);
            }
        }
        toml::Value::String(s) => {
            out.insert(prefix.to_string(), s.clone());
        }
        other => panic!("{prefix}: unexpected {other:?}"),
    }
}

fn locale(name: &str) -> BTreeMap<String, String> {
    let path = format!("{}/src/locales/{name}.toml", env!("CARGO_MANIFEST_DIR"));
    let value: toml::Value = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut out = BTreeMap::new();
    flatten("", &value, &mut out);
    out
}

fn placeholders(s: &str) -> BTreeSet<String> {
    s.split("%{")
        .skip(1)
        .filter_map(|p| p.split('}').next())
        .map(String::from)
        .collect()
}

#[test]
fn every_message_exists_in_both_languages_with_the_same_placeholders() {
    let en = locale("en");
    let ko = locale("ko");
    let en_keys: BTreeSet<&String> = en.keys().collect();
    let ko_keys: BTreeSet<&String> = ko.keys().collect();
    assert_eq!(
        en_keys.difference(&ko_keys).collect::<Vec<_>>(),
        Vec::<&&String>::new(),
        "missing in ko.toml"
    );
    assert_eq!(
        ko_keys.difference(&en_keys).collect::<Vec<_>>(),
        Vec::<&&String>::new(),
        "missing in en.toml"
    );
    for (k, v) in &en {
        assert_eq!(placeholders(v), placeholders(&ko[k]), "placeholders of {k}");
        assert!(!ko[k].trim().is_empty(), "{k} is empty in Korean");
    }
    // Every key the code uses is defined.
    let mut used = BTreeSet::new();
    for dir in ["src", "src/ui", "src/ui/tui", "src/cmd"] {
        for entry in std::fs::read_dir(format!("{}/{dir}", env!("CARGO_MANIFEST_DIR"))).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for (i, _) in text.match_indices("t!(\"") {
                    // `t!(` itself, not the end of `format!(` or `print!(`.
                    let before = text[..i].chars().next_back();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue;
                    }
                    let rest = &text[i + 4..];
                    used.insert(rest.split('"').next().unwrap().to_string());
                }
            }
        }
    }
    assert!(used.len() > 40, "{used:?}");
    for key in used {
        assert!(en.contains_key(&key), "`{key}` is used but not defined");
    }
}

fn run(dva: &Dva, args: &[&str], input: &str) -> String {
    let out = dva
        .cmd()
        .args(args)
        .write_stdin(input.to_string())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).unwrap()
}

const ANSWERS: &str = "A\nA,B\nA,B,C\nB\nB,C\nB,C,D\nC\nA,C\nA,C,E\nD\nB,D\nB,D,E\n";

#[test]
fn a_drill_scores_the_same_in_korean_and_english() {
    let (en, ko) = (Dva::new(), Dva::new());
    let args = ["drill", "lambda", "dynamodb", "-n", "6", "--seed", "21"];
    let en_out = run(
        &en,
        &[&args[..], &["--lang", "en"]].concat(),
        &ANSWERS.repeat(2),
    );
    let ko_out = run(
        &ko,
        &[&args[..], &["--lang", "ko"]].concat(),
        &ANSWERS.repeat(2),
    );
    assert!(ko_out.contains("문제 1 / 6"), "{ko_out}");
    assert!(
        ko_out.contains("정답은") && ko_out.contains("점수:"),
        "{ko_out}"
    );
    assert!(en_out.contains("Question 1 of 6") && en_out.contains("Score:"));
    assert_eq!(answers(&en.store()), answers(&ko.store()));
    assert_eq!(answers(&en.store()).len(), 6);
}

#[test]
fn an_exam_scores_the_same_in_korean_and_english() {
    let (en, ko) = (Dva::new(), Dva::new());
    let input = format!("{}submit\n", ANSWERS.repeat(3));
    let args = ["exam", "-n", "12", "--seed", "5"];
    let en_out = run(&en, &[&args[..], &["--lang", "en"]].concat(), &input);
    let ko_out = run(&ko, &[&args[..], &["--lang", "ko"]].concat(), &input);
    assert!(
        ko_out.contains("남은 시간") || ko_out.contains("시간 제한 없음"),
        "{ko_out}"
    );
    assert!(
        ko_out.contains("결과:") && ko_out.contains("환산 점수"),
        "{ko_out}"
    );
    assert!(en_out.contains("Result:"));
    assert_eq!(answers(&en.store()), answers(&ko.store()));
    let scaled = |s: &str, marker: &str| {
        s.split(marker)
            .nth(1)
            .unwrap()
            .split_whitespace()
            .next()
            .unwrap()
            .to_string()
    };
    assert_eq!(
        scaled(&en_out, "estimated scaled score "),
        scaled(&ko_out, "추정 환산 점수 ")
    );
}

#[test]
fn lang_en_mid_question_switches_the_text_not_the_key() {
    let dva = Dva::new();
    let bank = Bank::builtin();
    let mut live = dva.spawn(&["drill", "kms", "-n", "1", "--seed", "4", "--lang", "ko"]);
    let korean = live.until("그만하려면 q: ");
    let q = bank
        .questions()
        .iter()
        .find(|q| korean.contains(&format!("[{}]", q.id)))
        .unwrap();
    let ko = q.ko().unwrap();
    assert!(korean.contains(ko.stem.lines().next().unwrap()));
    let letter_of = |block: &str, choices: &[String]| -> Vec<char> {
        let keyed: Vec<&String> = q.key.iter().map(|&k| &choices[k as usize]).collect();
        block
            .lines()
            .filter(|l| {
                keyed
                    .iter()
                    .any(|c| l.trim_start().get(3..) == Some(c.as_str()))
            })
            .map(|l| l.trim_start().chars().next().unwrap())
            .collect()
    };
    let ko_key = letter_of(&korean, &ko.choices);
    live.send("lang en");
    let english = live.until("or q to stop: ");
    assert!(
        english.contains(q.text().stem.lines().next().unwrap()),
        "{english}"
    );
    let en_key = letter_of(&english, &q.text().choices);
    assert_eq!(
        ko_key, en_key,
        "the key letter is the same in both languages"
    );
    let typed: String = en_key.iter().collect();
    live.send(&typed);
    let (status, rest) = live.finish();
    assert!(status.success());
    assert!(rest.contains("Correct."), "{rest}");
}

#[test]
fn the_language_comes_from_the_flag_then_dva_lang_then_the_locale() {
    let dva = Dva::new();
    let first = |lang_env: &[(&str, &str)], args: &[&str]| {
        let mut c = dva.cmd();
        for (k, v) in lang_env {
            c.env(k, v);
        }
        let out = c
            .args(["drill", "kms", "-n", "1", "--seed", "1"])
            .args(args)
            .write_stdin("")
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    assert!(first(&[("LANG", "ko_KR.UTF-8")], &[]).contains("문제 1 / 1"));
    assert!(
        first(&[("LC_ALL", "ko_KR.UTF-8"), ("LANG", "en_US.UTF-8")], &[]).contains("문제 1 / 1")
    );
    assert!(first(&[("LANG", "ko_KR.UTF-8"), ("DVA_LANG", "en")], &[]).contains("Question 1 of 1"));
    assert!(first(&[("DVA_LANG", "en")], &["--lang", "ko"]).contains("문제 1 / 1"));
    assert!(first(&[], &[]).contains("Question 1 of 1"));
}

#[test]
fn a_question_without_korean_falls_back_to_english_marked() {
    let dva = Dva::new();
    let bank = common::practice_bank();
    let out = run(
        &dva,
        &[
            "drill", "codestar", "--bank", &bank, "-n", "1", "--lang", "ko",
        ],
        "",
    );
    assert!(
        out.contains("이 문제는 한국어 버전이 없어 영어로 표시합니다"),
        "{out}"
    );
    assert!(out.contains("pick"), "the English stem is shown: {out}");
}

#[test]
fn korean_tables_fit_80_columns() {
    let dva = Dva::new();
    let out = run(
        &dva,
        &["exam", "-n", "20", "--seed", "3", "--lang", "ko"],
        "submit\n",
    );
    let table_lines: Vec<&str> = out.lines().filter(|l| l.starts_with('|')).collect();
    assert!(table_lines.len() > 6, "{out}");
    for line in table_lines {
        assert!(
            console::measure_text_width(line) <= 80,
            "{} columns: {line}",
            console::measure_text_width(line)
        );
    }
    // Korean domain names appear in the table.
    assert!(out.contains("AWS 서비스를 사용한 개발"), "{out}");
}

#[test]
fn errors_and_help_speak_korean() {
    let dva = Dva::new();
    dva.cmd()
        .args(["--lang", "ko", "drill", "dynamo-db"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("dva: 오류: 알 수 없는 주제"))
        .stderr(predicate::str::contains("dynamodb"));
    dva.cmd()
        .args(["--lang", "ko", "exam", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("모의고사를 봅니다"));
}
