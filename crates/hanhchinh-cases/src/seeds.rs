//! The sample pages of the workspace (`data/corpus/seeds/*.txt`), which several crates' tests
//! read whole.

use std::path::PathBuf;

/// The sample pages of the workspace (`data/corpus/seeds/*.txt`: scraped district news pages,
/// faults included), as `(file name, text)`, in the order of their names; none when the folder
/// cannot be read. A test that needs them asserts that there are some.
///
/// ```
/// let pages = hanhchinh_cases::seed_pages();
/// assert_eq!(pages.len(), 5);
/// assert!(pages.iter().any(|(_, text)| text.contains("Từ Liêm")));
/// ```
pub fn seed_pages() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/corpus/seeds");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut pages: Vec<(String, String)> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter_map(|p| {
            let name = p.file_name()?.to_string_lossy().into_owned();
            Some((name, std::fs::read_to_string(&p).ok()?))
        })
        .collect();
    pages.sort();
    pages
}
