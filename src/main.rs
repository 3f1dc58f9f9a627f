//! The `dva` binary: parse, run, map the outcome to an exit code.

use std::process::ExitCode;

use clap::Parser;
use dva::cli::Cli;
use dva::cmd::{self, Outcome};

fn main() -> ExitCode {
    let cli = Cli::parse();
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
            eprintln!("dva: error: {err:#}");
            ExitCode::from(2)
        }
    }
}
