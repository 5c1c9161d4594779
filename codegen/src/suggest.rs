//! "Did you mean" suggestions for misspelt column and category names.

/// The candidate `word` most likely misspells: the same but for case,
/// `-` or spaces for `_`, or at most two edits away.
pub(crate) fn closest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let folded = word.to_ascii_lowercase().replace(['-', ' '], "_");
    candidates
        .iter()
        .map(|&c| (edit_distance(&folded, c), c))
        .filter(|&(distance, _)| distance <= 2)
        .min()
        .map(|(_, c)| c)
}

/// Levenshtein distance between two short ASCII-ish strings: the distance
/// behind the generator's "did you mean". The `status-codes` lookup tool
/// suggests constant names with a copy of it, held to this one by a test.
///
/// ```
/// assert_eq!(status_codes_codegen::edit_distance("phrse", "phrase"), 1);
/// assert_eq!(status_codes_codegen::edit_distance("kitten", "sitting"), 3);
/// ```
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, &cb) in b.iter().enumerate() {
            let substitute = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitute.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}
