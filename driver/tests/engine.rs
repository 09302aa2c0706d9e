//! The embedded engine behind `gobuild run`, on hand-made WASI commands:
//! exit codes through proc_exit, arguments, environment, the preopened
//! current directory, and traps.

#![cfg(feature = "engine")]

use gobuild::engine::run_command;
use wasm_encoder::{
    CodeSection, EntityType, ExportKind, ExportSection, Function, FunctionSection, ImportSection,
    Instruction as I, MemArg, MemorySection, MemoryType, Module, TypeSection, ValType,
};

const WASI: &str = "wasi_snapshot_preview1";

/// A command whose `_start` runs `body`. Imports (function indices):
/// 0 proc_exit(i32), 1 args_sizes_get(i32,i32)->i32,
/// 2 environ_sizes_get(i32,i32)->i32, 3 fd_prestat_get(i32,i32)->i32.
fn command(body: &[I]) -> Vec<u8> {
    let mut types = TypeSection::new();
    types.ty().function([ValType::I32], []);
    types
        .ty()
        .function([ValType::I32, ValType::I32], [ValType::I32]);
    types.ty().function([], []);
    let mut imports = ImportSection::new();
    imports.import(WASI, "proc_exit", EntityType::Function(0));
    imports.import(WASI, "args_sizes_get", EntityType::Function(1));
    imports.import(WASI, "environ_sizes_get", EntityType::Function(1));
    imports.import(WASI, "fd_prestat_get", EntityType::Function(1));
    let mut funcs = FunctionSection::new();
    funcs.function(2);
    let mut mems = MemorySection::new();
    mems.memory(MemoryType {
        minimum: 1,
        maximum: None,
        memory64: false,
        shared: false,
        page_size_log2: None,
    });
    let mut exports = ExportSection::new();
    exports.export("_start", ExportKind::Func, 4);
    exports.export("memory", ExportKind::Memory, 0);
    let mut f = Function::new([]);
    for i in body {
        f.instruction(i);
    }
    f.instruction(&I::End);
    let mut code = CodeSection::new();
    code.function(&f);
    let mut m = Module::new();
    m.section(&types)
        .section(&imports)
        .section(&funcs)
        .section(&mems)
        .section(&exports)
        .section(&code);
    m.finish()
}

const MEM: MemArg = MemArg {
    offset: 0,
    align: 2,
    memory_index: 0,
};

fn run(body: &[I], args: &[&str]) -> i32 {
    let argv: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    let dir = std::env::temp_dir();
    run_command(&command(body), &argv, &dir).unwrap()
}

#[test]
fn exit_codes() {
    assert_eq!(run(&[], &["prog.wasm"]), 0);
    assert_eq!(run(&[I::I32Const(7), I::Call(0)], &["prog.wasm"]), 7);
}

#[test]
fn arguments_reach_the_program() {
    // proc_exit(argc)
    let body = [
        I::I32Const(0),
        I::I32Const(4),
        I::Call(1),
        I::Drop,
        I::I32Const(0),
        I::I32Load(MEM),
        I::Call(0),
    ];
    assert_eq!(run(&body, &["prog.wasm"]), 1);
    assert_eq!(run(&body, &["prog.wasm", "a", "-x", "c"]), 4);
}

#[test]
fn environment_is_passed() {
    // proc_exit(environ count > 0)
    let body = [
        I::I32Const(0),
        I::I32Const(4),
        I::Call(2),
        I::Drop,
        I::I32Const(0),
        I::I32Load(MEM),
        I::I32Const(0),
        I::I32GtU,
        I::Call(0),
    ];
    assert_eq!(
        run(&body, &["prog.wasm"]),
        i32::from(std::env::vars().next().is_some())
    );
}

#[test]
fn current_directory_is_preopened() {
    // proc_exit(errno of fd_prestat_get(3)) then of fd 4 (none: EBADF = 8).
    let prestat = |fd| [I::I32Const(fd), I::I32Const(16), I::Call(3), I::Call(0)];
    assert_eq!(run(&prestat(3), &["p"]), 0);
    assert_eq!(run(&prestat(4), &["p"]), 8);
}

#[test]
fn a_trap_exits_with_status_2() {
    assert_eq!(run(&[I::Unreachable], &["p"]), 2);
}

#[test]
fn invalid_modules_are_errors_not_panics() {
    let e = run_command(
        b"\0asm\x01\0\0\0garbage",
        &["p".into()],
        &std::env::temp_dir(),
    )
    .unwrap_err();
    assert!(
        e.message.starts_with("gobuild: invalid module"),
        "{}",
        e.message
    );
}
