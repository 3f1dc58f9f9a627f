//! The `dva` binary: parse, run, map the outcome to an exit code.

use std::process::ExitCode;

use clap::FromArgMatches;
use dva::cli::{self as command_line, Cli};
use dva::cmd::{self, Outcome};
use dva::i18n::Lang;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = Lang::resolve(Lang::from_args(&args));
    let matches = command_line::command_in(lang).get_matches_from(&args);
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    match cmd::run(cli) {
        Ok(Outcome::Ok) => ExitCode::SUCCESS,
        Ok(Outcome::Problems) => ExitCode::from(1),
        Ok(Outcome::Interrupted) => ExitCode::from(130),
        Err(err) => {
            // A closed pipe (`dva topics | head`) is not an error.
            if err
                .chain()
                .filter_map(|e| e.downcast_ref::<std::io::Error>())
                .any(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            {
                return ExitCode::SUCCESS;
            }
            eprintln!("{}", dva::i18n::error_line(&err, lang));
            ExitCode::from(2)
        }
    }
}
