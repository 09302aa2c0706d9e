//! examples/plugin run by its three hosts: Rust (wasmtime, in this file),
//! Node (`examples/plugin/host.mjs`, node:wasi) and Python
//! (`examples/plugin/host.py`, the `wasmtime` package). Each must print
//! `examples/plugin/expected.txt`.
//!
//! The `gc_*` tests build the plugin with real Go (`GOBUILD_GO`, else `go`
//! on PATH), so the hosts are known-good; the `gobuild_*` tests build it
//! with `gobuild build -buildmode=c-shared` and need go:wasmimport,
//! go:wasmexport and reactors in gobuild. Node tests skip when `node` is
//! missing; Python tests skip when `import wasmtime` fails in
//! `GOBUILD_PYTHON` (else `python3`); each skip prints its reason.
#![cfg(feature = "engine")]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use wasmtime::{Caller, Engine, Linker, Module, Store};
use wasmtime_wasi::p1::WasiP1Ctx;
use wasmtime_wasi::p2::pipe::MemoryOutputPipe;
use wasmtime_wasi::WasiCtxBuilder;

fn plugin_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/plugin")
}

struct TempDir(PathBuf);

impl TempDir {
    fn new(label: &str) -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("gobuild-plugin-{label}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create temp dir");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Tool {
    Gc,
    Gobuild,
}

fn go_command() -> Option<Command> {
    let go = std::env::var("GOBUILD_GO").unwrap_or_else(|_| "go".to_string());
    let probe = Command::new(&go).arg("version").output().ok()?;
    if !probe.status.success() {
        return None;
    }
    let mut cmd = Command::new(go);
    cmd.env("GOOS", "wasip1")
        .env("GOARCH", "wasm")
        .env("GOTOOLCHAIN", "local")
        .env("GOFLAGS", "-buildvcs=false")
        .env("GOPROXY", "off")
        .env("CGO_ENABLED", "0");
    Some(cmd)
}

/// Builds the plugin as a reactor into `dir`; None (reason printed) when
/// real Go is missing for a gc build.
fn build_plugin(tool: Tool, dir: &Path) -> Option<PathBuf> {
    let out = dir.join("plugin.wasm");
    let mut cmd = match tool {
        Tool::Gc => match go_command() {
            Some(c) => c,
            None => {
                eprintln!("skipped: real Go not found (set GOBUILD_GO or put go on PATH)");
                return None;
            }
        },
        Tool::Gobuild => Command::new(env!("CARGO_BIN_EXE_gobuild")),
    };
    let output = cmd
        .args(["build", "-buildmode=c-shared", "-o"])
        .arg(&out)
        .arg(".")
        .current_dir(plugin_dir())
        .output()
        .expect("run build");
    assert!(
        output.status.success() && out.exists(),
        "{tool:?} build of examples/plugin failed ({}):\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    Some(out)
}

fn expected() -> String {
    std::fs::read_to_string(plugin_dir().join("expected.txt")).expect("expected.txt")
}

// ---------------------------------------------------------------------------
// The Rust host

struct State {
    wasi: WasiP1Ctx,
    /// What the host prints (the other hosts print to stdout).
    out: String,
}

/// A JSON string literal, as JSON.stringify and Python's json.dumps with
/// ensure_ascii=False write it.
fn quote(s: &str) -> String {
    let mut q = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => q.push_str("\\\""),
            '\\' => q.push_str("\\\\"),
            '\n' => q.push_str("\\n"),
            '\t' => q.push_str("\\t"),
            c if (c as u32) < 0x20 => q.push_str(&format!("\\u{:04x}", c as u32)),
            c => q.push(c),
        }
    }
    q.push('"');
    q
}

struct Plugin {
    store: Store<State>,
    instance: wasmtime::Instance,
}

impl Plugin {
    fn memory(&mut self) -> wasmtime::Memory {
        self.instance
            .get_memory(&mut self.store, "memory")
            .expect("memory export")
    }

    fn call<P: wasmtime::WasmParams, R: wasmtime::WasmResults>(
        &mut self,
        name: &str,
        args: P,
    ) -> R {
        let f = self
            .instance
            .get_typed_func::<P, R>(&mut self.store, name)
            .unwrap_or_else(|e| panic!("export {name}: {e:?}"));
        f.call(&mut self.store, args)
            .unwrap_or_else(|e| panic!("call {name}: {e:?}"))
    }

    /// Copies `s` into plugin memory from `alloc`: (ptr, len).
    fn put(&mut self, s: &str) -> (i32, i32) {
        let ptr: i32 = self.call("alloc", s.len() as u32);
        let mem = self.memory();
        mem.write(&mut self.store, ptr as u32 as usize, s.as_bytes())
            .expect("write in bounds");
        (ptr, s.len() as i32)
    }

    fn configure(&mut self, spec: &str) {
        let (p, n) = self.put(spec);
        let ok: i32 = self.call("configure", (p, n));
        self.call::<i32, ()>("free", p);
        let line = format!("configure({}) = {}\n", quote(spec), ok != 0);
        self.store.data_mut().out.push_str(&line);
    }

    fn transform(&mut self, text: &str) {
        let (p, n) = self.put(text);
        let packed: u64 = self.call("transform", (p, n));
        self.call::<i32, ()>("free", p);
        let (ptr, len) = ((packed >> 32) as usize, (packed & 0xffff_ffff) as usize);
        let mut buf = vec![0u8; len];
        let mem = self.memory();
        mem.read(&self.store, ptr, &mut buf)
            .expect("result in bounds");
        let out = String::from_utf8(buf).expect("UTF-8 result");
        let line = format!("transform({}) = {}\n", quote(text), quote(&out));
        self.store.data_mut().out.push_str(&line);
    }
}

/// Runs the same session as host.mjs and host.py; returns what it printed
/// and the guest's stdout and stderr.
fn rust_host(wasm: &Path) -> (String, String, String) {
    let engine = Engine::default();
    let module = Module::from_file(&engine, wasm).expect("compile plugin");
    let stdout = MemoryOutputPipe::new(1 << 16);
    let stderr = MemoryOutputPipe::new(1 << 16);
    let wasi = WasiCtxBuilder::new()
        .stdout(stdout.clone())
        .stderr(stderr.clone())
        .build_p1();
    let mut linker: Linker<State> = Linker::new(&engine);
    wasmtime_wasi::p1::add_to_linker_sync(&mut linker, |s: &mut State| &mut s.wasi).unwrap();
    linker
        .func_wrap(
            "host",
            "log",
            |mut caller: Caller<'_, State>, ptr: i32, len: i32| {
                let mem = caller
                    .get_export("memory")
                    .and_then(|e| e.into_memory())
                    .expect("memory export");
                let mut buf = vec![0u8; len as u32 as usize];
                mem.read(&caller, ptr as u32 as usize, &mut buf)
                    .expect("log text in bounds");
                let line = format!("[plugin] {}\n", String::from_utf8_lossy(&buf));
                caller.data_mut().out.push_str(&line);
            },
        )
        .unwrap();
    let mut store = Store::new(
        &engine,
        State {
            wasi,
            out: String::new(),
        },
    );
    let instance = linker
        .instantiate(&mut store, &module)
        .expect("instantiate");
    let mut p = Plugin { store, instance };
    p.call::<(), ()>("_initialize", ());
    p.configure("trim,squeeze,title");
    p.transform("  hello   wasm   world  ");
    p.configure("upper,rot13,reverse");
    p.transform("Go plugins!");
    p.configure("upper,frobnicate");
    p.transform("héllo, wörld");
    p.configure("");
    p.transform("");
    let calls: u32 = p.call("calls", ());
    let line = format!("calls = {calls}\n");
    p.store.data_mut().out.push_str(&line);
    let out = std::mem::take(&mut p.store.data_mut().out);
    let text = |pipe: &MemoryOutputPipe| String::from_utf8_lossy(&pipe.contents()).into_owned();
    (out, text(&stdout), text(&stderr))
}

fn check_rust_host(tool: Tool) {
    let tmp = TempDir::new("rust");
    let Some(wasm) = build_plugin(tool, &tmp.0) else {
        return;
    };
    let (out, stdout, stderr) = rust_host(&wasm);
    assert_eq!(out, expected());
    assert_eq!(stdout, "", "the plugin writes nothing to stdout");
    assert_eq!(stderr, "", "the plugin writes nothing to stderr");
}

// ---------------------------------------------------------------------------
// Node and Python hosts

fn node() -> Option<String> {
    let node = std::env::var("GOBUILD_NODE").unwrap_or_else(|_| "node".to_string());
    match Command::new(&node).arg("--version").output() {
        Ok(o) if o.status.success() => Some(node),
        _ => None,
    }
}

fn python_with_wasmtime() -> Result<String, String> {
    let py = std::env::var("GOBUILD_PYTHON").unwrap_or_else(|_| "python3".to_string());
    match Command::new(&py).args(["-c", "import wasmtime"]).output() {
        Ok(o) if o.status.success() => Ok(py),
        Ok(o) => {
            Err(format!(
            "`{py} -c 'import wasmtime'` failed (pip install wasmtime, or set GOBUILD_PYTHON): {}",
            String::from_utf8_lossy(&o.stderr).lines().last().unwrap_or("")
        ))
        }
        Err(e) => Err(format!("cannot run {py}: {e}")),
    }
}

fn run_host(program: &str, script: &str, wasm: &Path) {
    let out = Command::new(program)
        .arg(plugin_dir().join(script))
        .arg(wasm)
        .output()
        .expect("run host");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "{script} failed ({}):\n{stderr}",
        out.status
    );
    assert_eq!(stdout, expected(), "{script} output; stderr:\n{stderr}");
}

fn check_node_host(tool: Tool) {
    let Some(node) = node() else {
        eprintln!("skipped: node not found (set GOBUILD_NODE)");
        return;
    };
    let tmp = TempDir::new("node");
    if let Some(wasm) = build_plugin(tool, &tmp.0) {
        run_host(&node, "host.mjs", &wasm);
    }
}

fn check_python_host(tool: Tool) {
    let py = match python_with_wasmtime() {
        Ok(py) => py,
        Err(why) => {
            eprintln!("skipped: {why}");
            return;
        }
    };
    let tmp = TempDir::new("python");
    if let Some(wasm) = build_plugin(tool, &tmp.0) {
        run_host(&py, "host.py", &wasm);
    }
}

#[test]
fn gc_rust_host() {
    check_rust_host(Tool::Gc);
}

#[test]
fn gc_node_host() {
    check_node_host(Tool::Gc);
}

#[test]
fn gc_python_host() {
    check_python_host(Tool::Gc);
}

#[test]
fn gobuild_rust_host() {
    check_rust_host(Tool::Gobuild);
}

#[test]
fn gobuild_node_host() {
    check_node_host(Tool::Gobuild);
}

#[test]
fn gobuild_python_host() {
    check_python_host(Tool::Gobuild);
}

/// Spec §1: without -o the output is the last element of the import path
/// plus `.wasm` (gc would write `plugin`).
#[test]
fn gobuild_default_output_name() {
    let tmp = TempDir::new("name");
    for f in ["go.mod", "plugin.go"] {
        std::fs::copy(plugin_dir().join(f), tmp.0.join(f)).expect("copy");
    }
    let out = Command::new(env!("CARGO_BIN_EXE_gobuild"))
        .args(["build", "-buildmode=c-shared", "."])
        .current_dir(&tmp.0)
        .output()
        .expect("run gobuild");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(tmp.0.join("plugin.wasm").exists(), "no plugin.wasm");
}
