//! Completions, manual page, `--version` with the data versions, and help with a runnable
//! example for every subcommand (issue 15, item 6).
#![cfg(test)]

mod common;

use common::{dir, err, out, repo, run, run_ok};

const SUBCOMMANDS: &[&[&str]] = &[
    &["analyze"],
    &["tokenize"],
    &["normalize"],
    &["fold"],
    &["segment"],
    &["lookup"],
    &["convert"],
    &["gazetteer"],
    &["gazetteer", "build"],
    &["gazetteer", "check"],
    &["decode"],
    &["completions"],
    &["man"],
];

#[test]
fn completions_for_each_shell() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let o = run(&["completions", shell], b"");
        assert!(o.status.success(), "{shell}: {}", err(&o));
        let s = out(&o);
        assert!(s.contains("analyze") && s.contains("ref-date"), "{shell}");
    }
    let o = run(&["completions", "tcsh"], b"");
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn manual_page() {
    let o = run_ok(&["man"], b"");
    let s = out(&o);
    assert!(
        s.starts_with(".ie \\n(.g .ds Aq") || s.contains(".TH hanhchinh"),
        "{s}"
    );
    assert!(s.contains("analyze"));
    let d = dir("man");
    run_ok(&["man", "--dir", d.to_str().unwrap()], b"");
    for page in [
        "hanhchinh.1",
        "hanhchinh-analyze.1",
        "hanhchinh-gazetteer-build.1",
    ] {
        assert!(d.join(page).exists(), "{page}");
    }
}

#[test]
fn version_names_the_data() {
    let o = run(&["--version"], b"");
    assert!(o.status.success());
    let s = out(&o);
    assert!(
        s.starts_with(&format!("hanhchinh {}", env!("CARGO_PKG_VERSION"))),
        "{s}"
    );
    assert!(s.contains("gazetteer: vn-admin units"), "{s}");
    assert!(s.contains("unit versions"), "{s}");
    assert!(s.contains("abbreviation lexicon:"), "{s}");
    assert!(s.contains("segmentation lexicon:"), "{s}");
    let o = run(&["-V"], b"");
    assert_eq!(out(&o).lines().count(), 1);
}

/// The paths an example line names: words with a `/` or a file extension, except what the
/// example writes (after `>`, `-o`, `--output`, `--dir`) and what it builds itself.
fn named_files(example: &str) -> Vec<String> {
    // Quoted words are text, not files.
    let mut unquoted = String::new();
    let mut quote = None;
    for c in example.chars() {
        match (quote, c) {
            (None, '\'' | '"') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, c) => unquoted.push(c),
            _ => {}
        }
    }
    let mut files = Vec::new();
    let mut writes = false;
    for w in unquoted.split_whitespace() {
        if matches!(w, ">" | "-o" | "--output" | "--dir" | "&&") {
            writes = w != "&&";
            continue;
        }
        if w.starts_with('#') {
            break;
        }
        let looks = (w.contains('/') && !w.contains("\\x") && !w.starts_with('-'))
            || [".txt", ".jsonl", ".tsv", ".bin"]
                .iter()
                .any(|e| w.ends_with(e));
        if looks && !writes && !w.starts_with('~') && !w.starts_with('$') && !w.starts_with("./") {
            files.push(w.to_string());
        }
        writes = false;
    }
    files
}

/// Checks the example lines of a help text (those that run `hanhchinh`): every file they read
/// exists in the repository. Files an example writes (`-o FILE`) may be read by later ones.
fn check_examples(what: &str, help: &str, written: &mut Vec<String>) {
    for line in help.lines() {
        let ex = line.trim();
        if !(ex.starts_with("hanhchinh ") || ex.contains("| hanhchinh ")) {
            continue;
        }
        for f in named_files(ex) {
            if !written.contains(&f) {
                assert!(
                    repo().join(&f).exists(),
                    "{what}: {f} (in `{ex}`) does not exist"
                );
            }
        }
        if let Some(i) = ex.find(" -o ") {
            written.push(ex[i + 4..].split_whitespace().next().unwrap().to_string());
        }
    }
}

#[test]
fn every_subcommand_has_an_example_naming_real_files() {
    let mut written = Vec::new();
    for cmd in SUBCOMMANDS {
        let mut args = cmd.to_vec();
        args.push("--help");
        let o = run(&args, b"");
        assert!(o.status.success(), "{cmd:?}");
        let help = out(&o);
        let at = help
            .find("Example")
            .unwrap_or_else(|| panic!("{cmd:?} has no example:\n{help}"));
        assert!(
            help[at..].lines().any(|l| l.contains("hanhchinh ")),
            "{cmd:?}: {help}"
        );
        check_examples(&format!("{cmd:?}"), &help[at..], &mut written);
    }
    let o = run(&["--help"], b"");
    check_examples("--help", &out(&o), &mut written);
}

#[test]
fn named_files_reads_examples() {
    assert_eq!(
        named_files("hanhchinh analyze --jsonl data/examples/cases.jsonl -o pred.jsonl"),
        ["data/examples/cases.jsonl"]
    );
    assert_eq!(
        named_files("printf 'Qu\\xfanh\\n' | hanhchinh decode > out.txt   # a/b"),
        Vec::<String>::new()
    );
}
