//! Developer aid: `TYPES_DUMP=path/x.go cargo test -p compiler --test types_dump -- --ignored --nocapture`
//! prints our diagnostics for a file, in gc's format, to compare with real go.

use std::collections::BTreeMap;

use compiler::syntax::{parse_file, NodeIdGen};

#[test]
#[ignore]
fn dump() {
    let Ok(paths) = std::env::var("TYPES_DUMP") else {
        return;
    };
    let mut ids = NodeIdGen::new();
    let mut files = Vec::new();
    let mut diags = Vec::new();
    for (i, p) in paths.split(',').enumerate() {
        let src = std::fs::read(p).unwrap();
        let name = format!(
            "./{}",
            std::path::Path::new(p)
                .file_name()
                .unwrap()
                .to_str()
                .unwrap()
        );
        let (f, d) = parse_file(i as u32, &name, &src, &mut ids);
        files.push(f);
        diags.extend(d);
    }
    if diags.is_empty() {
        let (_, d) = compiler::types::check("x", &files, &BTreeMap::new());
        diags = d;
    }
    for d in diags {
        println!("{d}");
    }
}
