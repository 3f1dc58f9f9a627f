//! The readiness report as text and as JSON: the forecast, predicted recall
//! by domain and by topic, and how the forecast moved over 30 days. `dva
//! review --forecast` prints it; any other command can call the same
//! functions.

use crate::engine::forecast::{self, Forecast, Readiness};
use crate::engine::scoring::PASS_MARK;

use super::render::{Look, table};

fn pct(p: f64) -> String {
    format!("{:.0}%", p)
}

fn recall(r: Option<f64>) -> String {
    r.map_or_else(|| "-".to_string(), |r| pct(100.0 * r))
}

/// 10000 as "10,000".
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A table for this report, fitting 80 columns (or the terminal).
fn wide_table(look: &Look) -> comfy_table::Table {
    table(look)
}

/// A paragraph wrapped to the terminal, or to 80 columns in plain mode.
fn para(text: &str, look: &Look) -> String {
    let mut out = textwrap::fill(text, look.width.unwrap_or(80));
    out.push('\n');
    out
}

fn date(rfc3339: &str) -> &str {
    rfc3339.get(..10).unwrap_or(rfc3339)
}

/// The readiness report as pretty-printed JSON.
pub fn json(r: &Readiness) -> serde_json::Result<String> {
    serde_json::to_string_pretty(r)
}

fn forecast_line(f: &Forecast) -> String {
    format!(
        "{} correct (80% interval {} to {}), estimated scaled score {}, chance of passing {}",
        pct(f.mean_percent),
        pct(f.low_percent),
        pct(f.high_percent),
        f.scaled_score,
        pct(100.0 * f.pass_probability)
    )
}

/// The readiness report as text.
pub fn text(r: &Readiness, look: &Look) -> String {
    let mut out = String::new();
    let f = &r.forecast;
    out.push_str(&look.bold(&format!(
        "Readiness as of {} (an estimate)",
        r.as_of.replace('T', " ").replace('Z', " UTC")
    )));
    out.push_str("\n\n");
    if !r.enough_data {
        let warning = format!(
            "Too few answers to trust this forecast: {} of the {} it needs. Until then it leans on assumptions more than on you; keep drilling and it firms up.",
            r.answers, r.min_answers
        );
        out.push_str(&look.bad(&para(&warning, look)));
        out.push('\n');
    }
    out.push_str(&para(
        &format!(
            "A {}-question exam today: {}",
            f.questions,
            forecast_line(f)
        ),
        look,
    ));
    let verdict = if f.scaled_score >= PASS_MARK {
        look.good("likely to pass")
    } else {
        look.bad("not yet at the pass mark")
    };
    out.push_str(&format!(
        "Expected result: {verdict} ({PASS_MARK} needed).\n\n"
    ));

    let mut domains = wide_table(look);
    domains.set_header(vec![
        "Domain",
        "In exam",
        "Answered",
        "Recall (answered)",
        "Unseen count at",
        "Recall (all)",
    ]);
    for d in &r.domains {
        let unseen = if d.unseen.basis == "default" {
            format!("{} (default)", pct(100.0 * d.unseen.recall))
        } else {
            format!(
                "{} (first tries {}/{})",
                pct(100.0 * d.unseen.recall),
                d.unseen.first_correct,
                d.unseen.first_attempts
            )
        };
        domains.add_row(vec![
            format!("{} {}", d.domain, d.name),
            d.exam_questions.to_string(),
            format!("{}/{}", d.answered, d.bank_questions),
            recall(d.recall_answered),
            unseen,
            recall(Some(d.recall)),
        ]);
    }
    out.push_str("Predicted recall by domain\n");
    out.push_str(&domains.to_string());
    out.push_str("\n\n");

    let mut topics = wide_table(look);
    topics.set_header(vec![
        "Topic",
        "Answered",
        "Recall (answered)",
        "Recall (all)",
    ]);
    for t in &r.topics {
        topics.add_row(vec![
            t.topic.clone(),
            format!("{}/{}", t.answered, t.bank_questions),
            recall(t.recall_answered),
            recall(Some(t.recall)),
        ]);
    }
    out.push_str("Predicted recall by topic, weakest first\n");
    out.push_str(&topics.to_string());
    out.push_str("\n\n");

    let mut history = wide_table(look);
    history.set_header(vec![
        "As of",
        "Answers",
        "Expected",
        "80% interval",
        "Scaled",
        "Pass",
    ]);
    for h in &r.history {
        let when = if h.days_ago == 0 {
            format!("today ({})", date(&h.as_of))
        } else {
            format!("{} days ago ({})", h.days_ago, date(&h.as_of))
        };
        let Some(g) = &h.forecast else {
            history.add_row(vec![when, "0".to_string(), "no answers yet".to_string()]);
            continue;
        };
        history.add_row(vec![
            when,
            h.answers.to_string(),
            pct(g.mean_percent),
            format!("{}-{}", pct(g.low_percent), pct(g.high_percent)),
            g.scaled_score.to_string(),
            pct(100.0 * g.pass_probability),
        ]);
    }
    out.push_str("The forecast over the last 30 days\n");
    out.push_str(&history.to_string());
    out.push('\n');
    let first = r
        .history
        .iter()
        .find_map(|h| h.forecast.as_ref().map(|then| (h.days_ago, then)));
    if let Some((days_ago, then)) = first {
        if days_ago > 0 {
            let change = f.mean_percent - then.mean_percent;
            out.push_str(&format!(
                "Since {days_ago} days ago: {change:+.0} percentage points.\n"
            ));
        }
    }
    out.push('\n');
    let how = format!(
        "How this is computed: {sims} simulated exams of {n} questions drawn from the {bank}-question bank at the exam guide's domain weights (seed {seed}), each question answered correctly with its predicted recall. \
Predicted recall is FSRS retrievability for a question you have answered (right after an answer it is high, since dva has just shown the key; it fades as the days pass); one you never answered counts at your accuracy on first attempts in its domain once you have {min} of them, else at {default}. \
The scaled score maps percent correct through 0% = 100, 72% = 720 and 100% = 1000; AWS does not publish its scaling, so it is an estimate.",
        sims = thousands(f.simulations),
        n = f.questions,
        bank = r.bank_questions,
        seed = r.seed,
        min = r.min_first_attempts,
        default = pct(100.0 * forecast::DEFAULT_UNSEEN_RECALL),
    );
    out.push_str(&look.dim(para(&how, look).trim_end()));
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::thousands;

    #[test]
    fn thousands_are_separated() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(10_000), "10,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }
}
