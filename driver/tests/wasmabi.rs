//! The host boundary of shared/spec/wasm.md (issue 6), tested against real
//! engines and against real Go (gc):
//!
//! - `signatures_match_gc`: the corpus `testdata/wasmabi/sigs` built by
//!   gobuild (reactor and command) has exactly the import/export signatures
//!   that gc gave it (`testdata/wasmabi/sigs.expected`, from `regen.sh`).
//! - host scenarios: `testdata/wasmabi/host*` driven in wasmtime (strings
//!   and pointers in guest memory, structs written by the guest, a logging
//!   import, re-entry to depth 1,000, traps, panics, recover, os.Exit).
//!   Every scenario gc supports runs against gc's build too (`gc_*` tests,
//!   skipped with a printed reason when Go is not installed), so the
//!   scenario itself is known-good; the `gobuild_*` twins need gobuild's
//!   go:wasmimport/go:wasmexport and -buildmode=c-shared.
//! - link-time rules (duplicate exports across packages, conflicting import
//!   signatures) and the beyond-gc HostLayout pointer fields.
//!
//! Real Go is found through `GOBUILD_GO`, else `go` on PATH
//! (`. ~/.local/gobuild-anchors/bin/activate`).
#![cfg(feature = "engine")]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

use wasmparser::{ExternalKind, FuncType, Parser, Payload, TypeRef};
use wasmtime::{Caller, Config, Engine, Instance, Linker, Module, Store};
use wasmtime_wasi::p1::WasiP1Ctx;
use wasmtime_wasi::p2::pipe::MemoryOutputPipe;
use wasmtime_wasi::{I32Exit, WasiCtxBuilder};

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

/// Beyond gc: the error names both Go functions with file:line.
#[test]
fn gobuild_duplicate_export_across_packages() {
    let stderr = build_failure(Tool::Gobuild, Mode::Reactor, "dupexport").unwrap();
    assert_contains_all(
        &stderr,
        &["\"dup\"", "a/a.go:4", "b/b.go:6", "A.Dup", "B.Dup"],
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

/// Beyond gc: pointer fields in HostLayout structs, wasm32 C layout.
#[test]
fn gobuild_hostptr_builds_and_lays_out() {
    let Some(wasm) = module_or_skip(Tool::Gobuild, Mode::Reactor, "hostptr") else {
        return;
    };
    let got = signature_listing(&wasm, &["host"]).unwrap();
    assert_eq!(
        got,
        vec![
            "export fill (func (param i32))".to_string(),
            "export size_of_buffer (func (result i32))".to_string(),
            "import host send (func (param i32))".to_string(),
        ]
    );
    let mut g = Guest::new(&wasm);
    g.init().unwrap();
    let size: i32 = g.call("size_of_buffer", ()).unwrap();
    // {Data *byte @0, Len uint32 @4, Raw unsafe.Pointer @8, Addr uintptr @12, Total int64 @16}
    assert_eq!(size, 24);
    let p = g.alloc(24);
    g.call::<i32, ()>("fill", p).unwrap();
    let b = g.read(p, 24);
    let u32_at = |o: usize| u32::from_le_bytes(b[o..o + 4].try_into().unwrap());
    let data = u32_at(0);
    assert_ne!(data, 0);
    assert_eq!(u32_at(4), 5);
    assert_eq!(u32_at(8), data);
    assert_eq!(u32_at(12), data + 1);
    assert_eq!(i64::from_le_bytes(b[16..24].try_into().unwrap()), -5);
    assert_eq!(g.read(data as i32, 5), b"hello");
    assert_eq!(g.logs(), vec!["sent hello".to_string()]);
}

// ---------------------------------------------------------------------------
// A wasmtime host for the test plugins

struct HostState {
    wasi: WasiP1Ctx,
    logs: Vec<String>,
    /// What `host.mode` returns (command-mode scenarios).
    mode: i32,
}

struct Guest {
    store: Store<HostState>,
    instance: Instance,
    stdout: MemoryOutputPipe,
    stderr: MemoryOutputPipe,
}

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let mut config = Config::new();
        // Re-entry to depth 1,000 nests 1,000 export frames; the scenarios
        // run on a thread with a stack larger than this (`big_stack`).
        // (wasmtime checks the limit against async_stack_size even when
        // async is unused, so raise both.)
        config.async_stack_size(128 << 20);
        config.max_wasm_stack(64 << 20);
        Engine::new(&config).expect("engine")
    })
}

/// Runs `f` on a thread with a 256 MiB stack (wasm frames live on it).
fn big_stack<R: Send + 'static>(f: impl FnOnce() -> R + Send + 'static) -> R {
    let h = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(f)
        .expect("spawn");
    match h.join() {
        Ok(r) => r,
        Err(p) => std::panic::resume_unwind(p),
    }
}

fn read_guest(caller: &mut Caller<'_, HostState>, ptr: i32, len: i32) -> Vec<u8> {
    let mem = caller
        .get_export("memory")
        .and_then(|e| e.into_memory())
        .expect("guest exports memory");
    let mut buf = vec![0u8; len as u32 as usize];
    mem.read(&*caller, ptr as u32 as usize, &mut buf)
        .expect("string in bounds");
    buf
}

impl Guest {
    fn new(wasm: &[u8]) -> Guest {
        let module = Module::new(engine(), wasm).expect("compile module");
        let stdout = MemoryOutputPipe::new(1 << 20);
        let stderr = MemoryOutputPipe::new(1 << 20);
        let wasi = WasiCtxBuilder::new()
            .stdout(stdout.clone())
            .stderr(stderr.clone())
            .build_p1();
        let mut linker: Linker<HostState> = Linker::new(engine());
        wasmtime_wasi::p1::add_to_linker_sync(&mut linker, |s: &mut HostState| &mut s.wasi)
            .expect("wasi");
        linker
            .func_wrap(
                "host",
                "log",
                |mut caller: Caller<'_, HostState>, ptr: i32, len: i32| {
                    let msg = read_guest(&mut caller, ptr, len);
                    let msg = String::from_utf8_lossy(&msg).into_owned();
                    caller.data_mut().logs.push(msg);
                },
            )
            .unwrap();
        linker
            .func_wrap(
                "host",
                "callback",
                |mut caller: Caller<'_, HostState>, depth: i32| -> wasmtime::Result<i32> {
                    let f = caller
                        .get_export("reenter")
                        .and_then(|e| e.into_func())
                        .expect("guest exports reenter");
                    let f = f.typed::<i32, i32>(&caller)?;
                    f.call(&mut caller, depth)
                },
            )
            .unwrap();
        linker
            .func_wrap(
                "host",
                "call_panic",
                |mut caller: Caller<'_, HostState>| -> wasmtime::Result<()> {
                    let f = caller
                        .get_export("do_panic")
                        .and_then(|e| e.into_func())
                        .expect("guest exports do_panic");
                    f.typed::<i32, ()>(&caller)?.call(&mut caller, 7)
                },
            )
            .unwrap();
        linker
            .func_wrap("host", "mode", |caller: Caller<'_, HostState>| {
                caller.data().mode
            })
            .unwrap();
        // hostptr's import: logs "sent " + the bytes of the Buffer.
        linker
            .func_wrap(
                "host",
                "send",
                |mut caller: Caller<'_, HostState>, buf: i32| {
                    let hdr = read_guest(&mut caller, buf, 8);
                    let data = i32::from_le_bytes(hdr[0..4].try_into().unwrap());
                    let len = i32::from_le_bytes(hdr[4..8].try_into().unwrap());
                    let bytes = read_guest(&mut caller, data, len);
                    let msg = format!("sent {}", String::from_utf8_lossy(&bytes));
                    caller.data_mut().logs.push(msg);
                },
            )
            .unwrap();
        let state = HostState {
            wasi,
            logs: Vec::new(),
            mode: 0,
        };
        let mut store = Store::new(engine(), state);
        let instance = linker
            .instantiate(&mut store, &module)
            .expect("instantiate");
        Guest {
            store,
            instance,
            stdout,
            stderr,
        }
    }

    fn call<P: wasmtime::WasmParams, R: wasmtime::WasmResults>(
        &mut self,
        name: &str,
        args: P,
    ) -> wasmtime::Result<R> {
        let f = self
            .instance
            .get_typed_func::<P, R>(&mut self.store, name)?;
        f.call(&mut self.store, args)
    }

    fn init(&mut self) -> wasmtime::Result<()> {
        self.call::<(), ()>("_initialize", ())
    }

    fn memory(&mut self) -> wasmtime::Memory {
        self.instance
            .get_memory(&mut self.store, "memory")
            .expect("memory export")
    }

    fn read(&mut self, ptr: i32, len: usize) -> Vec<u8> {
        let mem = self.memory();
        let mut buf = vec![0u8; len];
        mem.read(&self.store, ptr as u32 as usize, &mut buf)
            .expect("read in bounds");
        buf
    }

    fn write(&mut self, ptr: i32, bytes: &[u8]) {
        let mem = self.memory();
        mem.write(&mut self.store, ptr as u32 as usize, bytes)
            .expect("write in bounds");
    }

    /// Guest memory from the guest's own `alloc` export (kept alive there).
    fn alloc(&mut self, n: u32) -> i32 {
        self.call::<u32, i32>("alloc", n).expect("alloc")
    }

    /// Places `s` in guest memory: (ptr, len) as a string parameter.
    fn put_str(&mut self, s: &str) -> (i32, i32) {
        let p = self.alloc(s.len() as u32);
        self.write(p, s.as_bytes());
        (p, s.len() as i32)
    }

    fn logs(&self) -> Vec<String> {
        self.store.data().logs.clone()
    }

    fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.stdout.contents()).into_owned()
    }

    fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.stderr.contents()).into_owned()
    }
}

fn is_trap(e: &wasmtime::Error) -> bool {
    e.downcast_ref::<wasmtime::Trap>().is_some()
}

fn exit_code(e: &wasmtime::Error) -> Option<i32> {
    e.downcast_ref::<I32Exit>().map(|x| x.0)
}

// ---------------------------------------------------------------------------
// Scenarios (testdata/wasmabi/host, hostexit, hostcmd)

fn run_scenario(tool: Tool, mode: Mode, pkg: &str, f: fn(Guest)) {
    let Some(wasm) = module_or_skip(tool, mode, pkg) else {
        return;
    };
    big_stack(move || f(Guest::new(&wasm)));
}

/// One scenario, two tests: against gc's build and against gobuild's.
macro_rules! scenario {
    ($f:ident, $pkg:expr, $mode:expr, $gc:ident, $gobuild:ident) => {
        #[test]
        fn $gc() {
            run_scenario(Tool::Gc, $mode, $pkg, $f);
        }
        #[test]
        fn $gobuild() {
            run_scenario(Tool::Gobuild, $mode, $pkg, $f);
        }
    };
}

scenario!(scalars, "host", Mode::Reactor, gc_scalars, gobuild_scalars);
scenario!(memory, "host", Mode::Reactor, gc_memory, gobuild_memory);
scenario!(stdio, "host", Mode::Reactor, gc_stdio, gobuild_stdio);
scenario!(
    reenter_1000,
    "host",
    Mode::Reactor,
    gc_reenter_1000,
    gobuild_reenter_1000
);
scenario!(
    before_initialize,
    "host",
    Mode::Reactor,
    gc_before_initialize,
    gobuild_before_initialize
);
scenario!(
    panic_traps,
    "host",
    Mode::Reactor,
    gc_panic_traps,
    gobuild_panic_traps
);
scenario!(
    recover_works,
    "host",
    Mode::Reactor,
    gc_recover_works,
    gobuild_recover_works
);
scenario!(
    os_exit,
    "hostexit",
    Mode::Reactor,
    gc_os_exit,
    gobuild_os_exit
);
scenario!(
    command_reenter,
    "hostcmd",
    Mode::Command,
    gc_command_reenter,
    gobuild_command_reenter
);
scenario!(
    command_panic,
    "hostcmd",
    Mode::Command,
    gc_command_panic,
    gobuild_command_panic
);

fn scalars(mut g: Guest) {
    g.init().unwrap();
    assert_eq!(g.logs(), ["init"], "init ran once, main.main never");
    assert_eq!(g.call::<(), i32>("init_count", ()).unwrap(), 1);
    assert_eq!(
        g.call::<(i32, i32), i32>("add_i32", (i32::MAX, 1)).unwrap(),
        i32::MIN
    );
    assert_eq!(
        g.call::<(u32, u32), u32>("add_u32", (4_000_000_000, 500_000_000))
            .unwrap(),
        205_032_704
    );
    assert_eq!(
        g.call::<(i64, i64), i64>("add_i64", (1 << 40, -1)).unwrap(),
        (1 << 40) - 1
    );
    assert_eq!(
        g.call::<(u64, u64), u64>("add_u64", (u64::MAX, 2)).unwrap(),
        1
    );
    assert_eq!(
        g.call::<(f32, f32), f32>("mul_f32", (1.5, 2.0)).unwrap(),
        3.0
    );
    assert_eq!(
        g.call::<(f64, f64), f64>("mul_f64", (0.1, 3.0)).unwrap(),
        0.1 * 3.0
    );
    assert_eq!(g.call::<i32, i32>("not", 0).unwrap(), 1);
    assert_eq!(g.call::<i32, i32>("not", 1).unwrap(), 0);
    assert_eq!(
        g.call::<(i32, u32), i32>("ptr_add", (4096, 8)).unwrap(),
        4104
    );
    assert_eq!(
        g.call::<(i32, u32), i32>("uintptr_add", (100, 5)).unwrap(),
        105
    );
    type Mix = (i32, i64, f32, f64, i32, u32, u64);
    assert_eq!(
        g.call::<Mix, f64>("mix", (1, 2, 3.0, 4.0, 0, 5, 6))
            .unwrap(),
        21.0
    );
    assert_eq!(
        g.call::<Mix, f64>("mix", (1, 2, 3.0, 4.0, 1, 5, 6))
            .unwrap(),
        -21.0
    );
    for want in 1..=3 {
        assert_eq!(g.call::<(), i64>("counter", ()).unwrap(), want);
    }
    assert_eq!(g.stdout(), "");
    assert_eq!(g.stderr(), "");
}

fn memory(mut g: Guest) {
    g.init().unwrap();
    let (p, n) = g.put_str("banana");
    assert_eq!(
        g.call::<(i32, i32, u32), i32>("count_byte", (p, n, b'a' as u32))
            .unwrap(),
        3
    );
    let (a, an) = g.put_str("héllo");
    let (b, bn) = g.put_str("wörld");
    assert_eq!(
        g.call::<(i32, i32, i32, i32), i64>("concat_len", (a, an, b, bn))
            .unwrap(),
        12
    );
    let (w, wn) = g.put_str("wasm");
    g.call::<(i32, i32), ()>("greet", (w, wn)).unwrap();
    assert_eq!(g.logs(), ["init", "hello, wasm"]);

    // The guest writes a struct into host-chosen memory.
    let pt = g.alloc(8);
    g.call::<(i32, i32, i32), ()>("fill_point", (pt, 3, -4))
        .unwrap();
    assert_eq!(words(&g.read(pt, 8)), [3, -4]);
    // The guest returns a pointer to its own struct.
    let r = g
        .call::<(i32, i32, i32, i32), i32>("make_rect", (1, 2, 11, 22))
        .unwrap();
    assert!(r >= 4096, "rect at {r}");
    assert_eq!(words(&g.read(r, 16)), [1, 2, 11, 22]);
    // The host writes a struct and an array the guest reads.
    let hr = g.alloc(16);
    g.write(hr, &bytes_of(&[0, 0, 3, 5]));
    assert_eq!(g.call::<i32, i64>("rect_area", hr).unwrap(), 15);
    let arr = g.alloc(16);
    g.write(arr, &bytes_of(&[1, 2, 3, -4]));
    assert_eq!(g.call::<i32, i64>("sum_array", arr).unwrap(), 2);

    // Every field kind at its C offset.
    let m = g.alloc(56);
    g.call::<i32, ()>("fill_mixed", m).unwrap();
    let b = g.read(m, 56);
    assert_eq!(b[0], 1);
    assert_eq!(b[1] as i8, -8);
    assert_eq!(i16::from_le_bytes([b[2], b[3]]), -16);
    assert_eq!(b[4], 8);
    assert_eq!(u16::from_le_bytes([b[6], b[7]]), 16);
    assert_eq!(i32::from_le_bytes(b[8..12].try_into().unwrap()), -32);
    assert_eq!(u32::from_le_bytes(b[12..16].try_into().unwrap()), 32);
    assert_eq!(i64::from_le_bytes(b[16..24].try_into().unwrap()), -64);
    assert_eq!(u64::from_le_bytes(b[24..32].try_into().unwrap()), 64);
    assert_eq!(f32::from_le_bytes(b[32..36].try_into().unwrap()), 1.5);
    assert_eq!(f64::from_le_bytes(b[40..48].try_into().unwrap()), 2.25);
    assert_eq!(&b[48..52], &[1, 2, 3, 4]);

    let q = g.alloc(8);
    g.call::<(i32, i64), ()>("store_i64", (q, -2)).unwrap();
    assert_eq!(g.read(q, 8), (-2i64).to_le_bytes());
    g.write(q, &0xbeefu16.to_le_bytes());
    assert_eq!(g.call::<i32, u32>("load_u16", q).unwrap(), 0xbeef);
    g.write(q, &[1]);
    assert_eq!(g.call::<i32, i32>("is_true", q).unwrap(), 1);
    g.write(q, &[0]);
    assert_eq!(g.call::<i32, i32>("is_true", q).unwrap(), 0);
}

fn words(b: &[u8]) -> Vec<i32> {
    b.chunks(4)
        .map(|c| i32::from_le_bytes(c.try_into().unwrap()))
        .collect()
}

fn bytes_of(w: &[i32]) -> Vec<u8> {
    w.iter().flat_map(|x| x.to_le_bytes()).collect()
}

fn stdio(mut g: Guest) {
    g.init().unwrap();
    let (p, n) = g.put_str("to stdout\n");
    g.call::<(i32, i32), ()>("print", (p, n)).unwrap();
    let (p, n) = g.put_str("to stderr");
    g.call::<(i32, i32), ()>("eprint", (p, n)).unwrap();
    assert_eq!(g.stdout(), "to stdout\n");
    assert_eq!(g.stderr(), "to stderr\n");
}

fn reenter_1000(mut g: Guest) {
    g.init().unwrap();
    assert_eq!(g.call::<i32, i32>("reenter", 3).unwrap(), 3);
    assert_eq!(g.call::<i32, i32>("reenter", 1000).unwrap(), 1000);
    // The module is still usable afterwards.
    assert_eq!(g.call::<(i32, i32), i32>("add_i32", (2, 3)).unwrap(), 5);
    assert_eq!(g.stderr(), "");
}

fn before_initialize(mut g: Guest) {
    let err = g.call::<(i32, i32), i32>("add_i32", (1, 2)).unwrap_err();
    assert!(is_trap(&err), "want a trap, got {err:?}");
    assert_eq!(
        g.stderr(),
        "runtime: wasmexport function called before runtime initialization\n\
         \tcall _initialize first\n"
    );
}

/// `panic: MSG`, a blank line, then `goroutine N [running]:`.
fn assert_panic_text(stderr: &str, msg: &str) {
    let want = format!("panic: {msg}\n\ngoroutine ");
    assert!(stderr.starts_with(&want), "stderr:\n{stderr}");
    let line = stderr.lines().nth(2).unwrap_or("");
    let n = line
        .strip_prefix("goroutine ")
        .and_then(|r| r.strip_suffix(" [running]:"));
    assert!(
        n.is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())),
        "want `goroutine N [running]:`, got {line:?}"
    );
}

fn panic_traps(mut g: Guest) {
    g.init().unwrap();
    g.call::<i32, ()>("do_panic", 0).unwrap();
    let err = g.call::<i32, ()>("do_panic", 7).unwrap_err();
    assert!(is_trap(&err), "want a trap, got {err:?}");
    assert_panic_text(&g.stderr(), "boom 7");
}

fn recover_works(mut g: Guest) {
    g.init().unwrap();
    assert_eq!(g.call::<(i32, i32), i32>("safe_div", (7, 2)).unwrap(), 3);
    assert_eq!(g.call::<(i32, i32), i32>("safe_div", (1, 0)).unwrap(), -1);
    assert_eq!(g.call::<(), i32>("recover_value", ()).unwrap(), 1);
    assert_eq!(g.call::<(i32, i32), i32>("add_i32", (2, 3)).unwrap(), 5);
    assert_eq!(g.stderr(), "");
}

fn os_exit(mut g: Guest) {
    g.init().unwrap();
    let err = g.call::<i32, ()>("exit", 3).unwrap_err();
    assert_eq!(exit_code(&err), Some(3), "{err:?}");
}

/// Runs `_start` of hostcmd with `host.mode` = mode; returns the exit code
/// (0 when `_start` returns).
fn run_command(g: &mut Guest, mode: i32) -> i32 {
    g.store.data_mut().mode = mode;
    match g.call::<(), ()>("_start", ()) {
        Ok(()) => 0,
        Err(e) => exit_code(&e).unwrap_or_else(|| panic!("_start: {e:?}")),
    }
}

fn command_reenter(mut g: Guest) {
    assert_eq!(run_command(&mut g, 0), 0);
    assert_eq!(g.logs(), ["main", "reenter 25 = 25"]);
}

fn command_panic(mut g: Guest) {
    assert_eq!(run_command(&mut g, 1), 2);
    assert_eq!(g.logs(), ["main"]);
    assert_panic_text(&g.stderr(), "boom 7");
}

/// Beyond gc: a second `_initialize` returns at once and changes nothing.
#[test]
fn gobuild_second_initialize_changes_nothing() {
    run_scenario(Tool::Gobuild, Mode::Reactor, "host", |mut g| {
        g.init().unwrap();
        assert_eq!(g.call::<(), i64>("counter", ()).unwrap(), 1);
        g.init().unwrap();
        assert_eq!(g.call::<(), i32>("init_count", ()).unwrap(), 1);
        assert_eq!(g.call::<(), i64>("counter", ()).unwrap(), 2);
        assert_eq!(g.logs(), ["init"]);
        assert_eq!(g.stderr(), "");
    });
}

/// What gc does instead (the spec's reason for the rule above).
#[test]
fn gc_second_initialize_crashes() {
    run_scenario(Tool::Gc, Mode::Reactor, "host", |mut g| {
        g.init().unwrap();
        let err = g.init().unwrap_err();
        assert!(is_trap(&err), "{err:?}");
        assert!(
            g.stderr().contains("fatal error: randinit twice"),
            "{}",
            g.stderr()
        );
    });
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
