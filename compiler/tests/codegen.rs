//! Code generation tests: compile small packages (and the stub runtime in
//! testdata/rt) to objects, validate every object with wasmparser, and
//! check the symbols, imports and relocations the linker relies on.
//! Running programs end to end is the driver's job (it links with the
//! linker crate, which the compiler must not depend on).

use std::collections::{BTreeMap, BTreeSet};

use compiler::{compile, CompileInput, CompileOutput, SourceFile};
use wasmparser::{KnownCustom, Linking, Parser, Payload, SymbolInfo, TypeRef, Validator};

fn input(path: &str, is_main: bool, files: &[(&str, &str)]) -> CompileInput {
    CompileInput {
        import_path: path.to_string(),
        is_main,
        files: files
            .iter()
            .map(|(n, t)| SourceFile {
                name: n.to_string(),
                text: t.as_bytes().to_vec(),
            })
            .collect(),
        deps: BTreeMap::new(),
        go_version: "1.27".to_string(),
    }
}

fn build(path: &str, is_main: bool, files: &[(&str, &str)]) -> CompileOutput {
    match compile(&input(path, is_main, files)) {
        Ok(o) => o,
        Err(diags) => {
            let msgs: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
            panic!("compile failed:\n{}", msgs.join("\n"));
        }
    }
}

fn main_pkg(src: &str) -> CompileOutput {
    build("example.com/m", true, &[("./a.go", src)])
}

/// What an object declares, as the linker sees it.
#[derive(Default, Debug)]
struct ObjInfo {
    /// (module, field) of function imports.
    imports: BTreeSet<(String, String)>,
    /// Names of defined function symbols.
    defined: BTreeSet<String>,
    /// Names of data symbols (defined or not).
    data: BTreeSet<String>,
    /// Data segment names.
    segments: BTreeSet<String>,
    /// Number of code relocations.
    code_relocs: usize,
}

/// Validates the object and collects its symbols.
fn inspect(bytes: &[u8]) -> ObjInfo {
    Validator::new()
        .validate_all(bytes)
        .expect("object must validate");
    let mut o = ObjInfo::default();
    for p in Parser::new(0).parse_all(bytes) {
        match p.unwrap() {
            Payload::ImportSection(r) => {
                for imp in r {
                    let imp = imp.unwrap();
                    if let TypeRef::Func(_) = imp.ty {
                        o.imports
                            .insert((imp.module.to_string(), imp.name.to_string()));
                    }
                }
            }
            Payload::CustomSection(c) => match c.as_known() {
                KnownCustom::Linking(l) => {
                    for sub in l.subsections() {
                        match sub.unwrap() {
                            Linking::SymbolTable(t) => {
                                for s in t {
                                    match s.unwrap() {
                                        SymbolInfo::Func {
                                            flags,
                                            name: Some(n),
                                            ..
                                        } if !flags
                                            .contains(wasmparser::SymbolFlags::UNDEFINED) =>
                                        {
                                            o.defined.insert(n.to_string());
                                        }
                                        SymbolInfo::Data { name, .. } => {
                                            o.data.insert(name.to_string());
                                        }
                                        _ => {}
                                    }
                                }
                            }
                            Linking::SegmentInfo(segs) => {
                                for s in segs {
                                    o.segments.insert(s.unwrap().name.to_string());
                                }
                            }
                            _ => {}
                        }
                    }
                }
                KnownCustom::Reloc(r) if r.section_index() != u32::MAX => {
                    o.code_relocs += r.entries().into_iter().count();
                }
                _ => {}
            },
            _ => {}
        }
    }
    o
}

fn env(name: &str) -> (String, String) {
    ("env".to_string(), name.to_string())
}

#[test]
fn hello_println() {
    let out = main_pkg(
        "package main\n\nfunc main() {\n\tprintln(\"hello\", 42, true)\n\tprint(\"x\")\n}\n",
    );
    let o = inspect(&out.object);
    assert!(o.defined.contains("main.main"), "{o:?}");
    assert!(o.defined.contains("main.init"), "{o:?}");
    for f in ["printstring", "printint", "printbool", "printsp", "printnl"] {
        assert!(
            o.imports.contains(&env(&format!("runtime.{f}"))),
            "{f}: {o:?}"
        );
    }
    // Both literals are read-only, package-local data.
    assert!(o.segments.contains(".rodata.main..str.0"), "{o:?}");
    assert!(o.segments.contains(".rodata.main..str.1"), "{o:?}");
    assert!(o.code_relocs >= 7);
}

#[test]
fn integers_and_control_flow() {
    let src = include_str!("testdata/codegen/basics.go");
    let out = main_pkg(src);
    let o = inspect(&out.object);
    for f in [
        "main.div",
        "main.small",
        "main.fib",
        "main.classify",
        "main.loops",
    ] {
        assert!(o.defined.contains(f), "{f}: {o:?}");
    }
    assert!(o.imports.contains(&env("runtime.panicdivide")));
    // main.small shifts by an unsigned count, which can never be negative.
    assert!(
        !o.imports.contains(&env("runtime.panicshift")),
        "unsigned shift counts need no negative-count check: {o:?}"
    );
}

#[test]
fn strings_slices_structs_pointers() {
    let src = include_str!("testdata/codegen/strings_slices.go");
    let out = main_pkg(src);
    let o = inspect(&out.object);
    for f in [
        "concatstrings",
        "cmpstring",
        "eqstring",
        "growslice",
        "makeslice",
        "stringtoslicebyte",
        "slicebytetostring",
        "decoderune",
        "alloc",
        "panicIndex",
        "panicSliceB",
    ] {
        assert!(
            o.imports.contains(&env(&format!("runtime.{f}"))),
            "{f}: {o:?}"
        );
    }
}

#[test]
fn package_vars_and_init_order() {
    let src = include_str!("testdata/codegen/globals.go");
    let out = main_pkg(src);
    let o = inspect(&out.object);
    for f in [
        "main.init",
        "main.init.0",
        "main.init.1",
        "main.f",
        "main.main",
    ] {
        assert!(o.defined.contains(f), "{f}: {o:?}");
    }
    // Initialised by code in main.init...
    for d in ["main.a", "main.b", "main.names"] {
        assert!(o.data.contains(d), "{d}: {o:?}");
        assert!(o.segments.contains(&format!(".bss.{d}")), "{d}: {o:?}");
    }
    // ...or statically, for an array of constants.
    assert!(o.segments.contains(".data.main.arr"), "{o:?}");
}

#[test]
fn stub_runtime_compiles_with_matching_signatures() {
    let src = include_str!("testdata/rt/rt.go");
    let out = build("runtime", false, &[("rt.go", src)]);
    let o = inspect(&out.object);
    for f in [
        "alloc",
        "growslice",
        "panicIndex",
        "printint",
        "decoderune",
        "rt0_start",
    ] {
        assert!(o.defined.contains(&format!("runtime.{f}")), "{f}: {o:?}");
    }
    // Host imports keep their WASI module and field.
    assert!(o
        .imports
        .contains(&("wasi_snapshot_preview1".to_string(), "fd_write".to_string())));
    // The linker defines runInits and callMain; intrinsics are inline.
    assert!(o.imports.contains(&env("runtime.runInits")));
    assert!(o.imports.contains(&env("runtime.callMain")));
    assert!(!o.imports.contains(&env("runtime.wasmMemorySize")));
    assert!(o.data.contains("__heap_base"));
    // Runtime calls inside the runtime are local, not imports.
    assert!(!o
        .imports
        .iter()
        .any(|(m, f)| m == "env" && f == "runtime.alloc"));
}

#[test]
fn runtime_signature_mismatch_is_reported() {
    let src = "package runtime\n\nfunc alloc(size int) int { return size }\n";
    let err = compile(&input("runtime", false, &[("rt.go", src)])).unwrap_err();
    assert!(
        err.iter().any(|d| d.message.contains("runtime.alloc")),
        "{err:?}"
    );
}

#[test]
fn output_is_deterministic() {
    let src = "package main\n\nvar g = \"s\"\n\nfunc main() {\n\tx := []string{g, \"t\"}\n\tprintln(x[0] + x[1])\n}\n";
    assert_eq!(main_pkg(src).object, main_pkg(src).object);
}

/// Every program in testdata/codegen (each has a `.out` with gc's output,
/// for end-to-end runs) compiles to a valid object defining main.main.
#[test]
fn testdata_programs_compile() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/testdata/codegen");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "go"))
        .collect();
    names.sort();
    assert!(names.len() >= 10);
    for p in names {
        let src = std::fs::read_to_string(&p).unwrap();
        let out = main_pkg(&src);
        let o = inspect(&out.object);
        assert!(o.defined.contains("main.main"), "{}", p.display());
        // Deterministic: a second compilation is byte-identical.
        assert!(main_pkg(&src).object == out.object, "{}", p.display());
        assert!(p.with_extension("out").exists(), "{}", p.display());
    }
}

#[test]
fn cross_package_symbols() {
    let a = build(
        "example.com/m/a",
        false,
        &[(
            "a/a.go",
            "package a\n\ntype P struct{ X, Y int }\n\nvar Count = 1\n\nfunc New(x int) P { Count++; return P{x, x} }\n\nfunc (p *P) Scale(k int) { p.X *= k }\n\nfunc (p P) Sum() int { return p.X + p.Y }\n",
        )],
    );
    let oa = inspect(&a.object);
    for f in [
        "example.com/m/a.New",
        "example.com/m/a.(*P).Scale",
        "example.com/m/a.P.Sum",
        "example.com/m/a.init",
    ] {
        assert!(oa.defined.contains(f), "{f}: {oa:?}");
    }
    // `var Count = 1` is static data.
    assert!(
        oa.segments.contains(".data.example.com/m/a.Count"),
        "{oa:?}"
    );
    let mut inp = input(
        "example.com/m",
        true,
        &[(
            "./main.go",
            "package main\n\nimport \"example.com/m/a\"\n\nfunc main() {\n\tp := a.New(2)\n\tp.Scale(3)\n\ta.Count = 5\n\tprintln(p.Sum(), a.Count)\n}\n",
        )],
    );
    inp.deps
        .insert("example.com/m/a".to_string(), a.export_data.clone());
    let m = compile(&inp).unwrap_or_else(|d| panic!("{d:?}"));
    let om = inspect(&m.object);
    for f in [
        "example.com/m/a.New",
        "example.com/m/a.(*P).Scale",
        "example.com/m/a.P.Sum",
    ] {
        assert!(om.imports.contains(&env(f)), "{f}: {om:?}");
    }
    // The imported variable is an undefined data symbol.
    assert!(om.data.contains("example.com/m/a.Count"), "{om:?}");
    assert!(!om.segments.iter().any(|s| s.contains("a.Count")));
}

#[test]
fn interfaces_emit_descriptors_itabs_and_indirect_calls() {
    let src = "package main\n\ntype S interface{ M() int }\n\ntype T struct{ a, b int }\n\nfunc (t T) M() int { return t.a }\n\nfunc main() {\n\tvar s S = T{1, 2}\n\tvar a any = s\n\t_, ok := a.(S)\n\tprintln(s.M(), a == any(T{1, 2}), ok)\n}\n";
    let out = main_pkg(src);
    let o = inspect(&out.object);
    // Descriptors, itab and method tables are package-local read-only data.
    assert!(
        o.segments
            .iter()
            .any(|s| s.starts_with(".rodata.main..type.")),
        "{o:?}"
    );
    assert!(
        o.segments
            .iter()
            .any(|s| s.starts_with(".rodata.main..itab.")),
        "{o:?}"
    );
    assert!(
        o.segments
            .iter()
            .any(|s| s.starts_with(".rodata.main..methods.")),
        "{o:?}"
    );
    // T.M is reached through a wrapper that loads the boxed receiver.
    assert!(
        o.defined.iter().any(|f| f.starts_with("main..iw.")),
        "{o:?}"
    );
    assert!(o.imports.contains(&env("runtime.getitab")), "{o:?}");
    // Dynamic calls go through the indirect function table.
    let mut has_table = false;
    for p in Parser::new(0).parse_all(&out.object) {
        if let Payload::ImportSection(r) = p.unwrap() {
            for imp in r {
                let imp = imp.unwrap();
                has_table |= imp.name == "__indirect_function_table";
            }
        }
    }
    assert!(has_table);
}

/// Temporaries are pooled per statement and per literal element, so a huge
/// initialiser does not need a local per element (engines cap locals).
#[test]
fn huge_literals_use_few_locals() {
    let mut src = String::from("package main\n\nvar table = []string{\n");
    for i in 0..3000 {
        src.push_str(&format!("\t\"s{i}\",\n"));
    }
    src.push_str("}\n\nfunc main() {\n\tt := [][2]int{\n");
    for i in 0..2000 {
        src.push_str(&format!("\t\t{{{i}, {}}},\n", i * 2));
    }
    src.push_str("\t}\n\tprintln(len(table), len(t))\n}\n");
    let out = main_pkg(&src);
    inspect(&out.object);
    let mut max_locals = 0;
    for p in Parser::new(0).parse_all(&out.object) {
        if let Payload::CodeSectionEntry(body) = p.unwrap() {
            let mut n = 0;
            for l in body.get_locals_reader().unwrap() {
                n += l.unwrap().0;
            }
            max_locals = max_locals.max(n);
        }
    }
    assert!(max_locals < 64, "{max_locals} locals");
}

#[test]
fn closures_defers_and_maps_emit_their_pieces() {
    let src = "package main\n\nfunc main() {\n\tn := 0\n\tinc := func() { n++ }\n\tdefer println(\"bye\", n)\n\tm := map[string]int{\"a\": 1}\n\tm[\"b\"]++\n\tinc()\n\tfor k, v := range m {\n\t\tprintln(k, v)\n\t}\n}\n";
    let out = main_pkg(src);
    let o = inspect(&out.object);
    assert!(o.defined.contains("main.main.func1"), "{o:?}");
    assert!(
        o.defined.iter().any(|f| f.starts_with("main.main.defer")),
        "{o:?}"
    );
    assert!(o.data.contains("runtime.deferchain"), "{o:?}");
    for f in [
        "makemap",
        "mapassign",
        "mapaccess1",
        "mapiterinit",
        "mapiternext",
        "strhash",
    ] {
        assert!(
            o.imports.contains(&env(&format!("runtime.{f}"))),
            "{f}: {o:?}"
        );
    }
    assert!(
        o.segments
            .iter()
            .any(|s| s.starts_with(".rodata.main..maptype.")),
        "{o:?}"
    );
    // The captured n lives in a heap cell.
    assert!(o.imports.contains(&env("runtime.alloc")));
}

#[test]
fn stub_runtime_defines_deferchain_when_missing() {
    let src = include_str!("testdata/rt/rt.go");
    let out = build("runtime", false, &[("rt.go", src)]);
    let o = inspect(&out.object);
    assert!(o.segments.contains(".bss.runtime.deferchain"), "{o:?}");
}

/// go.mod's language version decides the loop variable semantics: from
/// Go 1.22 an escaping loop variable gets a fresh cell every iteration.
#[test]
fn loopvar_semantics_follow_go_version() {
    let src = "package main\n\nfunc main() {\n\tvar ps []*int\n\tfor i := 0; i < 3; i++ {\n\t\tps = append(ps, &i)\n\t}\n\tprintln(*ps[0])\n}\n";
    let mut old = input("example.com/m", true, &[("./a.go", src)]);
    old.go_version = "1.21".to_string();
    let new = input("example.com/m", true, &[("./a.go", src)]);
    let o = compile(&old).unwrap_or_else(|d| panic!("{d:?}"));
    let n = compile(&new).unwrap_or_else(|d| panic!("{d:?}"));
    inspect(&o.object);
    inspect(&n.object);
    // The per-iteration copy is extra code in the new semantics.
    assert!(n.object.len() > o.object.len());
}

/// Calls of math.Sqrt / math.Float64bits / bits.LeadingZeros64 ... become
/// instructions, so no call (and no import) remains.
#[test]
fn math_intrinsics_replace_calls() {
    let m = build(
        "math",
        false,
        &[(
            "math.go",
            "package math\n\nfunc Sqrt(x float64) float64 { return x }\n\nfunc Float64bits(f float64) uint64 { return uint64(f) }\n\nfunc Hypot(p, q float64) float64 { return p + q }\n",
        )],
    );
    let mut inp = input(
        "example.com/m",
        true,
        &[(
            "./main.go",
            "package main\n\nimport \"math\"\n\nfunc main() {\n\tprintln(math.Float64bits(math.Sqrt(2)), math.Hypot(3, 4) > 0)\n}\n",
        )],
    );
    inp.deps.insert("math".to_string(), m.export_data.clone());
    let out = compile(&inp).unwrap_or_else(|d| panic!("{d:?}"));
    let o = inspect(&out.object);
    assert!(!o.imports.contains(&env("math.Sqrt")), "{o:?}");
    assert!(!o.imports.contains(&env("math.Float64bits")), "{o:?}");
    // Not an intrinsic: still a call.
    assert!(o.imports.contains(&env("math.Hypot")), "{o:?}");
}

/// The real runtime (stdlib/runtime, written by the lead in the Go subset
/// this compiler supports) compiles, and its declarations of the functions
/// the compiler calls have the Wasm signatures of lower/runtime.rs.
#[test]
fn real_runtime_compiles_when_present() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../stdlib/runtime");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipped: {} not in this checkout", dir.display());
        return;
    };
    let mut files: Vec<(String, String)> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "go"))
        .filter(|p| !p.to_string_lossy().ends_with("_test.go"))
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().to_string(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    files.sort();
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    let out = build("runtime", false, &refs);
    let o = inspect(&out.object);
    assert!(o.defined.contains("runtime.rt0_start"), "{o:?}");
    assert!(o.defined.contains("runtime.alloc"), "{o:?}");
}
