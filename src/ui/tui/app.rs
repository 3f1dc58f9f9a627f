//! The exam screen's state and what each key does. No terminal types here
//! beyond the key event, so it is tested without a terminal.

use anyhow::Result;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use rust_i18n::t;

use crate::engine::answer::GUESS_MARK;
use crate::engine::exam::NavError;
use crate::i18n::Lang;
use crate::session::ExamRun;
use crate::ui::exam_line::Warnings;

/// What is on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    Question,
    /// The review grid, with the highlighted question (0-based).
    Review {
        selected: usize,
    },
    /// Typing a question number to go to.
    Goto(String),
    ConfirmSubmit,
    ConfirmPause,
}

/// What the event loop should do after a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Continue,
    Submit,
    Pause,
}

pub struct App {
    pub screen: Screen,
    /// A one-line message under the question (refused input, warnings).
    pub message: Option<String>,
    /// Lines the question text is scrolled down by.
    pub scroll: u16,
    pub warnings: Warnings,
    pub color: bool,
    /// The chosen language, and whether the current question is shown in
    /// the other one (`l`).
    lang: Lang,
    pub flipped: bool,
}

/// Columns of the review grid.
pub const GRID_COLUMNS: usize = 10;

impl App {
    pub fn new(color: bool, remaining: Option<std::time::Duration>, lang: Lang) -> Self {
        App {
            screen: Screen::Question,
            message: None,
            scroll: 0,
            warnings: Warnings::starting_at(remaining),
            color,
            lang,
            flipped: false,
        }
    }

    /// The language on screen now.
    pub fn lang(&self) -> Lang {
        if self.flipped {
            self.lang.other()
        } else {
            self.lang
        }
    }

    fn l(&self) -> &'static str {
        self.lang().code()
    }

    fn moved(&mut self) {
        self.scroll = 0;
        self.flipped = false;
        self.message = None;
    }

    /// Handle one key press.
    pub fn on_key(&mut self, run: &mut ExamRun, key: KeyEvent) -> Result<Action> {
        let ctrl_c =
            key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c');
        if ctrl_c {
            // Raw mode turns Ctrl-C into a key: everything is saved already,
            // so ask before leaving.
            self.screen = Screen::ConfirmPause;
            return Ok(Action::Continue);
        }
        match self.screen.clone() {
            Screen::ConfirmPause => match key.code {
                KeyCode::Char('y') | KeyCode::Char('Y') => return Ok(Action::Pause),
                KeyCode::Char('n') | KeyCode::Char('N') | KeyCode::Esc => {
                    self.screen = Screen::Question
                }
                _ => {}
            },
            Screen::ConfirmSubmit => match key.code {
                KeyCode::Char('y') | KeyCode::Char('Y') => return Ok(Action::Submit),
                KeyCode::Char('n') | KeyCode::Char('N') | KeyCode::Esc => {
                    self.screen = Screen::Question
                }
                _ => {}
            },
            Screen::Goto(mut digits) => match key.code {
                KeyCode::Char(c) if c.is_ascii_digit() && digits.len() < 3 => {
                    digits.push(c);
                    self.screen = Screen::Goto(digits);
                }
                KeyCode::Backspace => {
                    digits.pop();
                    self.screen = Screen::Goto(digits);
                }
                KeyCode::Enter => {
                    self.screen = Screen::Question;
                    let n = digits.parse().unwrap_or(0);
                    match run.goto(n)? {
                        Ok(()) => self.moved(),
                        Err(NavError::NoSuchQuestion(n, total)) => {
                            self.message = Some(format!(
                                "{}.",
                                t!(
                                    "error.no_such_question",
                                    locale = self.l(),
                                    n = n,
                                    total = total
                                )
                            ))
                        }
                    }
                }
                KeyCode::Esc => self.screen = Screen::Question,
                _ => {}
            },
            Screen::Review { selected } => {
                let n = run.exam.len();
                let sel = match key.code {
                    KeyCode::Right | KeyCode::Char('l') => (selected + 1).min(n - 1),
                    KeyCode::Left | KeyCode::Char('h') => selected.saturating_sub(1),
                    KeyCode::Down | KeyCode::Char('j') => (selected + GRID_COLUMNS).min(n - 1),
                    KeyCode::Up | KeyCode::Char('k') => selected.saturating_sub(GRID_COLUMNS),
                    KeyCode::Char('u') => {
                        next_matching(run, selected, |i| run.exam.items[i].answer.is_none())
                    }
                    KeyCode::Char('m') => {
                        next_matching(run, selected, |i| run.exam.items[i].flagged)
                    }
                    KeyCode::Enter => {
                        run.goto(selected + 1)?.ok();
                        self.moved();
                        self.screen = Screen::Question;
                        return Ok(Action::Continue);
                    }
                    KeyCode::Esc | KeyCode::Char('r') => {
                        self.screen = Screen::Question;
                        return Ok(Action::Continue);
                    }
                    KeyCode::Char('s') => {
                        self.screen = Screen::ConfirmSubmit;
                        return Ok(Action::Continue);
                    }
                    _ => selected,
                };
                self.screen = Screen::Review { selected: sel };
            }
            Screen::Question => self.on_question_key(run, key)?,
        }
        Ok(Action::Continue)
    }

    fn on_question_key(&mut self, run: &mut ExamRun, key: KeyEvent) -> Result<()> {
        let item = run.exam.current();
        let n = item.question.text().choices.len();
        let k = item.question.key.len();
        // The answer carries the question's guess mark, so that answering
        // again keeps it; the parser reads it from the trailing `?`.
        let mark = if item.guess {
            GUESS_MARK.to_string()
        } else {
            String::new()
        };
        match key.code {
            KeyCode::Char(c)
                if c.is_ascii_alphabetic() && (c.to_ascii_lowercase() as u8 - b'a') < n as u8 =>
            {
                let index = c.to_ascii_lowercase() as u8 - b'a';
                if k == 1 {
                    let letter = (b'A' + index) as char;
                    run.answer(&format!("{letter}{mark}"))?.ok();
                    self.message = None;
                } else {
                    // Checkboxes: toggle on what is ticked now (an answer or
                    // a partial selection, both saved), and record an answer
                    // once exactly k are ticked.
                    let mut ticked = item.ticked_shown();
                    if let Some(p) = ticked.iter().position(|&x| x == index) {
                        ticked.remove(p);
                    } else {
                        ticked.push(index);
                    }
                    if ticked.len() > k {
                        // As on the real exam: no more ticks than asked for.
                        self.message =
                            Some(t!("tui.too_many", locale = self.l(), k = k).to_string());
                    } else if ticked.len() == k {
                        let typed: String = ticked.iter().map(|&i| (b'A' + i) as char).collect();
                        run.answer(&format!("{typed}{mark}"))?.ok();
                        self.message = None;
                    } else {
                        run.set_partial(&ticked)?;
                        self.message = Some(
                            t!("tui.choose", locale = self.l(), k = k, n = ticked.len())
                                .to_string(),
                        );
                    }
                }
            }
            KeyCode::Char(GUESS_MARK) => {
                let on = run.toggle_guess()?;
                let key = if on { "tui.guess_on" } else { "tui.guess_off" };
                self.message = Some(t!(key, locale = self.l()).to_string());
            }
            KeyCode::Char('m') => {
                let on = run.toggle_flag()?;
                let key = if on { "tui.mark_on" } else { "tui.mark_off" };
                self.message = Some(t!(key, locale = self.l()).to_string());
            }
            KeyCode::Char('l') => self.flipped = !self.flipped,
            KeyCode::Right | KeyCode::Char('n') | KeyCode::Enter => {
                if run.go_next()? {
                    self.moved();
                } else {
                    self.message = Some(t!("tui.last", locale = self.l()).to_string());
                }
            }
            KeyCode::Left | KeyCode::Char('p') if run.go_prev()? => self.moved(),
            KeyCode::Char('g') => self.screen = Screen::Goto(String::new()),
            KeyCode::Char('r') => {
                self.screen = Screen::Review {
                    selected: run.exam.position(),
                }
            }
            KeyCode::Char('s') => self.screen = Screen::ConfirmSubmit,
            KeyCode::Down | KeyCode::PageDown => self.scroll = self.scroll.saturating_add(3),
            KeyCode::Up | KeyCode::PageUp => self.scroll = self.scroll.saturating_sub(3),
            KeyCode::Backspace | KeyCode::Delete => {
                run.clear_answer()?;
            }
            _ => {}
        }
        Ok(())
    }
}

fn next_matching(run: &ExamRun, from: usize, pred: impl Fn(usize) -> bool) -> usize {
    let n = run.exam.len();
    (1..=n)
        .map(|d| (from + d) % n)
        .find(|&i| pred(i))
        .unwrap_or(from)
}
