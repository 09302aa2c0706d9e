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
    let want = match fs::read_to_string(&golden) {
        Ok(s) => s,
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
            "{why}\nreproduce: cd testdata/run && gobuild run {name} {}",
            args.join(" ")
        )),
    }
}

#[test]
fn run_goldens() {
    // GOBUILD_RUN_DIR points the same runner at another tree of such tests.
    let files = match std::env::var_os("GOBUILD_RUN_DIR") {
        Some(dir) => support::files_with_suffix(std::path::Path::new(&dir), ".go"),
        None => {
            let files = support::files_with_suffix(&support::testdata("run"), ".go");
            assert!(
                files.len() >= 25,
                "expected the run corpus, found {} files",
                files.len()
            );
            files
        }
    };
    let files: Vec<_> = files
        .into_iter()
        .filter(|p| support::selected(&p.to_string_lossy()))
        .collect();
    let outcomes = support::par_map(&files, |p| run_one(p));
    let mut report = Report::default();
    for (path, outcome) in files.iter().zip(outcomes) {
        let name = path.file_stem().unwrap().to_string_lossy();
        match outcome {
            Outcome::Pass => report.pass(&name),
            Outcome::Fail(why) => report.fail(&name, why),
            Outcome::Skip(why) => report.skip(&name, why),
        }
    }
    report.finish("run");
}

/// Every golden has its program and every program its golden.
#[test]
fn goldens_are_paired() {
    let dir = support::testdata("run");
    let mut problems = Vec::new();
    for go in support::files_with_suffix(&dir, ".go") {
        if !go.with_extension("out").is_file() {
            problems.push(format!("{} has no .out", go.display()));
        }
    }
    for out in support::files_with_suffix(&dir, ".out") {
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
