//! Diagnostics of the parser compared with real gc (go1.27.3): each case's
//! expected lines were produced by `go tool compile` on the same source,
//! keeping the lines gc reports from its syntax package (type errors that
//! gc also reports for some inputs are the checker's business).

use compiler::syntax::{parse_file, NodeIdGen};

fn diags(src: &[u8]) -> Vec<String> {
    let mut ids = NodeIdGen::new();
    let (_, d) = parse_file(0, "x.go", src, &mut ids);
    d.iter().map(|d| d.to_string()).collect()
}

#[rustfmt::skip]
const CASES: &[(&[u8], &[&str])] = &[
    (b"package main\nfunc main() {\n\tx := 1 +\n}\n", &["x.go:4:1: syntax error: unexpected }, expected expression"]),
    (b"package main\nfunc main() {\n\tif x == 1 {\n\t} else for {\n\t}\n}\n", &["x.go:4:9: syntax error: else must be followed by if or statement block"]),
    (b"package main\nx := 1\n", &["x.go:2:1: syntax error: non-declaration statement outside function body"]),
    (b"package main\nfunc main() {\n\tf(1, 2\n}\n", &["x.go:3:8: syntax error: unexpected newline in argument list; possibly missing comma or )"]),
    (b"package main\nfunc main() {\n\tvar x = [3]int{1, 2, 3\n\t}\n}\n", &["x.go:3:24: syntax error: unexpected newline in composite literal; possibly missing comma or }"]),
    (b"package main\nfunc main()\n{\n}\n", &["x.go:3:1: syntax error: unexpected semicolon or newline before {"]),
    (b"main\n", &["x.go:1:1: syntax error: package statement must be first"]),
    (b"package main\nimport \"fmt\"\nfunc main() { fmt.Println(\"hi\") }\nimport \"os\"\n", &["x.go:4:1: syntax error: imports must appear before other declarations"]),
    (b"package main\nfunc main() {\n\tfor i := 0; i < 10; i++ {\n\t\tbreak\n\t}\n\tx := @\n}\n", &["x.go:6:7: invalid character U+0040 '@'", "x.go:7:1: syntax error: unexpected }, expected expression"]),
    (b"package main\nvar s = \"abc\n", &["x.go:2:13: newline in string"]),
    (b"package main\nvar r = 'ab'\n", &["x.go:2:9: more than one character in rune literal"]),
    (b"package main\nvar r = ''\n", &["x.go:2:10: empty rune literal or unescaped '"]),
    (b"package main\nvar x = 0x\n", &["x.go:2:11: hexadecimal literal has no digits"]),
    (b"package main\nvar x = 09\n", &["x.go:2:10: invalid digit '9' in octal literal"]),
    (b"package main\nvar x = 1_\n", &["x.go:2:10: '_' must separate successive digits"]),
    (b"package main\nvar x = 0b102\n", &["x.go:2:13: invalid digit '2' in binary literal"]),
    (b"package main\nvar x = 0x1.5\n", &["x.go:2:14: hexadecimal mantissa requires a 'p' exponent"]),
    (b"package main\nvar x = 1e\n", &["x.go:2:11: exponent has no digits"]),
    (b"package main\nvar x = 0o1.5\n", &["x.go:2:12: invalid radix point in octal literal"]),
    (b"package main\nvar s = \"\\q\"\n", &["x.go:2:11: unknown escape"]),
    (b"package main\nvar s = \"\\400\"\n", &["x.go:2:14: octal escape value 256 > 255"]),
    (b"package main\nvar s = \"\\uD800\"\n", &["x.go:2:16: escape is invalid Unicode code point U+D800"]),
    (b"package main\nvar s = \"\\xZZ\"\n", &["x.go:2:12: invalid character 'Z' in hexadecimal escape"]),
    (b"package main\n/* unterminated\n", &["x.go:2:1: comment not terminated"]),
    (b"package main\nvar s = `abc\n", &["x.go:2:9: string not terminated"]),
    (b"package main\nfunc main() {\n\tif x := 1 {\n\t}\n}\n", &["x.go:3:7: syntax error: cannot use x := 1 as value"]),
    (b"package main\nfunc main() {\n\tif x = 1 {\n\t}\n}\n", &["x.go:3:7: syntax error: cannot use assignment x = 1 as value"]),
    (b"package main\nfunc main() {\n\tif {\n\t}\n}\n", &["x.go:3:5: syntax error: missing condition in if statement"]),
    (b"package main\nfunc main() {\n\tif x; {\n\t}\n}\n", &["x.go:3:6: syntax error: missing condition in if statement"]),
    (b"package main\nfunc main() {\n\tfor i := 0; i < 3; j := 1 {\n\t}\n}\n", &["x.go:3:23: syntax error: cannot declare in post statement of for loop"]),
    (b"package main\nfunc main() {\n\tvar x int = 1;\n\tx++ = 2\n}\n", &["x.go:4:6: syntax error: unexpected = at end of statement"]),
    (b"package main\nfunc main() {\n\tgo (f())\n}\n", &["x.go:3:5: expression in go must not be parenthesized"]),
    (b"package main\nfunc main() {\n\tx := s[1:2:]\n}\n", &["x.go:3:13: final index required in 3-index slice"]),
    (b"package main\nfunc main() {\n\tx := s[1::3]\n}\n", &["x.go:3:11: middle index required in 3-index slice"]),
    (b"package main\nfunc f(a ...int, b int) {}\n", &["x.go:2:10: can only use ... with final parameter"]),
    (b"package main\nfunc f(a, b) {}\n", &[]),
    (b"package main\nfunc f(a int, string) {}\n", &["x.go:2:21: syntax error: missing parameter type"]),
    (b"package main\nfunc (a, b T) m() {}\n", &["x.go:2:15: method has multiple receivers"]),
    (b"package main\nfunc () m() {}\n", &["x.go:2:9: method has no receiver"]),
    (b"package main\ntype T struct {\n\ta int\n\t(b)\n}\n", &["x.go:4:2: syntax error: cannot parenthesize embedded type"]),
    (b"package main\nfunc main() {\n\tL:\n}\n", &[]), // "label L defined and not used" comes from the checker
    (b"package main\nfunc main() {\n\tswitch x {\n\tfoo:\n\t}\n}\n", &["x.go:4:2: syntax error: unexpected name foo, expected case or default or }"]),
    (b"package main\nfunc main() {\n\tselect {\n\tcase x:\n\t}\n\tx := <-chan<- int(nil)\n}\n", &[]),
    (b"package main\nvar x = []int{1,2,3}[\n", &["x.go:3:1: syntax error: unexpected EOF, expected expression"]),
    (b"package main\nfunc main() {\n\ta, b += 1, 2\n}\n", &["x.go:3:7: syntax error: unexpected +=, expected := or = or comma"]),
    (b"package main\nfunc main() {\n\tvar x int\n\tx.\n}\n", &["x.go:5:1: syntax error: unexpected }, expected name or ("]),
    (b"package main\ntype T[P any, Q] struct{}\n", &["x.go:2:16: syntax error: missing type constraint"]),
    (b"package main\ntype T[] int\n", &[]),
    (b"package main\nfunc f[]() {}\n", &["x.go:2:8: syntax error: empty type parameter list"]),
    (b"package main\nvar f = func[T any]() {}\n", &["x.go:2:13: syntax error: function type must have no type parameters"]),
    (b"package main\nimport fmt\n", &["x.go:2:11: syntax error: missing import path"]),
    (b"package main\nimport 42\n", &["x.go:2:8: syntax error: import path must be a string"]),
    (b"package main\nfunc main() {\n\tfor var i = 0; i < 3; i++ {\n\t}\n}\n", &["x.go:3:10: syntax error: var declaration not allowed in for initializer"]),
    (b"package main\nfunc main() {\n\tx := struct{a int}{1}\n\tif x == struct{a int}{1} {\n\t}\n}\n", &[]),
    (b"package main\nfunc main() {\n\tif x == T{} {\n\t}\n}\n", &["x.go:3:14: syntax error: unexpected { at end of statement", "x.go:5:1: syntax error: non-declaration statement outside function body"]),
    (b"package main\nfunc main() {\n\tx := 1\n\tx = x +* 2\n}\n", &[]),
    (b"package main\nfunc main() {\n\tx := 1 x := 2\n}\n", &["x.go:3:9: syntax error: unexpected name x at end of statement"]),
    (b"package main\nfunc main() {\n\tfmt.Println(\"a\" \"b\")\n}\n", &["x.go:3:18: syntax error: unexpected literal \"b\" in argument list; possibly missing comma or )"]),
    (b"package main\nfunc main() {\n\tvar a [3]int\n\ta[] = 1\n}\n", &["x.go:4:4: syntax error: unexpected ], expected operand"]),
    (b"package main\nfunc main() {\n\tdefer\n}\n", &["x.go:4:1: syntax error: unexpected }, expected expression"]),
    (b"package main\nfunc main() {\n\treturn 1,\n}\n", &["x.go:4:1: syntax error: unexpected }, expected expression"]),
    (b"package main\nfunc main() {\n\tx := map[string]int{\"a\": 1, \"b\" 2}\n}\n", &["x.go:3:34: syntax error: unexpected literal 2 in composite literal; possibly missing comma or }"]),
    (b"package main\nfunc main() {\n\tswitch {\n\tcase 1:\n\tdefault:\n\tdefault\n\t}\n}\n", &["x.go:7:2: syntax error: unexpected }, expected :"]),
    (b"package main\nvar x = \x00\n", &["x.go:2:9: invalid NUL character"]),
    (b"package main\nvar x = \xff\n", &["x.go:2:9: invalid UTF-8 encoding"]),
    (b"package main\nvar x\xef\xbb\xbf = 1\n", &["x.go:2:6: invalid BOM in the middle of the file"]),
    (b"\xef\xbb\xbfpackage main\nvar x = 1 \xe2\x82\xac 2\n", &["x.go:2:11: invalid character U+20AC '\u{20ac}' in identifier", "x.go:2:11: syntax error: unexpected name \u{20ac} after top level declaration"]),
    (b"package main\nvar x = 1 # 2\n", &["x.go:2:11: invalid character U+0023 '#'", "x.go:2:13: syntax error: unexpected literal 2 after top level declaration"]),
    (b"package main\nvar ab\xc2\xb2 = 1\n", &["x.go:2:7: invalid character U+00B2 '\u{00b2}' in identifier"]),
    (b"package main\nfunc main() {\n\tfor {\n", &["x.go:4:1: syntax error: unexpected EOF, expected }"]),
    (b"package main\nfunc main() {\n\t)\n}\n", &["x.go:3:2: syntax error: unexpected ), expected }", "x.go:4:1: syntax error: non-declaration statement outside function body"]),
    (b"package main\nfunc main() {\n\tx := [...]int{1}\n\ty := [...]int\n}\n", &[]),
    (b"package main\ntype I interface {\n\tM[T any]()\n}\n", &["x.go:3:3: interface method must have no type parameters"]),
    (b"package main\ntype T struct { *(U) }\n", &["x.go:2:18: syntax error: cannot parenthesize embedded type"]),
    (b"package main\nfunc main() {\n\tvar c <-chan <-chan int\n\tvar d = <-chan int(nil)\n}\n", &[]),
    (b"package main\nfunc main() {\n\tx := 'a\n}\n", &["x.go:3:9: newline in rune literal"]),
    (b"package main\nconst (\n\ta = iota\n\tb c\n)\n", &[]),
    (b"package main\ntype T = \n", &["x.go:3:1: syntax error: unexpected EOF in type declaration"]),
    (b"package main\nfunc main() {\n\tif true {\n\t}\n\telse {\n\t}\n}\n", &["x.go:5:2: syntax error: unexpected keyword else, expected }"]),
];

#[test]
fn messages_match_gc() {
    let mut failures = Vec::new();
    for (i, (src, want)) in CASES.iter().enumerate() {
        let got = diags(src);
        if got != *want {
            failures.push(format!(
                "case {i}: {:?}\n  want {want:?}\n  got  {got:?}",
                String::from_utf8_lossy(src)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn at_most_one_syntax_error_per_line() {
    let got = diags(b"package main\nfunc main() {\n\tx := ) ) ) )\n}\n");
    let n = got.iter().filter(|d| d.starts_with("x.go:3:")).count();
    assert_eq!(n, 1, "{got:?}");
}

#[test]
fn range_with_three_variables_is_left_to_the_checker() {
    // types2 reports "range clause permits at most two iteration variables"
    // only after checking the range operand, so the parser keeps the extra
    // variables in the tree and reports nothing.
    use compiler::syntax::ast::{Decl, StmtKind};
    let src = b"package main\nfunc main() {\n\tfor a, b, c := range x {\n\t}\n}\n";
    assert!(diags(src).is_empty());
    let mut ids = NodeIdGen::new();
    let (f, _) = parse_file(0, "x.go", src, &mut ids);
    let Decl::Func(fd) = &f.decls[0] else {
        panic!()
    };
    let StmtKind::Range { extra, .. } = &fd.body.as_ref().unwrap().stmts[0].kind else {
        panic!()
    };
    assert_eq!(extra.len(), 1);
    assert_eq!((extra[0].pos.line, extra[0].pos.col), (3, 12));
}

/// Directive checks gc's noder makes while parsing (expected lines from
/// `go tool compile` on the same source), plus the Wasm spec's rules for
/// bare and misplaced go:wasmimport/go:wasmexport (shared/spec/wasm.md).
#[test]
fn directives_checked_while_parsing() {
    let src = b"//go:build !foo\n\n// comment\npackage main\n\n//go:build bar\nimport \"fmt\"\n\n//go:noinline\nvar v = 1\n\n//go:noinline\ntype T int\n\nfunc f() {\n\t//go:noinline\n\tx := 1 //go:noinline\n\t_ = x\n}\n\n//go:linkname\nfunc g() {}\n\n//go:embed\nvar e string\n\n//go:unknownthing\nfunc main() { fmt.Println(v) }\n\n//go:nosplit\n";
    assert_eq!(
        diags(src),
        [
            "x.go:16:4: misplaced compiler directive",
            "x.go:17:11: misplaced compiler directive",
            "x.go:24:3: usage: //go:embed pattern...",
            "x.go:30:3: misplaced compiler directive",
        ]
    );
    let wasm = b"package main\n\n//go:wasmexport\nfunc bare() {}\n\n//go:wasmimport host\nfunc one()\n\n//go:wasmexport a b\nfunc two() {}\n\nfunc f() {\n\t//go:wasmexport inner\n\tprintln(1)\n\t//go:wasmimport host inner\n\tprintln(2)\n}\n\n//go:wasmexport eof\n";
    assert_eq!(
        diags(wasm),
        [
            "x.go:3:3: usage: //go:wasmexport exportname",
            "x.go:6:3: usage: //go:wasmimport importmodule importname",
            "x.go:9:3: usage: //go:wasmexport exportname",
            "x.go:13:4: misplaced go:wasmexport directive",
            "x.go:15:4: misplaced go:wasmimport directive",
            "x.go:19:3: misplaced go:wasmexport directive",
        ]
    );
}

#[test]
fn directives_on_declarations_that_do_not_take_them_are_late_errors() {
    use compiler::syntax::late_diagnostics;
    let src = b"package main\n\n//go:noinline\nvar v = 1\n\n//go:wasmexport c\nconst c = 1\n\n//go:embed x.txt\ntype T struct{}\n\n//go:noinline\n//go:wasmexport f\nfunc f() {}\n\n//go:embed x.txt\nvar e string\n";
    assert!(diags(src).is_empty());
    let mut ids = NodeIdGen::new();
    let (f, _) = parse_file(0, "x.go", src, &mut ids);
    let late: Vec<String> = late_diagnostics(&f).iter().map(|d| d.to_string()).collect();
    assert_eq!(
        late,
        [
            "x.go:3:3: misplaced compiler directive",
            "x.go:6:3: misplaced go:wasmexport directive",
            "x.go:9:3: misplaced go:embed directive",
        ]
    );
    // The function keeps its directives.
    let compiler::syntax::ast::Decl::Func(fd) = &f.decls[3] else {
        panic!()
    };
    let texts: Vec<&str> = fd.pragmas.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(texts, ["go:noinline", "go:wasmexport f"]);
}
