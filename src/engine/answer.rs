//! Parsing what a learner types as an answer: `B`, `b`, `B,E`, `be`, `B E`,
//! and the guess mark: a trailing `?` (`B?`, `B,E?`) says "I guessed". This
//! is the one place that understands it; the interactive front ends append
//! the `?` themselves when the learner presses their guess key.

/// The character that marks an answer as a guess, after the letters.
pub const GUESS_MARK: char = '?';

/// Why typed input is not an acceptable answer. Such input is never scored.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    #[error("type a letter from A to {last}")]
    Empty { last: char },
    #[error("`{found}` is not a choice; type a letter from A to {last}")]
    NotAChoice { found: char, last: char },
    #[error("`{0}` is given twice")]
    Repeated(char),
    #[error("choose {} (you gave {given}), for example {example}", if *expected == 1 { "one letter".to_string() } else { format!("{expected} letters") })]
    WrongCount {
        expected: usize,
        given: usize,
        example: String,
    },
    #[error("put ? after the letters to mark a guess, as in B? or B,E?")]
    MisplacedGuessMark,
}

/// A typed answer that passed the checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Typed {
    /// 0-based indices as typed (displayed order), ascending.
    pub letters: Vec<u8>,
    /// The learner marked the answer as a guess (a trailing `?`).
    pub guess: bool,
}

/// Parse typed letters for an item with `n_choices` options (1 to 26) that
/// expects exactly `expected` letters. Letters may be upper or lower case and
/// separated by commas, spaces or nothing; a trailing `?` marks a guess.
pub fn parse(input: &str, n_choices: usize, expected: usize) -> Result<Typed, AnswerError> {
    let trimmed = input.trim_end();
    let (body, guess) = match trimmed.strip_suffix(GUESS_MARK) {
        Some(rest) => (rest, true),
        None => (trimmed, false),
    };
    let letters = parse_letters(body, n_choices, expected)?;
    Ok(Typed { letters, guess })
}

fn parse_letters(input: &str, n_choices: usize, expected: usize) -> Result<Vec<u8>, AnswerError> {
    let last = (b'A' + n_choices.clamp(1, 26) as u8 - 1) as char;
    let mut picked: Vec<u8> = Vec::new();
    for c in input.chars() {
        if c.is_whitespace() || c == ',' || c == ';' || c == '/' {
            continue;
        }
        if c == GUESS_MARK {
            return Err(AnswerError::MisplacedGuessMark);
        }
        let up = c.to_ascii_uppercase();
        if !up.is_ascii_uppercase() || up > last {
            return Err(AnswerError::NotAChoice { found: c, last });
        }
        let index = up as u8 - b'A';
        if picked.contains(&index) {
            return Err(AnswerError::Repeated(up));
        }
        picked.push(index);
    }
    if picked.is_empty() {
        return Err(AnswerError::Empty { last });
    }
    if picked.len() != expected {
        let example: Vec<String> = (0..expected.min(n_choices))
            .map(|i| ((b'A' + i as u8) as char).to_string())
            .collect();
        return Err(AnswerError::WrongCount {
            expected,
            given: picked.len(),
            example: example.join(","),
        });
    }
    picked.sort_unstable();
    Ok(picked)
}

/// Letters for 0-based indices: `[1, 4]` is "B, E".
pub fn letters(indices: &[u8]) -> String {
    indices
        .iter()
        .map(|&i| ((b'A' + i) as char).to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A typed word that cannot be meant as an answer to a question with
/// `choices` options: three letters or more, with one repeated or past the
/// last option ("foo"), so it is taken for a mistyped command.
pub fn is_word(typed: &str, choices: u8) -> bool {
    let letters: Vec<u8> = typed.bytes().collect();
    let last = b'a' + choices.saturating_sub(1);
    letters.len() >= 3
        && letters.iter().all(u8::is_ascii_lowercase)
        && (letters.iter().any(|&c| c > last)
            || letters
                .iter()
                .enumerate()
                .any(|(i, c)| letters[..i].contains(c)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_not_taken_for_an_answer() {
        assert!(is_word("foo", 5));
        assert!(is_word("flga", 6));
        assert!(is_word("abb", 5));
        // Letters that can be an answer stay answers (refused or not later).
        assert!(!is_word("ace", 5));
        assert!(!is_word("b", 4));
        assert!(!is_word("ab", 4));
        assert!(!is_word("a,c", 5));
    }
    use proptest::prelude::*;

    fn sure(letters: Vec<u8>) -> Result<Typed, AnswerError> {
        Ok(Typed {
            letters,
            guess: false,
        })
    }

    fn guessed(letters: Vec<u8>) -> Result<Typed, AnswerError> {
        Ok(Typed {
            letters,
            guess: true,
        })
    }

    #[test]
    fn accepted_forms() {
        assert_eq!(parse("B", 4, 1), sure(vec![1]));
        assert_eq!(parse(" b ", 4, 1), sure(vec![1]));
        assert_eq!(parse("B,E", 5, 2), sure(vec![1, 4]));
        assert_eq!(parse("eb", 5, 2), sure(vec![1, 4]));
        assert_eq!(parse("b e", 5, 2), sure(vec![1, 4]));
    }

    #[test]
    fn a_trailing_question_mark_marks_a_guess() {
        assert_eq!(parse("B?", 4, 1), guessed(vec![1]));
        assert_eq!(parse("b ? ", 4, 1), guessed(vec![1]));
        assert_eq!(parse("B,E?", 5, 2), guessed(vec![1, 4]));
        assert_eq!(parse("?B", 4, 1), Err(AnswerError::MisplacedGuessMark));
        assert_eq!(parse("B?E", 5, 2), Err(AnswerError::MisplacedGuessMark));
        assert_eq!(parse("B??", 4, 1), Err(AnswerError::MisplacedGuessMark));
        assert!(matches!(parse("?", 4, 1), Err(AnswerError::Empty { .. })));
        // The guess mark does not change what counts as a valid answer.
        assert!(matches!(
            parse("B?", 5, 2),
            Err(AnswerError::WrongCount { .. })
        ));
    }

    #[test]
    fn refused_forms() {
        assert!(matches!(
            parse("E", 4, 1),
            Err(AnswerError::NotAChoice { .. })
        ));
        assert!(matches!(parse("", 4, 1), Err(AnswerError::Empty { .. })));
        assert!(matches!(parse("BB", 5, 2), Err(AnswerError::Repeated('B'))));
        assert!(matches!(
            parse("B", 5, 2),
            Err(AnswerError::WrongCount { .. })
        ));
        assert!(matches!(
            parse("1", 4, 1),
            Err(AnswerError::NotAChoice { .. })
        ));
    }

    proptest! {
        #[test]
        fn never_panics(input in "\\PC{0,12}", n in 1usize..=6, k in 1usize..=3) {
            let _ = parse(&input, n, k);
        }

        #[test]
        fn accepted_answers_are_in_range_sorted_and_counted(input in "[a-fA-F ,]{0,8}", n in 4usize..=6, k in 1usize..=3) {
            if let Ok(t) = parse(&input, n, k) {
                let v = t.letters;
                prop_assert!(!t.guess);
                prop_assert_eq!(v.len(), k);
                prop_assert!(v.windows(2).all(|w| w[0] < w[1]));
                prop_assert!(v.iter().all(|&i| (i as usize) < n));
            }
        }

        #[test]
        fn letters_round_trip(set in proptest::sample::subsequence(vec![0u8, 1, 2, 3, 4, 5], 1..=3)) {
            let typed = letters(&set);
            prop_assert_eq!(parse(&typed, 6, set.len()), sure(set.clone()));
            prop_assert_eq!(parse(&format!("{typed}?"), 6, set.len()), guessed(set));
        }
    }
}
