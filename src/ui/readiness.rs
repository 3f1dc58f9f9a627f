//! The readiness report as text and as JSON: the forecast, predicted recall
//! by domain and by topic, and how the forecast moved over 30 days. `dva
//! review --forecast` prints it; any other command can call the same
//! functions.

use crate::engine::forecast::{self, Forecast, Readiness};
use rust_i18n::t;

use crate::engine::scoring::PASS_MARK;
use crate::i18n::Lang;

use super::render::{Look, domain_name, table};

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
/// Korean breaks at spaces only, never inside a word.
fn para(text: &str, look: &Look) -> String {
    let mut options = textwrap::Options::new(look.width.unwrap_or(80));
    if look.lang == Lang::Ko {
        options = options.word_separator(textwrap::WordSeparator::AsciiSpace);
    }
    let mut out = textwrap::fill(text, options);
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

fn forecast_line(f: &Forecast, look: &Look) -> String {
    t!(
        "readiness.forecast",
        locale = look.lang.code(),
        mean = pct(f.mean_percent),
        low = pct(f.low_percent),
        high = pct(f.high_percent),
        scaled = f.scaled_score,
        chance = pct(100.0 * f.pass_probability)
    )
    .to_string()
}

/// The readiness report as text.
pub fn text(r: &Readiness, look: &Look) -> String {
    let l = look.lang.code();
    let mut out = String::new();
    let f = &r.forecast;
    out.push_str(&look.bold(&t!(
        "readiness.title",
        locale = l,
        as_of = r.as_of.replace('T', " ").replace('Z', " UTC")
    )));
    out.push_str("\n\n");
    if !r.enough_data {
        let warning = t!(
            "readiness.too_few",
            locale = l,
            answers = r.answers,
            needed = r.min_answers
        );
        out.push_str(&look.bad(&para(&warning, look)));
        out.push('\n');
    }
    out.push_str(&para(
        &t!(
            "readiness.today",
            locale = l,
            n = f.questions,
            forecast = forecast_line(f, look)
        ),
        look,
    ));
    let verdict = if f.scaled_score >= PASS_MARK {
        look.good(&t!("readiness.likely", locale = l))
    } else {
        look.bad(&t!("readiness.not_yet", locale = l))
    };
    out.push_str(&t!(
        "readiness.expected",
        locale = l,
        verdict = verdict,
        pass = PASS_MARK
    ));
    out.push('\n');
    if r.fresh_misses > 0 {
        out.push_str(&para(
            &t!("readiness.fresh_misses", locale = l, n = r.fresh_misses),
            look,
        ));
    }
    out.push('\n');

    let recall_answered = t!("readiness.recall_answered", locale = l).to_string();
    let recall_all = t!("readiness.recall_all", locale = l).to_string();
    let answered = t!("table.answered", locale = l).to_string();
    let mut domains = wide_table(look);
    domains.set_header(vec![
        t!("table.domain", locale = l).to_string(),
        t!("readiness.in_exam", locale = l).to_string(),
        answered.clone(),
        recall_answered.clone(),
        t!("readiness.unseen_at", locale = l).to_string(),
        recall_all.clone(),
    ]);
    for d in &r.domains {
        let unseen_pct = pct(100.0 * d.unseen.recall);
        let unseen = if d.unseen.basis == "default" {
            t!("readiness.unseen_default", locale = l, pct = unseen_pct)
        } else {
            t!(
                "readiness.unseen_first",
                locale = l,
                pct = unseen_pct,
                correct = d.unseen.first_correct,
                attempts = d.unseen.first_attempts
            )
        };
        domains.add_row(vec![
            format!("{} {}", d.domain, domain_name(d.domain, look)),
            d.exam_questions.to_string(),
            format!("{}/{}", d.answered, d.bank_questions),
            recall(d.recall_answered),
            unseen.to_string(),
            recall(Some(d.recall)),
        ]);
    }
    out.push_str(&t!("readiness.by_domain", locale = l));
    out.push('\n');
    out.push_str(&domains.to_string());
    out.push_str("\n\n");

    let mut topics = wide_table(look);
    topics.set_header(vec![
        t!("table.topic", locale = l).to_string(),
        answered,
        recall_answered,
        recall_all,
    ]);
    for t in &r.topics {
        topics.add_row(vec![
            t.topic.clone(),
            format!("{}/{}", t.answered, t.bank_questions),
            recall(t.recall_answered),
            recall(Some(t.recall)),
        ]);
    }
    out.push_str(&t!("readiness.by_topic", locale = l));
    out.push('\n');
    out.push_str(&topics.to_string());
    out.push_str("\n\n");

    let mut history = wide_table(look);
    history.set_header(vec![
        t!("readiness.as_of", locale = l).to_string(),
        t!("readiness.answers", locale = l).to_string(),
        t!("readiness.expected_col", locale = l).to_string(),
        t!("readiness.interval", locale = l).to_string(),
        t!("readiness.scaled", locale = l).to_string(),
        t!("readiness.pass", locale = l).to_string(),
    ]);
    for h in &r.history {
        let when = if h.days_ago == 0 {
            t!("readiness.today_row", locale = l, date = date(&h.as_of))
        } else {
            t!(
                "readiness.days_ago",
                locale = l,
                n = h.days_ago,
                date = date(&h.as_of)
            )
        }
        .to_string();
        let Some(g) = &h.forecast else {
            history.add_row(vec![
                when,
                "0".to_string(),
                t!("readiness.no_answers", locale = l).to_string(),
            ]);
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
    out.push_str(&t!("readiness.over_days", locale = l));
    out.push('\n');
    out.push_str(&history.to_string());
    out.push('\n');
    let first = r
        .history
        .iter()
        .find_map(|h| h.forecast.as_ref().map(|then| (h.days_ago, then)));
    if let Some((days_ago, then)) = first {
        if days_ago > 0 {
            let change = f.mean_percent - then.mean_percent;
            out.push_str(&t!(
                "readiness.since",
                locale = l,
                n = days_ago,
                change = format!("{change:+.0}")
            ));
            out.push('\n');
        }
    }
    out.push('\n');
    let how = t!(
        "readiness.how",
        locale = l,
        sims = thousands(f.simulations),
        n = f.questions,
        bank = r.bank_questions,
        seed = r.seed,
        min = r.min_first_attempts,
        default = pct(100.0 * forecast::DEFAULT_UNSEEN_RECALL)
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
