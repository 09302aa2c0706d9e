//! Developer aid: `PARSE_FILES="a.go b.go" cargo test -p compiler --test
//! syntax_cli -- --ignored --nocapture` prints the parser's diagnostics for
//! each file, one per line, as `NAME:LINE:COL: message` (PARSE_LIST may name
//! a file listing paths instead).

use compiler::syntax::{parse_file, NodeIdGen};

#[test]
#[ignore]
fn print_diagnostics() {
    let mut files = std::env::var("PARSE_FILES").unwrap_or_default();
    // PARSE_LIST: a file with one path per line (for long lists).
    if let Ok(list) = std::env::var("PARSE_LIST") {
        files.push('\n');
        files.push_str(&std::fs::read_to_string(list).unwrap_or_default());
    }
    for f in files.split_whitespace() {
        let src = std::fs::read(f).unwrap_or_default();
        let mut ids = NodeIdGen::new();
        let name = std::path::Path::new(f)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let (_, diags) = parse_file(0, &name, &src, &mut ids);
        println!("== {f}");
        for d in diags {
            println!("{d}");
        }
    }
}
