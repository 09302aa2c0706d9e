//! Shared helpers for the driver's integration tests: running the built
//! `gobuild` binary, temporary directories, the golden-output normalisation
//! and a failure collector that reports every case before failing.
//!
//! Each test file includes this module with `mod support;`, so helpers a given
//! file does not use are expected.
#![allow(dead_code)]

pub mod regex;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// The gobuild binary Cargo built for these tests, or the program named by
/// `GOBUILD_EXE` (e.g. `testdata/gc-shim.sh`, which runs the same suite
/// against real Go to check the tests themselves).
pub fn gobuild_exe() -> String {
    std::env::var("GOBUILD_EXE").unwrap_or_else(|_| env!("CARGO_BIN_EXE_gobuild").to_string())
}

/// The repository root (the parent of the driver crate).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("driver crate has a parent directory")
        .to_path_buf()
}

/// `testdata/` at the repository root, or `testdata/REL` below it.
pub fn testdata(rel: &str) -> PathBuf {
    let root = repo_root().join("testdata");
    if rel.is_empty() {
        root
    } else {
        root.join(rel)
    }
}

/// The build cache shared by every gobuild invocation of one test binary, so
/// the runtime is compiled once per binary. It lives in Cargo's per-target
/// scratch directory and is emptied when the binary first needs it, so every
/// test run starts cold and no garbage accumulates across runs.
pub fn shared_cache() -> &'static Path {
    static CACHE: OnceLock<PathBuf> = OnceLock::new();
    CACHE.get_or_init(|| {
        let exe = std::env::current_exe().unwrap_or_default();
        let stem = exe
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("test")
            .to_string();
        // Test binaries are named NAME-HASH; one cache per test file.
        let name = stem.split('-').next().unwrap_or("test").to_string();
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("gobuild-cache-{name}"));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("create shared cache dir");
        dir
    })
}

/// A `gobuild` command with the shared cache and a clean environment.
pub fn gobuild() -> Command {
    gobuild_with_cache(shared_cache())
}

/// A `gobuild` command using `cache` as its build cache.
pub fn gobuild_with_cache(cache: &Path) -> Command {
    let mut cmd = Command::new(gobuild_exe());
    cmd.env("GOBUILDCACHE", cache);
    // Settings of a real Go installation must not leak into the tests.
    for var in [
        "GOFLAGS",
        "GOOS",
        "GOARCH",
        "GOPATH",
        "GOWORK",
        "GO111MODULE",
    ] {
        cmd.env_remove(var);
    }
    cmd.stdin(Stdio::null());
    cmd
}

/// How long one gobuild invocation may take before it is killed. The first one
/// compiles the runtime; a miscompiled program may loop forever. Override with
/// `GOBUILD_TEST_TIMEOUT` (seconds).
pub fn timeout() -> Duration {
    let secs = std::env::var("GOBUILD_TEST_TIMEOUT")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(300);
    Duration::from_secs(secs)
}

/// The result of running a program.
#[derive(Debug)]
pub struct Output {
    pub stdout: String,
    pub stderr: String,
    /// The exit code; `None` if killed by a signal or by the timeout.
    pub status: Option<i32>,
    pub timed_out: bool,
}

/// Runs `cmd` to completion (or until `timeout()`), capturing its standard
/// output and standard error separately.
pub fn run_program(cmd: &mut Command) -> Output {
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = match cmd.spawn() {
        Ok(child) => child,
        Err(e) => {
            return Output {
                stdout: String::new(),
                stderr: format!("<cannot start {:?}: {e}>", cmd.get_program()),
                status: None,
                timed_out: false,
            }
        }
    };
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_end(&mut buf);
            }
            String::from_utf8_lossy(&buf).into_owned()
        })
    };
    let out_thread = drain(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let err_thread = drain(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let deadline = Instant::now() + timeout();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status.code(),
            Ok(None) if Instant::now() >= deadline => {
                timed_out = true;
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(_) => break None,
        }
    };
    Output {
        stdout: out_thread.join().unwrap_or_default(),
        stderr: err_thread.join().unwrap_or_default(),
        status,
        timed_out,
    }
}

/// Checks a Go program's output against its golden file (real Go's output,
/// see `normalise`). The programs of this suite print only with the
/// print/println builtins, which write to standard error, so standard output
/// must be empty; `testdata/regen.sh` checks that real Go agrees.
pub fn check_program(want: &str, out: &Output) -> Result<(), String> {
    if out.timed_out {
        return Err(describe(out));
    }
    if !out.stdout.is_empty() {
        return Err(format!(
            "wrote to standard output (print/println write to standard error):\n{}",
            out.stdout
        ));
    }
    compare(want, &normalise(&out.stderr, out.status))
}

/// Runs `cmd` and returns (stdout, stderr, exit code) separately.
pub fn run_split(cmd: &mut Command) -> (String, String, Option<i32>) {
    match cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).output() {
        Ok(out) => (
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
            out.status.code(),
        ),
        Err(e) => (String::new(), format!("<cannot start: {e}>"), None),
    }
}

/// Normalises a program's output (standard output and error as written, `2>&1`) into the golden format of
/// `testdata/run/*.out` (see `testdata/regen.sh`): everything after a
/// `goroutine N [running]:` line is dropped (the traceback names the
/// implementation's frames), and a non-zero exit status adds a last line
/// `exit status N`. If the output already ends with that line (a runner that
/// reports it itself, as `go run` does) it is not added twice.
pub fn normalise(combined: &str, status: Option<i32>) -> String {
    let mut out = String::new();
    let mut cut = false;
    for line in combined.split_inclusive('\n') {
        out.push_str(line);
        if is_goroutine_header(line.trim_end_matches('\n')) {
            if !line.ends_with('\n') {
                out.push('\n');
            }
            cut = true;
            break;
        }
    }
    match status {
        Some(0) => {}
        Some(code) => {
            let line = format!("exit status {code}");
            if !cut && out.trim_end_matches('\n').ends_with(&line) {
                return out;
            }
            if !out.is_empty() && !out.ends_with('\n') {
                out.push('\n');
            }
            let _ = writeln!(out, "{line}");
        }
        None => out.push_str("<killed: no exit status>\n"),
    }
    out
}

/// `goroutine N [running]:`
fn is_goroutine_header(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("goroutine ") else {
        return false;
    };
    let Some(num) = rest.strip_suffix(" [running]:") else {
        return false;
    };
    !num.is_empty() && num.bytes().all(|b| b.is_ascii_digit())
}

/// A temporary directory removed when dropped (unless `GOBUILD_KEEP_TMP` is set,
/// to inspect a failure).
pub struct TempDir {
    path: PathBuf,
}

impl TempDir {
    pub fn new(label: &str) -> TempDir {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        let path = std::env::temp_dir().join(format!(
            "gobuild-test-{label}-{}-{n}-{nanos}",
            std::process::id()
        ));
        fs::create_dir_all(&path).expect("create temp dir");
        // Canonical, so it matches the absolute paths gobuild prints.
        let path = path.canonicalize().unwrap_or(path);
        TempDir { path }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        if std::env::var_os("GOBUILD_KEEP_TMP").is_none() {
            let _ = fs::remove_dir_all(&self.path);
        }
    }
}

/// Copies the tree `src` into `dst` (created if needed), skipping names in `skip`.
pub fn copy_tree(src: &Path, dst: &Path, skip: &[&str]) {
    fs::create_dir_all(dst).expect("create copy destination");
    let mut entries: Vec<_> = fs::read_dir(src)
        .unwrap_or_else(|e| panic!("read {}: {e}", src.display()))
        .map(|e| e.expect("dir entry"))
        .collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name();
        if skip.iter().any(|s| name == **s) {
            continue;
        }
        let from = entry.path();
        let to = dst.join(&name);
        if entry.file_type().expect("file type").is_dir() {
            copy_tree(&from, &to, skip);
        } else {
            fs::copy(&from, &to).unwrap_or_else(|e| panic!("copy {}: {e}", from.display()));
        }
    }
}

/// Files in `dir` whose names end with `suffix`, sorted by name.
pub fn files_with_suffix(dir: &Path, suffix: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.is_file() && p.to_string_lossy().ends_with(suffix))
        .collect();
    files.sort();
    files
}

/// Files under `dir` (recursively) whose names end with `suffix`, sorted by
/// path.
pub fn files_with_suffix_recursive(dir: &Path, suffix: &str) -> Vec<PathBuf> {
    let mut files = files_with_suffix(dir, suffix);
    for sub in subdirs(dir) {
        files.extend(files_with_suffix_recursive(&sub, suffix));
    }
    files.sort();
    files
}

/// The name of a test file: its path below `root` without the extension,
/// with `/` separators (`defer_panic/repanic`).
pub fn case_name(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path).with_extension("");
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// The known failures of a corpus: `known_failures.txt` in `root`, one case
/// name per line followed by the reason; `#` starts a comment. Each listed case
/// must still fail (a case that starts passing must leave the list, so the
/// list never hides a regression or a fix).
pub fn known_failures(root: &Path) -> BTreeMap<String, String> {
    let Ok(text) = fs::read_to_string(root.join("known_failures.txt")) else {
        return BTreeMap::new();
    };
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(|l| match l.split_once(char::is_whitespace) {
            Some((name, why)) => (name.to_string(), why.trim().to_string()),
            None => (l.to_string(), String::new()),
        })
        .collect()
}

/// Subdirectories of `dir`, sorted by name.
pub fn subdirs(dir: &Path) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

/// The case name filter from `GOBUILD_TEST_FILTER` (substring match).
pub fn selected(name: &str) -> bool {
    match std::env::var("GOBUILD_TEST_FILTER") {
        Ok(f) if !f.is_empty() => name.contains(&f),
        _ => true,
    }
}

/// The action comment of a Go test file, as in Go's test tree: the first line
/// that is not a `//go:build` constraint, e.g. `// run`, `// run a b`,
/// `// errorcheck`, `// skip reason`. Returns (action, arguments).
pub fn action_of(source: &str) -> Option<(String, Vec<String>)> {
    for line in source.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with("//go:build") {
            continue;
        }
        let comment = line.strip_prefix("//")?;
        let mut words = comment.split_whitespace().map(str::to_string);
        let action = words.next()?;
        return Some((action, words.collect()));
    }
    None
}

/// Collects per-case results and fails the test once, listing every failure
/// and a summary line `N passed, M failed`.
#[derive(Default)]
pub struct Report {
    passed: Vec<String>,
    failed: Vec<(String, String)>,
    skipped: Vec<(String, String)>,
    /// Cases listed in known_failures.txt that failed, as listed.
    known: Vec<(String, String)>,
}

impl Report {
    pub fn pass(&mut self, name: &str) {
        self.passed.push(name.to_string());
    }

    pub fn fail(&mut self, name: &str, why: impl Into<String>) {
        self.failed.push((name.to_string(), why.into()));
    }

    pub fn skip(&mut self, name: &str, why: impl Into<String>) {
        self.skipped.push((name.to_string(), why.into()));
    }

    /// Records a case listed as a known failure: its failure is expected, a
    /// pass is an error that asks for the list to be updated.
    pub fn known_failure(&mut self, name: &str, reason: &str, result: Result<(), String>) {
        match result {
            Ok(()) => self.fail(
                name,
                format!("passes now: remove it from known_failures.txt ({reason})"),
            ),
            Err(_) => self.known.push((name.to_string(), reason.to_string())),
        }
    }

    /// Records `ok` as a pass or `why` as a failure.
    pub fn check(&mut self, name: &str, result: Result<(), String>) {
        match result {
            Ok(()) => self.pass(name),
            Err(why) => self.fail(name, why),
        }
    }

    /// Prints the results and panics if any case failed or none ran.
    pub fn finish(self, what: &str) {
        let mut msg = String::new();
        for (name, why) in &self.failed {
            let _ = writeln!(msg, "--- FAIL: {what}/{name}");
            for line in why.lines() {
                let _ = writeln!(msg, "    {line}");
            }
        }
        for (name, why) in &self.skipped {
            let _ = writeln!(msg, "--- SKIP: {what}/{name}: {why}");
        }
        for (name, why) in &self.known {
            let _ = writeln!(msg, "--- KNOWN FAILURE: {what}/{name}: {why}");
        }
        let _ = write!(
            msg,
            "{what}: {} passed, {} failed",
            self.passed.len(),
            self.failed.len()
        );
        if !self.skipped.is_empty() {
            let _ = write!(msg, ", {} skipped", self.skipped.len());
        }
        if !self.known.is_empty() {
            let _ = write!(msg, " ({} known failures)", self.known.len());
        }
        if !self.failed.is_empty() {
            panic!("{msg}");
        }
        eprintln!("{msg}");
        if self.passed.is_empty() && self.skipped.is_empty() {
            panic!("{what}: no cases ran (check GOBUILD_TEST_FILTER)");
        }
    }
}

/// Runs `f` over `items` on a few threads, keeping the results in item order.
/// The first item runs alone so that it fills the shared cache (the runtime
/// package) before the others start.
pub fn par_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    if items.is_empty() {
        return Vec::new();
    }
    let first = f(&items[0]);
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .clamp(1, 4);
    let next = AtomicUsize::new(1);
    let mut results: Vec<Option<R>> = Vec::new();
    results.resize_with(items.len(), || None);
    results[0] = Some(first);
    let slots = std::sync::Mutex::new(results);
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= items.len() {
                    break;
                }
                let r = f(&items[i]);
                slots.lock().expect("results lock")[i] = Some(r);
            });
        }
    });
    slots
        .into_inner()
        .expect("results lock")
        .into_iter()
        .map(|r| r.expect("every item ran"))
        .collect()
}

/// A readable line diff of `want` against `got` (`-` missing, `+` unexpected),
/// with a few lines of context around each change.
pub fn diff(want: &str, got: &str) -> String {
    let a: Vec<&str> = want.lines().collect();
    let b: Vec<&str> = got.lines().collect();
    if a.len() * b.len() > 4_000_000 {
        return format!(
            "--- want ({} lines)\n{want}\n+++ got ({} lines)\n{got}",
            a.len(),
            b.len()
        );
    }
    // Longest common subsequence table, from the end.
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut ops: Vec<(char, &str)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            ops.push((' ', a[i]));
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            ops.push(('+', b[j]));
            j += 1;
        } else {
            ops.push(('-', a[i]));
            i += 1;
        }
    }
    const CONTEXT: usize = 3;
    let changed: Vec<usize> = (0..ops.len()).filter(|&k| ops[k].0 != ' ').collect();
    let mut out = String::from("--- want\n+++ got\n");
    let mut last_printed: Option<usize> = None;
    for (k, (op, line)) in ops.iter().enumerate() {
        let near = changed
            .iter()
            .any(|&c| k + CONTEXT >= c && k <= c + CONTEXT);
        if !near {
            continue;
        }
        if let Some(l) = last_printed {
            if k > l + 1 {
                out.push_str("...\n");
            }
        }
        let _ = writeln!(out, "{op}{line}");
        last_printed = Some(k);
    }
    if want.ends_with('\n') != got.ends_with('\n') {
        let _ = writeln!(
            out,
            "(want {} with a newline, got {} with a newline)",
            if want.ends_with('\n') {
                "ends"
            } else {
                "does not end"
            },
            if got.ends_with('\n') {
                "ends"
            } else {
                "does not end"
            }
        );
    }
    out
}

/// Compares an expected golden text with actual output.
pub fn compare(want: &str, got: &str) -> Result<(), String> {
    if want == got {
        Ok(())
    } else {
        Err(diff(want, got))
    }
}

/// The path of `node` if it can be run, for the second-engine tests.
pub fn node() -> Option<&'static str> {
    static NODE: OnceLock<bool> = OnceLock::new();
    let ok = *NODE.get_or_init(|| {
        Command::new("node")
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .map(|s| s.success())
            .unwrap_or(false)
    });
    ok.then_some("node")
}

/// Runs a Wasm command module in Node's `node:wasi` through
/// `testdata/node/run.mjs`, with `dir` as the current directory.
pub fn run_in_node(wasm: &Path, dir: &Path, args: &[String]) -> Output {
    let mut cmd = Command::new(node().unwrap_or("node"));
    cmd.arg("--no-warnings")
        .arg(testdata("node/run.mjs"))
        .arg(wasm)
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null());
    run_program(&mut cmd)
}

/// Describes a command's failure for a report.
pub fn describe(out: &Output) -> String {
    let what = if out.timed_out {
        format!("timed out after {:?}", timeout())
    } else {
        format!("exit status {:?}", out.status)
    };
    format!("{what}\nstdout:\n{}\nstderr:\n{}", out.stdout, out.stderr)
}
