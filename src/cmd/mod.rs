//! One module per subcommand, and the dispatch.

/// `println!` for reports: a closed pipe (`dva notes | head`) ends the
/// command quietly instead of panicking. Use inside functions returning
/// `anyhow::Result`.
macro_rules! outln {
    () => {
        $crate::cmd::print("\n")?
    };
    ($($arg:tt)*) => {
        $crate::cmd::print(&format!("{}\n", format_args!($($arg)*)))?
    };
}

/// `print!` for reports, as `outln!`.
macro_rules! out {
    ($($arg:tt)*) => {
        $crate::cmd::print(&format!($($arg)*))?
    };
}

pub mod bank;
pub mod drill;
pub mod exam;
pub mod export;
pub mod history;
pub mod notes;
pub mod review;
pub mod stats;
pub mod topics;

use anyhow::Result;

use crate::cli::{BankCommand, Cli, Command};
use crate::settings::Settings;

/// Fish completions for positional values (topics, notes sections), which
/// clap_complete's fish generator leaves out; generated from the same
/// command definition as the rest of the script.
fn fish_positionals(cmd: &clap::Command) -> String {
    let mut out = String::from("# Positional values (topics, notes sections).\n");
    for sub in cmd.get_subcommands() {
        for arg in sub.get_positionals() {
            let values: Vec<String> = arg
                .get_possible_values()
                .iter()
                .filter(|v| !v.is_hide_set())
                .map(|v| v.get_name().to_string())
                .collect();
            if values.is_empty() {
                continue;
            }
            out.push_str(&format!(
                "complete -c dva -n \"__fish_dva_using_subcommand {}\" -f -a \"{}\"\n",
                sub.get_name(),
                values.join(" ")
            ));
        }
    }
    out
}

/// How a command ended, for the exit code (see the README).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// 0
    Ok,
    /// 1: `bank check` found problems.
    Problems,
    /// 130: the learner pressed Ctrl-C.
    Interrupted,
}

/// Print a report. Unlike `print!`, a closed pipe (`dva history | head`)
/// comes back as an error, which `main` treats as success.
pub(crate) fn print(text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()
}

pub fn run(cli: Cli) -> Result<Outcome> {
    let settings = Settings::resolve(&cli.global)?;
    match cli.command {
        Command::Drill(args) => drill::run(&settings, &args),
        Command::Review(args) => review::run(&settings, &args),
        Command::Exam(args) => exam::run(&settings, &args),
        Command::Resume => exam::resume(&settings),
        Command::Topics => topics::run(&settings),
        Command::Stats(args) => stats::run(&settings, &args),
        Command::History { id } => history::run(&settings, id),
        Command::Export(args) => export::run(&settings, &args),
        Command::Bank(BankCommand::Check { paths }) => bank::check(&settings, &paths),
        Command::Bank(BankCommand::Stats { json }) => bank::stats(&settings, json),
        Command::Bank(BankCommand::Show { id, json }) => bank::show(&settings, &id, json),
        Command::Notes { section } => notes::run(section.as_deref()),
        Command::Completions { shell } => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            let mut out = std::io::stdout();
            clap_complete::generate(shell, &mut cmd, "dva", &mut out);
            if shell == clap_complete::Shell::Fish {
                std::io::Write::write_all(&mut out, fish_positionals(&cmd).as_bytes())?;
            }
            Ok(Outcome::Ok)
        }
        Command::Man => {
            let cmd = <Cli as clap::CommandFactory>::command();
            clap_mangen::Man::new(cmd).render(&mut std::io::stdout())?;
            Ok(Outcome::Ok)
        }
    }
}
