//! About the program itself: shell completions, the manual page, and the data versions shown
//! by `--version`.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;
use clap_complete::Shell;

use crate::Failure;

pub(crate) const COMPLETIONS_HELP: &str = "\
Examples:
  hanhchinh completions bash > ~/.local/share/bash-completion/completions/hanhchinh
  hanhchinh completions zsh > \"${fpath[1]}/_hanhchinh\"
  hanhchinh completions fish > ~/.config/fish/completions/hanhchinh.fish";

pub(crate) const MAN_HELP: &str = "\
Examples:
  hanhchinh man > hanhchinh.1 && man ./hanhchinh.1
  hanhchinh man --dir man/          # hanhchinh.1 and one page per subcommand";

/// `completions` options.
#[derive(Args, Debug)]
pub(crate) struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    shell: Shell,
}

/// `man` options.
#[derive(Args, Debug)]
pub(crate) struct ManArgs {
    /// Write `hanhchinh.1` and a page per subcommand (`hanhchinh-analyze.1`, ...) into DIR
    /// instead of printing the main page.
    #[arg(long, value_name = "DIR")]
    dir: Option<PathBuf>,
}

pub(crate) fn completions(a: &CompletionsArgs) -> Result<(), Failure> {
    let mut cmd = crate::command();
    let mut out = std::io::stdout().lock();
    clap_complete::generate(a.shell, &mut cmd, "hanhchinh", &mut out);
    out.flush().map_err(|e| Failure::output(&e))
}

pub(crate) fn man(a: &ManArgs) -> Result<(), Failure> {
    let cmd = crate::command();
    match &a.dir {
        Some(dir) => {
            let fail = |e: std::io::Error| Failure {
                code: crate::exit::OUTPUT,
                message: format!("{}: {e}", dir.display()),
            };
            std::fs::create_dir_all(dir).map_err(fail)?;
            clap_mangen::generate_to(cmd, dir).map_err(fail)
        }
        None => {
            let mut out = std::io::stdout().lock();
            clap_mangen::Man::new(cmd)
                .render(&mut out)
                .and_then(|_| out.flush())
                .map_err(|e| Failure::output(&e))
        }
    }
}

/// `--version`: the program's version and the versions of the data built into it.
pub(crate) fn long_version() -> String {
    let g = hanhchinh::gazetteer::Gazetteer::default();
    let lex = hanhchinh::abbrev::Lexicon::builtin();
    let t = hanhchinh::abbrev::Tables::builtin();
    let tables = [
        t.organs,
        t.titles,
        t.other,
        t.ranks,
        t.title_words,
        t.doctypes,
        t.issuers,
        t.surnames,
        t.laws,
    ];
    format!(
        "{}\n\
         gazetteer: {} ({} unit versions)\n\
         abbreviation lexicon: {} abbreviations, {} ranks and titles, {} document types \
         (tables {:016x})\n\
         segmentation lexicon: PhoBERT v1 word list, embedded in hanhchinh-segment",
        env!("CARGO_PKG_VERSION"),
        g.data_version(),
        g.len(),
        lex.entries().len(),
        lex.ranks().len(),
        lex.doctypes().len(),
        fingerprint(&tables),
    )
}

/// FNV-1a over the tables (and their lengths): a short, stable fingerprint of the data.
fn fingerprint(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |b: u8| {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    for p in parts {
        for b in (p.len() as u64).to_le_bytes() {
            eat(b);
        }
        for &b in p.as_bytes() {
            eat(b);
        }
    }
    h
}
