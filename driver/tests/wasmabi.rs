//! The host boundary of shared/spec/wasm.md (issue 6), checked against
//! real Go (gc) at build level (the run-time host scenarios are in
//! plugin_hosts.rs):
//!
//! - `signatures_match_gc`: the corpus `testdata/wasmabi/sigs` built by
//!   gobuild (reactor and command) has exactly the import/export signatures
//!   that gc gave it (`testdata/wasmabi/sigs.expected`, from `regen.sh`).
//! - link-time rules (duplicate exports across packages, conflicting import
//!   signatures), the beyond-gc HostLayout pointer fields, build modes.
//! - directive errors on the directive line (testdata/wasmabi/directives),
//!   which `// ERROR` comments cannot express.
//!
//! Every `gobuild_*` test (and `signatures_match_gc`) has a `gc_*` twin
//! that runs the same check on gc's build where gc behaves the same, so
//! the test itself is known-good; the gobuild ones need go:wasmimport,
//! go:wasmexport and -buildmode=c-shared in gobuild. gc tests skip with a
//! printed reason when Go is not installed.
//!
//! Real Go is found through `GOBUILD_GO`, else `go` on PATH
//! (`. ~/.local/gobuild-anchors/bin/activate`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

use wasmparser::{ExternalKind, FuncType, Parser, Payload, TypeRef};

// ---------------------------------------------------------------------------
// Building with gc or gobuild

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Tool {
    Gc,
    Gobuild,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Mode {
    Reactor,
    Command,
}

fn wasmabi_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata/wasmabi")
}

/// A fresh directory under the system temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(label: &str) -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!(
            "gobuild-wasmabi-{label}-{}-{n}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create temp dir");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        if std::env::var_os("GOBUILD_KEEP_TMP").is_none() {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

/// Real Go, or None (the reason is printed by the caller).
fn go_command() -> Option<Command> {
    let go = std::env::var("GOBUILD_GO").unwrap_or_else(|_| "go".to_string());
    let probe = Command::new(&go).arg("version").output().ok()?;
    if !probe.status.success() {
        return None;
    }
    let mut cmd = Command::new(go);
    for (k, v) in [
        ("GOOS", "wasip1"),
        ("GOARCH", "wasm"),
        ("GOTOOLCHAIN", "local"),
        // No VCS stamping: the testdata lives in a git work tree.
        ("GOFLAGS", "-buildvcs=false"),
        ("GOPROXY", "off"),
        ("CGO_ENABLED", "0"),
    ] {
        cmd.env(k, v);
    }
    Some(cmd)
}

/// Outcome of a build: the module, or why there is none. `Skip` only for
/// gc builds on machines without Go.
#[derive(Clone)]
enum Built {
    Wasm(Vec<u8>),
    Failed(String),
    Skip(String),
}

/// Builds `./PKG` of testdata/wasmabi (one Go module, example.com/wasmabi),
/// running from that directory as `go build` needs. Cached per process.
fn build(tool: Tool, mode: Mode, pkg: &str) -> Built {
    type Key = (Tool, Mode, String);
    static CACHE: OnceLock<Mutex<BTreeMap<Key, Built>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let mut cache = cache.lock().unwrap_or_else(|e| e.into_inner());
    let key = (tool, mode, pkg.to_string());
    if let Some(b) = cache.get(&key) {
        return b.clone();
    }
    let built = build_uncached(tool, mode, pkg);
    cache.insert(key, built.clone());
    built
}

fn build_uncached(tool: Tool, mode: Mode, pkg: &str) -> Built {
    let (out, stderr, ok) = match build_to_dir(tool, mode, pkg) {
        Ok(x) => x,
        Err(b) => return b,
    };
    if !ok {
        return Built::Failed(format!("{tool:?} build of ./{pkg} failed:\n{stderr}"));
    }
    match std::fs::read(&out.1) {
        Ok(bytes) => Built::Wasm(bytes),
        Err(e) => Built::Failed(format!("{tool:?} build of ./{pkg}: no output: {e}")),
    }
}

/// Runs the build; returns (temp dir + output path, stderr, success).
#[allow(clippy::type_complexity)]
fn build_to_dir(
    tool: Tool,
    mode: Mode,
    pkg: &str,
) -> Result<((TempDir, PathBuf), String, bool), Built> {
    let tmp = TempDir::new("build");
    let out = tmp.0.join("out.wasm");
    let mut cmd = match tool {
        Tool::Gc => match go_command() {
            Some(c) => c,
            None => {
                return Err(Built::Skip(
                    "real Go not found (set GOBUILD_GO or put go on PATH)".into(),
                ))
            }
        },
        Tool::Gobuild => Command::new(env!("CARGO_BIN_EXE_gobuild")),
    };
    cmd.arg("build");
    if mode == Mode::Reactor {
        cmd.arg("-buildmode=c-shared");
    }
    cmd.arg("-o").arg(&out).arg(format!("./{pkg}"));
    cmd.current_dir(wasmabi_dir());
    let output = cmd
        .output()
        .map_err(|e| Built::Failed(format!("cannot run {tool:?}: {e}")))?;
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    Ok(((tmp, out), stderr, output.status.success()))
}

/// The module, or: print the skip reason and return None; panic on failure.
fn module_or_skip(tool: Tool, mode: Mode, pkg: &str) -> Option<Vec<u8>> {
    match build(tool, mode, pkg) {
        Built::Wasm(w) => Some(w),
        Built::Skip(why) => {
            eprintln!("skipped: {why}");
            None
        }
        Built::Failed(why) => panic!("{why}"),
    }
}

// ---------------------------------------------------------------------------
// Signature listing (the Rust twin of testdata/wasmabi/sigs_list.py)

fn functype_text(ft: &FuncType) -> String {
    let mut out = String::from("(func");
    let list = |tys: &[wasmparser::ValType]| {
        tys.iter()
            .map(|t| t.to_string())
            .collect::<Vec<_>>()
            .join(" ")
    };
    if !ft.params().is_empty() {
        out.push_str(&format!(" (param {})", list(ft.params())));
    }
    if !ft.results().is_empty() {
        out.push_str(&format!(" (result {})", list(ft.results())));
    }
    out.push(')');
    out
}

/// `import MODULE NAME (func ...)` for function imports from
/// `import_modules`, and `export NAME (func ...)` for every function export
/// except the entry points; sorted and deduplicated (gc emits one import
/// per Go declaration, so a (module, name) declared twice appears twice).
fn signature_listing(wasm: &[u8], import_modules: &[&str]) -> Result<Vec<String>, String> {
    let err = |e: wasmparser::BinaryReaderError| e.to_string();
    let mut types: Vec<FuncType> = Vec::new();
    let mut func_types: Vec<u32> = Vec::new(); // function index space → type index
    let mut lines = std::collections::BTreeSet::new();
    let mut exports = Vec::new();
    for payload in Parser::new(0).parse_all(wasm) {
        match payload.map_err(err)? {
            Payload::TypeSection(r) => {
                for ft in r.into_iter_err_on_gc_types() {
                    types.push(ft.map_err(err)?);
                }
            }
            Payload::ImportSection(r) => {
                for imp in r {
                    let imp = imp.map_err(err)?;
                    if let TypeRef::Func(ty) = imp.ty {
                        func_types.push(ty);
                        if import_modules.contains(&imp.module) {
                            let ft = types.get(ty as usize).ok_or("bad type index")?;
                            lines.insert(format!(
                                "import {} {} {}",
                                imp.module,
                                imp.name,
                                functype_text(ft)
                            ));
                        }
                    }
                }
            }
            Payload::FunctionSection(r) => {
                for ty in r {
                    func_types.push(ty.map_err(err)?);
                }
            }
            Payload::ExportSection(r) => {
                for exp in r {
                    let exp = exp.map_err(err)?;
                    if exp.kind == ExternalKind::Func {
                        exports.push((exp.name.to_string(), exp.index));
                    }
                }
            }
            _ => {}
        }
    }
    for (name, index) in exports {
        if name == "_start" || name == "_initialize" {
            continue;
        }
        let ty = *func_types.get(index as usize).ok_or("bad function index")?;
        let ft = types.get(ty as usize).ok_or("bad type index")?;
        lines.insert(format!("export {name} {}", functype_text(ft)));
    }
    Ok(lines.into_iter().collect())
}

/// Names of all exports, in module order.
fn export_names(wasm: &[u8]) -> Vec<String> {
    let mut names = Vec::new();
    for payload in Parser::new(0).parse_all(wasm) {
        if let Ok(Payload::ExportSection(r)) = payload {
            for exp in r.into_iter().flatten() {
                names.push(exp.name.to_string());
            }
        }
    }
    names
}

fn expected_sigs() -> Vec<String> {
    let path = wasmabi_dir().join("sigs.expected");
    let text = std::fs::read_to_string(&path).expect("read sigs.expected");
    text.lines().map(str::to_string).collect()
}

fn diff_lines(want: &[String], got: &[String]) -> String {
    let mut out = String::new();
    for w in want.iter().filter(|w| !got.contains(w)) {
        out.push_str(&format!("- {w}\n"));
    }
    for g in got.iter().filter(|g| !want.contains(g)) {
        out.push_str(&format!("+ {g}\n"));
    }
    out
}

fn check_sigs(tool: Tool, mode: Mode) {
    let Some(wasm) = module_or_skip(tool, mode, "sigs") else {
        return;
    };
    let got = signature_listing(&wasm, &["host"]).expect("parse module");
    let want = expected_sigs();
    assert!(
        got == want,
        "{tool:?} {mode:?}: signatures differ from sigs.expected (- want, + got):\n{}",
        diff_lines(&want, &got)
    );
    let names = export_names(&wasm);
    let has = |n: &str| names.iter().any(|x| x == n);
    assert!(has("memory"), "{tool:?} {mode:?}: memory not exported");
    match mode {
        Mode::Reactor => assert!(has("_initialize") && !has("_start"), "{names:?}"),
        Mode::Command => assert!(has("_start") && !has("_initialize"), "{names:?}"),
    }
}

/// The listing format, on a hand-encoded module: (import "host" "f" (func
/// (param i32 i64) (result f64))), (import "wasi" "g" (func)), one defined
/// function exported as "h" and as "_start".
#[test]
fn listing_self_test() {
    #[rustfmt::skip]
    let wasm: &[u8] = &[
        0, b'a', b's', b'm', 1, 0, 0, 0,
        // type section: 2 types
        1, 10, 2, 0x60, 2, 0x7f, 0x7e, 1, 0x7c, 0x60, 0, 0,
        // import section: host.f type 0, wasi.g type 1
        2, 19, 2, 4, b'h', b'o', b's', b't', 1, b'f', 0, 0,
        4, b'w', b'a', b's', b'i', 1, b'g', 0, 1,
        // function section: one function of type 1
        3, 2, 1, 1,
        // export section: "h" func 2, "_start" func 2
        7, 14, 2, 1, b'h', 0, 2, 6, b'_', b's', b't', b'a', b'r', b't', 0, 2,
        // code section: one empty body
        10, 4, 1, 2, 0, 0x0b,
    ];
    let got = signature_listing(wasm, &["host"]).unwrap();
    assert_eq!(
        got,
        vec![
            "export h (func)".to_string(),
            "import host f (func (param i32 i64) (result f64))".to_string(),
        ]
    );
    assert!(signature_listing(&wasm[..25], &["host"]).is_err());
}

/// The fixture is what gc gives today, read by our Rust listing (so the
/// Python and Rust listings agree). Skipped without Go.
#[test]
fn gc_signatures_match_fixture() {
    check_sigs(Tool::Gc, Mode::Reactor);
    check_sigs(Tool::Gc, Mode::Command);
}

/// Needs gobuild: go:wasmimport, go:wasmexport, -buildmode=c-shared.
#[test]
fn signatures_match_gc() {
    check_sigs(Tool::Gobuild, Mode::Reactor);
    check_sigs(Tool::Gobuild, Mode::Command);
}

// ---------------------------------------------------------------------------
// Link-time rules and beyond-gc acceptance

/// Builds `./PKG` expecting failure; returns stderr (None: skipped).
fn build_failure(tool: Tool, mode: Mode, pkg: &str) -> Option<String> {
    match build_to_dir(tool, mode, pkg) {
        Err(Built::Skip(why)) => {
            eprintln!("skipped: {why}");
            None
        }
        Err(Built::Failed(why)) => panic!("{why}"),
        Err(Built::Wasm(_)) => unreachable!(),
        Ok((_, stderr, ok)) => {
            assert!(!ok, "{tool:?}: ./{pkg} built, want an error");
            Some(stderr)
        }
    }
}

fn assert_contains_all(stderr: &str, needles: &[&str]) {
    for n in needles {
        assert!(stderr.contains(n), "stderr lacks {n:?}:\n{stderr}");
    }
}

/// gc rejects two `//go:wasmexport f` in different packages at link time.
#[test]
fn gc_duplicate_export_across_packages() {
    if let Some(stderr) = build_failure(Tool::Gc, Mode::Reactor, "dupexport") {
        assert_contains_all(&stderr, &["duplicated definition of symbol"]);
    }
}

/// Beyond gc: the error names both Go functions (by their link names,
/// `PKGPATH.Dup`) with file:line.
#[test]
fn gobuild_duplicate_export_across_packages() {
    let stderr = build_failure(Tool::Gobuild, Mode::Reactor, "dupexport").unwrap();
    assert_contains_all(
        &stderr,
        &[
            "\"dup\"",
            "a/a.go:4",
            "b/b.go:6",
            "dupexport/a.Dup",
            "dupexport/b.Dup",
        ],
    );
}

/// gc silently emits both conflicting imports.
#[test]
fn gc_import_conflict_builds() {
    let Some(wasm) = module_or_skip(Tool::Gc, Mode::Reactor, "importconflict") else {
        return;
    };
    let got = signature_listing(&wasm, &["host"]).unwrap();
    assert_eq!(
        got,
        vec![
            "export run (func)".to_string(),
            "import host clash (func (param i32))".to_string(),
            "import host clash (func (param i64))".to_string(),
        ]
    );
}

/// Beyond gc: two declarations of host.clash with different Wasm
/// signatures are a link error naming both declarations.
#[test]
fn gobuild_import_conflict_is_link_error() {
    let stderr = build_failure(Tool::Gobuild, Mode::Reactor, "importconflict").unwrap();
    assert_contains_all(&stderr, &["clash", "x/x.go:4", "y/y.go:4"]);
}

/// Beyond gc: pointer fields in HostLayout structs are accepted (their
/// layout is checked in wasmtime by plugin_hosts.rs gobuild_hostptr_layout).
#[test]
fn gobuild_hostptr_signatures() {
    let Some(wasm) = module_or_skip(Tool::Gobuild, Mode::Reactor, "hostptr") else {
        return;
    };
    let got = signature_listing(&wasm, &["host"]).unwrap();
    assert_eq!(
        got,
        vec![
            "export alloc (func (param i32) (result i32))".to_string(),
            "export fill (func (param i32))".to_string(),
            "export size_of_buffer (func (result i32))".to_string(),
            "import host send (func (param i32))".to_string(),
        ]
    );
}

/// gc rejects pointer fields in HostLayout structs (for now).
#[test]
fn gc_rejects_hostptr() {
    if let Some(stderr) = build_failure(Tool::Gc, Mode::Reactor, "hostptr") {
        assert_contains_all(
            &stderr,
            &["go:wasmimport: unsupported parameter type *Buffer"],
        );
    }
}

// ---------------------------------------------------------------------------
// Directive errors reported on the directive line itself
//
// `// ERROR` comments cannot check these: a comment after a directive
// becomes part of the directive's arguments. So each
// testdata/wasmabi/directives/NAME.go has its exact expected error lines
// in NAME.err (gc's, from regen.sh); a beyond-gc file (beyondgc_*) also has
// NAME.gc.err, what gc prints instead (empty: gc builds it).

/// Builds the single file NAME.go in a private directory, as the
/// errorcheck tests do; returns (error lines, success).
fn build_file(tool: Tool, path: &Path) -> Option<(Vec<String>, bool)> {
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let tmp = TempDir::new("directive");
    std::fs::copy(path, tmp.0.join(&name)).expect("copy");
    let mut cmd = match tool {
        Tool::Gc => go_command()?,
        Tool::Gobuild => Command::new(env!("CARGO_BIN_EXE_gobuild")),
    };
    let out = cmd
        .args(["build", "-o", "out.wasm", &name])
        .current_dir(&tmp.0)
        .output()
        .expect("run build");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let mut lines: Vec<String> = stderr
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(str::to_string)
        .collect();
    lines.sort();
    Some((lines, out.status.success()))
}

fn expected_lines(path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut lines: Vec<String> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect();
    lines.sort();
    lines
}

fn check_directives(tool: Tool) {
    let dir = wasmabi_dir().join("directives");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("directives dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    files.sort();
    assert!(files.len() >= 5, "directive corpus missing");
    let mut failures = Vec::new();
    for go in &files {
        let gc_err = go.with_extension("gc.err");
        let want_file = if tool == Tool::Gc && gc_err.exists() {
            gc_err
        } else {
            go.with_extension("err")
        };
        let want = expected_lines(&want_file);
        let Some((got, ok)) = build_file(tool, go) else {
            eprintln!("skipped: real Go not found");
            return;
        };
        if got != want || ok != want.is_empty() {
            failures.push(format!(
                "{}: want (success={}):\n  {}\ngot (success={ok}):\n  {}",
                go.display(),
                want.is_empty(),
                want.join("\n  "),
                got.join("\n  ")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn gc_directive_errors() {
    check_directives(Tool::Gc);
}

/// Needs gobuild's directive parsing (usage, misplaced; beyond gc: bare
/// directives and directives before var/const/type).
#[test]
fn gobuild_directive_errors() {
    check_directives(Tool::Gobuild);
}

// ---------------------------------------------------------------------------
// Build modes (spec §1)

fn check_other_buildmodes(tool: Tool) {
    for mode in ["pie", "plugin", "c-archive"] {
        let tmp = TempDir::new("buildmode");
        let mut cmd = match tool {
            Tool::Gc => match go_command() {
                Some(c) => c,
                None => return eprintln!("skipped: real Go not found"),
            },
            Tool::Gobuild => Command::new(env!("CARGO_BIN_EXE_gobuild")),
        };
        let out = cmd
            .arg("build")
            .arg(format!("-buildmode={mode}"))
            .arg("-o")
            .arg(tmp.0.join("out.wasm"))
            .arg("./sigs")
            .current_dir(wasmabi_dir())
            .output()
            .expect("run build");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            !out.status.success(),
            "{tool:?}: -buildmode={mode} accepted"
        );
        assert_contains_all(
            &stderr,
            &[&format!("-buildmode={mode} not supported on wasip1/wasm")],
        );
    }
}

#[test]
fn gc_other_buildmodes_rejected() {
    check_other_buildmodes(Tool::Gc);
}

#[test]
fn gobuild_other_buildmodes_rejected() {
    check_other_buildmodes(Tool::Gobuild);
}
