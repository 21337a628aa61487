//! What the pack checks' unit tests share: a registry of one source, the problems the checks
//! find in packs given as TOML text, and an assertion that an expected problem is among them.

use super::check_library;
use crate::pack::{parse_toml, Pack, SourceRegistry};

/// A registry with one source, `seed-004`, and its one section, `§4`.
pub(super) const ONE_SOURCE: &str = r#"
schema = 1
[[source]]
id = "seed-004"
title = "Guidance"
short = "G"
kind = "guidance"
publisher = "A council"
version = "2024"
date = "2024"
seed_file = "004.txt"
sections = ["§4"]
"#;

/// Every problem the checks find in `packs` (file name and TOML text) against `registry`.
pub(super) fn problems_in(registry: &str, packs: &[(&str, &str)]) -> Vec<String> {
    let registry: SourceRegistry = parse_toml("sources.toml", registry).expect("registry parses");
    let packs: Vec<Pack> = packs.iter().map(|(name, text)| parse_toml(name, text).expect("pack parses")).collect();
    check_library(&registry, &packs).into_iter().map(|problem| problem.to_string()).collect()
}

/// Fails unless some problem contains `expected`, listing them all.
pub(super) fn assert_found(problems: &[String], expected: &str) {
    assert!(problems.iter().any(|p| p.contains(expected)), "expected '{expected}' in {problems:#?}");
}
