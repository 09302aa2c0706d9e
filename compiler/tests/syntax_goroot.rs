//! Parses every .go file of the real Go distribution's sources (excluding
//! testdata directories) and expects no diagnostics. Needs GOROOT set (or
//! `go` on PATH); run with `cargo test -p compiler --test syntax_goroot --
//! --ignored`.

use compiler::syntax::{parse_file, NodeIdGen};
use std::path::{Path, PathBuf};

fn goroot() -> Option<PathBuf> {
    if let Ok(r) = std::env::var("GOROOT") {
        return Some(PathBuf::from(r));
    }
    let out = std::process::Command::new("go")
        .args(["env", "GOROOT"])
        .output()
        .ok()?;
    let s = String::from_utf8(out.stdout).ok()?;
    let s = s.trim();
    (!s.is_empty()).then(|| PathBuf::from(s))
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = rd.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n == "testdata") {
                continue;
            }
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "go") {
            out.push(p);
        }
    }
}

#[test]
#[ignore]
fn parse_all_of_goroot_src() {
    let Some(root) = goroot() else {
        panic!("GOROOT not found");
    };
    let mut files = Vec::new();
    collect(&root.join("src"), &mut files);
    let mut failures = Vec::new();
    for f in &files {
        let src = std::fs::read(f).unwrap();
        let mut ids = NodeIdGen::new();
        let name = f.strip_prefix(&root).unwrap().display().to_string();
        let (_, diags) = parse_file(0, &name, &src, &mut ids);
        if !diags.is_empty() {
            failures.push(format!("{}", diags[0]));
        }
    }
    eprintln!(
        "parsed {} files, {} with errors",
        files.len(),
        failures.len()
    );
    for f in failures.iter().take(50) {
        eprintln!("{f}");
    }
    assert!(failures.is_empty(), "{} files failed", failures.len());
}
