//! The gazetteers in `assets/gazetteers/` (open data; sources and licences in the folder's
//! LICENSE.md): given names and surnames of many origins, Dutch, Belgian and world places,
//! and the frequent Dutch and English words that make a name ambiguous.

use std::sync::LazyLock;

/// A sorted list, looked up by binary search: nothing to build but the list of lines, so a
/// short CLI run does not pay for hashing 170,000 words.
struct List(Vec<&'static str>);

impl List {
    fn new(files: &[&'static str]) -> List {
        let mut v: Vec<&'static str> = files
            .iter()
            .flat_map(|f| f.lines())
            .filter(|l| !l.is_empty())
            .collect();
        // the files are sorted each; more than one must be merged
        if files.len() > 1 || !v.is_sorted() {
            v.sort_unstable();
            v.dedup();
        }
        List(v)
    }

    fn contains(&self, w: &str) -> bool {
        self.0.binary_search(&w).is_ok()
    }
}

const GIVEN_FILE: &str = include_str!("../../../../assets/gazetteers/given-names.txt");
const SURNAMES_FILE: &str = include_str!("../../../../assets/gazetteers/surnames.txt");
const PLACES_NL: &str = include_str!("../../../../assets/gazetteers/places-nl.txt");
const PLACES_BE: &str = include_str!("../../../../assets/gazetteers/places-be.txt");
const PLACES_WORLD: &str = include_str!("../../../../assets/gazetteers/places-world.txt");
const COMMON_NL: &str = include_str!("../../../../assets/gazetteers/common-nl.txt");
const COMMON_EN: &str = include_str!("../../../../assets/gazetteers/common-en.txt");

static GIVEN: LazyLock<List> = LazyLock::new(|| List::new(&[GIVEN_FILE]));
static SURNAMES: LazyLock<List> = LazyLock::new(|| List::new(&[SURNAMES_FILE]));
static PLACES: LazyLock<List> = LazyLock::new(|| List::new(&[PLACES_NL, PLACES_BE, PLACES_WORLD]));
static COMMON: LazyLock<List> = LazyLock::new(|| List::new(&[COMMON_NL, COMMON_EN]));

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
    fn lists_are_sorted_and_load() {
        for f in [
            GIVEN_FILE,
            SURNAMES_FILE,
            PLACES_NL,
            PLACES_BE,
            PLACES_WORLD,
            COMMON_NL,
            COMMON_EN,
        ] {
            assert!(
                f.lines().collect::<Vec<_>>().is_sorted(),
                "a gazetteer file is not sorted"
            );
        }
        assert!(is_given_name("Mehmet") && is_given_name("Priya"));
        assert!(is_surname("Wiśniewski") && is_surname("Visser"));
        assert!(is_place("Venlo") && is_place("Heverlee") && is_place("Paramaribo"));
        assert!(is_common_word("Hoek") && !is_common_word("Wiśniewski"));
    }
}
