//! `dva history`: the table of sessions, or one session's answers.

use anyhow::{Result, bail};

use super::Outcome;
use crate::settings::Settings;
use crate::ui::progress as view;
use crate::ui::render::Look;

const NOTHING_YET: &str = "No sessions yet. Start with a drill (dva drill dynamodb; dva topics lists the topics) or a mock exam (dva exam).";

pub fn run(settings: &Settings, id: Option<i64>) -> Result<Outcome> {
    let look = Look {
        color: settings.color,
        width: settings.interactive.then_some(80),
        lang: settings.lang,
    };
    let Some(store) = settings.open_existing_store()? else {
        if let Some(id) = id {
            bail!("there is no session {id}: nothing has been practised yet");
        }
        println!("{NOTHING_YET}");
        return Ok(Outcome::Ok);
    };
    match id {
        None => {
            let sessions = store.sessions()?;
            if sessions.is_empty() {
                println!("{NOTHING_YET}");
            } else {
                super::print(&view::history(&sessions, &look))?;
            }
        }
        Some(id) => {
            let Some(session) = store.session(id)? else {
                bail!("there is no session {id}; `dva history` lists them");
            };
            let answers = store.session_answers(id)?;
            let bank = settings.load_bank();
            super::print(&view::session(&session, &answers, &bank, &look))?;
        }
    }
    Ok(Outcome::Ok)
}
