//! The bank checker fed random and mutated files: problems are reported,
//! never a panic.

use dva::bank::parse::parse_bank;
use proptest::prelude::*;

const SEED: &str = include_str!("banks/valid/practice.toml");

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn random_text_never_panics(text in "\\PC{0,400}") {
        let _ = parse_bank("random.toml", &text);
    }

    #[test]
    fn mutated_banks_never_panic(cut in 0usize..SEED.len(), len in 0usize..40, insert in "[\\[\\]\"=,a-zA-Z0-9 \n\u{1b}가]{0,12}") {
        let mut text = SEED.to_string();
        let start = floor(&text, cut);
        let end = floor(&text, (start + len).min(text.len()));
        text.replace_range(start..end, &insert);
        let parsed = parse_bank("mutated.toml", &text);
        // Every problem points inside the file.
        let lines = text.lines().count().max(1);
        for d in &parsed.diagnostics {
            prop_assert!(d.line >= 1 && d.line <= lines + 1, "{d}");
            prop_assert!(d.column >= 1);
        }
    }
}

fn floor(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}
