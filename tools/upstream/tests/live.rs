//! The repository's own `data/status.csv` against its upstream copies in
//! `data/upstream/`. The one test of the workspace that compares the table
//! with upstream: when they differ, it fails with the whole report, every
//! difference with the edit that resolves it.

use std::path::Path;

use status_codes_upstream::{compare, report, Inputs};

#[test]
fn data_status_csv_agrees_with_the_upstream_copies() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let inputs = Inputs::read(&root).unwrap_or_else(|err| panic!("{err}"));
    match compare(&inputs) {
        Ok(found) if found.is_empty() => {}
        Ok(found) => panic!(
            "\n\ndata/status.csv differs from the upstream copies in data/upstream/ in {} \
             place(s). Make each edit below (line numbers are those of the files as they are \
             now: work from the bottom of each file up), or, where the table should differ, \
             record the difference in data/upstream/deliberate.csv as the second help line \
             says. See CONTRIBUTING.md, \"Keeping the table current\".\n\n{}",
            found.len(),
            report(&found)
        ),
        Err(errors) => panic!(
            "\n\nthe upstream copies cannot be compared as they are:\n\n{}",
            report(&errors)
        ),
    }
}
