//! Golden run tests: every `testdata/run/NAME.go` (action comment `// run
//! [ARGS...]`, as in Go's test tree) is built and run with `gobuild run
//! NAME.go ARGS...`; its output, normalised as `testdata/regen.sh` does for
//! real Go, must equal `NAME.out`, and nothing may be written to standard
//! output (print/println write to standard error). All programs run; the
//! failures are listed together with a `N passed, M failed` summary.
//!
//! `GOBUILD_TEST_FILTER=substr` restricts the programs, `GOBUILD_RUN_DIR=dir`
//! runs another directory of such tests, `GOBUILD_KEEP_TMP=1` keeps the
//! temporary directories.

mod support;

use std::fs;
use std::path::Path;

use support::{gobuild, normalise, run_program, Report, TempDir};

enum Outcome {
    Pass,
    Fail(String),
    Skip(String),
}

fn run_one(path: &Path) -> Outcome {
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let source = match fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) => return Outcome::Fail(format!("read: {e}")),
    };
    let args = match support::action_of(&source) {
        Some((action, args)) if action == "run" => args,
        Some((action, args)) if action == "skip" => return Outcome::Skip(args.join(" ")),
        // Go's runner fails on an unknown action rather than skipping it.
        Some((action, _)) => return Outcome::Fail(format!("unknown action {action:?}")),
        None => return Outcome::Fail("no action comment".into()),
    };
    let golden = path.with_extension("out");
    // Lossy, as the program's own output is read: a golden may hold the
    // invalid UTF-8 a program printed on purpose.
    let want = match fs::read(&golden) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            return Outcome::Fail(format!(
                "no golden {}: {e} (run testdata/regen.sh)",
                golden.display()
            ))
        }
    };

    let tmp = TempDir::new("run");
    if let Err(e) = fs::copy(path, tmp.path().join(&name)) {
        return Outcome::Fail(format!("copy: {e}"));
    }
    let out = run_program(
        gobuild()
            .arg("run")
            .arg(&name)
            .args(&args)
            .current_dir(tmp.path()),
    );
    match support::check_program(&want, &out) {
        Ok(()) => Outcome::Pass,
        Err(why) => Outcome::Fail(format!(
            "{why}\nreproduce: gobuild run {} {}",
            path.display(),
            args.join(" ")
        )),
    }
}

#[test]
fn run_goldens() {
    // GOBUILD_RUN_DIR points the same runner at another tree of such tests.
    match std::env::var_os("GOBUILD_RUN_DIR") {
        Some(dir) => run_corpus("run", Path::new(&dir), 0),
        None => run_corpus("run", &support::testdata("run"), 25),
    }
}

/// The language corpus of the Go-language issue, by spec section
/// (testdata/lang/README.md); its not-yet-supported cases are listed in
/// testdata/lang/known_failures.txt.
#[test]
fn lang_goldens() {
    if std::env::var_os("GOBUILD_RUN_DIR").is_some() {
        return;
    }
    run_corpus("lang", &support::testdata("lang"), 300);
}

/// Runs every program below `root` (at least `min` of them) against its
/// golden, expecting the cases of `root/known_failures.txt` to fail.
fn run_corpus(what: &str, root: &Path, min: usize) {
    // errorcheck/ subdirectories belong to the errorcheck runner.
    let files: Vec<_> = support::files_with_suffix_recursive(root, ".go")
        .into_iter()
        .filter(|p| {
            !p.strip_prefix(root)
                .is_ok_and(|r| r.starts_with("errorcheck"))
        })
        .collect();
    assert!(
        files.len() >= min,
        "expected the {what} corpus in {}, found {} files",
        root.display(),
        files.len()
    );
    let known = support::known_failures(root);
    let files: Vec<_> = files
        .into_iter()
        .filter(|p| support::selected(&p.to_string_lossy()))
        .collect();
    let outcomes = support::par_map(&files, |p| run_one(p));
    let mut report = Report::default();
    let mut seen = std::collections::BTreeSet::new();
    for (path, outcome) in files.iter().zip(outcomes) {
        let name = support::case_name(root, path);
        seen.insert(name.clone());
        match (known.get(&name), outcome) {
            (_, Outcome::Skip(why)) => report.skip(&name, why),
            (Some(reason), Outcome::Pass) => report.known_failure(&name, reason, Ok(())),
            (Some(reason), Outcome::Fail(why)) => report.known_failure(&name, reason, Err(why)),
            (None, Outcome::Pass) => report.pass(&name),
            (None, Outcome::Fail(why)) => report.fail(&name, why),
        }
    }
    if std::env::var_os("GOBUILD_TEST_FILTER").is_none() {
        for name in known.keys().filter(|n| !seen.contains(*n)) {
            report.fail(name, "listed in known_failures.txt but no such program");
        }
    }
    report.finish(what);
}

/// Every golden has its program and every program its golden.
#[test]
fn goldens_are_paired() {
    let dir = support::testdata("run");
    let mut problems = Vec::new();
    for go in support::files_with_suffix_recursive(&dir, ".go") {
        if !go.with_extension("out").is_file() {
            problems.push(format!("{} has no .out", go.display()));
        }
    }
    for out in support::files_with_suffix_recursive(&dir, ".out") {
        if !out.with_extension("go").is_file() {
            problems.push(format!("{} has no .go", out.display()));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The normalisation matches testdata/regen.sh.
#[test]
fn normalise_matches_golden_format() {
    let panicked = "a\npanic: boom\n\ngoroutine 1 [running]:\nmain.main()\n\t/x.go:3 +0x1\n";
    assert_eq!(
        normalise(panicked, Some(2)),
        "a\npanic: boom\n\ngoroutine 1 [running]:\nexit status 2\n"
    );
    assert_eq!(normalise("ok\n", Some(0)), "ok\n");
    assert_eq!(normalise("no newline", Some(0)), "no newline");
    assert_eq!(
        normalise("no newline", Some(3)),
        "no newline\nexit status 3\n"
    );
    assert_eq!(normalise("", Some(1)), "exit status 1\n");
    // A runner that reports the status itself, as `go run` does.
    assert_eq!(
        normalise("x\nexit status 4\n", Some(4)),
        "x\nexit status 4\n"
    );
    // Only a real goroutine header cuts.
    assert_eq!(
        normalise("goroutine x [running]:\nmore\n", Some(0)),
        "goroutine x [running]:\nmore\n"
    );
}
