//! Type checker tests: small packages checked, with assertions on object types, constant
//! values, initialisation order, selections, layout and exact gc error messages.

use std::collections::BTreeMap;

use compiler::constant::ConstValue;
use compiler::syntax::{parse_file, NodeIdGen};
use compiler::types::{self, layout, typestring::type_string, Info, ObjKind};

fn check_files(
    path: &str,
    srcs: &[(&str, &str)],
    deps: &BTreeMap<String, Vec<u8>>,
) -> (Info, Vec<String>) {
    let mut ids = NodeIdGen::new();
    let mut files = Vec::new();
    for (i, (name, src)) in srcs.iter().enumerate() {
        let (f, d) = parse_file(i as u32, name, src.as_bytes(), &mut ids);
        assert!(d.is_empty(), "parse errors: {d:?}");
        files.push(f);
    }
    let (info, diags) = types::check(path, &files, deps);
    (info, diags.iter().map(|d| d.to_string()).collect())
}

fn check(src: &str) -> (Info, Vec<String>) {
    check_files("example.com/x", &[("./x.go", src)], &BTreeMap::new())
}

fn errors(src: &str) -> Vec<String> {
    check(src).1
}

fn ok(src: &str) -> Info {
    let (info, errs) = check(src);
    assert!(errs.is_empty(), "unexpected errors: {errs:#?}");
    info
}

/// Type of package-level object `name`, as gc prints it.
fn obj_type(info: &Info, name: &str) -> String {
    let p = info.package(info.pkg.unwrap());
    let o = info.scope(p.scope).names[name];
    type_string(info, info.obj(o).ty, info.pkg)
}

fn const_val(info: &Info, name: &str) -> ConstValue {
    let p = info.package(info.pkg.unwrap());
    let o = info.scope(p.scope).names[name];
    match &info.obj(o).kind {
        ObjKind::Const(v) => v.clone(),
        k => panic!("{name} is not a constant: {k:?}"),
    }
}

#[test]
fn valid_program_has_no_errors_and_types() {
    let info = ok(r#"package main

type Point struct{ X, Y int }

func (p Point) Sum() int { return p.X + p.Y }
func (p *Point) Scale(k int) { p.X *= k }

var a = Point{1, 2}
var b = a.Sum()
var c, d = two()
var s = "x" + "y"
var sl = []int{1, 2}[1:]
var m = map[string]bool{}
var f = 1.5
var r = 'a'

func two() (int, string) { return 1, "a" }

func main() {
	p := &a
	p.Scale(2)
	println(b, c, d, s, len(sl), len(m), f, r)
}
"#);
    assert_eq!(obj_type(&info, "a"), "Point");
    assert_eq!(obj_type(&info, "b"), "int");
    assert_eq!(obj_type(&info, "c"), "int");
    assert_eq!(obj_type(&info, "d"), "string");
    assert_eq!(obj_type(&info, "sl"), "[]int");
    assert_eq!(obj_type(&info, "m"), "map[string]bool");
    assert_eq!(obj_type(&info, "f"), "float64");
    assert_eq!(obj_type(&info, "r"), "int32");
    assert_eq!(obj_type(&info, "two"), "func() (int, string)");
    assert_eq!(obj_type(&info, "Point"), "Point");
    // method sets
    let p = info.package(info.pkg.unwrap());
    let pt = info.obj(info.scope(p.scope).names["Point"]).ty;
    let n = info.table.named(pt).unwrap();
    assert_eq!(n.methods.len(), 2);
    assert_eq!(info.link_name(n.methods[0], "main"), "main.Point.Sum");
    assert_eq!(info.link_name(n.methods[1], "main"), "main.(*Point).Scale");
}

#[test]
fn constants_iota_and_arithmetic() {
    let info = ok(r#"package p

const (
	A = iota
	B
	C
	D = 1 << iota
	E
)

const Big = 1 << 100
const Small = Big >> 98
const F = 7.0 / 2
const I = 7 / 2
const S = "ab" + "c"
const T int8 = -128
const U = ^uint8(0)
const N = -7 % 3
const X = len("héllo")
"#);
    assert_eq!(const_val(&info, "A"), ConstValue::int(0));
    assert_eq!(const_val(&info, "C"), ConstValue::int(2));
    assert_eq!(const_val(&info, "D"), ConstValue::int(8));
    assert_eq!(const_val(&info, "E"), ConstValue::int(16));
    assert_eq!(const_val(&info, "Small"), ConstValue::int(4));
    assert_eq!(const_val(&info, "I"), ConstValue::int(3));
    assert_eq!(const_val(&info, "F").as_f64(), 3.5);
    assert_eq!(const_val(&info, "S"), ConstValue::String(b"abc".to_vec()));
    assert_eq!(const_val(&info, "U"), ConstValue::int(255));
    assert_eq!(const_val(&info, "N"), ConstValue::int(-1));
    assert_eq!(const_val(&info, "X"), ConstValue::int(6));
    assert_eq!(obj_type(&info, "Big"), "untyped int");
    assert_eq!(obj_type(&info, "T"), "int8");
    assert_eq!(obj_type(&info, "U"), "uint8");
}

#[test]
fn init_order_follows_dependencies() {
    let info = ok(r#"package p

var (
	a = c + b
	b = f()
	c = f()
	d = 3
)

func f() int { return d }
"#);
    let names: Vec<String> = info
        .init_order
        .iter()
        .map(|i| {
            i.lhs
                .iter()
                .map(|o| info.obj(*o).name.clone())
                .collect::<Vec<_>>()
                .join(",")
        })
        .collect();
    assert_eq!(names, ["d", "b", "c", "a"]);
}

#[test]
fn gc_error_messages() {
    let errs = errors(
        r#"package main

func f() (int, int) { return 1, 2 }
func g(a, b int) int { return a }

func main() {
	x := 1
	var s string = "a"
	var y int
	y = s
	a, b := g(1, 2)
	_ = s + y
	g(1)
	if y {
	}
}
"#,
    );
    assert_eq!(
        errs,
        [
            "./x.go:7:2: declared and not used: x",
            "./x.go:10:6: cannot use s (variable of type string) as int value in assignment",
            "./x.go:11:2: declared and not used: a",
            "./x.go:11:5: declared and not used: b",
            "./x.go:11:10: assignment mismatch: 2 variables but g returns 1 value",
            "./x.go:12:6: invalid operation: s + y (mismatched types string and int)",
            "./x.go:13:4: not enough arguments in call to g\n\thave (number)\n\twant (int, int)",
            "./x.go:14:5: non-boolean condition in if statement",
        ]
    );
}

#[test]
fn gc_constant_errors() {
    let errs = errors(
        r#"package main

func main() {
	var i8 int8 = 300
	const c int8 = 100
	_ = c * 2
	_ = 1 / 0
	var f1 int = 1.5
	_ = int8(300)
	_, _ = i8, f1
}
"#,
    );
    assert_eq!(
        errs,
        [
            "./x.go:4:16: cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)",
            "./x.go:6:6: c * 2 (constant 200 of type int8) overflows int8",
            "./x.go:7:10: invalid operation: division by zero",
            "./x.go:8:15: cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)",
            "./x.go:9:11: constant 300 overflows int8",
        ]
    );
}

#[test]
fn gc_missing_return_and_undefined() {
    let errs = errors(
        r#"package main

func h() int {
}

func main() {
	_ = undefinedThing
	return 1
}
"#,
    );
    assert_eq!(
        errs,
        [
            "./x.go:4:1: missing return",
            "./x.go:7:6: undefined: undefinedThing",
            "./x.go:8:9: too many return values\n\thave (number)\n\twant ()",
        ]
    );
}

#[test]
fn gc_operator_errors() {
    let errs = errors(
        r#"package main

type S struct{ a int }

func main() {
	var x int
	var s string
	var p *S
	var sl []int
	_ = !x
	_ = sl == sl
	_ = x == s
	_ = p.b
	_ = "a" + 1
}
"#,
    );
    assert_eq!(
        errs,
        [
            "./x.go:10:7: invalid operation: operator ! not defined on x (variable of type int)",
            "./x.go:11:6: invalid operation: sl == sl (slice can only be compared to nil)",
            "./x.go:12:11: invalid operation: x == s (mismatched types int and string)",
            "./x.go:13:8: p.b undefined (type *S has no field or method b)",
            "./x.go:14:6: invalid operation: \"a\" + 1 (mismatched types untyped string and untyped int)",
        ]
    );
}

#[test]
fn too_many_errors_cut_at_ten() {
    let mut src = String::from("package main\n\nfunc main() {\n");
    for i in 0..12 {
        src.push_str(&format!("\t_ = u{i}\n"));
    }
    src.push_str("}\n");
    let errs = errors(&src);
    assert_eq!(errs.len(), 11);
    assert_eq!(errs[9], "./x.go:13:6: undefined: u9");
    assert_eq!(errs[10], "./x.go:13:6: too many errors");
}

#[test]
fn layout_matches_data_layout() {
    let info = ok(r#"package p

type T struct {
	a bool
	b int
	c string
	d []int
	e interface{}
	f *int
	g int16
}
"#);
    let p = info.package(info.pkg.unwrap());
    let t = info.obj(info.scope(p.scope).names["T"]).ty;
    assert_eq!(
        layout::field_offsets(&info.table, t),
        [0, 8, 16, 32, 56, 64, 68]
    );
    assert_eq!(layout::sizeof(&info.table, t), 72);
    assert_eq!(layout::alignof(&info.table, t), 8);
}

#[test]
fn closures_record_captures() {
    let info = ok(r#"package p

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}
"#);
    assert_eq!(info.captures.len(), 1);
    let caps = info.captures.values().next().unwrap();
    assert_eq!(caps.len(), 1);
    assert_eq!(info.obj(caps[0]).name, "c");
}

#[test]
fn generics_check_and_record_instances() {
    let info = ok(r#"package p

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type List[T any] struct {
	head *node[T]
}

type node[T any] struct {
	v    T
	next *node[T]
}

func (l *List[T]) Push(v T) { l.head = &node[T]{v: v, next: l.head} }

var A = Sum([]float64{1, 2})
var B List[string]
var C = Sum[int](nil)

func use() { B.Push("x") }
"#);
    assert_eq!(obj_type(&info, "A"), "float64");
    assert_eq!(obj_type(&info, "B"), "List[string]");
    assert_eq!(obj_type(&info, "C"), "int");
    let mut insts: Vec<String> = info
        .instances
        .values()
        .map(|i| type_string(&info, i.ty, info.pkg))
        .collect();
    insts.sort();
    assert!(
        insts.contains(&"func(xs []float64) float64".replace("xs ", "")),
        "{insts:?}"
    );
    assert!(insts.contains(&"List[string]".to_string()), "{insts:?}");
}

#[test]
fn gc_generic_errors() {
    let errs = errors(
        r#"package main

type Number interface {
	~int | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	return s
}

func Zero[T any]() T {
	var z T
	return z
}

type Box[T any] struct{ v T }

func main() {
	_ = Sum([]string{"a"})
	_ = Zero()
	var b Box
	_ = b
}
"#,
    );
    assert_eq!(
        errs,
        [
            "./x.go:20:9: string does not satisfy Number (string missing in ~int | ~float64)",
            "./x.go:21:10: in call to Zero, cannot infer T (declared at ./x.go:12:11)",
            "./x.go:22:8: cannot use generic type Box[T any] without instantiation",
        ]
    );
}

#[test]
fn gc_label_and_branch_errors() {
    let errs = errors(
        r#"package main

func main() {
	break
L:
	for {
		continue L
	}
M:
	goto N
	switch {
	case true:
		fallthrough
	}
}
"#,
    );
    assert_eq!(
        errs,
        [
            "./x.go:4:2: break is not in a loop, switch, or select",
            "./x.go:9:1: label M defined and not used",
            "./x.go:10:7: label N not defined",
            "./x.go:13:3: cannot fallthrough final case in switch",
        ]
    );
}

#[test]
fn composite_literal_errors() {
    let errs = errors(
        r#"package main

type T struct {
	A int
	b string
}

func main() {
	_ = T{A: 1, c: 2}
	_ = T{1}
	_ = T{1, "a", 3}
	_ = map[string]int{"a"}
}
"#,
    );
    assert_eq!(
        errs,
        [
            "./x.go:9:14: unknown field c in struct literal of type T",
            "./x.go:10:9: too few values in struct literal of type T",
            "./x.go:11:16: too many values in struct literal of type T",
            "./x.go:12:21: missing key in map literal",
        ]
    );
}

#[test]
fn constant_literals_and_arithmetic() {
    use compiler::constant::{self as c, ReprError};
    use compiler::types::BasicKind;
    assert_eq!(c::parse_int("0x_FF").unwrap(), 255.into());
    assert_eq!(c::parse_int("0o17").unwrap(), 15.into());
    assert_eq!(c::parse_int("017").unwrap(), 15.into());
    assert_eq!(c::parse_int("1_000").unwrap(), 1000.into());
    assert_eq!(c::rat_to_f64(&c::parse_float("0x1p-2").unwrap()), 0.25);
    assert_eq!(c::rat_to_f64(&c::parse_float("1.5e3").unwrap()), 1500.0);
    assert_eq!(c::parse_char(r"'\n'").unwrap(), 10.into());
    assert_eq!(c::parse_char(r"'\u00e9'").unwrap(), 0xe9.into());
    assert_eq!(
        c::parse_string(r#""a\xffb""#).unwrap(),
        vec![b'a', 0xff, b'b']
    );
    assert_eq!(c::parse_string("`a\r\nb`").unwrap(), b"a\nb".to_vec());
    let big = ConstValue::Int(c::parse_int("18446744073709551616").unwrap());
    assert_eq!(
        c::representable(&big, BasicKind::Uint64),
        Err(ReprError::Overflows)
    );
    assert!(c::representable(&big, BasicKind::UntypedInt).is_ok());
    let half = ConstValue::Float(c::parse_float("0.5").unwrap());
    assert_eq!(
        c::representable(&half, BasicKind::Int),
        Err(ReprError::Truncated)
    );
    assert_eq!(
        c::representable(&ConstValue::int(-1), BasicKind::Uintptr),
        Err(ReprError::Overflows)
    );
    assert_eq!(c::format_g6(1e6), "1e+06");
    assert_eq!(c::format_g6(1.23456789), "1.23457");
    assert_eq!(c::format_g6(0.0001), "0.0001");
}

#[test]
fn byte_and_rune_spelled_as_declared() {
    let errs = errors(
        r#"package main

var g byte

func f(c byte) {
	var s string = c
	_ = s
}

func main() {
	var b byte = 256
	var r rune
	_ = r + "x"
	g = 256
	var u uint8
	u = 256
	_, _ = b, u
}
"#,
    );
    assert_eq!(
        errs,
        [
            "./x.go:6:17: cannot use c (variable of type byte) as string value in variable declaration",
            "./x.go:11:15: cannot use 256 (untyped int constant) as byte value in variable declaration (overflows)",
            "./x.go:13:6: invalid operation: r + \"x\" (mismatched types rune and untyped string)",
            "./x.go:14:6: cannot use 256 (untyped int constant) as byte value in assignment (overflows)",
            "./x.go:16:6: cannot use 256 (untyped int constant) as uint8 value in assignment (overflows)",
        ]
    );
}

#[test]
fn inference_and_constant_len_details() {
    let info = ok(r#"package p

func Contains[S ~[]E, E comparable](s S, v E) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

type Stats struct{ Pause [256]uint64 }

const N = len(((*Stats)(nil)).Pause)

var B = Contains([]byte("x"), 'x')

func Index[T ~[]byte | ~string](s T, i int) byte { return s[i] }

func Grow[S ~[]E, E any](s S, n int) S {
	if s == nil {
		return nil
	}
	return append(s, make(S, n)...)
}
"#);
    assert_eq!(const_val(&info, "N"), ConstValue::int(256));
    assert_eq!(obj_type(&info, "B"), "bool");
}

#[test]
fn labels_are_objects_used_by_branches() {
    let info = ok(r#"package p

func f(n int) int {
	i := 0
loop:
	if i < n {
		i++
		goto loop
	}
	goto done
done:
	return i
}
"#);
    let labels: Vec<_> = info
        .defs
        .values()
        .filter(|o| matches!(info.obj(**o).kind, ObjKind::Label))
        .collect();
    assert_eq!(labels.len(), 2);
    let label_uses = info
        .uses
        .values()
        .filter(|o| matches!(info.obj(**o).kind, ObjKind::Label))
        .count();
    assert_eq!(label_uses, 2, "backward and forward gotos both resolve");
}
