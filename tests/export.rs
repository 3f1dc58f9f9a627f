//! `dva export`: exact CSV and JSON of a seeded store, the empty store, the
//! spreadsheet formula guard, a question no longer in the bank, and files
//! written atomically.

mod common;

use std::path::Path;

use common::Dva;
use common::seed::{self, NOW};
use predicates::prelude::*;

fn export(dva: &Dva, args: &[&str]) -> String {
    common::report(dva, "export", args)
}

use common::seeded;

#[test]
fn csv_exports_of_a_seeded_store_are_exact() {
    let dva = seeded();
    let answers = export(&dva, &[]);
    assert_eq!(
        answers,
        export(&dva, &["--format", "csv", "--what", "answers"])
    );
    assert!(answers.starts_with(
        "answered_at,session_id,mode,question_id,topic,domain,chosen,correct,guess,seconds\n\
         2026-01-10T09:00:30Z,1,drill,dynamodb-001,dynamodb,1,A,0,0,30\n"
    ));
    // The question no longer in the bank is exported like any other.
    assert!(
        answers.contains("\n2026-03-25T08:04:00Z,4,drill,lambda-retired-1,lambda,1,A,0,0,30\n")
    );
    assert_eq!(answers.lines().count(), 1 + 47);
    insta::assert_snapshot!("answers_csv", answers);

    let sessions = export(&dva, &["--what", "sessions"]);
    assert!(sessions.contains("\n2,exam,2026-02-01T10:00:00Z,2026-02-01T10:20:00Z,finished,"));
    assert!(sessions.contains(",10,10,6,60,1200,617,0\n"));
    assert!(
        sessions.contains("\n4,drill,2026-03-25T08:00:00Z,,interrupted,lambda,8,8,5,62.5,240,,\n")
    );
    insta::assert_snapshot!("sessions_csv", sessions);

    let topics = export(&dva, &["--what", "topics"]);
    assert!(topics.contains(
        "\nkms,8,7,87.5,7,6,85.7,strong,2026-03-28T10:15:00Z,AWS Key Management Service (KMS)\n"
    ));
    // Topics never practised are listed too: they are the widest gaps.
    assert!(
        topics.contains("\nacm,0,0,,0,0,,too few answers,,AWS Certificate Manager\n"),
        "{topics}"
    );
    assert_eq!(topics.lines().count(), 1 + dva::blueprint::TOPICS.len());
    insta::assert_snapshot!("topics_csv", topics);

    let domains = export(&dva, &["--what", "domains"]);
    assert!(domains.contains(
        "\n4,2,1,50,1,1,100,too few answers,2026-03-28T10:15:00Z,Troubleshooting and Optimization\n"
    ));
    insta::assert_snapshot!("domains_csv", domains);
}

#[test]
fn json_exports_of_a_seeded_store_are_exact() {
    let dva = seeded();
    for what in ["answers", "sessions", "topics", "domains"] {
        let out = export(&dva, &["--format", "json", "--what", what]);
        let rows: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
        let csv_rows = export(&dva, &["--what", what]).lines().count() - 1;
        assert_eq!(rows.len(), csv_rows, "{what}");
        insta::assert_snapshot!(format!("{what}_json"), out);
    }
    let sessions: Vec<serde_json::Value> =
        serde_json::from_str(&export(&dva, &["--format", "json", "--what", "sessions"])).unwrap();
    assert_eq!(sessions[5]["scaled_score"], 800);
    assert_eq!(sessions[5]["passed"], true);
    assert_eq!(sessions[0]["scaled_score"], serde_json::Value::Null);
}

#[test]
fn an_empty_store_exports_a_header_only() {
    let dva = Dva::new();
    dva.cmd()
        .arg("export")
        .assert()
        .success()
        .stdout(
            "answered_at,session_id,mode,question_id,topic,domain,chosen,correct,guess,seconds\n",
        )
        .stderr(predicate::str::contains("nothing practised yet"));
    dva.cmd()
        .args(["export", "--format", "json", "--what", "topics"])
        .assert()
        .success()
        .stdout("[]\n");
    assert!(!dva.store().exists());
}

#[test]
fn text_a_spreadsheet_would_run_as_a_formula_is_defused() {
    let dva = Dva::new();
    let s = seed::Seed::open(&dva.store());
    let evil = [
        "=HYPERLINK(\"http://example.invalid\",\"x\")",
        "+1+1",
        "-2+3",
        "@SUM(A1)",
        "\tcmd",
        "\rcmd",
    ];
    let given: Vec<seed::Given> = evil
        .iter()
        .map(|id| seed::retired(id, "lambda", 1, false))
        .collect();
    s.drill(&["lambda"], 6, "2026-03-01T10:00:00Z", &given, false);
    let out = export(&dva, &[]);
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let ids: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[3].to_string())
        .collect();
    let want: Vec<String> = evil.iter().map(|e| format!("'{e}")).collect();
    assert_eq!(ids, want);
    // Numbers stay numbers, and JSON keeps the text as it is.
    assert!(out.contains(",lambda,1,A,0,0,30\n"), "{out}");
    let json: Vec<serde_json::Value> =
        serde_json::from_str(&export(&dva, &["--format", "json"])).unwrap();
    assert_eq!(json[0]["question_id"], evil[0]);
}

/// The README's one-line script for the weakest topic.
const WEAKEST_SCRIPT: &str = "dva export --what topics | awk -F, 'NR > 1 && $2 >= 5' | sort -t, -k4,4n | head -n 1 | cut -d, -f1";

#[test]
fn the_readme_script_finds_the_weakest_topic() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    assert!(readme.contains(WEAKEST_SCRIPT), "README lost the script");
    let dva = seeded();
    let script = WEAKEST_SCRIPT.replacen("dva", env!("CARGO_BIN_EXE_dva"), 1);
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(script)
        .env("DVA_HOME", dva.home())
        .env("DVA_NOW", NOW)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "dynamodb\n");
}

fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.starts_with(".dva-export-"))
        .collect()
}

#[test]
fn output_files_are_written_whole_or_not_at_all() {
    let dva = seeded();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("topics.csv");
    let stdout = export(&dva, &["--what", "topics"]);
    let printed = export(&dva, &["--what", "topics", "-o", file.to_str().unwrap()]);
    assert_eq!(printed, "", "-o writes nothing to stdout");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), stdout);
    assert!(leftovers(dir.path()).is_empty());

    // Overwriting replaces the file and keeps its permissions.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
            0o644
        );
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
        export(&dva, &["--what", "sessions", "-o", file.to_str().unwrap()]);
        assert_eq!(
            std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
            0o600
        );
        assert_eq!(
            std::fs::read_to_string(&file).unwrap(),
            export(&dva, &["--what", "sessions"])
        );
    }

    // A target that cannot be replaced fails cleanly: exit 2, the old
    // content untouched, no temporary file left.
    let taken = dir.path().join("taken");
    std::fs::create_dir(&taken).unwrap();
    std::fs::write(taken.join("keep"), "keep").unwrap();
    dva.cmd()
        .args(["export", "-o", taken.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot write"));
    assert_eq!(std::fs::read_to_string(taken.join("keep")).unwrap(), "keep");
    assert!(
        leftovers(dir.path()).is_empty(),
        "{:?}",
        leftovers(dir.path())
    );
    dva.cmd()
        .args([
            "export",
            "-o",
            dir.path().join("no/such/dir/x.csv").to_str().unwrap(),
        ])
        .assert()
        .code(2);
}

#[test]
fn an_export_killed_midway_leaves_no_partial_file() {
    let dva = Dva::new();
    seed::bulk(&dva.store(), 100_000);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("answers.csv");
    let full = export(&dva, &[]);
    assert_eq!(full.lines().count(), 100_001);
    let mut interrupted = 0;
    for _ in 0..3 {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_dva"))
            .args(["export", "-o", file.to_str().unwrap()])
            .env("DVA_HOME", dva.home())
            .spawn()
            .unwrap();
        // Kill it as soon as it has started writing its temporary file.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        while leftovers(dir.path()).is_empty() && std::time::Instant::now() < deadline {
            if child.try_wait().unwrap().is_some() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        match std::fs::read_to_string(&file) {
            // Killed mid-write: nothing at the target.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => interrupted += 1,
            // Finished before the kill: the whole export.
            Ok(text) => assert!(text == full, "a partial file was left"),
            Err(e) => panic!("{e}"),
        }
        let _ = std::fs::remove_file(&file);
        for f in leftovers(dir.path()) {
            std::fs::remove_file(dir.path().join(f)).unwrap();
        }
    }
    assert!(interrupted > 0, "no export was interrupted midway");
}
