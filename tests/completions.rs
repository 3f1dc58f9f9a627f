//! Shell completions and the man page are generated from the command line
//! definition and committed; these tests keep them current and loadable,
//! and check that every command's help ends with examples.

mod common;

use std::path::PathBuf;
use std::process::Command;

use clap::CommandFactory;
use common::Dva;

fn committed(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("completions")
        .join(name)
}

const FILES: [(&str, &str); 5] = [
    ("bash", "dva.bash"),
    ("zsh", "_dva"),
    ("fish", "dva.fish"),
    ("powershell", "_dva.ps1"),
    ("elvish", "dva.elv"),
];

/// To refresh them: for each shell, `dva completions SHELL > completions/FILE`,
/// and `dva man > completions/dva.1`.
#[test]
fn committed_completions_and_man_page_are_current() {
    let dva = Dva::new();
    for (shell, file) in FILES {
        let out = dva
            .cmd()
            .args(["completions", shell])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let on_disk = std::fs::read(committed(file)).unwrap();
        assert!(
            out == on_disk,
            "completions/{file} is stale: regenerate it with `dva completions {shell}`"
        );
    }
    let man = dva
        .cmd()
        .arg("man")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(
        man == std::fs::read(committed("dva.1")).unwrap(),
        "completions/dva.1 is stale: regenerate it with `dva man`"
    );
}

fn shell_available(shell: &str) -> bool {
    let found = Command::new(shell)
        .arg("-c")
        .arg("exit 0")
        .status()
        .is_ok_and(|s| s.success());
    // CI installs every shell it can; there a missing shell is a failure.
    assert!(
        found || std::env::var_os("CI").is_none(),
        "{shell} is not installed"
    );
    if !found {
        eprintln!("skipping: {shell} is not installed here");
    }
    found
}

fn run_shell(shell: &str, script: &str) -> String {
    let out = Command::new(shell).arg("-c").arg(script).output().unwrap();
    assert!(
        out.status.success(),
        "{shell}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).to_string()
}

#[test]
fn bash_completes_topics_domains_and_sections() {
    assert!(shell_available("bash"));
    let file = committed("dva.bash");
    let complete = |words: &str| {
        run_shell(
            "bash",
            &format!(
                "source '{}'; COMP_WORDS=({words}); COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1)); _dva dva \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"; echo \"${{COMPREPLY[@]}}\"",
                file.display()
            ),
        )
    };
    let topics = complete("dva drill dyn");
    assert!(topics.contains("dynamodb"), "{topics}");
    let groups = complete("dva drill ci");
    assert!(groups.contains("cicd"), "{groups}");
    let domains = complete("dva exam --domain ''");
    for d in ["1", "2", "3", "4"] {
        assert!(domains.split_whitespace().any(|w| w == d), "{domains}");
    }
    let sections = complete("dva notes 11.");
    assert!(sections.contains("11.2"), "{sections}");
}

#[test]
fn zsh_loads_its_completion() {
    if !shell_available("zsh") {
        return;
    }
    let dir = committed("");
    let out = run_shell(
        "zsh",
        &format!(
            "fpath=('{}' $fpath); autoload -U compinit; compinit -u -D; autoload -U _dva; whence -w _dva",
            dir.display()
        ),
    );
    assert!(out.contains("_dva: function"), "{out}");
}

#[test]
fn fish_completes_topics() {
    if !shell_available("fish") {
        return;
    }
    let out = run_shell(
        "fish",
        &format!(
            "source '{}'; complete -C 'dva drill dyn'",
            committed("dva.fish").display()
        ),
    );
    assert!(out.contains("dynamodb"), "{out}");
}

fn paths(cmd: &clap::Command, prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
    for sub in cmd.get_subcommands() {
        if sub.is_hide_set() || sub.get_name() == "help" {
            continue;
        }
        let mut path = prefix.clone();
        path.push(sub.get_name().to_string());
        out.push(path.clone());
        paths(sub, path, out);
    }
}

#[test]
fn every_help_has_a_summary_and_examples() {
    let mut all = vec![vec![]];
    paths(&dva::cli::Cli::command(), vec![], &mut all);
    assert!(all.len() >= 10);
    let dva = Dva::new();
    for path in all {
        let out = dva
            .cmd()
            .args(&path)
            .arg("--help")
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let text = String::from_utf8(out).unwrap();
        let first = text.lines().next().unwrap_or("");
        assert!(
            !first.is_empty() && !first.starts_with("Usage"),
            "dva {}: no summary",
            path.join(" ")
        );
        assert!(
            text.contains("Examples:\n  dva "),
            "dva {} --help has no examples",
            path.join(" ")
        );
    }
}
