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
    // Every key the code uses is defined: in `t!` and in `message!` (an
    // error worded in the learner's language).
    let mut used = BTreeSet::new();
    let dirs = [
        "src",
        "src/ui",
        "src/ui/tui",
        "src/cmd",
        "src/bank",
        "src/export",
    ];
    for dir in dirs {
        for entry in std::fs::read_dir(format!("{}/{dir}", env!("CARGO_MANIFEST_DIR"))).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for call in ["t!(", "message!("] {
                    for (i, _) in text.match_indices(call) {
                        // `t!(` itself, not the end of `format!(` or `print!(`.
                        let before = text[..i].chars().next_back();
                        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                            continue;
                        }
                        // A literal key, on this line or the next.
                        let rest = text[i + call.len()..].trim_start();
                        if let Some(rest) = rest.strip_prefix('"') {
                            used.insert(rest.split('"').next().unwrap().to_string());
                        }
                    }
                }
            }
        }
    }
    for key in ["notes.no_section", "exam.no_exam", "bank.no_question"] {
        assert!(used.contains(key), "{key} is not found in the code");
    }
    assert!(used.len() > 40, "{used:?}");
    for key in used {
        assert!(en.contains_key(&key), "`{key}` is used but not defined");
    }
}

fn run(dva: &Dva, args: &[&str], input: &str) -> String {
    dva.stdout(args, input)
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

/// A store with a short drill of KMS questions, answered in plain mode: one
/// of the three answers fits each question's key count; the others are
/// refused and asked again.
fn drilled() -> Dva {
    let dva = Dva::new();
    run(
        &dva,
        &["drill", "kms", "-n", "2", "--seed", "8"],
        &"A\nA,B\nA,B,C\n".repeat(3),
    );
    assert_eq!(answers(&dva.store()).len(), 2);
    dva
}

fn is_hangul(c: char) -> bool {
    ('\u{ac00}'..='\u{d7a3}').contains(&c)
}

/// Every line that draws a table is at most 80 columns wide; there is at
/// least one.
fn tables_fit_80_columns(out: &str) {
    let table_lines: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with('|') || l.starts_with(['┌', '│', '╞', '├', '└']))
        .collect();
    assert!(!table_lines.is_empty(), "no table in:\n{out}");
    for line in table_lines {
        assert!(
            console::measure_text_width(line) <= 80,
            "{} columns: {line}",
            console::measure_text_width(line)
        );
    }
}

#[test]
fn stats_speak_korean() {
    let dva = drilled();
    let out = run(&dva, &["stats", "--lang", "ko"], "");
    assert!(out.starts_with("전체 연습: 세션 1개에서 답 2개"), "{out}");
    for heading in [
        "\n도메인별\n",
        "\n주제별\n",
        "\n가장 약한 주제\n",
        "\n모의고사\n",
        "| 도메인 ",
        "| 주제 ",
        "| 답한 수 ",
        "| 최근 30일 ",
        "| 상태 ",
        "기준 준비도 (추정치)",
        "도메인별 예측 기억률",
    ] {
        assert!(out.contains(heading), "no {heading:?} in:\n{out}");
    }
    // Domain names and status words come from the Korean locale.
    assert!(out.contains("| 2 보안 "), "{out}");
    assert!(out.contains("| 답 부족 "), "{out}");
    assert!(
        !out.contains("Security") && !out.contains("too few"),
        "{out}"
    );
    tables_fit_80_columns(&out);

    // The English report of the same store is unchanged in kind.
    let en = run(&dva, &["stats", "--lang", "en"], "");
    assert!(
        en.starts_with("All practice: 2 answers in 1 session"),
        "{en}"
    );
    assert!(
        en.contains("| 2 Security ") && en.contains("\nBy domain\n"),
        "{en}"
    );
}

#[test]
fn history_speaks_korean() {
    let dva = drilled();
    let out = run(&dva, &["history", "--lang", "ko"], "");
    for heading in [
        "| 시작 (UTC) ",
        "| 유형 ",
        "| 주제 ",
        "| 문제 수 ",
        "| 점수 ",
    ] {
        assert!(out.contains(heading), "no {heading:?} in:\n{out}");
    }
    assert!(out.contains("| 연습 "), "{out}");
    assert!(
        out.contains("한 세션의 답을 보려면: dva history ID"),
        "{out}"
    );
    tables_fit_80_columns(&out);

    let one = run(&dva, &["history", "1", "--lang", "ko"], "");
    assert!(one.starts_with("세션 1, 연습: kms\n시작 "), "{one}");
    for heading in ["| 문제 ", "| 선택 ", "| 정답 ", "| 결과 ", "| 시간 "] {
        assert!(one.contains(heading), "no {heading:?} in:\n{one}");
    }
    assert!(one.contains("| 맞음 ") || one.contains("| 틀림 "), "{one}");
    tables_fit_80_columns(&one);

    dva.cmd()
        .args(["history", "9", "--lang", "ko"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("dva: 오류: 9번 세션이 없습니다"));
}

#[test]
fn review_due_speaks_korean() {
    let dva = drilled();
    let out = run(&dva, &["review", "--due", "--lang", "ko"], "");
    assert!(out.starts_with("복습할 문제 수:\n  오늘, "), "{out}");
    assert!(out.contains("(밀린 문제 포함)"), "{out}");
    let days: Vec<&str> = out.lines().filter(|l| l.starts_with("  ")).collect();
    assert_eq!(days.len(), 8, "{out}");
    // A weekday in Korean after each later date, and the counts in one
    // column, measured by display width.
    for day in &days[1..] {
        assert!(
            ["월", "화", "수", "목", "금", "토", "일"]
                .iter()
                .any(|w| day.contains(&format!("({w})"))),
            "{day}"
        );
    }
    for day in &days {
        assert_eq!(console::measure_text_width(day), 2 + 36 + 1 + 4, "{day:?}");
    }
    assert!(out.lines().all(|l| console::measure_text_width(l) <= 80));
    let en = run(&dva, &["review", "--due", "--lang", "en"], "");
    assert!(
        en.starts_with("Questions due for review:\n  today, "),
        "{en}"
    );
}

#[test]
fn korean_stats_and_history_fit_80_columns_in_a_terminal() {
    use expectrl::{Eof, Expect, Session};
    let dva = drilled();
    for args in [&["stats"][..], &["history"], &["history", "1"]] {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_dva"));
        common::english(&mut cmd);
        cmd.args(args)
            .args(["--lang", "ko"])
            .env("DVA_HOME", dva.home())
            .env("TERM", "xterm-256color")
            .env("NO_COLOR", "1");
        let mut session = Session::spawn(cmd).unwrap();
        session.get_process_mut().set_window_size(80, 200).unwrap();
        session.set_expect_timeout(Some(std::time::Duration::from_secs(20)));
        let captured = session.expect(Eof).unwrap();
        let text = String::from_utf8_lossy(captured.get(0).unwrap()).replace("\r\n", "\n");
        assert!(text.contains('│'), "box drawing in a terminal:\n{text}");
        assert!(text.chars().any(is_hangul), "{text}");
        tables_fit_80_columns(&text);
    }
}

#[test]
fn the_newer_commands_have_korean_help_and_messages() {
    let dva = Dva::new();
    for (command, start) in [
        ("stats", "연습 전체의 진도를"),
        ("history", "지난 세션 목록이나"),
        ("export", "답, 세션, 주제별"),
        ("review", "지금 복습할 문제를"),
    ] {
        dva.cmd()
            .args(["--lang", "ko", command, "--help"])
            .assert()
            .success()
            .stdout(predicate::str::starts_with(start));
    }
    dva.cmd()
        .args(["--lang", "ko", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "  stats        연습 전체의 진도를",
        ));
    // An empty store: the messages, not the data, are in Korean.
    dva.cmd()
        .args(["stats", "--lang", "ko"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("아직 답한 문제가 없어"));
    dva.cmd()
        .args(["history", "--lang", "ko"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("아직 세션이 없습니다."));
    dva.cmd()
        .args(["export", "--lang", "ko"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("answered_at,session_id,"))
        .stderr(predicate::str::contains("아직 연습한 기록이 없어"));
}

#[test]
fn topics_and_bank_show_speak_korean() {
    let dva = Dva::new();
    let topics = run(&dva, &["--lang", "ko", "topics"], "");
    assert!(
        topics.contains("| 주제") && topics.contains("모두"),
        "{topics}"
    );
    assert!(
        topics.lines().all(|l| console::measure_text_width(l) <= 80),
        "{topics}"
    );
    let bank = Bank::builtin();
    let q = bank.get("kms-001").unwrap();
    let shown = run(&dva, &["--lang", "ko", "bank", "show", "kms-001"], "");
    assert!(
        shown.contains(q.ko().unwrap().stem.lines().next().unwrap()),
        "{shown}"
    );
    let english = run(&dva, &["bank", "show", "kms-001"], "");
    assert!(
        english.contains(q.text().stem.lines().next().unwrap()),
        "{english}"
    );
}

/// The message of a command that fails (exit code 2), from stderr.
fn error_of(dva: &Dva, args: &[&str], env: &[(&str, &str)]) -> String {
    let mut cmd = dva.cmd();
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd
        .args(args)
        .write_stdin("")
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    String::from_utf8(out).unwrap()
}

#[test]
fn command_errors_speak_korean() {
    let dva = Dva::new();
    let ko = |args: &[&str], env: &[(&str, &str)]| {
        error_of(&dva, &[&["--lang", "ko"], args].concat(), env)
    };
    for (args, env, want) in [
        (
            &["exam", "review", "999"][..],
            &[][..],
            "dva: 오류: 999번 시험이 없습니다\n",
        ),
        (
            &["notes", "99"],
            &[],
            "dva: 오류: 학습 노트에 `99` 절이 없습니다. 절 목록은 `dva notes`로 확인하십시오\n",
        ),
        (
            &["resume"],
            &[],
            "dva: 오류: 진행 중인 시험이 없습니다. 새로 시작하려면 `dva exam`을 실행하십시오\n",
        ),
        (
            &["bank", "show", "kms-01"],
            &[],
            "dva: 오류: ID가 `kms-01`인 문제가 없습니다 (가장 가까운 ID: kms-001)\n",
        ),
        (
            &["topics"],
            &[("DVA_NOW", "tomorrow")],
            "dva: 오류: DVA_NOW=tomorrow은(는) 1970년 이후의 RFC 3339 시각이 아닙니다(예: 2026-05-04T09:00:00Z)\n",
        ),
        (
            &["review", "dynamo-db"],
            &[],
            "dva: 오류: 알 수 없는 주제 `dynamo-db` (가장 가까운 주제: dynamodb). 전체 목록은 `dva topics`로 확인하십시오\n",
        ),
    ] {
        assert_eq!(ko(args, env), want, "{args:?}");
    }
    // No questions for a topic: the error alone.
    let codestar = ko(&["drill", "codestar"], &[]);
    assert_eq!(
        codestar,
        "dva: 오류: 문제 은행에 codestar 문제가 없습니다. 문제가 있는 주제는 `dva topics`로 확인하십시오\n"
    );
    // An export that cannot write: dva's part in Korean, the system's as it is.
    let missing = dva.home().join("missing").join("answers.csv");
    let err = ko(&["export", "--output", missing.to_str().unwrap()], &[]);
    assert!(err.starts_with("dva: 오류: "), "{err}");
    assert!(err.contains("에 임시 파일을 만들 수 없습니다: "), "{err}");

    // DVA_LANG chooses the language of errors as of everything else.
    let err = error_of(&dva, &["exam", "review", "999"], &[("DVA_LANG", "ko")]);
    assert_eq!(err, "dva: 오류: 999번 시험이 없습니다\n");

    // English is as it was.
    let en = |args: &[&str], env: &[(&str, &str)]| error_of(&dva, args, env);
    assert_eq!(
        en(&["exam", "review", "999"], &[]),
        "dva: error: there is no exam 999\n"
    );
    assert_eq!(
        en(&["notes", "99"], &[]),
        "dva: error: the study notes have no section `99`; run `dva notes` to list them\n"
    );
    assert_eq!(
        en(&["bank", "show", "kms-01"], &[]),
        "dva: error: no question with id `kms-01` (closest: kms-001)\n"
    );
    assert_eq!(
        en(&["topics"], &[("DVA_NOW", "tomorrow")]),
        "dva: error: DVA_NOW=tomorrow is not an RFC 3339 time from 1970 on, such as 2026-05-04T09:00:00Z\n"
    );
    assert_eq!(
        en(&["drill", "codestar"], &[]),
        "dva: error: the bank has no questions for codestar; `dva topics` shows which topics have questions\n"
    );
}

#[test]
fn exam_messages_speak_korean() {
    let dva = Dva::new();
    fn ko<'a>(args: &[&'a str]) -> Vec<&'a str> {
        [&["--lang", "ko"], args].concat()
    }
    let out = run(&dva, &ko(&["exam", "review"]), "");
    assert_eq!(
        out,
        "아직 끝낸 시험이 없습니다. 응시하려면: dva exam --timed 130m\n"
    );
    let out = run(&dva, &ko(&["exam", "discard"]), "");
    assert_eq!(out, "진행 중인 시험이 없으므로 버릴 시험이 없습니다.\n");

    // An exam left paused: a new one is refused, and it has no report yet.
    run(&dva, &["exam", "-n", "3", "--seed", "2"], "");
    let err = error_of(&dva, &ko(&["exam", "-n", "3"]), &[]);
    assert!(err.starts_with("dva: 오류: 1번 시험(20"), "{err}");
    assert!(
        err.ends_with(
            " UTC 시작, 3문제 중 0문제 답함)이 아직 진행 중입니다. 시험은 한 번에 하나만 볼 수 있습니다. \
             `dva resume`으로 이어서 하거나 `dva exam discard`로 점수 없이 끝내십시오\n"
        ),
        "{err}"
    );
    let err = error_of(&dva, &ko(&["exam", "review", "1"]), &[]);
    assert_eq!(
        err,
        "dva: 오류: 1번 시험은 아직 끝나지 않았습니다(상태: in_progress). \
         이어서 하려면 `dva resume`을 실행하십시오\n"
    );
    let err = error_of(&dva, &["exam", "review", "1"], &[]);
    assert_eq!(
        err,
        "dva: error: exam 1 is not finished (in_progress); continue it with `dva resume`\n"
    );
    let out = run(&dva, &ko(&["exam", "discard"]), "");
    assert_eq!(
        out,
        "1번 시험을 버렸습니다. 새 시험을 시작하려면: dva exam --timed 130m\n"
    );
    let err = error_of(&dva, &ko(&["exam", "review", "1"]), &[]);
    assert!(
        err.starts_with("dva: 오류: 1번 시험은 끝내기 전에 버린 시험이므로 성적표가 없습니다."),
        "{err}"
    );

    // A finished exam's report starts with its number in Korean.
    run(&dva, &["exam", "-n", "3", "--seed", "2"], "submit\n");
    let out = run(&dva, &ko(&["exam", "review", "2"]), "");
    assert!(out.starts_with("2번 시험, 시작 "), "{out}");
    let out = run(&dva, &["exam", "review", "2"], "");
    assert!(out.starts_with("Exam 2, started "), "{out}");
    // The time reads as in history, not as stored.
    let first = out.lines().next().unwrap();
    assert!(first.ends_with(" UTC") && !first.contains('Z'), "{first}");
}

#[test]
fn bank_show_stats_and_check_speak_korean() {
    let dva = Dva::new();
    let bank = Bank::builtin();
    let q = bank.get("kms-001").unwrap();
    let shown = run(&dva, &["--lang", "ko", "bank", "show", "kms-001"], "");
    let difficulty = match q.difficulty.as_str() {
        "easy" => "쉬움",
        "medium" => "보통",
        _ => "어려움",
    };
    let header = format!(
        "kms-001  kms · 도메인 {} · 작업 {} · {difficulty} · {}\n",
        q.domain, q.task, q.source
    );
    assert!(shown.starts_with(&header), "{shown}");
    assert!(
        shown.contains(q.ko().unwrap().stem.lines().next().unwrap()),
        "{shown}"
    );
    let key = q.key_letters();
    assert!(shown.contains(&format!("\n정답: {key}\n")), "{shown}");
    for label in ["\n노트: ", "\n참고 자료: ", "\n검증일: "] {
        assert!(shown.contains(label), "no {label:?} in:\n{shown}");
    }
    assert!(
        !shown.contains("Answer:") && !shown.contains("domain "),
        "{shown}"
    );
    let english = run(&dva, &["bank", "show", "kms-001"], "");
    let header = format!(
        "kms-001  kms · domain {} · task {} · {} · {}\n",
        q.domain,
        q.task,
        q.difficulty.as_str(),
        q.source
    );
    assert!(english.starts_with(&header), "{english}");
    assert!(english.contains(&format!("\nAnswer: {key}\n")), "{english}");

    let stats = run(&dva, &["--lang", "ko", "bank", "stats"], "");
    assert!(
        stats.starts_with(&format!("{}문제\n", bank.questions().len())),
        "{stats}"
    );
    for want in [
        "| 주제 ",
        "| 제목 ",
        "| 문제 수 ",
        "| 비율 ",
        "| 시험 비중 ",
        "| 유형 ",
        "| 2 보안 ",
        "| 객관식 ",
        "| 복수 응답 ",
        "| 쉬움 ",
        "| 보통 ",
        "| 어려움 ",
        "| 시나리오형 ",
        "| 정답이 다른 모든 선택지보다 긴 문제 ",
        "\n단일 정답 문제의 정답 분포: A ",
        "\n단일 정답 문제의 정답 길이 순위 (1 = 가장 긴 선택지): 1 ",
        "\n한국어 선택지 기준: 1 ",
        "\n가장 오래된 검증일: ",
        "\n노트 절별 인용 문제 수:\n",
    ] {
        assert!(stats.contains(want), "no {want:?} in:\n{stats}");
    }
    for english in ["Questions", "Share", "multiple", "Single-answer", "Notes"] {
        assert!(!stats.contains(english), "{english:?} in:\n{stats}");
    }
    tables_fit_80_columns(&stats);
    let en = run(&dva, &["bank", "stats"], "");
    for want in [
        "| Domain ",
        "| 2 Security ",
        "| multiple choice ",
        "\nSingle-answer keys: A ",
        "\nNotes sections (questions citing each):\n",
    ] {
        assert!(en.contains(want), "no {want:?} in:\n{en}");
    }

    // bank check: the summary in Korean, the diagnostics as they are.
    let practice = common::practice_bank();
    let ok = run(&dva, &["--lang", "ko", "bank", "check", &practice], "");
    assert_eq!(ok, "ok: 파일 1개의 문제 3개가 모든 검사를 통과했습니다\n");
    let builtin = run(&dva, &["--lang", "ko", "bank", "check"], "");
    assert!(
        builtin.starts_with("ok: 파일 ") && builtin.ends_with("개가 모든 검사를 통과했습니다\n"),
        "{builtin}"
    );
    let bad = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/banks/invalid/missing-explanation.toml"
    );
    let out = dva
        .cmd()
        .args(["--lang", "ko", "bank", "check", bad])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        stderr,
        "dva: 파일 1개를 검사해 오류 1개를 찾았습니다. 통과한 문제는 0개입니다\n"
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.starts_with(bad), "{stdout}");
    dva.cmd()
        .args(["bank", "check", bad])
        .assert()
        .code(1)
        .stderr("dva: 1 problem(s) in 1 file(s); 0 question(s) passed\n");
}

/// The question of `bank` whose stem (its first line, in Korean or in
/// English) comes first in `out`.
fn first_stem<'b>(bank: &'b Bank, out: &str, korean: bool) -> &'b dva::bank::Question {
    let stem = |q: &'b dva::bank::Question| {
        let text = if korean { q.ko().unwrap() } else { q.text() };
        text.stem.lines().next().unwrap().to_string()
    };
    bank.questions()
        .iter()
        .filter(|q| q.ko().is_some())
        .filter_map(|q| out.find(&stem(q)).map(|at| (at, q)))
        .min_by_key(|(at, _)| *at)
        .map(|(_, q)| q)
        .unwrap_or_else(|| panic!("no question found in:\n{out}"))
}

#[test]
fn lang_in_a_plain_exam_switches_the_questions_not_the_interface() {
    let bank = Bank::builtin();
    let args = ["exam", "-n", "3", "--seed", "2", "--plain"];
    let dva = Dva::new();
    let out = run(
        &dva,
        &[&args[..], &["--lang", "ko"]].concat(),
        "lang en\nnext\nsubmit\n",
    );
    let (before, after) = out.split_once("submit: lang en\n").unwrap();
    let q = first_stem(&bank, before, true);
    // The same question again, now in English, under a Korean header and prompt.
    let english = q.text().stem.lines().next().unwrap();
    assert!(after.contains(english), "{after}");
    assert!(after.starts_with("\n문제 1 / 3  "), "{after}");
    assert!(after.contains("또는 flag, next, prev"), "{after}");
    // The next question stays in English; dva's own words stay Korean.
    let (_, last) = after.split_once("submit: next\n").unwrap();
    assert!(last.starts_with("\n문제 2 / 3  "), "{last}");
    first_stem(&bank, last, false);
    assert!(
        last.contains("\n시험을 제출합니다: 답하지 않음 3, 검토 표시 0.\n"),
        "{last}"
    );
    assert!(last.contains("결과: 불합격"), "{last}");
    for english in ["Submitting", "Question ", "Answer (", "Result:"] {
        assert!(!out.contains(english), "{english:?} in:\n{out}");
    }

    // And the other way round: English messages, Korean questions.
    let dva = Dva::new();
    let out = run(&dva, &args, "lang ko\nsubmit\n");
    let (before, after) = out.split_once("submit: lang ko\n").unwrap();
    let q = first_stem(&bank, before, false);
    let korean = q.ko().unwrap().stem.lines().next().unwrap();
    assert!(after.contains(korean), "{after}");
    assert!(after.starts_with("\nQuestion 1 of 3  "), "{after}");
    assert!(
        after.contains("\nSubmitting the exam: 3 unanswered, 0 flagged.\n"),
        "{after}"
    );
    assert!(!after.contains("시험을 제출합니다"), "{after}");
}
