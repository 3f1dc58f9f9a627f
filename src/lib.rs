//! dva: exam prep and practice tests for the AWS Certified Developer –
//! Associate (DVA-C02) exam, in the terminal.
//!
//! `engine` is the exam logic and knows no terminal; `bank` is the question
//! bank; `store` keeps progress; `export` writes it as CSV or JSON; `ui`
//! holds the front ends; `cmd` wires a subcommand to them.

// Interface text, compiled in; English is the fallback for a missing key.
rust_i18n::i18n!("src/locales", fallback = "en");

pub mod bank;
pub mod blueprint;
pub mod cli;
pub mod cmd;
pub mod engine;
pub mod export;
pub mod i18n;
pub mod session;
pub mod settings;
pub mod store;
pub mod ui;
