//! Helpers shared by the driver's integration tests: temporary trees, a
//! fake GOROOT, the test stdlib overlay and the gobuild binary.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// Removes test directories left by earlier runs (older than an hour), once
/// per process, so repeated runs do not fill the temporary directory.
fn sweep_old() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else {
            return;
        };
        for e in entries.flatten() {
            let old = e
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age.as_secs() > 3600);
            if old && e.file_name().to_string_lossy().starts_with("gobuild-test-") {
                let _ = std::fs::remove_dir_all(e.path());
            }
        }
    });
}

/// A fresh, empty temporary directory (canonical, so messages showing
/// absolute paths can be compared).
pub fn tmp(name: &str) -> PathBuf {
    sweep_old();
    let d = std::env::temp_dir().join(format!(
        "gobuild-test-{}-{}-{name}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d.canonicalize().unwrap()
}

/// Writes `files` (path relative to `dir`, contents) under `dir`.
pub fn write(dir: &Path, files: &[(&str, &str)]) {
    for (p, text) in files {
        let path = dir.join(p);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
}

/// The test stdlib overlay: a one-file `runtime`.
pub fn stdlib() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/stdlib")
}

/// A fake GOROOT holding Go 1.27 sources of two small std packages.
pub fn fake_goroot() -> PathBuf {
    let root = tmp("goroot");
    write(
        &root,
        &[
            ("VERSION", "go1.27.3\ntime 2026-10-19T22:20:36Z\n"),
            (
                "src/errors/errors.go",
                "package errors\n\nfunc New(s string) error { return nil }\n",
            ),
            (
                "src/strings/strings.go",
                "package strings\n\nimport \"errors\"\n\nvar _ = errors.New\n",
            ),
        ],
    );
    root
}

pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs the gobuild binary in `dir` with a hermetic environment.
pub fn gobuild(dir: &Path, args: &[&str]) -> Output {
    gobuild_env(dir, args, &[])
}

pub fn gobuild_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_gobuild"));
    cmd.args(args)
        .current_dir(dir)
        .env("GOBUILD_STDLIB", stdlib())
        .env("GOBUILDCACHE", dir.join(".cache-for-test"))
        .env_remove("GOBUILD_DEBUG")
        .env_remove("GOFLAGS")
        .env("GOROOT", "/nonexistent-goroot-for-tests");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run gobuild");
    Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// A module `example.com/m` in a fresh directory.
pub fn module(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let d = tmp(name);
    write(&d, &[("go.mod", "module example.com/m\n\ngo 1.27\n")]);
    write(&d, files);
    d
}
