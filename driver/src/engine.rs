//! The embedded WASI preview 1 engine behind `gobuild run` (wasmtime).
//! Only compiled with the `engine` cargo feature, so build scripts that use
//! the library never build wasmtime.

use crate::error::{Error, Result};
use std::path::Path;
use wasmtime::{Engine, Linker, Module, Store, Trap};
use wasmtime_wasi::p1::{self, WasiP1Ctx};
use wasmtime_wasi::{FsPerms, I32Exit, WasiCtxBuilder};

/// Runs a command module: `argv` (argv[0] first), the process environment,
/// inherited stdio and `dir` preopened as `.`. Returns the exit status:
/// the `proc_exit` code, 0 when `_start` returns, 2 after a trap (printed).
pub fn run_command(module: &[u8], argv: &[String], dir: &Path) -> Result<i32> {
    let engine = Engine::default();
    let module = Module::new(&engine, module)
        .map_err(|e| Error::new(format!("gobuild: invalid module: {e:?}")))?;
    let mut linker: Linker<WasiP1Ctx> = Linker::new(&engine);
    p1::add_to_linker_sync(&mut linker, |cx| cx)
        .map_err(|e| Error::new(format!("gobuild: {e:?}")))?;
    let env: Vec<(String, String)> = std::env::vars().collect();
    let mut builder = WasiCtxBuilder::new();
    builder
        .inherit_stdio()
        .allow_blocking_current_thread(true)
        .args(argv)
        .envs(&env);
    builder
        .preopened_dir(dir, ".", FsPerms::ReadWrite)
        .map_err(|e| Error::new(format!("gobuild: cannot preopen {}: {e}", dir.display())))?;
    let mut store = Store::new(&engine, builder.build_p1());
    let instance = linker
        .instantiate(&mut store, &module)
        .map_err(|e| Error::new(format!("gobuild: cannot instantiate module: {e:?}")))?;
    let start = instance
        .get_typed_func::<(), ()>(&mut store, "_start")
        .map_err(|e| Error::new(format!("gobuild: module has no _start: {e}")))?;
    match start.call(&mut store, ()) {
        Ok(()) => Ok(0),
        Err(e) => {
            if let Some(exit) = e.downcast_ref::<I32Exit>() {
                return Ok(exit.0);
            }
            if e.downcast_ref::<Trap>().is_some() {
                eprintln!("{e:?}");
                return Ok(2);
            }
            eprintln!("gobuild: {e:?}");
            Ok(2)
        }
    }
}
