//! The full-screen exam (ratatui + crossterm): the countdown ticks while the
//! learner thinks, the screen redraws on resize, and the terminal is
//! restored on every way out, panics included.

pub mod app;
pub mod view;

use std::time::Duration;

use anyhow::Result;
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, Event, KeyEventKind};

use self::app::{Action, App};
use rust_i18n::t;

use crate::i18n::Lang;
use crate::session::ExamRun;
use crate::ui::exam_line::Ending;

/// Run the exam screen until the exam is submitted, paused or out of time.
pub fn run(run: &mut ExamRun, color: bool, lang: Lang) -> Result<Ending> {
    // try_init enters raw mode and the alternate screen, and installs a
    // panic hook that restores the terminal.
    let mut terminal = ratatui::try_init()?;
    // Keys typed before the screen was up (the Enter after a prompt's
    // answer, type-ahead) were typed blind: drop them.
    // (A zero timeout never reads: crossterm's poll(2) reader loops while
    // time is left, so give it a millisecond.)
    while event::poll(Duration::from_millis(1))? {
        event::read()?;
    }
    let result = event_loop(&mut terminal, run, color, lang);
    ratatui::restore();
    result
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    run: &mut ExamRun,
    color: bool,
    lang: Lang,
) -> Result<Ending> {
    let mut app = App::new(color, run.remaining(), lang);
    loop {
        if run.expired() {
            return Ok(Ending::TimeUp);
        }
        run.tick()?;
        if let Some(m) = app.warnings.due(run.remaining()) {
            app.message =
                Some(t!("exam.minutes_left", locale = app.lang().code(), m = m).to_string());
        }
        terminal.draw(|f| view::draw(f, &app, run))?;
        // Wake at the next whole second of the countdown (or the deadline),
        // so the clock ticks even when no key is pressed.
        let wait = match run.remaining() {
            Some(r) => {
                let sub = r.subsec_nanos();
                let to_tick = if sub == 0 {
                    Duration::from_secs(1)
                } else {
                    Duration::from_nanos(sub.into())
                };
                to_tick.min(r).max(Duration::from_millis(5))
            }
            None => Duration::from_secs(1),
        };
        if event::poll(wait)? {
            match event::read()? {
                Event::Key(key) if key.kind == KeyEventKind::Press => match app.on_key(run, key)? {
                    Action::Continue => {}
                    Action::Submit => return Ok(Ending::Submitted),
                    Action::Pause => {
                        run.pause()?;
                        return Ok(Ending::Paused);
                    }
                },
                // A resize simply redraws on the next pass.
                _ => {}
            }
        }
    }
}
