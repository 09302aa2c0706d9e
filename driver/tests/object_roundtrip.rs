//! Round trip between the compiler's object writer (`compiler::emit::object`) and the
//! linker: objects built through `ObjectBuilder` are linked, every output is validated, and
//! the tests check resolved indices, addresses, dead-code removal and error texts.
//! Self-contained: uses only the `compiler` and `linker` crates and wasmparser.

use std::collections::BTreeMap;

use compiler::emit::object::{
    CodeWriter, DataKind, DataReloc, FuncSym, Instruction, ObjectBuilder, RelocTarget, ValType,
};
use linker::{link, BuildMode, InputObject, LinkInput};
use wasmparser::{
    ElementItems, ExternalKind, KnownCustom, Name, Operator, Parser, Payload, TypeRef, Validator,
};

// ---------------------------------------------------------------- helpers

fn object(package: &str, build: impl FnOnce(&mut ObjectBuilder)) -> InputObject {
    let mut b = ObjectBuilder::new();
    build(&mut b);
    InputObject {
        package: package.to_string(),
        bytes: b.finish(),
    }
}

/// Defines `name: func()` whose body is produced by `body`.
fn define(
    b: &mut ObjectBuilder,
    name: &str,
    pos: &str,
    body: impl FnOnce(&mut ObjectBuilder, &mut CodeWriter),
) -> FuncSym {
    let ty = b.func_type(&[], &[]);
    let f = b.declare_func(name, ty, Some(pos));
    let mut c = CodeWriter::new(&[]);
    body(b, &mut c);
    b.define_func(f, c);
    f
}

/// Imports `name: func()` from another package and calls it.
fn call(b: &mut ObjectBuilder, c: &mut CodeWriter, name: &str) {
    let ty = b.func_type(&[], &[]);
    let f = b.import_func(name, ty, None, None);
    c.call(f);
}

/// A minimal runtime: rt0_start runs the inits then main; rt0_initialize runs the inits.
fn runtime() -> InputObject {
    object("runtime", |b| {
        define(b, "runtime.rt0_start", "runtime/rt0.go:3:6", |b, c| {
            call(b, c, "runtime.runInits");
            call(b, c, "runtime.callMain");
        });
        define(b, "runtime.rt0_initialize", "runtime/rt0.go:8:6", |b, c| {
            call(b, c, "runtime.runInits");
        });
    })
}

fn try_link(objects: Vec<InputObject>, mode: BuildMode) -> Result<Vec<u8>, String> {
    let input = LinkInput {
        objects,
        init_order: vec!["runtime".into(), "example.com/util".into(), "main".into()],
        mode,
    };
    match link(&input) {
        Ok(wasm) => {
            Validator::new()
                .validate_all(&wasm)
                .unwrap_or_else(|e| panic!("linked module does not validate: {e}"));
            // Same inputs, same bytes.
            assert_eq!(link(&input).unwrap(), wasm);
            Ok(wasm)
        }
        Err(errs) => Err(errs
            .iter()
            .map(|e| e.to_string())
            .collect::<Vec<_>>()
            .join("\n")),
    }
}

fn link_ok(objects: Vec<InputObject>, mode: BuildMode) -> Module {
    Module::parse(&try_link(objects, mode).unwrap_or_else(|e| panic!("link failed:\n{e}")))
}

fn link_err(objects: Vec<InputObject>) -> String {
    try_link(objects, BuildMode::Command).expect_err("link unexpectedly succeeded")
}

/// What the tests look at in a linked module.
#[derive(Default, Debug)]
struct Module {
    imports: Vec<(String, String)>,
    exports: Vec<(String, ExternalKind)>,
    names: BTreeMap<u32, String>,
    /// Per defined function (by function index): calls and i32 constants in order.
    calls: BTreeMap<u32, Vec<u32>>,
    consts: BTreeMap<u32, Vec<i32>>,
    /// Static offsets of `i32.load`s per defined function.
    loads: BTreeMap<u32, Vec<u64>>,
    /// Active data segments: (address, bytes).
    data: Vec<(i32, Vec<u8>)>,
    stack_pointer: i32,
    memory_pages: u64,
    table: Vec<u32>,
}

impl Module {
    fn parse(wasm: &[u8]) -> Module {
        let mut m = Module::default();
        let mut next_func = 0;
        for p in Parser::new(0).parse_all(wasm) {
            match p.unwrap() {
                Payload::ImportSection(r) => {
                    for i in r {
                        let i = i.unwrap();
                        assert!(matches!(i.ty, TypeRef::Func(_)));
                        m.imports.push((i.module.into(), i.name.into()));
                        next_func += 1;
                    }
                }
                Payload::ExportSection(r) => {
                    for e in r {
                        let e = e.unwrap();
                        m.exports.push((e.name.into(), e.kind));
                    }
                }
                Payload::MemorySection(r) => {
                    m.memory_pages = r.into_iter().next().unwrap().unwrap().initial
                }
                Payload::GlobalSection(r) => {
                    let g = r.into_iter().next().unwrap().unwrap();
                    let ops = g.init_expr.get_operators_reader();
                    for op in ops {
                        if let Operator::I32Const { value } = op.unwrap() {
                            m.stack_pointer = value;
                        }
                    }
                }
                Payload::ElementSection(r) => {
                    for e in r {
                        if let ElementItems::Functions(f) = e.unwrap().items {
                            m.table.extend(f.into_iter().map(|x| x.unwrap()));
                        }
                    }
                }
                Payload::CodeSectionEntry(body) => {
                    let (mut calls, mut consts, mut loads) = (Vec::new(), Vec::new(), Vec::new());
                    for op in body.get_operators_reader().unwrap() {
                        match op.unwrap() {
                            Operator::Call { function_index } => calls.push(function_index),
                            Operator::I32Const { value } => consts.push(value),
                            Operator::I32Load { memarg } => loads.push(memarg.offset),
                            _ => {}
                        }
                    }
                    m.calls.insert(next_func, calls);
                    m.consts.insert(next_func, consts);
                    m.loads.insert(next_func, loads);
                    next_func += 1;
                }
                Payload::DataSection(r) => {
                    for d in r {
                        let d = d.unwrap();
                        let wasmparser::DataKind::Active { offset_expr, .. } = d.kind else {
                            panic!("passive segment");
                        };
                        let Operator::I32Const { value } =
                            offset_expr.get_operators_reader().read().unwrap()
                        else {
                            panic!("segment offset is not i32.const");
                        };
                        m.data.push((value, d.data.to_vec()));
                    }
                }
                Payload::CustomSection(c) => {
                    if let KnownCustom::Name(r) = c.as_known() {
                        for n in r {
                            if let Name::Function(map) = n.unwrap() {
                                for n in map {
                                    let n = n.unwrap();
                                    m.names.insert(n.index, n.name.into());
                                }
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        m
    }

    fn func(&self, name: &str) -> u32 {
        *self
            .names
            .iter()
            .find(|(_, n)| *n == name)
            .unwrap_or_else(|| panic!("no function {name} in {:?}", self.names))
            .0
    }

    fn has(&self, name: &str) -> bool {
        self.names.values().any(|n| n == name)
    }

    /// Bytes of linear memory at `addr` as initialised by the data segments.
    fn memory(&self, addr: i32, len: usize) -> Vec<u8> {
        for (start, bytes) in &self.data {
            let end = start + bytes.len() as i32;
            if *start <= addr && addr + len as i32 <= end {
                let at = (addr - start) as usize;
                return bytes[at..at + len].to_vec();
            }
        }
        vec![0; len] // bss
    }

    fn export_names(&self) -> Vec<&str> {
        self.exports.iter().map(|(n, _)| n.as_str()).collect()
    }
}

/// Package util: a string literal, a variable pointing into it, a getter, an init function,
/// and dead code.
fn util() -> InputObject {
    object("example.com/util", |b| {
        let s = b.define_data(
            "example.com/util..str.0",
            DataKind::ReadOnly,
            1,
            b"hello".to_vec(),
            5,
            vec![],
        );
        b.set_local_data(s);
        let v = b.define_data(
            "example.com/util.Table",
            DataKind::Data,
            8,
            vec![7, 0, 0, 0],
            8,
            vec![DataReloc {
                offset: 4,
                target: RelocTarget::DataAddr(s, 1),
            }],
        );
        b.define_data(
            "example.com/util.unused",
            DataKind::Data,
            4,
            b"DEAD".to_vec(),
            4,
            vec![],
        );
        let zero = b.define_data(
            "example.com/util.zero",
            DataKind::Bss,
            8,
            vec![],
            64,
            vec![],
        );
        let ty = b.func_type(&[], &[ValType::I32]);
        let get = b.declare_func("example.com/util.Get", ty, Some("util/util.go:7:6"));
        let mut c = CodeWriter::new(&[]);
        c.i32_const_data_addr(v, 4);
        c.instr(&Instruction::I32Load(wasm_encoder_memarg()));
        c.i32_const_data_addr(zero, 0);
        c.instr(&Instruction::Drop);
        b.define_func(get, c);
        define(b, "example.com/util.init", "util/util.go:1:1", |_, _| {});
        define(b, "example.com/util.Unused", "util/util.go:12:6", |b, c| {
            call(b, c, "example.com/util.alsoMissing");
        });
    })
}

fn wasm_encoder_memarg() -> compiler::emit::object::MemArg {
    compiler::emit::object::MemArg {
        offset: 0,
        align: 2,
        memory_index: 0,
    }
}

/// Package main: calls util.Get, stores to util.Table, reads __heap_base.
fn main_pkg() -> InputObject {
    object("main", |b| {
        define(b, "main.main", "./main.go:5:6", |b, c| {
            let ty = b.func_type(&[], &[ValType::I32]);
            let get = b.import_func("example.com/util.Get", ty, None, None);
            c.call(get);
            c.instr(&Instruction::Drop);
            let table = b.import_data("example.com/util.Table");
            c.i32_const_data_addr(table, 0);
            let hb = b.import_data("__heap_base");
            c.i32_const_data_addr(hb, 0);
            c.instr(&Instruction::I32Store(wasm_encoder_memarg()));
            // A direct load of util.Table+4 through the memarg offset (MEMORY_ADDR_LEB).
            c.instr(&Instruction::I32Const(0));
            c.mem_op_data_addr(0x28, 2, table, 4);
            c.instr(&Instruction::Drop);
        });
    })
}

// ---------------------------------------------------------------- tests

#[test]
fn cross_object_call_and_data_resolve() {
    let m = link_ok(vec![runtime(), util(), main_pkg()], BuildMode::Command);
    let get = m.func("example.com/util.Get");
    let main = m.func("main.main");
    assert_eq!(m.calls[&main], vec![get]);

    // Layout: rodata at 4096 ("hello"), then .data: util.Table aligned to 8.
    assert_eq!(m.memory(4096, 5), b"hello");
    let table_addr = 4096 + 8; // 4101 rounded up to 8
    assert_eq!(m.memory(table_addr, 4), [7, 0, 0, 0]);
    // The pointer inside util.Table was relocated to &"hello"[1].
    assert_eq!(m.memory(table_addr + 4, 4), (4096u32 + 1).to_le_bytes());
    // util.Get loads util.Table+4; main.main takes &util.Table.
    assert_eq!(m.consts[&get], vec![table_addr + 4, 4112]);
    let heap_base = m.consts[&main][1];
    assert_eq!(m.consts[&main][0], table_addr);
    assert_eq!(m.loads[&main], vec![table_addr as u64 + 4]);

    // .bss util.zero (64 bytes, align 8) after .data ends at 4112: __data_end = 4176;
    // the 1 MiB stack above it, heap after that.
    let stack_top = 4176 + (1 << 20);
    assert_eq!(m.stack_pointer, stack_top);
    assert_eq!(heap_base, stack_top);
    assert_eq!(heap_base % 16, 0);
    assert!(m.memory_pages * 65536 > heap_base as u64);
}

#[test]
fn dead_code_and_data_are_dropped() {
    let m = link_ok(vec![runtime(), util(), main_pkg()], BuildMode::Command);
    // util.Unused refers to an undefined symbol, but being dead that is no error.
    assert!(!m.has("example.com/util.Unused"));
    assert!(!m.has("runtime.rt0_initialize"));
    let all: Vec<u8> = m.data.iter().flat_map(|(_, d)| d.clone()).collect();
    assert!(!all.windows(4).any(|w| w == b"DEAD"));
    assert_eq!(
        m.names.values().map(String::as_str).collect::<Vec<_>>(),
        vec![
            "runtime.runInits",
            "runtime.callMain",
            "_start",
            "runtime.rt0_start",
            "example.com/util.Get",
            "example.com/util.init",
            "main.main"
        ]
    );
}

#[test]
fn run_inits_and_call_main() {
    let m = link_ok(vec![runtime(), util(), main_pkg()], BuildMode::Command);
    // Only util has an init function; runtime.init and main.init are skipped.
    assert_eq!(
        m.calls[&m.func("runtime.runInits")],
        vec![m.func("example.com/util.init")]
    );
    assert_eq!(
        m.calls[&m.func("runtime.callMain")],
        vec![m.func("main.main")]
    );
    assert_eq!(
        m.calls[&m.func("_start")],
        vec![m.func("runtime.rt0_start")]
    );
}

#[test]
fn command_and_reactor_exports() {
    let lib = object("main", |b| {
        let f = define(b, "main.add", "./lib.go:4:6", |_, _| {});
        b.export_func(f, "add");
        define(b, "main.main", "./lib.go:9:6", |_, _| {});
    });
    let cmd = link_ok(vec![runtime(), lib.clone()], BuildMode::Command);
    assert_eq!(cmd.export_names(), vec!["memory", "_start", "add"]);
    assert_eq!(cmd.exports[0].1, ExternalKind::Memory);
    let reactor = link_ok(vec![runtime(), lib], BuildMode::Reactor);
    assert_eq!(reactor.export_names(), vec!["memory", "_initialize", "add"]);
    assert!(reactor.has("runtime.rt0_initialize"));
    assert!(!reactor.has("runtime.rt0_start"));
    assert!(!reactor.has("main.main"));
}

/// Declares `//go:wasmimport wasi_snapshot_preview1 fd_write` as Go function `name` with
/// `params` and calls it from `caller`.
fn wasi_user(package: &str, name: &str, caller: &str, params: usize, pos: &str) -> InputObject {
    object(package, |b| {
        let ty = b.func_type(&vec![ValType::I32; params], &[ValType::I32]);
        let fd_write = b.import_func(
            name,
            ty,
            Some(("wasi_snapshot_preview1", "fd_write")),
            Some(pos),
        );
        let unused_ty = b.func_type(&[ValType::I32], &[]);
        b.import_func(
            &format!("{package}.procExit"),
            unused_ty,
            Some(("wasi_snapshot_preview1", "proc_exit")),
            Some(pos),
        );
        define(b, caller, "x.go:1:1", |_, c| {
            for _ in 0..params {
                c.instr(&Instruction::I32Const(0));
            }
            c.call(fd_write);
            c.instr(&Instruction::Drop);
        });
    })
}

#[test]
fn host_imports_are_shared_and_only_live_ones_kept() {
    let main = object("main", |b| {
        define(b, "main.main", "./main.go:3:6", |b, c| {
            call(b, c, "runtime.write");
            call(b, c, "example.com/util.write");
        });
    });
    let m = link_ok(
        vec![
            runtime(),
            wasi_user(
                "runtime",
                "runtime.fd_write",
                "runtime.write",
                4,
                "runtime/wasi.go:10:6",
            ),
            wasi_user(
                "example.com/util",
                "example.com/util.fd_write",
                "example.com/util.write",
                4,
                "util/w.go:3:6",
            ),
            main,
        ],
        BuildMode::Command,
    );
    // One fd_write import for both declarations; proc_exit is unused and not imported.
    assert_eq!(
        m.imports,
        vec![("wasi_snapshot_preview1".to_string(), "fd_write".to_string())]
    );
    assert_eq!(m.names[&0], "runtime.fd_write");
    assert_eq!(m.calls[&m.func("runtime.write")], vec![0]);
    assert_eq!(m.calls[&m.func("example.com/util.write")], vec![0]);
}

#[test]
fn conflicting_wasmimport_signatures() {
    let main = object("main", |b| {
        define(b, "main.main", "./main.go:3:6", |b, c| {
            call(b, c, "runtime.write");
            call(b, c, "example.com/util.write");
        });
    });
    let err = link_err(vec![
        runtime(),
        wasi_user(
            "runtime",
            "runtime.fd_write",
            "runtime.write",
            4,
            "runtime/wasi.go:10:6",
        ),
        wasi_user(
            "example.com/util",
            "example.com/util.fd_write",
            "example.com/util.write",
            1,
            "util/w.go:3:6",
        ),
        main,
    ]);
    assert_eq!(
        err,
        "conflicting signatures for //go:wasmimport wasi_snapshot_preview1 fd_write\n\
         >>> runtime.fd_write declared as (i32, i32, i32, i32) -> (i32) in package runtime at runtime/wasi.go:10:6\n\
         >>> example.com/util.fd_write declared as (i32) -> (i32) in package example.com/util at util/w.go:3:6"
    );
}

#[test]
fn duplicate_symbol() {
    let a = object("example.com/a", |b| {
        define(b, "example.com/util.F", "a/a.go:3:6", |_, _| {});
    });
    let b = object("example.com/b", |b| {
        define(b, "example.com/util.F", "b/b.go:4:6", |_, _| {});
    });
    assert_eq!(
        link_err(vec![runtime(), a, b, main_pkg(), util()]),
        "duplicate symbol: example.com/util.F\n\
         >>> defined in package example.com/a at a/a.go:3:6\n\
         >>> defined in package example.com/b at b/b.go:4:6"
    );
}

#[test]
fn linker_defined_function_defined_again() {
    let bad = object("runtime2", |b| {
        define(b, "runtime.runInits", "r/x.go:1:1", |_, _| {});
    });
    assert_eq!(
        link_err(vec![runtime(), bad]),
        "duplicate symbol: runtime.runInits\n>>> defined in the linker\n>>> defined in package runtime2 at r/x.go:1:1"
    );
}

#[test]
fn undefined_symbol() {
    let main = object("main", |b| {
        define(b, "main.main", "./main.go:5:6", |b, c| {
            call(b, c, "example.com/util.Missing");
        });
        define(b, "main.helper", "./main.go:9:6", |b, c| {
            call(b, c, "example.com/util.Missing");
        });
        define(b, "main.init", "./main.go:1:1", |b, c| {
            call(b, c, "main.helper");
        });
    });
    assert_eq!(
        link_err(vec![runtime(), main]),
        "undefined symbol: example.com/util.Missing\n\
         >>> referenced by main.main in package main at ./main.go:5:6\n\
         >>> referenced by main.helper in package main at ./main.go:9:6"
    );
}

#[test]
fn undefined_entry_and_main() {
    let err = link_err(vec![object("main", |_| {})]);
    assert_eq!(
        err,
        "undefined symbol: runtime.rt0_start\n>>> referenced by _start (generated by the linker)"
    );
    let err = link_err(vec![runtime()]);
    assert_eq!(
        err,
        "undefined symbol: main.main\n>>> referenced by runtime.callMain (generated by the linker)"
    );
}

#[test]
fn duplicate_export() {
    let a = object("example.com/util", |b| {
        let f = define(b, "example.com/util.Add", "util/a.go:4:6", |_, _| {});
        b.export_func(f, "add");
    });
    let m = object("main", |b| {
        let f = define(b, "main.add", "./main.go:8:6", |_, _| {});
        b.export_func(f, "add");
        define(b, "main.main", "./main.go:3:6", |_, _| {});
    });
    assert_eq!(
        link_err(vec![runtime(), a, m]),
        "duplicate //go:wasmexport name \"add\"\n\
         >>> exported by example.com/util.Add in package example.com/util at util/a.go:4:6\n\
         >>> exported by main.add in package main at ./main.go:8:6"
    );
}

#[test]
fn function_signature_mismatch() {
    let a = object("example.com/util", |b| {
        let ty = b.func_type(&[ValType::I32], &[]);
        let f = b.declare_func("example.com/util.F", ty, Some("util/a.go:4:6"));
        b.define_func(f, CodeWriter::new(&[]));
    });
    let m = object("main", |b| {
        define(b, "main.main", "./main.go:3:6", |b, c| {
            call(b, c, "example.com/util.F")
        });
    });
    assert_eq!(
        link_err(vec![runtime(), a, m]),
        "function signature mismatch: example.com/util.F\n\
         >>> defined as (i32) -> () in package example.com/util at util/a.go:4:6\n\
         >>> referenced as () -> () in package main"
    );
}

#[test]
fn func_values_go_through_the_table() {
    let m = object("main", |b| {
        let ty = b.func_type(&[], &[]);
        let target = define(b, "main.target", "./main.go:9:6", |_, _| {});
        let fv = b.define_data(
            "main.fv",
            DataKind::Data,
            4,
            vec![],
            4,
            vec![DataReloc {
                offset: 0,
                target: RelocTarget::FuncTableIndex(target),
            }],
        );
        define(b, "main.main", "./main.go:3:6", |_, c| {
            c.i32_const_table_index(target);
            c.call_indirect(ty);
            c.i32_const_data_addr(fv, 0);
            c.instr(&Instruction::I32Load(wasm_encoder_memarg()));
            c.call_indirect(ty);
        });
    });
    let linked = link_ok(vec![runtime(), m], BuildMode::Command);
    let target = linked.func("main.target");
    assert_eq!(linked.table, vec![target]);
    let main = linked.func("main.main");
    // Slot 1 (slot 0 stays null); the data word holds the same slot.
    assert_eq!(linked.consts[&main][0], 1);
    let fv = linked.consts[&main][1];
    assert_eq!(linked.memory(fv, 4), 1u32.to_le_bytes());
}

#[test]
fn malformed_objects_are_errors() {
    let err = link_err(vec![InputObject {
        package: "bad".into(),
        bytes: b"\0asm\x01\0\0\0\x01\xff".to_vec(),
    }]);
    assert!(
        err.starts_with("malformed object for package bad:"),
        "{err}"
    );
    let no_linking = InputObject {
        package: "plain".into(),
        bytes: b"\0asm\x01\0\0\0".to_vec(),
    };
    assert_eq!(
        link_err(vec![no_linking]),
        "malformed object for package plain: not a relocatable object (no linking section)"
    );
}

#[test]
fn corrupted_objects_never_panic() {
    let good = vec![runtime(), util(), main_pkg()];
    for victim in 0..good.len() {
        let len = good[victim].bytes.len();
        for at in 8..len {
            for mutation in 0..3 {
                let mut objects = good.clone();
                let bytes = &mut objects[victim].bytes;
                match mutation {
                    0 => bytes.truncate(at),
                    1 => bytes[at] ^= 0xff,
                    _ => bytes[at] = 0x7f,
                }
                let input = LinkInput {
                    objects,
                    init_order: vec!["runtime".into(), "main".into()],
                    mode: BuildMode::Command,
                };
                // Errors are fine; panics are not (the test harness would report them).
                let _ = link(&input);
            }
        }
    }
}

#[test]
fn reserved_export_name() {
    let m = object("main", |b| {
        let f = define(b, "main.f", "./a.go:3:6", |_, _| {});
        b.export_func(f, "memory");
        define(b, "main.main", "./a.go:9:6", |_, _| {});
    });
    assert_eq!(
        link_err(vec![runtime(), m]),
        "//go:wasmexport name \"memory\" is reserved by the linker\n\
         >>> exported by main.f in package main at ./a.go:3:6"
    );
}

#[test]
fn entry_with_wrong_signature() {
    let rt = object("runtime", |b| {
        let ty = b.func_type(&[ValType::I32], &[]);
        let f = b.declare_func("runtime.rt0_start", ty, Some("runtime/rt0.go:3:6"));
        b.define_func(f, CodeWriter::new(&[]));
    });
    assert_eq!(
        link_err(vec![rt, main_pkg(), util()]),
        "runtime.rt0_start has signature (i32) -> (), but _start calls it as () -> ()"
    );
}
