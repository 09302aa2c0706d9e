//! go:wasmimport / go:wasmexport in the compiler (shared/spec/wasm.md
//! §2–§4): the host-ABI export wrappers in the object, and the checks'
//! messages for forms the errorcheck corpus (testdata/wasmabi) does not
//! cover. End-to-end behaviour is tested by driver/tests/{wasmabi,
//! plugin_hosts,errorcheck}.rs.

use std::collections::BTreeMap;

use compiler::{compile, CompileInput, SourceFile};
use wasmparser::{ExternalKind, Parser, Payload, TypeRef, Validator};

fn input(src: &str) -> CompileInput {
    CompileInput {
        import_path: "example.com/m".to_string(),
        is_main: true,
        files: vec![SourceFile {
            name: "./a.go".to_string(),
            text: src.as_bytes().to_vec(),
        }],
        deps: BTreeMap::new(),
        go_version: "1.27".to_string(),
    }
}

fn errors(src: &str) -> Vec<String> {
    match compile(&input(src)) {
        Ok(_) => Vec::new(),
        Err(d) => d.iter().map(|d| d.to_string()).collect(),
    }
}

/// (name, "params -> results") pairs.
type Sigs = Vec<(String, String)>;

/// Exports of the object with their (params, results) and the function
/// imports by `module.field`.
fn exports_and_imports(bytes: &[u8]) -> (Sigs, Sigs) {
    Validator::new().validate_all(bytes).expect("valid object");
    let mut types = Vec::new();
    let mut func_types = Vec::new();
    let mut exports = Vec::new();
    let mut imports = Vec::new();
    for payload in Parser::new(0).parse_all(bytes) {
        match payload.unwrap() {
            Payload::TypeSection(r) => {
                for t in r.into_iter_err_on_gc_types() {
                    let f = t.unwrap();
                    types.push(format!("{:?} -> {:?}", f.params(), f.results()));
                }
            }
            Payload::ImportSection(r) => {
                for imp in r {
                    let imp = imp.unwrap();
                    if let TypeRef::Func(t) = imp.ty {
                        func_types.push(t);
                        imports.push((
                            format!("{}.{}", imp.module, imp.name),
                            types[t as usize].clone(),
                        ));
                    }
                }
            }
            Payload::FunctionSection(r) => {
                for t in r {
                    func_types.push(t.unwrap());
                }
            }
            Payload::ExportSection(r) => {
                for e in r {
                    let e = e.unwrap();
                    if e.kind == ExternalKind::Func {
                        let t = func_types[e.index as usize];
                        exports.push((e.name.to_string(), types[t as usize].clone()));
                    }
                }
            }
            _ => {}
        }
    }
    (exports, imports)
}

#[test]
fn export_wrappers_use_the_host_abi() {
    let out = compile(&input(
        r#"package main

//go:wasmexport greet
func greet(name string, loud bool) int32 { return int32(len(name)) }

//go:wasmexport add64
func add64(a, b int64) int64 { return a + b }

//go:wasmimport host log
func hostLog(msg string)

func main() { hostLog("x"); println(greet("a", true)) }
"#,
    ))
    .unwrap_or_else(|d| panic!("{d:?}"));
    let (exports, imports) = exports_and_imports(&out.object);
    assert_eq!(
        exports,
        vec![
            ("greet".to_string(), "[I32, I32, I32] -> [I32]".to_string()),
            ("add64".to_string(), "[I64, I64] -> [I64]".to_string()),
        ]
    );
    assert!(imports.contains(&("host.log".to_string(), "[I32, I32] -> []".to_string())));
    // Every wrapper first checks that the module was initialised.
    assert!(imports.contains(&(
        "env.runtime.wasmexportEnter".to_string(),
        "[] -> []".to_string()
    )));
    // Deterministic.
    assert_eq!(
        compile(&input(
            r#"package main

//go:wasmexport greet
func greet(name string, loud bool) int32 { return int32(len(name)) }

//go:wasmexport add64
func add64(a, b int64) int64 { return a + b }

//go:wasmimport host log
func hostLog(msg string)

func main() { hostLog("x"); println(greet("a", true)) }
"#,
        ))
        .unwrap()
        .object,
        out.object
    );
}

/// The expected lines are gc 1.27.3's output for the same file.
#[test]
fn type_messages_as_gc_prints_them() {
    let errs = errors(
        r#"package main

const N = 3

type I interface{ M() }

//go:wasmimport host a
func a(x [N]int32, y interface{ M(int32) (bool, error) }, z struct{ A, B int8 })

//go:wasmimport host b
func b(f func(...int32) int64, c <-chan int32, r rune)

//go:wasmexport c
func c(xs ...int32) {}

func main() {}
"#,
    );
    assert_eq!(
        errs,
        vec![
            "./a.go:8:6: go:wasmimport: unsupported parameter type [3]int32",
            "./a.go:8:6: go:wasmimport: unsupported parameter type interface { M(int32) (bool, error) }",
            "./a.go:8:6: go:wasmimport: unsupported parameter type struct { A int8; B int8 }",
            "./a.go:11:6: go:wasmimport: unsupported parameter type func(...int32) int64",
            "./a.go:11:6: go:wasmimport: unsupported parameter type <-chan int32",
            "./a.go:14:6: go:wasmexport: unsupported parameter type []int32",
        ]
    );
}

#[test]
fn declaration_rules_come_before_types() {
    // A body on a wasmimport (gc's noder phase) hides the type errors of
    // the same package (gc's ssagen phase).
    let errs = errors(
        r#"package main

//go:wasmimport host a
func a(x int) {}

//go:wasmimport host b
func b(x int)

func main() {}
"#,
    );
    assert_eq!(
        errs,
        vec!["./a.go:4:6: can only use //go:wasmimport with external func implementations"]
    );
}

#[test]
fn named_scalars_and_pointers_are_accepted() {
    let errs = errors(
        r#"package main

import "unsafe"

type Handle uint32
type Flag bool
type Text string

//go:wasmimport host open
func open(name Text, f Flag, p unsafe.Pointer, q uintptr, a *[4][2]float32, e *struct{}) Handle

//go:wasmexport close
func closeIt(h Handle) Flag { return h == 0 }

func main() { _ = open("x", true, nil, 0, nil, nil) }
"#,
    );
    assert!(errs.is_empty(), "{errs:?}");
}
