//! Long texts are read in windows (`Analyzer::extract`): the entities are those of the whole
//! document where the windows' cuts fall between the documents a long text is made of, and
//! offsets are the whole text's.
#![cfg(test)]

use hanhchinh::Analyzer;

/// The sample pages (`data/corpus/seeds`), joined by blank lines, repeated past 4 MiB.
fn long_text() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/corpus/seeds");
    let mut pages: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    pages.sort();
    let one: String = pages
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect::<Vec<_>>()
        .join("\n\n");
    let mut text = String::new();
    while text.len() <= 4 << 20 {
        text.push_str(&one);
        text.push_str("\n\n");
    }
    text
}

#[test]
fn windows_give_the_whole_documents_entities() {
    let a = Analyzer::builder()
        .reference_date(hanhchinh::Date::constant(2023, 5, 18))
        .build();
    let text = long_text();
    let whole = a.analyze(&text);
    let windowed = a.extract(&text);
    assert_eq!(windowed.date(), whole.date());
    for e in windowed.entities() {
        assert_eq!(&text[e.span()], e.text());
    }
    if windowed.entities() != whole.entities() {
        let first = windowed
            .entities()
            .iter()
            .zip(whole.entities())
            .position(|(x, y)| x != y);
        panic!(
            "{} entities windowed, {} whole; first difference at {first:?}",
            windowed.entities().len(),
            whole.entities().len()
        );
    }
}
