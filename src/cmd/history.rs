//! `dva history`: the table of sessions, or one session's answers.

use anyhow::{Result, bail};
use rust_i18n::t;

use super::Outcome;
use crate::i18n::message;
use crate::settings::Settings;
use crate::ui::progress as view;
use crate::ui::render::Look;

pub fn run(settings: &Settings, id: Option<i64>) -> Result<Outcome> {
    let look = Look {
        color: settings.color,
        width: settings.interactive.then_some(80),
        lang: settings.lang,
    };
    let l = look.lang.code();
    let Some(store) = settings.open_existing_store()? else {
        if let Some(id) = id {
            bail!(message!("history.no_session_yet", id = id));
        }
        outln!("{}", t!("history.nothing_yet", locale = l));
        return Ok(Outcome::Ok);
    };
    match id {
        None => {
            let sessions = store.sessions()?;
            if sessions.is_empty() {
                outln!("{}", t!("history.nothing_yet", locale = l));
            } else {
                super::print(&view::history(&sessions, &look))?;
            }
        }
        Some(id) => {
            let Some(session) = store.session(id)? else {
                bail!(message!("history.no_session", id = id));
            };
            let answers = store.session_answers(id)?;
            let bank = settings.load_bank();
            super::print(&view::session(&session, &answers, &bank, &look))?;
        }
    }
    Ok(Outcome::Ok)
}
