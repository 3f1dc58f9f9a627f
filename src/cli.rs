//! The command line: the clap derive tree. Doc comments are the help text.

use std::path::PathBuf;

use std::ffi::OsStr;

use clap::builder::{PossibleValue, PossibleValuesParser, StringValueParser, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};

/// Accepts any text, and offers `names` to shell completion. dva checks the
/// value itself, so that a mistake gets its own message ("closest: ...").
#[derive(Clone)]
pub struct Offered(fn() -> Vec<String>);

impl TypedValueParser for Offered {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<String, clap::Error> {
        StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new((self.0)().into_iter().map(PossibleValue::new)))
    }
}

fn topic_names() -> Vec<String> {
    crate::bank::topics::all_names()
        .into_iter()
        .map(String::from)
        .collect()
}

fn notes_sections() -> Vec<String> {
    crate::bank::notes::sections()
        .into_iter()
        .map(|s| s.number)
        .collect()
}

/// Exam domains 1 to 4, offered to completion.
fn domain_parser() -> impl TypedValueParser<Value = u8> {
    PossibleValuesParser::new(["1", "2", "3", "4"]).map(|s| s.parse::<u8>().unwrap_or(1))
}

/// Exam prep and practice tests for AWS Certified Developer – Associate (DVA-C02).
#[derive(Debug, Parser)]
#[command(name = "dva", version, propagate_version = true, after_help = MAIN_EXAMPLES)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

const MAIN_EXAMPLES: &str = "\
Examples:
  dva drill dynamodb            10 DynamoDB questions with instant feedback
  dva drill lambda apigw -n 5   several topics at once
  dva review                    the questions you are about to forget
  dva topics                    topics and how many questions each has
  dva stats                     your progress and weakest topics
  dva notes 11.2                a section of the study notes";

/// Options every command takes.
#[derive(Debug, Args)]
pub struct Global {
    /// Also load questions from this bank file or folder (repeatable).
    #[arg(long, global = true, value_name = "PATH")]
    pub bank: Vec<PathBuf>,
    /// Plain line mode even in a terminal (automatic when piped).
    #[arg(long, global = true)]
    pub plain: bool,
    /// Language of questions and interface: en or ko (default: DVA_LANG, then the locale).
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<crate::i18n::Lang>,
    /// When to use colour.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Drill one or more topics with immediate feedback.
    #[command(after_help = DRILL_EXAMPLES)]
    Drill(DrillArgs),
    /// Review the questions due now, or see what falls due and how ready you are.
    #[command(after_help = REVIEW_EXAMPLES)]
    Review(ReviewArgs),
    /// Take a mock exam: 65 questions at the exam guide's domain weights.
    #[command(after_help = EXAM_EXAMPLES, args_conflicts_with_subcommands = true)]
    Exam(ExamArgs),
    /// Continue an interrupted exam where it stopped.
    #[command(after_help = "Examples:\n  dva resume\n  dva resume --plain < answers.txt")]
    Resume,
    /// List the topics, their aliases and how many questions each has.
    #[command(after_help = "Examples:\n  dva topics")]
    Topics,
    /// Check or inspect question banks.
    #[command(
        subcommand,
        after_help = "Examples:\n  dva bank check my-bank.toml\n  dva bank stats\n  dva bank show dynamodb-003 --json"
    )]
    Bank(BankCommand),
    /// Your progress across all practice: per domain and topic, weakest topics, exam trend.
    #[command(after_help = STATS_EXAMPLES)]
    Stats(StatsArgs),
    /// List past sessions, or show one session's answers.
    #[command(
        after_help = "Examples:\n  dva history       every session, oldest first\n  dva history 12    the answers of session 12"
    )]
    History {
        /// Session id, from the list; omit to list every session.
        id: Option<i64>,
    },
    /// Export answers, sessions, or progress per topic or domain, as CSV or JSON.
    #[command(after_help = EXPORT_EXAMPLES)]
    Export(ExportArgs),
    /// Print a section of the study notes.
    #[command(
        after_help = "Examples:\n  dva notes 11.2    DynamoDB read/write capacity modes\n  dva notes 6.3     CodeBuild, with its subsections\n  dva notes         list the sections"
    )]
    Notes {
        /// Section number, such as 11.2; omit to list the sections.
        #[arg(value_parser = Offered(notes_sections), hide_possible_values = true)]
        section: Option<String>,
    },
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    #[command(
        after_help = "Examples:\n  dva completions bash > ~/.local/share/bash-completion/completions/dva\n  dva completions zsh > ~/.zfunc/_dva\n  dva completions fish > ~/.config/fish/completions/dva.fish"
    )]
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff).
    #[command(hide = true)]
    Man,
}

const EXAM_EXAMPLES: &str = "\
Examples:
  dva exam --timed 130m          the real thing: 65 questions, 130 minutes
  dva exam --timed 45m -n 20     a shorter timed set at the same weights
  dva exam --domain 2 -n 15      Security only
  dva exam                       untimed
  dva exam --final               the one exam kept unseen until you are ready
  dva exam review                review the last finished exam

Plain mode (pipes, --plain) reads one command per line: an answer (B, B,E),
flag, next, prev, goto N, review, clear, submit, pause.";

/// A duration such as 130m, 2h10m or 90s (humantime syntax).
fn parse_duration(s: &str) -> Result<std::time::Duration, String> {
    match humantime::parse_duration(s) {
        Ok(d) if !d.is_zero() => Ok(d),
        Ok(_) => Err("the time limit must be more than zero".to_string()),
        Err(e) => Err(format!("{e}; use forms like 130m, 2h10m or 90s")),
    }
}

#[derive(Debug, Args)]
pub struct ExamArgs {
    #[command(subcommand)]
    pub action: Option<ExamAction>,
    /// Time limit, such as 130m, 2h10m or 90s; untimed without it.
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    pub timed: Option<std::time::Duration>,
    /// How many questions (default 65).
    #[arg(short = 'n', long = "count", value_parser = clap::value_parser!(u32).range(1..=500))]
    pub count: Option<u32>,
    /// Only questions of this exam domain (1 to 4).
    #[arg(long, value_parser = domain_parser())]
    pub domain: Option<u8>,
    /// Seed for a reproducible pick and choice order.
    #[arg(long)]
    pub seed: Option<u64>,
    /// Take the final exam: 65 questions held back from all practice until now (130 minutes unless --timed says otherwise).
    #[arg(long = "final", conflicts_with_all = ["count", "domain"])]
    pub final_exam: bool,
}

#[derive(Debug, Subcommand)]
pub enum ExamAction {
    /// Review a finished exam: every question missed, with explanations.
    #[command(
        after_help = "Examples:\n  dva exam review       the last finished exam\n  dva exam review 12    exam 12 (ids are in dva history)"
    )]
    Review {
        /// Exam id; the last finished exam when omitted.
        id: Option<i64>,
    },
    /// Discard the exam in progress: it gets no score, and its answers, kept in the store, count nowhere.
    #[command(after_help = "Examples:\n  dva exam discard      then start afresh with: dva exam")]
    Discard,
}

const STATS_EXAMPLES: &str = "\
Examples:
  dva stats                      everything you have answered
  dva stats --since 7d           the last week only
  dva stats --topic serverless   a topic, alias or group (repeatable)
  dva stats --domain 2           Security only
  dva stats --json | jq .weakest";

/// How far back `--since` reaches: a humantime duration such as 7d or 36h.
fn parse_since(s: &str) -> Result<std::time::Duration, String> {
    match humantime::parse_duration(s) {
        Ok(d) if !d.is_zero() => Ok(d),
        Ok(_) => Err("the period must be more than zero".to_string()),
        Err(e) => Err(format!("{e}; use forms like 7d, 2weeks or 36h")),
    }
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Only answers of this recent period, such as 7d, 2weeks or 36h.
    #[arg(long, value_name = "DURATION", value_parser = parse_since)]
    pub since: Option<std::time::Duration>,
    /// Only this topic: slug, alias or group (repeatable).
    #[arg(long, value_name = "TOPIC", value_parser = Offered(topic_names), hide_possible_values = true)]
    pub topic: Vec<String>,
    /// Only this exam domain (1 to 4).
    #[arg(long, value_parser = domain_parser())]
    pub domain: Option<u8>,
    /// Seed of the readiness forecast's simulations (the same seed and
    /// answers give the same forecast).
    #[arg(long, default_value_t = crate::engine::forecast::DEFAULT_SEED)]
    pub seed: u64,
    /// Print JSON for scripts.
    #[arg(long)]
    pub json: bool,
}

const EXPORT_EXAMPLES: &str = "\
Examples:
  dva export                                   every answer as CSV on stdout
  dva export --what topics -o topics.csv       progress per topic, to a file
  dva export --format json --what sessions     sessions as JSON
  dva export --what topics | awk -F, 'NR > 1 && $2 >= 5' | sort -t, -k4,4n | head -n 1 | cut -d, -f1
                                               the weakest topic with 5 answers or more

Columns are listed in the README. CSV fields that a spreadsheet would run as
a formula (starting with =, +, -, @, tab or CR) get a leading apostrophe.";

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExportFormat::Csv)]
    pub format: ExportFormat,
    /// What to export.
    #[arg(long, value_enum, default_value_t = ExportWhat::Answers)]
    pub what: ExportWhat,
    /// Write to FILE instead of standard output (atomically: the file is
    /// complete or untouched).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Comma-separated values with a header row.
    Csv,
    /// An array of objects, one per line.
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportWhat {
    /// Every answer given.
    Answers,
    /// Every drill and exam session.
    Sessions,
    /// Answered, correct and status per topic, all time and last 30 days.
    Topics,
    /// The same per exam domain.
    Domains,
}

const DRILL_EXAMPLES: &str = "\
Examples:
  dva drill dynamodb              10 DynamoDB questions
  dva drill lambda apigw -n 5     5 questions from Lambda and API Gateway
  dva drill cicd --seed 42        all CI/CD topics, reproducible pick and order
  echo B | dva drill kms -n 1     plain mode: answers come from stdin";

#[derive(Debug, Args)]
pub struct DrillArgs {
    /// Topics by slug, alias (ddb, apigw, cfn, sfn, ssm, x-ray, eb) or group (cicd, serverless, security, iac, monitoring).
    #[arg(required = true, value_name = "TOPIC", value_parser = Offered(topic_names), hide_possible_values = true)]
    pub topics: Vec<String>,
    /// How many questions.
    #[arg(short = 'n', long = "count", default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub count: u32,
    /// Seed for a reproducible pick and choice order.
    #[arg(long)]
    pub seed: Option<u64>,
}

const REVIEW_EXAMPLES: &str = "\
Examples:
  dva review                     the questions due now, most overdue first
  dva review dynamodb -n 5       up to 5 of the DynamoDB questions due now
  dva review --due               how many fall due today and on each of the next 7 days
  dva review --forecast          predicted recall and a pass forecast for the real exam
  dva review --forecast --json   the same for scripts

Every answer (drill, exam, review) schedules the question again with FSRS: a
miss comes back soon, a sure answer later. Add ? to a correct answer you
guessed (B?, or the ? key): it comes back sooner than a sure one.";

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("report").args(["due", "forecast"]))]
pub struct ReviewArgs {
    /// Only questions of these topics (slug, alias or group); every topic when omitted.
    #[arg(value_name = "TOPIC", value_parser = Offered(topic_names), hide_possible_values = true)]
    pub topics: Vec<String>,
    /// At most this many questions.
    #[arg(short = 'n', long = "count", default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub count: u32,
    /// Seed for a reproducible choice order; with --forecast, of the simulations (default 720, as in dva stats).
    #[arg(long)]
    pub seed: Option<u64>,
    /// How many questions fall due today and on each of the next 7 days.
    #[arg(long)]
    pub due: bool,
    /// Predicted recall by domain and topic, and a forecast of the real exam: expected score, pass chance, the last 30 days.
    #[arg(long, conflicts_with_all = ["topics", "count"])]
    pub forecast: bool,
    /// Print JSON for scripts (with --due or --forecast).
    #[arg(long, requires = "report")]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum BankCommand {
    /// Validate bank files: the built-in bank and banks/ in the data directory when no path is given.
    #[command(
        after_help = "Examples:\n  dva bank check                 the built-in bank and banks/ in the data directory\n  dva bank check my-bank.toml    one file of your own\n  dva bank check ./my-banks/     every .toml file in a folder\n\nExit status: 0 when every file passes, 1 when problems were found."
    )]
    Check {
        /// Bank files or folders to check.
        paths: Vec<PathBuf>,
    },
    /// Counts by topic, domain, kind and difficulty, and notes coverage.
    #[command(after_help = "Examples:\n  dva bank stats\n  dva bank stats --json | jq .domains")]
    Stats {
        /// Print JSON for scripts.
        #[arg(long)]
        json: bool,
    },
    /// Show one question with its key, explanation and rationale.
    #[command(
        after_help = "Examples:\n  dva bank show dynamodb-003\n  dva bank show dynamodb-003 --json"
    )]
    Show {
        /// Question id, such as dynamodb-003.
        id: String,
        /// Print JSON for scripts.
        #[arg(long)]
        json: bool,
    },
}

/// The command line with its summaries in `lang` (clap's own messages stay
/// in English).
pub fn command_in(lang: crate::i18n::Lang) -> clap::Command {
    use clap::CommandFactory;
    let cmd = Cli::command();
    if lang == crate::i18n::Lang::En {
        return cmd;
    }
    let l = lang.code();
    let summary = |key: String| {
        let text = rust_i18n::t!(key.as_str(), locale = l).to_string();
        (text != key).then_some(text)
    };
    let mut cmd = match summary("help.root".into()) {
        Some(text) => cmd.about(text),
        None => cmd,
    };
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for name in names {
        let about = summary(format!("help.{name}"));
        let subs: Vec<(String, Option<String>)> = cmd
            .find_subcommand(&name)
            .map(|c| {
                c.get_subcommands()
                    .map(|s| {
                        (
                            s.get_name().to_string(),
                            summary(format!("help.{name}_{}", s.get_name())),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        cmd = cmd.mut_subcommand(&name, |mut c| {
            if let Some(a) = about {
                c = c.about(a);
            }
            for (sub, text) in subs {
                if let Some(t) = text {
                    c = c.mut_subcommand(&sub, |s| s.about(t));
                }
            }
            c
        });
    }
    cmd
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_tree_is_consistent() {
        Cli::command().debug_assert();
    }
}
