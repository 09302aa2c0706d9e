//! Reproducible builds: the module of `testdata/mod/app` must be byte-identical
//! whatever the checkout path and the parallelism. The app and lib modules are
//! copied into two different directories and each is built with `-p 1` and
//! `-p 8`, every build with its own empty cache, so nothing is shared.

mod support;

use std::fs;
use std::path::Path;

use support::{gobuild_with_cache, run_split, TempDir};

/// Builds `./cmd/app` in `root/app` with `-p jobs` and a fresh cache.
fn build(root: &Path, jobs: u32, label: &str) -> Vec<u8> {
    let cache = TempDir::new(&format!("determinism-cache-{label}"));
    let app = root.join("app");
    let out = format!("app-p{jobs}.wasm");
    let (stdout, stderr, status) = run_split(
        gobuild_with_cache(cache.path())
            .args(["build", "-p", &jobs.to_string(), "-o", &out, "./cmd/app"])
            .current_dir(&app),
    );
    assert_eq!(status, Some(0), "build {label} failed:\n{stdout}{stderr}");
    fs::read(app.join(&out)).unwrap_or_else(|e| panic!("{label}: read {out}: {e}"))
}

fn checkout(label: &str) -> TempDir {
    let tmp = TempDir::new(label);
    support::copy_tree(&support::testdata("mod/app"), &tmp.path().join("app"), &[]);
    support::copy_tree(&support::testdata("mod/lib"), &tmp.path().join("lib"), &[]);
    tmp
}

#[test]
fn builds_are_byte_identical() {
    let a = checkout("determinism-a");
    // A longer, differently named path for the second checkout.
    let b_root = TempDir::new("determinism-b");
    let b = b_root.path().join("some").join("other checkout");
    support::copy_tree(&support::testdata("mod/app"), &b.join("app"), &[]);
    support::copy_tree(&support::testdata("mod/lib"), &b.join("lib"), &[]);

    let builds = [
        ("a -p 1", build(a.path(), 1, "a1")),
        ("a -p 8", build(a.path(), 8, "a8")),
        ("b -p 1", build(&b, 1, "b1")),
        ("b -p 8", build(&b, 8, "b8")),
    ];
    let (first_label, first) = &builds[0];
    assert!(first.starts_with(b"\0asm"), "not a Wasm module");
    for (label, bytes) in &builds[1..] {
        if bytes != first {
            let at = first
                .iter()
                .zip(bytes.iter())
                .position(|(x, y)| x != y)
                .unwrap_or(first.len().min(bytes.len()));
            panic!(
                "{label} differs from {first_label}: sizes {} and {}, first difference at byte {at}",
                bytes.len(),
                first.len()
            );
        }
    }
    // No absolute path of either checkout may leak into the module.
    for root in [a.path(), b.as_path()] {
        let needle = root.to_string_lossy();
        assert!(
            !first.windows(needle.len()).any(|w| w == needle.as_bytes()),
            "module contains the checkout path {needle}"
        );
    }
}
