//! Links objects encoded by hand with wasm-encoder's own `linking` builder (not gobuild's
//! object writer), so the linker is checked against an independent encoding of the format.
//! The richer round-trip tests live in `driver/tests/object_roundtrip.rs`.

use wasm_encoder::{
    CodeSection, CustomSection, EntityType, FunctionSection, ImportSection, LinkingSection,
    MemoryType, Module, SymbolTable, TypeSection,
};
use wasmparser::{KnownCustom, Name, Operator, Parser, Payload, Validator};

/// Padded `call` to the object's function `index` (the linker rewrites the 5 bytes).
fn padded_call(index: u8) -> [u8; 6] {
    [0x10, 0x80 | index, 0x80, 0x80, 0x80, 0x00]
}

/// An object defining `name: func()` that calls the undefined functions `callees`.
fn object(name: &str, callees: &[&str]) -> Vec<u8> {
    object_with_flags(name, callees, 0)
}

/// As `object`, with symbol flags on the defined function.
fn object_with_flags(name: &str, callees: &[&str], flags: u32) -> Vec<u8> {
    let mut m = Module::new();
    let mut types = TypeSection::new();
    types.ty().function([], []);
    m.section(&types); // section 0
    let mut imports = ImportSection::new();
    imports.import(
        "env",
        "__linear_memory",
        MemoryType {
            minimum: 0,
            maximum: None,
            memory64: false,
            shared: false,
            page_size_log2: None,
        },
    );
    for c in callees {
        imports.import("env", c, EntityType::Function(0));
    }
    m.section(&imports); // section 1
    let mut funcs = FunctionSection::new();
    funcs.function(0);
    m.section(&funcs); // section 2

    // Body: no locals, the calls, end. Section body = count, size, body.
    let mut body = vec![0u8];
    for i in 0..callees.len() {
        body.extend_from_slice(&padded_call(i as u8));
    }
    body.push(0x0b);
    assert!(body.len() < 128);
    let mut code = CodeSection::new();
    code.raw(&body);
    m.section(&code); // section 3

    let mut symtab = SymbolTable::new();
    for i in 0..callees.len() {
        symtab.function(SymbolTable::WASM_SYM_UNDEFINED, i as u32, None);
    }
    symtab.function(flags, callees.len() as u32, Some(name));
    let mut linking = LinkingSection::new();
    linking.symbol_table(&symtab);
    m.section(&linking);

    // reloc.CODE: target section 3; offsets count from the section body start, which
    // holds the function count (1 byte) and the body size (1 byte) before the body.
    let mut reloc = vec![3u8, callees.len() as u8];
    for i in 0..callees.len() {
        let offset = 2 + 1 + 6 * i + 1; // count, size, locals, earlier calls, opcode
        reloc.extend_from_slice(&[0, offset as u8, i as u8]);
    }
    m.section(&CustomSection {
        name: "reloc.CODE".into(),
        data: reloc.into(),
    });
    m.finish()
}

fn input(objects: Vec<(&str, Vec<u8>)>, mode: linker::BuildMode) -> linker::LinkInput {
    linker::LinkInput {
        objects: objects
            .into_iter()
            .map(|(p, bytes)| linker::InputObject {
                package: p.into(),
                bytes,
            })
            .collect(),
        init_order: vec!["runtime".into(), "main".into()],
        mode,
    }
}

/// (function names by index, calls made by each defined function)
fn summarize(wasm: &[u8]) -> (Vec<String>, Vec<Vec<u32>>) {
    let (mut names, mut calls) = (Vec::new(), Vec::new());
    for p in Parser::new(0).parse_all(wasm) {
        match p.unwrap() {
            Payload::CodeSectionEntry(body) => {
                let mut c = Vec::new();
                for op in body.get_operators_reader().unwrap() {
                    if let Operator::Call { function_index } = op.unwrap() {
                        c.push(function_index);
                    }
                }
                calls.push(c);
            }
            Payload::CustomSection(s) => {
                if let KnownCustom::Name(r) = s.as_known() {
                    for n in r {
                        if let Name::Function(map) = n.unwrap() {
                            names.extend(map.into_iter().map(|n| n.unwrap().name.to_string()));
                        }
                    }
                }
            }
            _ => {}
        }
    }
    (names, calls)
}

#[test]
fn links_independently_encoded_objects() {
    let objects = vec![
        (
            "runtime",
            object(
                "runtime.rt0_start",
                &["runtime.runInits", "runtime.callMain"],
            ),
        ),
        ("main", object("main.main", &[])),
        ("main", object("main.init", &[])),
    ];
    let wasm = linker::link(&input(objects, linker::BuildMode::Command)).unwrap();
    Validator::new().validate_all(&wasm).unwrap();
    let (names, calls) = summarize(&wasm);
    assert_eq!(
        names,
        [
            "runtime.runInits",
            "runtime.callMain",
            "_start",
            "runtime.rt0_start",
            "main.main",
            "main.init"
        ]
    );
    assert_eq!(
        calls,
        [vec![5], vec![4], vec![3], vec![0, 1], vec![], vec![]]
    );
}

/// Generic instances are emitted by every package that uses them, marked
/// WASM_SYM_BINDING_WEAK: identical names then keep the first definition,
/// while plain duplicates stay an error.
#[test]
fn weak_duplicates_keep_the_first_definition() {
    let weak = SymbolTable::WASM_SYM_BINDING_WEAK;
    let objects = |flags: u32| {
        vec![
            (
                "runtime",
                object(
                    "runtime.rt0_start",
                    &["runtime.runInits", "runtime.callMain"],
                ),
            ),
            ("a", object_with_flags("a.F[int]", &[], flags)),
            ("main", object("main.main", &["a.F[int]"])),
            ("main", object_with_flags("a.F[int]", &[], flags)),
        ]
    };
    let wasm = linker::link(&input(objects(weak), linker::BuildMode::Command)).unwrap();
    Validator::new().validate_all(&wasm).unwrap();
    let (names, _) = summarize(&wasm);
    assert_eq!(names.iter().filter(|n| *n == "a.F[int]").count(), 1);
    let errs = linker::link(&input(objects(0), linker::BuildMode::Command)).unwrap_err();
    assert!(
        errs[0].message.starts_with("duplicate symbol: a.F[int]"),
        "{}",
        errs[0].message
    );
}

#[test]
fn traced_link_reports_every_step() {
    let objects = vec![
        ("runtime", object("runtime.rt0_initialize", &[])),
        ("main", object("main.main", &[])),
    ];
    let mut steps = Vec::new();
    let wasm = linker::link_traced(&input(objects, linker::BuildMode::Reactor), &mut |s, _| {
        steps.push(s.to_string())
    })
    .unwrap();
    Validator::new().validate_all(&wasm).unwrap();
    assert_eq!(
        steps,
        [
            "read objects",
            "resolve symbols",
            "plan generated functions",
            "mark live",
            "scan relocations",
            "layout",
            "write module"
        ]
    );
    // main.main is dead in a reactor whose runtime never calls runtime.callMain.
    assert_eq!(
        summarize(&wasm).0,
        ["_initialize", "runtime.rt0_initialize"]
    );
}
