//! The modules gobuild writes run unchanged in a second engine: Node's
//! `node:wasi` (through `testdata/node/run.mjs`). A few `testdata/run`
//! programs are built with `gobuild build` and must print their golden output
//! (from real Go), exit status included.

mod support;

use std::fs;

use support::{gobuild, run_split, Report, TempDir};

/// A mix: plain output, runes, runtime-sized growth, a large program, data
/// initialised at start-up, and two runtime panics (exit status 2).
const PROGRAMS: &[&str] = &[
    "hello",
    "strings_range",
    "slice_growth",
    "bank",
    "package_init",
    "hashes",
    "panic_index",
    "panic_nil",
];

fn check(name: &str) -> Result<(), String> {
    let src = support::testdata("run").join(format!("{name}.go"));
    let want = fs::read_to_string(src.with_extension("out")).map_err(|e| format!("golden: {e}"))?;
    let tmp = TempDir::new("node");
    fs::copy(&src, tmp.path().join(format!("{name}.go"))).map_err(|e| format!("copy: {e}"))?;
    let wasm = format!("{name}.wasm");
    let (stdout, stderr, status) = run_split(
        gobuild()
            .args(["build", "-o", &wasm, &format!("{name}.go")])
            .current_dir(tmp.path()),
    );
    if status != Some(0) {
        return Err(format!(
            "gobuild build failed ({status:?}):\n{stdout}{stderr}"
        ));
    }
    let out = support::run_in_node(&tmp.path().join(&wasm), tmp.path(), &[]);
    support::check_program(&want, &out)
}

#[test]
fn node_runs_gobuild_modules() {
    if support::node().is_none() {
        eprintln!("node_runs_gobuild_modules: skipped: `node` is not installed");
        return;
    }
    let names: Vec<&str> = PROGRAMS
        .iter()
        .copied()
        .filter(|n| support::selected(n))
        .collect();
    let results = support::par_map(&names, |n| check(n));
    let mut report = Report::default();
    for (name, result) in names.iter().zip(results) {
        report.check(name, result);
    }
    report.finish("node");
}
