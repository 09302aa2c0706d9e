//! The garbage collector in a real engine (issue 4).
//!
//! `gc_churn_stays_small`: testdata/lang/gc/churn_small_live_set.go allocates
//! 4 GiB in total with a small live set; it must print its golden output and
//! exit with linear memory under 64 MiB, read from the instance after
//! `proc_exit` (the memory outlives the exit trap).
//!
//! `gc_large_live_graph_survives`: testdata/lang/gc/large_live_graph.go keeps
//! a graph of 20,000 structs with strings, slices and maps alive through
//! many collections and checks it is intact.
#![cfg(feature = "engine")]

mod support;

use std::fs;

use support::{gobuild, run_split, TempDir};
use wasmtime::{Engine, Linker, Module, Store};
use wasmtime_wasi::p1::WasiP1Ctx;
use wasmtime_wasi::p2::pipe::MemoryOutputPipe;
use wasmtime_wasi::{I32Exit, WasiCtxBuilder};

/// Builds testdata/lang/gc/NAME.go, runs it in wasmtime; returns its standard
/// error, its exit status and the final size of its linear memory in bytes.
fn build_and_run(name: &str) -> (String, i32, u64) {
    let src = support::testdata("lang/gc").join(format!("{name}.go"));
    let tmp = TempDir::new("gc");
    fs::copy(&src, tmp.path().join(format!("{name}.go"))).expect("copy source");
    let wasm = format!("{name}.wasm");
    let (stdout, stderr, status) = run_split(
        gobuild()
            .args(["build", "-o", &wasm, &format!("{name}.go")])
            .current_dir(tmp.path()),
    );
    assert_eq!(status, Some(0), "gobuild build failed:\n{stdout}{stderr}");

    let engine = Engine::default();
    let module = Module::from_file(&engine, tmp.path().join(&wasm)).expect("compile module");
    let err_pipe = MemoryOutputPipe::new(1 << 20);
    let wasi = WasiCtxBuilder::new()
        .stderr(err_pipe.clone())
        .args(&[name.to_string()])
        .build_p1();
    let mut linker: Linker<WasiP1Ctx> = Linker::new(&engine);
    wasmtime_wasi::p1::add_to_linker_sync(&mut linker, |cx| cx).expect("wasi linker");
    let mut store = Store::new(&engine, wasi);
    let instance = linker
        .instantiate(&mut store, &module)
        .expect("instantiate");
    let start = instance
        .get_typed_func::<(), ()>(&mut store, "_start")
        .expect("_start");
    let code = match start.call(&mut store, ()) {
        Ok(()) => 0,
        Err(e) => match e.downcast_ref::<I32Exit>() {
            Some(exit) => exit.0,
            None => panic!("{name} trapped: {e:?}"),
        },
    };
    let memory = instance
        .get_memory(&mut store, "memory")
        .expect("exported memory");
    let size = memory.data_size(&store) as u64;
    eprintln!("{name}: linear memory at exit: {} MiB", size >> 20);
    let text = String::from_utf8_lossy(&err_pipe.contents()).into_owned();
    (text, code, size)
}

fn golden(name: &str) -> String {
    fs::read_to_string(support::testdata("lang/gc").join(format!("{name}.out"))).expect("golden")
}

#[test]
fn gc_churn_stays_small() {
    let name = "churn_small_live_set";
    let (out, code, size) = build_and_run(name);
    assert_eq!(code, 0, "exit status; output:\n{out}");
    assert_eq!(out, golden(name));
    assert!(
        size < 64 << 20,
        "linear memory grew to {} MiB (limit 64 MiB)",
        size >> 20
    );
}

#[test]
fn gc_large_live_graph_survives() {
    let name = "large_live_graph";
    let (out, code, _) = build_and_run(name);
    assert_eq!(code, 0, "exit status; output:\n{out}");
    assert_eq!(out, golden(name));
}
