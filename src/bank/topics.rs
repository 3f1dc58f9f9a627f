//! Resolving the topic names a learner types (slugs, aliases, groups) to
//! the blueprint's topic slugs.

use crate::blueprint::{GROUPS, TOPICS};

/// A topic name that matched nothing, with the closest known names.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown topic `{name}`{}; run `dva topics` to list them all", suggestion(.closest))]
pub struct UnknownTopic {
    pub name: String,
    /// Up to three known names, closest first.
    pub closest: Vec<String>,
}

fn suggestion(closest: &[String]) -> String {
    if closest.is_empty() {
        String::new()
    } else {
        format!(" (closest: {})", closest.join(", "))
    }
}

/// Every name a learner may type: slugs, aliases and group names.
pub fn all_names() -> Vec<&'static str> {
    let mut names: Vec<&str> = Vec::new();
    for t in TOPICS {
        names.push(t.slug);
        names.extend(t.aliases.iter().copied());
    }
    names.extend(GROUPS.iter().map(|(g, _)| *g));
    names
}

/// The topic slugs `name` stands for: one for a slug or alias, several for
/// a group. Case and `_`/`-` do not matter.
pub fn resolve(name: &str) -> Result<Vec<&'static str>, UnknownTopic> {
    let wanted = name.trim().to_lowercase().replace('_', "-");
    for t in TOPICS {
        if t.slug == wanted || t.aliases.contains(&wanted.as_str()) {
            return Ok(vec![t.slug]);
        }
    }
    if let Some((_, members)) = GROUPS.iter().find(|(g, _)| *g == wanted) {
        return Ok(members.to_vec());
    }
    // Score every name, but suggest what it stands for: an alias suggests
    // its topic's slug.
    let mut scored: Vec<(f64, &str)> = Vec::new();
    let candidates = TOPICS
        .iter()
        .flat_map(|t| {
            std::iter::once(t.slug)
                .chain(t.aliases.iter().copied())
                .map(move |n| (n, t.slug))
        })
        .chain(GROUPS.iter().map(|(g, _)| (*g, *g)));
    for (name, target) in candidates {
        let mut score = strsim::jaro_winkler(&wanted, name);
        if name.starts_with(&wanted) || wanted.starts_with(name) {
            score += 0.2;
        }
        if score < 0.7 {
            continue;
        }
        match scored.iter_mut().find(|(_, t)| *t == target) {
            Some(entry) => entry.0 = entry.0.max(score),
            None => scored.push((score, target)),
        }
    }
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    Err(UnknownTopic {
        name: name.to_string(),
        closest: scored.iter().take(3).map(|(_, n)| n.to_string()).collect(),
    })
}

/// Resolve several names into distinct slugs, in the order given.
pub fn resolve_all(names: &[String]) -> Result<Vec<&'static str>, UnknownTopic> {
    let mut out: Vec<&'static str> = Vec::new();
    for n in names {
        for slug in resolve(n)? {
            if !out.contains(&slug) {
                out.push(slug);
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_aliases_and_groups() {
        assert_eq!(resolve("dynamodb").unwrap(), vec!["dynamodb"]);
        assert_eq!(resolve("DDB").unwrap(), vec!["dynamodb"]);
        assert_eq!(resolve("apigw").unwrap(), vec!["api-gateway"]);
        assert_eq!(resolve("beanstalk").unwrap(), vec!["elastic-beanstalk"]);
        assert_eq!(resolve("x-ray").unwrap(), vec!["xray"]);
        assert!(resolve("cicd").unwrap().contains(&"codedeploy"));
    }

    #[test]
    fn unknown_names_suggest_the_closest() {
        let err = resolve("dynamo-db").unwrap_err();
        assert_eq!(err.closest.first().map(String::as_str), Some("dynamodb"));
        assert!(err.to_string().contains("dva topics"));
    }

    #[test]
    fn every_alias_is_unique() {
        let names = all_names();
        let mut sorted = names.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), names.len());
    }
}
