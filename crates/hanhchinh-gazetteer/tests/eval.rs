//! The `admin_unit` cases of the project's dev evaluation set (`shared/eval/dev.jsonl`,
//! sentences of the district news pages in `data/corpus/seeds/`), copied to
//! `tests/cases/eval_dev.tsv` so that the test runs without the shared folder: (id, reference
//! date, sentence, expected (mention, code)). Each sentence is checked alone with its date, and
//! each page (the sentences of one id prefix joined) without a date, where the other mentions
//! are the only context.
#![cfg(test)]

use hanhchinh_cases::Cases;
use hanhchinh_gazetteer::{DateSource, FindOptions, Gazetteer};

/// A case of `tests/cases/eval_dev.tsv` (its header says what the columns mean).
struct Case {
    /// The case's place in the file (`tests/cases/eval_dev.tsv:LINE`) and its id.
    label: String,
    id: String,
    date: String,
    text: String,
    /// `(mention, code)` of every mention.
    expected: Vec<(String, String)>,
}

fn dev_cases() -> Vec<Case> {
    Cases::open(env!("CARGO_MANIFEST_DIR"), "eval_dev.tsv")
        .iter()
        .map(|case| {
            let at = case.at();
            let [id, date, text, expected] = case.columns[..] else {
                panic!(
                    "{at}: {} columns, not 4: {:?}",
                    case.columns.len(),
                    case.columns
                );
            };
            let expected = expected
                .split(" | ")
                .map(|m| match m.split_once(" = ") {
                    Some((mention, code)) => (mention.to_string(), code.to_string()),
                    None => panic!("{at}: `{m}` is no `mention = code`"),
                })
                .collect();
            Case {
                label: format!("{at} ({id})"),
                id: id.to_string(),
                date: date.to_string(),
                text: text.to_string(),
                expected,
            }
        })
        .collect()
}

fn check(
    g: &Gazetteer,
    text: &str,
    opts: &FindOptions,
    expected: &[(String, String)],
    label: &str,
) {
    let found = g.find_in_doc(&hanhchinh_text::Doc::new(text), opts);
    for (mention, code) in expected {
        let hit = found
            .iter()
            .find(|m| m.text == mention)
            .unwrap_or_else(|| panic!("{label}: `{mention}` not found in {found:#?}"));
        let unit = hit
            .unit()
            .unwrap_or_else(|| panic!("{label}: `{mention}` unresolved: {:?}", hit.resolution));
        assert_eq!(unit.code(), *code, "{label}: `{mention}`");
        assert_eq!(&text[hit.span.clone()], mention);
    }
    // Nothing else is reported (no false positives in these sentences).
    for m in &found {
        assert!(
            expected.iter().any(|(t, _)| *t == m.text),
            "{label}: unexpected mention `{}`",
            m.text
        );
    }
}

#[test]
fn dev_sentences_with_their_date() {
    let g = Gazetteer::default();
    for c in dev_cases() {
        let opts = match c.date.parse() {
            Ok(d) => FindOptions::new().as_of(d, DateSource::Given),
            Err(_) => FindOptions::new(),
        };
        // Bare names are reported with evidence: `Quỳnh Phụ` (004-020) and `Lê Chân` (002-013)
        // are district names in sentences that use the district's type word alone (`của
        // huyện`, `quận`), the way an article refers to its own district.
        check(&g, &c.text, &opts, &c.expected, &c.label);
    }
}

#[test]
fn dev_pages_without_a_date() {
    let g = Gazetteer::default();
    let cases = dev_cases();
    for page in ["000", "001", "002", "003", "004"] {
        let sentences: Vec<&Case> = cases.iter().filter(|c| c.id.starts_with(page)).collect();
        let text: String = sentences
            .iter()
            .map(|c| c.text.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        let expected: Vec<(String, String)> = sentences
            .iter()
            .flat_map(|c| c.expected.iter().cloned())
            .collect();
        check(&g, &text, &FindOptions::default(), &expected, page);
    }
}
