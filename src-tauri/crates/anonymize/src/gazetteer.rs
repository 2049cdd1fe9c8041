//! The gazetteers in `assets/gazetteers/` (open data; sources and licences in the folder's
//! LICENSE.md): given names and surnames of many origins, Dutch, Belgian and world places,
//! and the frequent Dutch and English words that make a name ambiguous.

use std::collections::HashSet;
use std::sync::LazyLock;

fn set(list: &'static str) -> HashSet<&'static str> {
    list.lines().filter(|l| !l.is_empty()).collect()
}

static GIVEN: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(include_str!(
        "../../../../assets/gazetteers/given-names.txt"
    ))
});
static SURNAMES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("../../../../assets/gazetteers/surnames.txt")));
static PLACES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    let mut s = set(include_str!("../../../../assets/gazetteers/places-nl.txt"));
    s.extend(set(include_str!(
        "../../../../assets/gazetteers/places-be.txt"
    )));
    s.extend(set(include_str!(
        "../../../../assets/gazetteers/places-world.txt"
    )));
    s
});
static COMMON: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    let mut s = set(include_str!("../../../../assets/gazetteers/common-nl.txt"));
    s.extend(set(include_str!(
        "../../../../assets/gazetteers/common-en.txt"
    )));
    s
});

/// A given name of some origin ("Mehmet", "Przemysław", "Priya").
pub(crate) fn is_given_name(w: &str) -> bool {
    GIVEN.contains(w)
}

/// A surname of some origin ("Yılmaz", "Wiśniewski", "Visser").
pub(crate) fn is_surname(w: &str) -> bool {
    SURNAMES.contains(w)
}

/// A place in the Netherlands, Belgium or a large one elsewhere.
pub(crate) fn is_place(w: &str) -> bool {
    PLACES.contains(w)
}

/// A frequent ordinary Dutch or English word (compared in lower case).
pub(crate) fn is_common_word(w: &str) -> bool {
    COMMON.contains(w.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load() {
        assert!(is_given_name("Mehmet") && is_given_name("Priya"));
        assert!(is_surname("Wiśniewski") && is_surname("Visser"));
        assert!(is_place("Venlo") && is_place("Heverlee") && is_place("Paramaribo"));
        assert!(is_common_word("Hoek") && !is_common_word("Wiśniewski"));
    }
}
