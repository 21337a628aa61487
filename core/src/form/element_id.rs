//! The id of a field's element in the page, made from its answer path. A path names each
//! repeatable group's instance by its index (`subjects[2].forename`), which changes when an
//! earlier instance is removed; the page names each instance by a key that stays with it, so
//! removing one writes nothing to the others' elements.

/// `path` with each instance's index replaced by the key `key` gives for it, given the id of
/// its group so far (`subjects`, then `subjects[7].other-names`) and the index; an index `key`
/// knows nothing of is kept.
pub fn element_id(path: &str, key: impl Fn(&str, usize) -> Option<u64>) -> String {
    let mut id = String::with_capacity(path.len());
    let mut rest = path;
    while let Some((group, after)) = rest.split_once('[') {
        let Some((index, after)) = after.split_once(']') else { break };
        id.push_str(group);
        let key = index.parse().ok().and_then(|index| key(&id, index));
        match key {
            Some(key) => id.push_str(&format!("[{key}]")),
            None => id.push_str(&format!("[{index}]")),
        }
        rest = after;
    }
    id.push_str(rest);
    id
}

#[cfg(test)]
mod tests {
    use super::element_id;

    /// Keys as a page holds them after the first subject was removed and a name added.
    fn keys(group: &str, index: usize) -> Option<u64> {
        let list: &[u64] = match group {
            "subjects" => &[1, 2, 3],
            "subjects[2].other-names" => &[0, 4],
            _ => return None,
        };
        list.get(index).copied()
    }

    #[test]
    fn each_index_becomes_its_instances_key() {
        assert_eq!(element_id("subjects[0].forename", keys), "subjects[1].forename");
        assert_eq!(element_id("subjects[1].other-names[1].name", keys), "subjects[2].other-names[4].name");
        assert_eq!(element_id("subjects[2]", keys), "subjects[3]");
    }

    #[test]
    fn paths_outside_groups_and_unknown_indexes_are_kept() {
        assert_eq!(element_id("request-date.day", keys), "request-date.day");
        assert_eq!(element_id("subjects[9].forename", keys), "subjects[9].forename");
        assert_eq!(element_id("children[0].name", keys), "children[0].name");
        assert_eq!(element_id("subjects[x].name", keys), "subjects[x].name");
        assert_eq!(element_id("subjects[0", keys), "subjects[0");
        assert_eq!(element_id("", keys), "");
    }
}
