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
        let (_, d) = if std::env::var("TYPES_ALL").is_ok() {
            compiler::types::check_all_errors("x", &files, &BTreeMap::new())
        } else {
            compiler::types::check("x", &files, &BTreeMap::new())
        };
        diags = d;
    }
    for d in diags {
        println!("{d}");
    }
}

/// Developer aid: `TYPES_PKGS=list.txt` with lines `importpath|dir|a.go,b.go` in dependency
/// order (as `go list -deps -f ...` prints them): checks each package with the export data
/// of the ones before it and prints the first diagnostics of each failing package.
#[test]
#[ignore]
fn dump_packages() {
    let Ok(list) = std::env::var("TYPES_PKGS") else {
        return;
    };
    let text = std::fs::read_to_string(list).unwrap();
    let mut deps = BTreeMap::new();
    let (mut ok, mut bad) = (0, 0);
    for line in text.lines() {
        let parts: Vec<&str> = line.split('|').collect();
        if parts.len() != 3 || parts[0] == "unsafe" || parts[2].is_empty() {
            continue;
        }
        let mut ids = NodeIdGen::new();
        let mut files = Vec::new();
        let mut diags = Vec::new();
        for (i, f) in parts[2].split(',').enumerate() {
            let p = format!("{}/{}", parts[1], f);
            let src = std::fs::read(&p).unwrap();
            let (file, d) = parse_file(i as u32, &format!("{}/{}", parts[0], f), &src, &mut ids);
            files.push(file);
            diags.extend(d);
        }
        if diags.is_empty() {
            let (info, d) = compiler::types::check(parts[0], &files, &deps);
            diags = d;
            deps.insert(
                parts[0].to_string(),
                compiler::export::write(&info, parts[0]),
            );
        }
        if diags.is_empty() {
            ok += 1;
            println!("ok   {}", parts[0]);
        } else {
            bad += 1;
            println!("FAIL {}", parts[0]);
            for d in diags.iter().take(12) {
                println!("    {d}");
            }
        }
    }
    println!("{ok} ok, {bad} failing");
}

/// Developer aid: `TYPES_PANIC=dir` checks every .go file of a directory on its own (each
/// as a one-file package) and reports files on which parsing or checking panics.
#[test]
#[ignore]
fn panic_scan() {
    let Ok(dir) = std::env::var("TYPES_PANIC") else {
        return;
    };
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    paths.sort();
    let mut bad = 0;
    for p in &paths {
        let src = std::fs::read(p).unwrap();
        let name = p.display().to_string();
        if std::env::var("TYPES_PANIC_TRACE").is_ok() {
            eprintln!("checking {name}");
        }
        let r = std::panic::catch_unwind(|| {
            let mut ids = NodeIdGen::new();
            let (f, d) = parse_file(0, &name, &src, &mut ids);
            if d.is_empty() {
                let _ = compiler::types::check("p", &[f], &BTreeMap::new());
            }
        });
        if r.is_err() {
            bad += 1;
            println!("PANIC {name}");
        }
    }
    println!("{} files, {bad} panics", paths.len());
}
