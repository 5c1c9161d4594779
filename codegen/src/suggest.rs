//! "Did you mean" suggestions for misspelt column and category names. The
//! `status-codes` binary includes this file too, for misspelt constant names.

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

/// Levenshtein distance between two short ASCII-ish strings.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
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
