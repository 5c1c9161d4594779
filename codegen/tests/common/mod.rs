//! Helpers shared by the test files that need them.

/// The real table rewritten in every odd-but-valid way at once: a BOM, CRLF
/// endings, every field quoted (padded with spaces where it has no comma),
/// blank lines, extra comments, trailing commas and no final newline.
pub fn oddly_formatted(csv: &str) -> String {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .comment(Some(b'#'))
        .from_reader(csv.as_bytes());
    let mut out = String::from("\u{FEFF}# rewritten\r\n\r\n");
    for (i, record) in reader.records().enumerate() {
        let record = record.unwrap();
        let fields: Vec<String> = record
            .iter()
            .map(|f| {
                let quoted = format!("\"{}\"", f.replace('"', "\"\""));
                if f.contains(',') {
                    quoted
                } else {
                    format!("  {quoted}\t")
                }
            })
            .collect();
        out.push_str(&fields.join(","));
        out.push_str(",,\r\n");
        if i % 7 == 0 {
            out.push_str("\r\n# a comment\r\n   \r\n");
        }
    }
    out.truncate(out.trim_end().len());
    out
}
