//! Module builds: `testdata/mod/app` (module example.com/app, several packages
//! in a DAG, `replace example.com/lib => ../lib`) built and run from the module
//! root and from a subdirectory, built to a file and inspected; and the driver
//! error cases of `testdata/errors/` (see its README.md).
//!
//! The expected output `testdata/mod/app/expected.out` comes from real Go
//! (`testdata/regen.sh mod`); it includes the package initialisation order.

mod support;

use std::fs;
use std::path::{Path, PathBuf};

use support::{gobuild, run_program, run_split, Report, TempDir};

/// Copies app and lib side by side into a fresh directory (so the relative
/// replace path works and no build output lands in the checkout).
fn modules_copy() -> (TempDir, PathBuf) {
    let tmp = TempDir::new("mod");
    support::copy_tree(&support::testdata("mod/app"), &tmp.path().join("app"), &[]);
    support::copy_tree(&support::testdata("mod/lib"), &tmp.path().join("lib"), &[]);
    let app = tmp.path().join("app");
    (tmp, app)
}

fn expected_app_output() -> String {
    fs::read_to_string(support::testdata("mod/app/expected.out"))
        .expect("testdata/mod/app/expected.out (run testdata/regen.sh mod)")
}

fn assert_matches_golden(what: &str, out: &support::Output) {
    if let Err(diff) = support::check_program(&expected_app_output(), out) {
        panic!("{what}: output differs from real Go's\n{diff}");
    }
}

#[test]
fn run_app_from_module_root() {
    let (_tmp, app) = modules_copy();
    let out = run_program(gobuild().args(["run", "./cmd/app"]).current_dir(&app));
    assert_matches_golden("gobuild run ./cmd/app", &out);
}

#[test]
fn run_app_from_its_directory() {
    let (_tmp, app) = modules_copy();
    let out = run_program(
        gobuild()
            .args(["run", "."])
            .current_dir(app.join("cmd/app")),
    );
    assert_matches_golden("gobuild run . (in cmd/app)", &out);
}

#[test]
fn run_app_by_import_path() {
    let (_tmp, app) = modules_copy();
    let out = run_program(
        gobuild()
            .args(["run", "example.com/app/cmd/app"])
            .current_dir(app.join("internal")),
    );
    assert_matches_golden("gobuild run example.com/app/cmd/app (in internal/)", &out);
}

#[test]
fn run_wildcard_pattern_in_module() {
    // As go run: `./...` runs the one main package among the matches.
    let (_tmp, app) = modules_copy();
    let out = run_program(gobuild().args(["run", "./..."]).current_dir(&app));
    assert_matches_golden("gobuild run ./... (in app)", &out);
}

#[test]
fn run_pattern_from_outside_the_modules() {
    // Beyond the go command (which needs a go.mod above the current
    // directory): outside any module, `dir/...` finds the modules below dir,
    // as `gobuild run ./testdata/mod/...` from a checkout's root does.
    let (tmp, _app) = modules_copy();
    let out = run_program(gobuild().args(["run", "./..."]).current_dir(tmp.path()));
    assert_matches_golden("gobuild run ./... (above app and lib)", &out);
}

#[test]
fn run_pattern_with_no_main_package() {
    let (_tmp, app) = modules_copy();
    let (_, stderr, status) =
        run_split(gobuild().args(["run", "./internal/..."]).current_dir(&app));
    assert_eq!(status, Some(1), "stderr: {stderr}");
    assert_eq!(
        stderr,
        "go: warning: \"./internal/...\" matched only non-main packages\ngo: no packages loaded from ./internal/...\n"
    );
}

/// Checks a command module's shape: valid, exports `_start` and `memory`, only
/// WASI imports, and a name section holding Go function names of both modules.
fn check_command_module(bytes: &[u8]) -> Result<(), String> {
    if !bytes.starts_with(b"\0asm") {
        return Err("not a Wasm module".into());
    }
    wasmparser::Validator::new()
        .validate_all(bytes)
        .map_err(|e| format!("invalid module: {e}"))?;
    let mut exports = Vec::new();
    let mut bad_imports = Vec::new();
    let mut names: Option<Vec<u8>> = None;
    for payload in wasmparser::Parser::new(0).parse_all(bytes) {
        match payload.map_err(|e| format!("parse: {e}"))? {
            wasmparser::Payload::ExportSection(reader) => {
                for export in reader {
                    let export = export.map_err(|e| format!("export: {e}"))?;
                    exports.push(export.name.to_string());
                }
            }
            wasmparser::Payload::ImportSection(reader) => {
                for import in reader {
                    let import = import.map_err(|e| format!("import: {e}"))?;
                    if import.module != "wasi_snapshot_preview1" {
                        bad_imports.push(format!("{}.{}", import.module, import.name));
                    }
                }
            }
            wasmparser::Payload::CustomSection(reader) if reader.name() == "name" => {
                names = Some(reader.data().to_vec());
            }
            _ => {}
        }
    }
    let mut problems = Vec::new();
    for want in ["_start", "memory"] {
        if !exports.iter().any(|e| e == want) {
            problems.push(format!("no export {want:?} (exports: {exports:?})"));
        }
    }
    if !bad_imports.is_empty() {
        problems.push(format!("non-WASI imports: {bad_imports:?}"));
    }
    match names {
        None => problems.push("no name section".into()),
        Some(data) => {
            for want in [
                "main.main",
                "example.com/lib/text.Itoa",
                "example.com/app/store.Sell",
            ] {
                if !contains(&data, want.as_bytes()) {
                    problems.push(format!("name section lacks {want}"));
                }
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn build_app_to_file() {
    let (_tmp, app) = modules_copy();
    let (stdout, stderr, status) = run_split(
        gobuild()
            .args(["build", "-o", "x.wasm", "./cmd/app"])
            .current_dir(&app),
    );
    assert_eq!(
        status,
        Some(0),
        "gobuild build -o x.wasm failed:\n{stdout}{stderr}"
    );
    let built = fs::read(app.join("x.wasm")).expect("x.wasm written");
    if let Err(e) = check_command_module(&built) {
        panic!("x.wasm: {e}");
    }

    // Without -o the module is named after the last path element.
    let (stdout, stderr, status) =
        run_split(gobuild().args(["build", "./cmd/app"]).current_dir(&app));
    assert_eq!(
        status,
        Some(0),
        "gobuild build ./cmd/app failed:\n{stdout}{stderr}"
    );
    let default = fs::read(app.join("app.wasm")).expect("app.wasm written (default -o name)");
    assert!(
        default == built,
        "app.wasm and x.wasm differ for the same build"
    );

    // The built file runs in a second engine with the same output.
    if support::node().is_some() {
        let out = support::run_in_node(&app.join("x.wasm"), &app, &[]);
        assert_matches_golden("x.wasm in node", &out);
    } else {
        eprintln!("build_app_to_file: node not found, skipping the node run");
    }
}

/// `gobuild env GOROOT`, for the `$GOROOT` placeholder in expected errors.
fn goroot() -> Option<String> {
    let (stdout, _, status) = run_split(gobuild().args(["env", "GOROOT"]));
    (status == Some(0)).then(|| stdout.trim().to_string())
}

fn check_error_case(case: &Path, goroot: Option<&str>) -> Result<(), String> {
    let args = fs::read_to_string(case.join("ARGS")).map_err(|e| format!("ARGS: {e}"))?;
    let args: Vec<&str> = args.split_whitespace().collect();
    let tmp = TempDir::new("errors");
    let dir = tmp.path().join("case");
    support::copy_tree(case, &dir, &["ARGS", "STDERR", "STDERR_CONTAINS"]);
    let (stdout, stderr, status) = run_split(gobuild().args(&args).current_dir(&dir));

    let mut problems = Vec::new();
    if status != Some(1) {
        problems.push(format!("exit status {status:?}, want 1"));
    }
    // go prefixes its own errors with "go: "; gobuild may say "gobuild: ".
    let got: String = stderr
        .split_inclusive('\n')
        .map(|l| match l.strip_prefix("gobuild: ") {
            Some(rest) => format!("go: {rest}"),
            None => l.to_string(),
        })
        .collect();
    let substitute = |s: &str| {
        let s = s.replace("$DIR", &dir.to_string_lossy());
        match goroot {
            Some(g) => s.replace("$GOROOT", g),
            None => s,
        }
    };
    if let Ok(want) = fs::read_to_string(case.join("STDERR")) {
        if let Err(diff) = support::compare(&substitute(&want), &got) {
            problems.push(format!("stderr differs:\n{diff}"));
        }
    } else if let Ok(want) = fs::read_to_string(case.join("STDERR_CONTAINS")) {
        for line in want.lines().filter(|l| !l.is_empty()) {
            if !got.contains(&substitute(line)) {
                problems.push(format!("stderr lacks {line:?}; stderr:\n{got}"));
            }
        }
    } else {
        problems.push("case has neither STDERR nor STDERR_CONTAINS".into());
    }
    if got.contains("panicked at") || got.contains("RUST_BACKTRACE") {
        problems.push("gobuild panicked".into());
    }
    if !stdout.is_empty() {
        problems.push(format!("unexpected stdout: {stdout}"));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

#[test]
fn driver_errors() {
    let cases = support::subdirs(&support::testdata("errors"));
    assert!(
        cases.len() >= 7,
        "expected the driver error cases, found {}",
        cases.len()
    );
    let goroot = goroot();
    let cases: Vec<_> = cases
        .into_iter()
        .filter(|c| support::selected(&c.to_string_lossy()))
        .collect();
    let results = support::par_map(&cases, |c| check_error_case(c, goroot.as_deref()));
    let mut report = Report::default();
    for (case, result) in cases.iter().zip(results) {
        report.check(&case.file_name().unwrap().to_string_lossy(), result);
    }
    report.finish("driver_errors");
}
