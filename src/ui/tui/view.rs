//! Drawing the exam screen: question, review grid and dialogs. Works from
//! 80x24 up and redraws to any size.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::app::{App, GRID_COLUMNS, Screen};
use crate::session::ExamRun;
use rust_i18n::t;

use crate::ui::render::{self, Look};

fn style(app: &App, s: Style) -> Style {
    if app.color {
        s
    } else {
        Style::new().add_modifier(s.add_modifier)
    }
}

pub fn draw(frame: &mut Frame, app: &App, run: &ExamRun) {
    let [header, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(2),
    ])
    .areas(frame.area());

    let exam = &run.exam;
    let item = exam.current();
    let remaining = run.remaining();
    let l = app.lang().code();
    let look = Look {
        color: app.color,
        width: None,
        lang: app.lang(),
    };
    let time = render::time_left(remaining, &look);
    let low = remaining.is_some_and(|r| r.as_secs() < 300);
    let mut left = vec![Span::styled(
        t!(
            "drill.question",
            locale = l,
            n = exam.position() + 1,
            total = exam.len()
        )
        .to_string(),
        style(app, Style::new().add_modifier(Modifier::BOLD)),
    )];
    if item.flagged {
        left.push(Span::styled(
            format!("  {}", t!("tui.marked", locale = l)),
            style(app, Style::new().fg(Color::Yellow)),
        ));
    }
    if item.guess {
        left.push(Span::styled(
            format!("  {}", t!("exam.guess_tag", locale = l)),
            style(app, Style::new().fg(Color::Magenta)),
        ));
    }
    let [hl, hr] = Layout::horizontal([
        Constraint::Min(10),
        Constraint::Length(console::measure_text_width(&time) as u16),
    ])
    .areas(header);
    frame.render_widget(Paragraph::new(Line::from(left)), hl);
    let time_style = if low {
        Style::new().fg(Color::Red).add_modifier(Modifier::BOLD)
    } else {
        Style::new().add_modifier(Modifier::BOLD)
    };
    frame.render_widget(
        Paragraph::new(Span::styled(time, style(app, time_style))),
        hr,
    );

    let mut more = false;
    match &app.screen {
        Screen::Review { selected } => draw_review(frame, app, run, *selected, body),
        _ => {
            if draw_question(frame, app, run, body) {
                more = true;
            }
        }
    }

    let keys = match app.screen {
        Screen::Review { .. } => t!("tui.keys_review", locale = l),
        _ => t!("tui.keys_question", locale = l),
    };
    let message = match (&app.message, more) {
        (Some(m), _) => m.clone(),
        (None, true) => t!("tui.more", locale = l).to_string(),
        (None, false) => String::new(),
    };
    let [m, k] = Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(footer);
    frame.render_widget(
        Paragraph::new(Span::styled(
            message,
            style(app, Style::new().fg(Color::Yellow)),
        )),
        m,
    );
    frame.render_widget(
        Paragraph::new(Span::styled(
            keys.to_string(),
            style(app, Style::new().add_modifier(Modifier::DIM)),
        )),
        k,
    );

    match &app.screen {
        Screen::ConfirmSubmit => {
            let p = exam.progress();
            dialog(
                frame,
                &t!("tui.submit_title", locale = l),
                &t!(
                    "tui.submit_body",
                    locale = l,
                    unanswered = p.unanswered,
                    flagged = p.flagged
                ),
            );
        }
        Screen::ConfirmPause => dialog(
            frame,
            &t!("tui.pause_title", locale = l),
            &t!("tui.pause_body", locale = l),
        ),
        Screen::Goto(digits) => dialog(
            frame,
            &t!("tui.goto_title", locale = l),
            &t!(
                "tui.goto_body",
                locale = l,
                total = exam.len(),
                digits = digits
            ),
        ),
        _ => {}
    }
}

/// Wrap `text` to `width` display columns (Korean included) with a hanging
/// indent. Done here rather than by the paragraph widget, whose wrapping
/// drops wide characters at line ends.
fn wrapped(text: &str, width: u16, first: &str, rest: &str) -> Vec<String> {
    // Break at spaces only: Unicode line breaking would split a Korean word
    // between any two syllables.
    let opts = textwrap::Options::new(usize::from(width.max(20)))
        .initial_indent(first)
        .subsequent_indent(rest)
        .word_separator(textwrap::WordSeparator::AsciiSpace);
    let mut out = Vec::new();
    for (i, para) in text.lines().enumerate() {
        let opts = if i == 0 {
            opts.clone()
        } else {
            opts.clone().initial_indent(rest)
        };
        out.extend(
            textwrap::wrap(para, opts)
                .into_iter()
                .map(|l| l.into_owned()),
        );
    }
    out
}

fn draw_question(frame: &mut Frame, app: &App, run: &ExamRun, area: Rect) -> bool {
    let item = run.exam.current();
    let q = item.question;
    let look = Look {
        color: app.color,
        width: None,
        lang: app.lang(),
    };
    let (text, note) = render::text(q, &look);
    let chosen = item.ticked_shown();
    let multi = q.key.len() > 1;
    let width = area.width;
    let mut lines: Vec<Line> = Vec::new();
    if let Some(note) = note {
        for l in wrapped(&note, width, "", "") {
            lines.push(Line::styled(
                l,
                style(app, Style::new().add_modifier(Modifier::DIM)),
            ));
        }
    }
    for l in wrapped(&text.stem, width, "", "") {
        lines.push(Line::from(l));
    }
    lines.push(Line::from(""));
    for (i, &bank) in item.shown.order.iter().enumerate() {
        let on = chosen.contains(&(i as u8));
        let mark = match (multi, on) {
            (true, true) => "[x]",
            (true, false) => "[ ]",
            (false, true) => "(*)",
            (false, false) => "( )",
        };
        let label = format!("{mark} {}. ", (b'A' + i as u8) as char);
        let s = if on {
            style(
                app,
                Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            )
        } else {
            Style::new()
        };
        for l in wrapped(&text.choices[bank as usize], width, &label, "       ") {
            lines.push(Line::styled(l, s));
        }
        lines.push(Line::from(""));
    }
    let total = lines.len();
    let para = Paragraph::new(Text::from(lines))
        .scroll((app.scroll, 0))
        .block(Block::new());
    frame.render_widget(para, area);
    // More below the fold?
    total > usize::from(app.scroll) + usize::from(area.height)
}

fn draw_review(frame: &mut Frame, app: &App, run: &ExamRun, selected: usize, area: Rect) {
    let p = run.exam.progress();
    let l = app.lang().code();
    let mut lines = vec![
        Line::from(Span::styled(
            t!(
                "tui.review",
                locale = l,
                answered = p.answered,
                unanswered = p.unanswered,
                flagged = p.flagged
            )
            .to_string(),
            style(app, Style::new().add_modifier(Modifier::BOLD)),
        )),
        Line::from(t!("tui.review_legend", locale = l).to_string()),
        Line::from(""),
    ];
    for (r, row) in run.exam.items.chunks(GRID_COLUMNS).enumerate() {
        let mut spans = Vec::new();
        for (c, item) in row.iter().enumerate() {
            let i = r * GRID_COLUMNS + c;
            let state = match (item.answer.is_some(), item.guess) {
                (true, true) => " ?",
                (true, false) => "ok",
                (false, _) => "--",
            };
            let flag = if item.flagged { "*" } else { " " };
            let cell = format!("{:>3} {state}{flag}", i + 1);
            let mut s = if item.answer.is_some() {
                Style::new()
            } else {
                style(app, Style::new().fg(Color::Yellow))
            };
            if i == selected {
                s = s.add_modifier(Modifier::REVERSED);
            }
            spans.push(Span::styled(cell, s));
            spans.push(Span::raw(" "));
        }
        lines.push(Line::from(spans));
    }
    frame.render_widget(Paragraph::new(Text::from(lines)), area);
}

fn dialog(frame: &mut Frame, title: &str, body: &str) {
    let area = frame.area();
    let width = area.width.min(64);
    // Wrapped here, at spaces, so that the height fits the text.
    let lines = wrapped(body, width.saturating_sub(2), "", "");
    let height = lines.len() as u16 + 2;
    let [v] = Layout::vertical([Constraint::Length(height)])
        .flex(Flex::Center)
        .areas(area);
    let [h] = Layout::horizontal([Constraint::Length(width)])
        .flex(Flex::Center)
        .areas(v);
    // Clear a column more on each side: a wide (Korean) character cut by
    // the border would otherwise be drawn over it.
    let left = h.x.saturating_sub(1);
    let right = (h.x + h.width + 1).min(area.x + area.width);
    frame.render_widget(
        Clear,
        Rect {
            x: left,
            width: right - left,
            ..h
        },
    );
    frame.render_widget(
        Paragraph::new(lines.join("\n")).block(Block::bordered().title(title.to_string())),
        h,
    );
}
