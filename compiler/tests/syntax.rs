//! Parser tests: every construct of the language parses into the expected
//! tree shape, positions follow gc's conventions, and hostile input (deep
//! nesting, truncated files, random bytes) yields errors, never a panic or
//! a stack overflow.

use compiler::syntax::ast::*;
use compiler::syntax::printer::expr_string;
use compiler::syntax::{parse_file, NodeIdGen};

fn parse(src: &str) -> (File, Vec<String>) {
    let mut ids = NodeIdGen::new();
    let (f, d) = parse_file(0, "x.go", src.as_bytes(), &mut ids);
    (f, d.iter().map(|d| d.to_string()).collect())
}

fn parse_ok(src: &str) -> File {
    let (f, d) = parse(src);
    assert!(d.is_empty(), "unexpected diagnostics: {d:?}");
    f
}

/// The body statements of the first function.
fn body(f: &File) -> &[Stmt] {
    for d in &f.decls {
        if let Decl::Func(fd) = d {
            return &fd.body.as_ref().unwrap().stmts;
        }
    }
    panic!("no function");
}

fn func_body(stmts: &str) -> File {
    parse_ok(&format!("package p\nfunc f() {{\n{stmts}\n}}\n"))
}

/// The expression of `var _ = EXPR`.
fn expr_of(src: &str) -> Expr {
    let f = parse_ok(&format!("package p\nvar _ = {src}\n"));
    match &f.decls[0] {
        Decl::Var(specs) => specs[0].values[0].clone(),
        _ => panic!(),
    }
}

#[test]
fn package_and_imports() {
    let f = parse_ok("package foo\n\nimport \"fmt\"\nimport (\n\tm \"math\"\n\t. \"strings\"\n\t_ \"embed\"\n)\n");
    assert_eq!(f.package.name, "foo");
    assert_eq!((f.package.pos.line, f.package.pos.col), (1, 9));
    let got: Vec<(Option<&str>, &str)> = f
        .imports
        .iter()
        .map(|i| (i.name.as_ref().map(|n| n.name.as_str()), i.path.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (None, "fmt"),
            (Some("m"), "math"),
            (Some("."), "strings"),
            (Some("_"), "embed")
        ]
    );
    assert_eq!(
        (f.imports[1].path_pos.line, f.imports[1].path_pos.col),
        (5, 4)
    );
}

#[test]
fn const_groups_iota_and_implicit_repetition() {
    let f = parse_ok("package p\nconst (\n\tA, B int = iota, iota * 2\n\tC, D\n\tE = 7\n\tF\n)\n");
    let Decl::Const(specs) = &f.decls[0] else {
        panic!()
    };
    assert_eq!(specs.len(), 4);
    assert_eq!(
        specs.iter().map(|s| s.iota).collect::<Vec<_>>(),
        [0, 1, 2, 3]
    );
    assert_eq!(
        specs.iter().map(|s| s.implicit).collect::<Vec<_>>(),
        [false, true, false, true]
    );
    assert_eq!(expr_string(specs[1].ty.as_ref().unwrap()), "int");
    assert_eq!(expr_string(&specs[1].values[1]), "iota * 2");
    // Fresh ids on the clones.
    assert_ne!(specs[1].values[0].id, specs[0].values[0].id);
    assert_eq!(expr_string(&specs[3].values[0]), "7");
}

#[test]
fn types_generics_and_aliases() {
    let f = parse_ok(
        "package p\ntype (\n\tA [4]int\n\tS []string\n\tL[T any] struct { next *L[T]; val T }\n\tN[K comparable, V ~int | string] map[K]V\n\tAl = int\n\tGA[T any] = []T\n\tP[T *int,] struct{}\n\tQ[T interface{ ~int }] int\n)\n",
    );
    let Decl::Type(specs) = &f.decls[0] else {
        panic!()
    };
    let summary: Vec<(String, usize, bool, String)> = specs
        .iter()
        .map(|s| {
            (
                s.name.name.clone(),
                s.tparams.len(),
                s.alias,
                expr_string(&s.ty),
            )
        })
        .collect();
    assert_eq!(summary[0], ("A".into(), 0, false, "[4]int".into()));
    assert_eq!(summary[1], ("S".into(), 0, false, "[]string".into()));
    assert_eq!(
        summary[2],
        ("L".into(), 1, false, "struct{next *L[T]; val T}".into())
    );
    assert_eq!(summary[3], ("N".into(), 2, false, "map[K]V".into()));
    assert_eq!(summary[4], ("Al".into(), 0, true, "int".into()));
    assert_eq!(summary[5], ("GA".into(), 1, true, "[]T".into()));
    assert_eq!(summary[6].1, 1);
    assert_eq!(expr_string(&specs[6].tparams[0].ty), "*int");
    assert_eq!(expr_string(&specs[3].tparams[1].ty), "~int | string");
    assert_eq!(expr_string(&specs[7].tparams[0].ty), "interface{~int}");
}

#[test]
fn funcs_methods_and_params() {
    let f = parse_ok(
        "package p\n//go:noinline\nfunc (l *List[T]) Push(v T) {}\nfunc F[T any, U ~int](a, b int, c ...string) (x int, err error) { return }\n//go:wasmimport env f\nfunc G(int, string) bool\n",
    );
    let Decl::Func(m) = &f.decls[0] else { panic!() };
    assert_eq!(m.name.name, "Push");
    assert_eq!(expr_string(&m.recv.as_ref().unwrap().ty), "*List[T]");
    assert_eq!(m.pragmas.len(), 1);
    assert_eq!(m.pragmas[0].text, "go:noinline");
    assert_eq!((m.pragmas[0].pos.line, m.pragmas[0].pos.col), (2, 3));
    let Decl::Func(g) = &f.decls[1] else { panic!() };
    assert_eq!(g.tparams.len(), 2);
    assert_eq!(g.ty.params.len(), 2);
    assert_eq!(g.ty.params[0].names.len(), 2);
    assert!(matches!(
        g.ty.params[1].ty.kind,
        ExprKind::Ellipsis(Some(_))
    ));
    assert_eq!(g.ty.results.len(), 2);
    assert!(g.pragmas.is_empty());
    let Decl::Func(h) = &f.decls[2] else { panic!() };
    assert!(h.body.is_none());
    assert_eq!(h.pragmas[0].text, "go:wasmimport env f");
    assert_eq!(h.ty.params.len(), 2);
    assert!(h.ty.params.iter().all(|p| p.names.is_empty()));
    assert_eq!(f.pragmas.len(), 2);
}

#[test]
fn expression_precedence_and_shapes() {
    let cases = [
        ("a + b*c - d", "a + b * c - d"),
        ("a || b && c == d", "a || b && c == d"),
        ("-x.y[1:2:3]", "-x.y[1:2:3]"),
        ("<-ch", "<-ch"),
        ("*p.q", "*p.q"),
        ("&T{1, 2}", "&T{…}"),
        ("f[int](x)", "f[int](x)"),
        ("m[K, V]{}", "m[K, V]{}"),
        ("x.(T)", "x.(T)"),
        ("func(a int) int { return a }", "func(a int) int {…}"),
        ("[]int{1}[0]", "[]int{…}[0]"),
        ("[...]int{1, 2}", "[...]int{…}"),
        ("map[string][]int{}", "map[string][]int{}"),
        ("struct{}{}", "struct{}{}"),
        (
            "0x1p-2 + 1_000i + 'a' + 0b1 + 0o7",
            "0x1p-2 + 1_000i + 'a' + 0b1 + 0o7",
        ),
        ("(<-chan int)(nil)", "(<-chan int)(nil)"),
        ("f(xs...)", "f(xs...)"),
        ("s[:]", "s[:]"),
        ("x &^ y << 2", "x &^ y << 2"),
    ];
    for (src, want) in cases {
        assert_eq!(expr_string(&expr_of(src)), want, "{src}");
    }
    // Tree shape: a + b*c is Add(a, Mul(b, c)), positioned at the operator.
    let e = expr_of("a + b*c");
    let ExprKind::Binary {
        op: BinaryOp::Add,
        y,
        ..
    } = &e.kind
    else {
        panic!()
    };
    assert!(matches!(
        y.kind,
        ExprKind::Binary {
            op: BinaryOp::Mul,
            ..
        }
    ));
    assert_eq!((e.pos.line, e.pos.col), (2, 11));
    assert_eq!((e.start_pos().line, e.start_pos().col), (2, 9));
}

#[test]
fn channel_types_associate_as_gc() {
    let e = expr_of("make(chan<- <-chan int)");
    let ExprKind::Call { args, .. } = &e.kind else {
        panic!()
    };
    let ExprKind::ChanType { dir, elem } = &args[0].kind else {
        panic!()
    };
    assert_eq!(*dir, ChanDir::Send);
    assert!(matches!(
        elem.kind,
        ExprKind::ChanType {
            dir: ChanDir::Recv,
            ..
        }
    ));
    let e = expr_of("(<-chan chan int)(nil)");
    let ExprKind::Call { fun, .. } = &e.kind else {
        panic!()
    };
    let ExprKind::Paren(t) = &fun.kind else {
        panic!()
    };
    let ExprKind::ChanType { dir, elem } = &t.kind else {
        panic!()
    };
    assert_eq!(*dir, ChanDir::Recv);
    assert!(matches!(
        elem.kind,
        ExprKind::ChanType {
            dir: ChanDir::Both,
            ..
        }
    ));
}

#[test]
fn statements() {
    let f = func_body(
        "L:\n\tfor i := 0; i < 10; i++ {\n\t\tif i == 2 {\n\t\t\tcontinue L\n\t\t} else if i == 3 {\n\t\t\tbreak\n\t\t} else {\n\t\t}\n\t}\n\tfor k, v := range m {\n\t\t_, _ = k, v\n\t}\n\tfor range 10 {\n\t}\n\tfor {\n\t\tbreak\n\t}\n\tswitch x := f(); x {\n\tcase 1, 2:\n\t\tfallthrough\n\tdefault:\n\t}\n\tswitch t := y.(type) {\n\tcase int:\n\t\t_ = t\n\t}\n\tselect {\n\tcase v := <-ch:\n\t\t_ = v\n\tcase ch <- 1:\n\tdefault:\n\t}\n\tgo f()\n\tdefer g()\n\tx += 2\n\tx++\n\tvar z int\n\tconst c = 1\n\ttype T int\n\tgoto M\nM:\n\treturn",
    );
    let kinds: Vec<&str> = body(&f)
        .iter()
        .map(|s| match &s.kind {
            StmtKind::Labeled { .. } => "label",
            StmtKind::Range { .. } => "range",
            StmtKind::For { .. } => "for",
            StmtKind::Switch { .. } => "switch",
            StmtKind::TypeSwitch { .. } => "typeswitch",
            StmtKind::Select { .. } => "select",
            StmtKind::Go(_) => "go",
            StmtKind::Defer(_) => "defer",
            StmtKind::Assign { .. } => "assign",
            StmtKind::IncDec { .. } => "incdec",
            StmtKind::Decl(_) => "decl",
            StmtKind::Branch { .. } => "branch",
            _ => "other",
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "label",
            "range",
            "range",
            "for",
            "switch",
            "typeswitch",
            "select",
            "go",
            "defer",
            "assign",
            "incdec",
            "decl",
            "decl",
            "decl",
            "branch",
            "label"
        ]
    );
    let s = body(&f);
    let StmtKind::Range {
        key, value, define, ..
    } = &s[1].kind
    else {
        panic!()
    };
    assert!(key.is_some() && value.is_some() && *define);
    let StmtKind::Range { key, .. } = &s[2].kind else {
        panic!()
    };
    assert!(key.is_none());
    let StmtKind::TypeSwitch {
        bind, x, clauses, ..
    } = &s[5].kind
    else {
        panic!()
    };
    assert_eq!(bind.as_ref().unwrap().name, "t");
    assert_eq!(expr_string(x), "y");
    assert_eq!(clauses.len(), 1);
    let StmtKind::Switch {
        init, tag, clauses, ..
    } = &s[4].kind
    else {
        panic!()
    };
    assert!(init.is_some() && tag.is_some());
    assert!(clauses[1].list.is_none());
    let StmtKind::Select { clauses, .. } = &s[6].kind else {
        panic!()
    };
    assert_eq!(clauses.len(), 3);
    assert!(matches!(
        clauses[1].comm.as_ref().unwrap().kind,
        StmtKind::Send { .. }
    ));
    // Assignment position is the operator, as gc.
    assert_eq!((s[9].pos.line, s[9].pos.col), (37, 4));
}

#[test]
fn composite_literal_in_statement_headers() {
    // A bare type name's composite literal must be parenthesised in a header.
    let f = func_body("\tif x == (T{}) {\n\t}\n\tfor _, v := range []T{{1}, {2}} {\n\t\t_ = v\n\t}\n\tif v := [2]int{1, 2}; v[0] == 1 {\n\t}");
    assert_eq!(body(&f).len(), 3);
    let (_, d) = parse("package p\nfunc f() {\n\tif x == T{} {\n\t}\n}\n");
    assert_eq!(
        d[0],
        "x.go:3:14: syntax error: unexpected { at end of statement"
    );
}

#[test]
fn interfaces_and_structs() {
    let e = expr_of("(*interface{ M(int) string; fmt.Stringer; ~int | ~string; comparable })(nil)");
    assert!(expr_string(&e)
        .starts_with("(*interface{M(int) string; fmt.Stringer; ~int | ~string; comparable})"));
    let f = parse_ok("package p\ntype S struct {\n\ta, b int `json:\"a\"`\n\t*Embedded\n\tpkg.T\n\tG[int]\n\tarr [3]int\n}\n");
    let Decl::Type(specs) = &f.decls[0] else {
        panic!()
    };
    let ExprKind::StructType { fields } = &specs[0].ty.kind else {
        panic!()
    };
    assert_eq!(fields.len(), 5);
    assert_eq!(fields[0].names.len(), 2);
    assert_eq!(fields[0].tag.as_deref(), Some("json:\"a\""));
    assert!(fields[1].names.is_empty() && fields[2].names.is_empty() && fields[3].names.is_empty());
    assert_eq!(expr_string(&fields[3].ty), "G[int]");
    assert_eq!(expr_string(&fields[4].ty), "[3]int");
}

#[test]
fn semicolons_comments_and_bom() {
    let f = parse_ok("\u{feff}package p /* c */; var x = 1 /* multi\nline */\nvar y = 2 // end");
    assert_eq!(f.decls.len(), 2);
    let f = parse_ok("package p\nvar s = `raw\r\nstring`\nvar r = '\\u00e9'\n");
    assert_eq!(f.decls.len(), 2);
}

#[test]
fn literal_values() {
    use compiler::syntax::literal::{rune_value, unquote_bytes};
    assert_eq!(
        unquote_bytes(r#""a\n\x41\101\u00e9""#).unwrap(),
        b"a\nAA\xc3\xa9"
    );
    assert_eq!(unquote_bytes("`a\r\nb`").unwrap(), b"a\nb");
    assert_eq!(unquote_bytes(r#""\xff""#).unwrap(), [0xff]);
    assert_eq!(rune_value(r"'\''"), Some(39));
    assert_eq!(rune_value("'é'"), Some(0xe9));
    assert_eq!(rune_value(r"'\U0001F600'"), Some(0x1F600));
}

#[test]
fn node_ids_are_unique() {
    let mut ids = NodeIdGen::new();
    let (a, _) = parse_file(0, "a.go", b"package p\nvar x = y + z\n", &mut ids);
    let (b, _) = parse_file(1, "b.go", b"package p\nvar u = v\n", &mut ids);
    let Decl::Var(sa) = &a.decls[0] else { panic!() };
    let Decl::Var(sb) = &b.decls[0] else { panic!() };
    assert!(sb[0].values[0].id > sa[0].values[0].id);
    assert_eq!(sb[0].values[0].pos.file, 1);
}

// ---- robustness ----

fn no_panic(src: &[u8]) -> Vec<String> {
    let mut ids = NodeIdGen::new();
    let (_, d) = parse_file(0, "x.go", src, &mut ids);
    d.iter().map(|d| d.to_string()).collect()
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    for (open, close) in [
        ("(", ")"),
        ("[]", ""),
        ("- ", ""),
        ("*", ""),
        ("<-", ""),
        ("[]T{", "}"),
        ("func() {", "}"),
    ] {
        let src = format!(
            "package p\nvar x = {}1{}\n",
            open.repeat(10_000),
            close.repeat(10_000)
        );
        let d = no_panic(src.as_bytes());
        assert!(
            d.iter().any(|m| m.contains("nesting too deep")),
            "{open}: {d:?}"
        );
    }
    let src = format!(
        "package p\nfunc f() {{\n{}{}\n}}\n",
        "{".repeat(10_000),
        "}".repeat(10_000)
    );
    assert!(no_panic(src.as_bytes())
        .iter()
        .any(|m| m.contains("nesting too deep")));
    let src = format!(
        "package p\nfunc f() {{\n{} {{}}\n}}\n",
        "if x {} else ".repeat(10_000)
    );
    assert!(no_panic(src.as_bytes())
        .iter()
        .any(|m| m.contains("nesting too deep")));
    // Moderate nesting is fine.
    let src = format!(
        "package p\nvar x = {}1{}\n",
        "(".repeat(200),
        ")".repeat(200)
    );
    assert!(no_panic(src.as_bytes()).is_empty());
}

const SAMPLE: &str = include_str!("syntax.rs");

#[test]
fn truncations_of_a_valid_file() {
    let src = "package p\n\nimport \"fmt\"\n\ntype L[T any] struct{ v T; next *L[T] }\n\nfunc (l *L[T]) Push(v T) { l.next = &L[T]{v: v} }\n\nfunc main() {\n\tx := []int{1, 2, 3}\n\tfor i, v := range x {\n\t\tswitch {\n\t\tcase v > 1:\n\t\t\tfmt.Println(i, \"s\\n\", 'c', 1.5e3)\n\t\t}\n\t}\n\tselect {\n\tdefault:\n\t}\n}\n";
    assert!(no_panic(src.as_bytes()).is_empty());
    for n in 0..src.len() {
        no_panic(&src.as_bytes()[..n]);
    }
    let b = SAMPLE.as_bytes();
    for n in (0..b.len()).step_by(97) {
        no_panic(&b[..n]);
    }
}

#[test]
fn random_bytes() {
    let mut state: u64 = 0x9E3779B97F4A7C15;
    let mut rnd = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let alphabet = b"package main func ( ) { } [ ] ; , . ... := = + - * / < > <- ! ~ & | ^ \" ' ` 0x1 1e 'a' \"s\" x y if for switch case default go chan map struct interface type var const range return \n\t";
    for _ in 0..2000 {
        let len = (rnd() % 200) as usize;
        let mut v = Vec::with_capacity(len + 13);
        v.extend_from_slice(b"package p\n");
        for _ in 0..len {
            if rnd() % 4 == 0 {
                v.push(rnd() as u8);
            } else {
                v.push(alphabet[(rnd() as usize) % alphabet.len()]);
            }
        }
        no_panic(&v);
        let raw: Vec<u8> = (0..len).map(|_| rnd() as u8).collect();
        no_panic(&raw);
    }
}

#[test]
fn scan_header_reads_build_package_and_imports() {
    use compiler::syntax::scan_header;
    let src = "// Copyright\n\n//go:build wasip1 && !purego\n\n// Package doc.\npackage util\n\nimport \"fmt\"\nimport (\n\tx \"strings\"\n\t_ \"embed\"\n)\n\nfunc f() { this is not parsed ( }\n";
    let h = scan_header("a.go", src.as_bytes()).unwrap();
    assert_eq!(h.package, "util");
    assert_eq!(h.build.as_deref(), Some("wasip1 && !purego"));
    let paths: Vec<(&str, u32, u32)> = h
        .imports
        .iter()
        .map(|i| (i.path.as_str(), i.line, i.col))
        .collect();
    assert_eq!(paths, [("fmt", 8, 8), ("strings", 10, 4), ("embed", 11, 4)]);
    // A //go:build line after the package clause is not a constraint.
    let h = scan_header("b.go", b"package p\n//go:build ignore\n").unwrap();
    assert_eq!(h.build, None);
    let e = scan_header("c.go", b"packag p\n").unwrap_err();
    assert_eq!(
        e.to_string(),
        "c.go:1:1: syntax error: package statement must be first"
    );
    let e = scan_header("d.go", b"package p\nimport fmt\n").unwrap_err();
    assert_eq!(
        e.to_string(),
        "d.go:2:11: syntax error: missing import path"
    );
}
