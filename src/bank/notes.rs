//! The study notes the bank is written from, compiled into the binary and
//! split into numbered sections for `dva notes 11.2`.

/// The notes as shipped in `questions/notes/`.
pub const TEXT: &str = include_str!("../../questions/notes/dva-study-notes.ko.txt");

/// One numbered section of the notes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The number dva cites it by ("11.2"). The notes number CloudTrail
    /// Insights "9.1" a second time; dva calls that one "9.2".
    pub number: String,
    pub title: String,
    /// The heading line and body, up to the next heading.
    pub body: String,
}

/// A heading is an unindented line that starts with a section number.
fn heading(line: &str) -> Option<(String, String)> {
    if line.starts_with(char::is_whitespace) {
        return None;
    }
    let end = line.find(|c: char| !(c.is_ascii_digit() || c == '.'))?;
    let number = line[..end].trim_end_matches('.');
    let title = line[end..].trim();
    if number.is_empty() || title.is_empty() || !number.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    Some((number.to_string(), title.to_string()))
}

/// The notes' sections, in order.
pub fn sections() -> Vec<Section> {
    let mut out: Vec<Section> = Vec::new();
    for line in TEXT.lines() {
        if let Some((mut number, title)) = heading(line) {
            if out.iter().any(|s| s.number == number) {
                number = next_free(&out, &number);
            }
            out.push(Section {
                number,
                title,
                body: format!("{}\n", line.trim_end()),
            });
        } else if let Some(last) = out.last_mut() {
            last.body.push_str(line.trim_end());
            last.body.push('\n');
        }
    }
    for s in &mut out {
        let trimmed = s.body.trim_end().len();
        s.body.truncate(trimmed);
        s.body.push('\n');
    }
    out
}

/// For a repeated number such as "9.1", the next sibling number unused so far.
fn next_free(sections: &[Section], number: &str) -> String {
    let (parent, last) = number.rsplit_once('.').unwrap_or(("", number));
    let mut n: u32 = last.parse().unwrap_or(0);
    loop {
        n += 1;
        let candidate = if parent.is_empty() {
            n.to_string()
        } else {
            format!("{parent}.{n}")
        };
        if !sections.iter().any(|s| s.number == candidate) {
            return candidate;
        }
    }
}

/// The section `number` and all its subsections ("6.3" includes "6.3.1"),
/// or `None` when the notes have no such section.
pub fn lookup(number: &str) -> Option<(Section, Vec<Section>)> {
    let number = number.trim().trim_end_matches('.');
    let all = sections();
    let pos = all.iter().position(|s| s.number == number)?;
    let prefix = format!("{number}.");
    let subs = all[pos + 1..]
        .iter()
        .take_while(|s| s.number.starts_with(&prefix))
        .cloned()
        .collect();
    Some((all[pos].clone(), subs))
}

/// The title of section `number`, for "reread" hints.
pub fn title(number: &str) -> Option<String> {
    sections()
        .into_iter()
        .find(|s| s.number == number)
        .map(|s| s.title)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_sections_are_found() {
        let (s, subs) = lookup("11.2").unwrap();
        assert!(s.title.contains("Capacity"));
        assert!(subs.is_empty());
        let (_, subs) = lookup("6.3").unwrap();
        assert_eq!(subs[0].number, "6.3.1");
    }

    #[test]
    fn the_second_9_1_is_9_2() {
        assert!(lookup("9.2").unwrap().0.title.contains("Insights"));
        assert!(lookup("9.1").unwrap().0.title.contains("Event"));
    }

    #[test]
    fn every_blueprint_section_exists_in_the_notes() {
        let all = sections();
        for t in crate::blueprint::TOPICS {
            for n in t.notes {
                assert!(
                    all.iter().any(|s| s.number == *n),
                    "section {n} of {}",
                    t.slug
                );
            }
        }
    }
}
