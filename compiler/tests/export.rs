//! Export data: round trip through a second package, transitive references, determinism,
//! independence from function bodies.

use std::collections::BTreeMap;

use compiler::export;
use compiler::syntax::{parse_file, NodeIdGen};
use compiler::types::{self, typestring::type_string, Info, ObjKind};

fn check(path: &str, src: &str, deps: &BTreeMap<String, Vec<u8>>) -> (Info, Vec<String>) {
    let mut ids = NodeIdGen::new();
    let (f, d) = parse_file(0, "./x.go", src.as_bytes(), &mut ids);
    assert!(d.is_empty(), "parse errors: {d:?}");
    let (info, diags) = types::check(path, &[f], deps);
    (info, diags.iter().map(|d| d.to_string()).collect())
}

const A: &str = r#"package a

type T struct {
	X int
	y string
}

func (t T) Get() int { return t.X }

func (t *T) Set(v int) { t.X = v }

type I interface{ Get() int }

const K = 42
const Pi = 3.14
const Name = "gopher"

var V T

func New(x int) *T { return &T{X: x} }

func Sum(xs ...int) (total int, n int) {
	for _, x := range xs {
		total += x
	}
	return total, len(xs)
}

func hidden() {}

type E = T
"#;

fn export_of(path: &str, src: &str, deps: &BTreeMap<String, Vec<u8>>) -> Vec<u8> {
    let (info, errs) = check(path, src, deps);
    assert!(errs.is_empty(), "{errs:#?}");
    export::write(&info, path)
}

#[test]
fn round_trip_through_importer() {
    let mut deps = BTreeMap::new();
    let a = export_of("example.com/a", A, &deps);
    assert_eq!(&a[..4], b"GBEX");
    deps.insert("example.com/a".to_string(), a);
    let (info, errs) = check(
        "example.com/b",
        r#"package b

import "example.com/a"

var W = a.New(a.K)
var G = W.Get()
var I a.I = a.V
var F = a.Pi * 2
var S, N = a.Sum(1, 2, 3)
var E a.E

func Use() string {
	W.Set(3)
	var t a.T
	t.X = 1
	return a.Name
}
"#,
        &deps,
    );
    assert!(errs.is_empty(), "{errs:#?}");
    let p = info.package(info.pkg.unwrap());
    let ty = |n: &str| type_string(&info, info.obj(info.scope(p.scope).names[n]).ty, info.pkg);
    assert_eq!(ty("W"), "*a.T");
    assert_eq!(ty("G"), "int");
    assert_eq!(ty("I"), "a.I");
    assert_eq!(ty("F"), "float64");
    assert_eq!(ty("S"), "int");
    assert_eq!(ty("E"), "a.T");
    // Imported objects carry their link names.
    let apkg = info
        .packages
        .iter()
        .find(|p| p.path == "example.com/a")
        .unwrap();
    let sc = info.scope(apkg.scope);
    let newf = info.obj(sc.names["New"]);
    assert_eq!(newf.link_name.as_deref(), Some("example.com/a.New"));
    assert_eq!(
        info.obj(sc.names["V"]).link_name.as_deref(),
        Some("example.com/a.V")
    );
    assert!(!sc.names.contains_key("hidden"));
    assert!(matches!(info.obj(sc.names["K"]).kind, ObjKind::Const(_)));
    let t = info.obj(sc.names["T"]).ty;
    let methods = &info.table.named(t).unwrap().methods;
    let links: Vec<String> = methods.iter().map(|m| info.link_name(*m, "b")).collect();
    assert_eq!(links, ["example.com/a.T.Get", "example.com/a.(*T).Set"]);
}

#[test]
fn unexported_field_is_not_accessible_and_errors_use_qualified_names() {
    let mut deps = BTreeMap::new();
    deps.insert(
        "example.com/a".to_string(),
        export_of("example.com/a", A, &BTreeMap::new()),
    );
    let (_, errs) = check(
        "example.com/b",
        "package b\n\nimport \"example.com/a\"\n\nvar s string = a.V.y\nvar n int = a.V\n",
        &deps,
    );
    assert_eq!(
        errs,
        [
            "./x.go:5:20: a.V.y undefined (cannot refer to unexported field y)",
            "./x.go:6:13: cannot use a.V (variable of struct type a.T) as int value in variable declaration",
        ]
    );
}

#[test]
fn transitive_named_references() {
    let mut deps = BTreeMap::new();
    deps.insert(
        "example.com/a".to_string(),
        export_of("example.com/a", A, &deps),
    );
    let b = export_of(
        "example.com/b",
        "package b\n\nimport \"example.com/a\"\n\nvar W = a.New(1)\n\nfunc Get() a.I { return W }\n",
        &deps,
    );
    deps.insert("example.com/b".to_string(), b);
    let (info, errs) = check(
        "example.com/c",
        "package c\n\nimport \"example.com/b\"\n\nvar X = b.W.X + b.Get().Get()\n",
        &deps,
    );
    assert!(errs.is_empty(), "{errs:#?}");
    let p = info.package(info.pkg.unwrap());
    let x = info.obj(info.scope(p.scope).names["X"]).ty;
    assert_eq!(type_string(&info, x, info.pkg), "int");
}

#[test]
fn deterministic_and_body_independent() {
    let deps = BTreeMap::new();
    let one = export_of("example.com/a", A, &deps);
    let two = export_of("example.com/a", A, &deps);
    assert_eq!(one, two);
    // Edit bodies only (also moving lines): export data must not change.
    let edited = A
        .replace(
            "func New(x int) *T { return &T{X: x} }",
            "func New(x int) *T {\n\ty := x * 2\n\n\treturn &T{X: y}\n}",
        )
        .replace("func hidden() {}", "func hidden() { println(1) }");
    assert_ne!(edited, A);
    assert_eq!(export_of("example.com/a", &edited, &deps), one);
    // A declaration change does change it.
    let changed = A.replace("const K = 42", "const K = 43");
    assert_ne!(export_of("example.com/a", &changed, &deps), one);
}

#[test]
fn bad_export_data_is_an_error_not_a_panic() {
    let mut deps = BTreeMap::new();
    let good = export_of("example.com/a", A, &BTreeMap::new());
    for cut in [0, 3, 8, 20, good.len() / 2, good.len() - 1] {
        deps.insert("example.com/a".to_string(), good[..cut].to_vec());
        let (_, errs) = check(
            "example.com/b",
            "package b\n\nimport \"example.com/a\"\n\nvar _ = a.K\n",
            &deps,
        );
        assert!(
            errs[0].starts_with("./x.go:3:8: could not import example.com/a ("),
            "{errs:?}"
        );
    }
    let (_, errs) = check(
        "example.com/b",
        "package b\n\nimport \"example.com/zz\"\n",
        &BTreeMap::new(),
    );
    assert_eq!(
        errs,
        ["./x.go:3:8: could not import example.com/zz (file not found)"]
    );
}

#[test]
fn generics_round_trip() {
    let a = r#"package a

type Num interface{ ~int | ~float64 }

type Box[T any] struct{ V T }

func (b *Box[T]) Get() T { return b.V }

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Sum[T Num](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

var IntBox Box[int]
"#;
    let mut deps = BTreeMap::new();
    deps.insert(
        "example.com/a".to_string(),
        export_of("example.com/a", a, &BTreeMap::new()),
    );
    let (info, errs) = check(
        "example.com/b",
        r#"package b

import "example.com/a"

var B = a.Box[string]{V: "x"}
var S = B.Get()
var L = a.Map([]int{1}, func(i int) string { return "" })
var N = a.Sum(1.5, 2)
var I = a.IntBox.Get()
var bad = a.Sum("x")
"#,
        &deps,
    );
    assert_eq!(
        errs,
        ["./x.go:10:16: string does not satisfy a.Num (string missing in ~int | ~float64)"]
    );
    let p = info.package(info.pkg.unwrap());
    let ty = |n: &str| type_string(&info, info.obj(info.scope(p.scope).names[n]).ty, info.pkg);
    assert_eq!(ty("B"), "a.Box[string]");
    assert_eq!(ty("S"), "string");
    assert_eq!(ty("L"), "[]string");
    assert_eq!(ty("N"), "float64");
    assert_eq!(ty("I"), "int");
}

#[test]
fn unexported_interface_methods_across_packages() {
    let a = r#"package a

type Node interface {
	Pos() int
	tree() *Tree
}

type Tree struct{ Root *ListNode }

type ListNode struct{ tr *Tree }

func (l *ListNode) Pos() int    { return 0 }
func (l *ListNode) tree() *Tree { return l.tr }
"#;
    let mut deps = BTreeMap::new();
    deps.insert(
        "example.com/a".to_string(),
        export_of("example.com/a", a, &BTreeMap::new()),
    );
    let (_, errs) = check(
        "example.com/b",
        "package b\n\nimport \"example.com/a\"\n\nvar t a.Tree\nvar N a.Node = t.Root\n",
        &deps,
    );
    assert!(errs.is_empty(), "{errs:#?}");
}

#[test]
fn recursive_types_through_pointers() {
    // `*Node` is reached first from New's signature and again inside Node's own fields.
    let a = "package a\n\nfunc New() *Node { return nil }\n\ntype Node struct{ Next *Node }\n";
    let mut deps = BTreeMap::new();
    deps.insert(
        "example.com/a".to_string(),
        export_of("example.com/a", a, &BTreeMap::new()),
    );
    let (_, errs) = check(
        "example.com/b",
        "package b\n\nimport \"example.com/a\"\n\nvar n = a.New()\nvar m *a.Node = n.Next.Next\n",
        &deps,
    );
    assert!(errs.is_empty(), "{errs:#?}");
}

#[test]
fn generic_methods_round_trip() {
    let a = "package a\n\ntype R struct{ Seed int }\n\nfunc (r *R) Pick[T any](xs []T) T { return xs[r.Seed%len(xs)] }\n";
    let mut deps = BTreeMap::new();
    deps.insert(
        "example.com/a".to_string(),
        export_of("example.com/a", a, &BTreeMap::new()),
    );
    let (info, errs) = check(
        "example.com/b",
        "package b\n\nimport \"example.com/a\"\n\nvar r a.R\nvar S = r.Pick([]string{\"x\"})\nvar I = r.Pick[int](nil)\n",
        &deps,
    );
    assert!(errs.is_empty(), "{errs:#?}");
    let p = info.package(info.pkg.unwrap());
    let ty = |n: &str| type_string(&info, info.obj(info.scope(p.scope).names[n]).ty, info.pkg);
    assert_eq!(ty("S"), "string");
    assert_eq!(ty("I"), "int");
}
