//! Parses every .go file of the real Go distribution's sources (excluding
//! testdata directories) and expects no diagnostics. Needs GOROOT set (or
//! `go` on PATH); run with `cargo test -p compiler --test syntax_goroot --
//! --ignored`.

use compiler::syntax::{parse_file, NodeIdGen};
use std::path::{Path, PathBuf};

fn goroot() -> Option<PathBuf> {
    if let Ok(r) = std::env::var("GOROOT") {
        return Some(PathBuf::from(r));
    }
    let out = std::process::Command::new("go")
        .args(["env", "GOROOT"])
        .output()
        .ok()?;
    let s = String::from_utf8(out.stdout).ok()?;
    let s = s.trim();
    (!s.is_empty()).then(|| PathBuf::from(s))
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = rd.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n == "testdata") {
                continue;
            }
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "go") {
            out.push(p);
        }
    }
}

#[test]
#[ignore]
fn parse_all_of_goroot_src() {
    let Some(root) = goroot() else {
        panic!("GOROOT not found");
    };
    let mut files = Vec::new();
    collect(&root.join("src"), &mut files);
    let mut failures = Vec::new();
    for f in &files {
        let src = std::fs::read(f).unwrap();
        let mut ids = NodeIdGen::new();
        let name = f.strip_prefix(&root).unwrap().display().to_string();
        let (file, diags) = parse_file(0, &name, &src, &mut ids);
        if !diags.is_empty() {
            failures.push(format!("{}", diags[0]));
        }
        // The standard library compiles, so no directive is misplaced.
        if let Some(d) = compiler::syntax::late_diagnostics(&file).first() {
            failures.push(format!("{d}"));
        }
    }
    eprintln!(
        "parsed {} files, {} with errors",
        files.len(),
        failures.len()
    );
    for f in failures.iter().take(50) {
        eprintln!("{f}");
    }
    assert!(failures.is_empty(), "{} files failed", failures.len());
}

// ---- tree comparison with go/ast ----

use compiler::syntax::ast::*;
use compiler::syntax::walk::{walk_file, Visitor};

/// Records, for selected node kinds, "KIND LINE:COL EXTRA" where the
/// position is one both go/ast and our AST record for the same construct.
struct Events(Vec<String>);

impl Events {
    fn at(&mut self, kind: &str, p: Pos, extra: &str) {
        let extra = extra.replace('\n', "\\n").replace('\r', "\\r");
        self.0.push(format!("{kind} {}:{} {extra}", p.line, p.col));
    }
}

impl Visitor for Events {
    fn ident(&mut self, i: &Ident) {
        self.at("I", i.pos, &i.name);
    }
    fn value_spec(&mut self, s: &ValueSpec) -> bool {
        if s.implicit {
            // go/ast has no clones of the repeated values.
            s.names.iter().for_each(|n| self.ident(n));
            return false;
        }
        true
    }
    fn element(&mut self, e: &Element) {
        if e.key.is_some() {
            self.at("V", e.pos, "");
        }
    }
    fn case_clause(&mut self, c: &CaseClause) {
        self.at("CASE", c.pos, "");
    }
    fn comm_clause(&mut self, c: &CommClause) {
        self.at("CASE", c.pos, "");
    }
    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Ident(n) => self.at("I", e.pos, n),
            ExprKind::BasicLit { raw, .. } => self.at("L", e.pos, raw),
            ExprKind::Binary { op, .. } => self.at("B", e.pos, op.as_str()),
            ExprKind::Call { .. } => self.at("C", e.pos, ""),
            ExprKind::Index { .. } => self.at("X", e.pos, ""),
            ExprKind::Slice { .. } => self.at("S", e.pos, ""),
            ExprKind::CompositeLit { .. } => self.at("K", e.pos, ""),
            ExprKind::Star(_) => self.at("*", e.pos, ""),
            ExprKind::Unary { op, .. } => self.at("U", e.pos, op.as_str()),
            ExprKind::FuncLit { .. } => self.at("F", e.pos, ""),
            _ => {}
        }
    }
    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Assign { op, .. } => {
                let t = match op {
                    AssignOp::Assign => "=".to_string(),
                    AssignOp::Define => ":=".to_string(),
                    AssignOp::Op(b) => format!("{}=", b.as_str()),
                };
                self.at("A", s.pos, &t)
            }
            StmtKind::IncDec { inc, .. } => self.at("ID", s.pos, if *inc { "++" } else { "--" }),
            StmtKind::Send { .. } => self.at("SEND", s.pos, ""),
            StmtKind::Go(_) => self.at("GO", s.pos, ""),
            StmtKind::Defer(_) => self.at("DEFER", s.pos, ""),
            StmtKind::Return(_) => self.at("RET", s.pos, ""),
            StmtKind::Branch { kind, .. } => {
                let t = match kind {
                    BranchKind::Break => "break",
                    BranchKind::Continue => "continue",
                    BranchKind::Goto => "goto",
                    BranchKind::Fallthrough => "fallthrough",
                };
                self.at("BR", s.pos, t)
            }
            StmtKind::If { .. } => self.at("IF", s.pos, ""),
            StmtKind::For { .. } => self.at("FOR", s.pos, ""),
            StmtKind::Range { range_pos, .. } => {
                self.at("FOR", s.pos, "");
                self.at("RK", *range_pos, "");
            }
            StmtKind::Switch { .. } | StmtKind::TypeSwitch { .. } => self.at("SW", s.pos, ""),
            StmtKind::Select { .. } => self.at("SEL", s.pos, ""),
            StmtKind::Labeled { .. } => self.at("LAB", s.pos, ""),
            StmtKind::Decl(_) => self.at("DECL", s.pos, ""),
            _ => {}
        }
    }
}

/// The events of one file, sorted as Go's sort.Strings sorts (bytewise).
pub fn events(src: &[u8]) -> Vec<String> {
    let mut ids = NodeIdGen::new();
    let (f, _) = parse_file(0, "x.go", src, &mut ids);
    let mut ev = Events(Vec::new());
    walk_file(&mut ev, &f);
    for i in &f.imports {
        ev.at("L", i.path_pos, &format!("\"{}\"", i.path));
    }
    let mut v = ev.0;
    v.sort();
    v
}

/// The go/ast side of `trees_match_go_ast`: reads file paths on stdin and
/// prints "== PATH" followed by that file's sorted events. (A test helper
/// run with the reference Go toolchain; not part of gobuild.)
const GO_DUMPER: &str = r####"package main

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"sort"
	"strings"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		path := sc.Text()
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			fmt.Fprintf(w, "== %s\nERR\n", path)
			continue
		}
		var ev []string
		at := func(kind string, p token.Pos, extra string) {
			q := fset.Position(p)
			extra = strings.ReplaceAll(strings.ReplaceAll(extra, "\n", "\\n"), "\r", "\\r")
			ev = append(ev, fmt.Sprintf("%s %d:%d %s", kind, q.Line, q.Column, extra))
		}
		guards := map[ast.Stmt]bool{}
		tags := map[*ast.BasicLit]bool{}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.TypeSwitchStmt:
				if n.Assign != nil {
					guards[n.Assign] = true
				}
				at("SW", n.Switch, "")
			case *ast.Ident:
				at("I", n.NamePos, n.Name)
			case *ast.Field:
				if n.Tag != nil {
					tags[n.Tag] = true
				}
			case *ast.BasicLit:
				if !tags[n] {
					at("L", n.ValuePos, n.Value)
				}
			case *ast.BinaryExpr:
				at("B", n.OpPos, n.Op.String())
			case *ast.CallExpr:
				at("C", n.Lparen, "")
			case *ast.IndexExpr:
				at("X", n.Lbrack, "")
			case *ast.IndexListExpr:
				at("X", n.Lbrack, "")
			case *ast.SliceExpr:
				at("S", n.Lbrack, "")
			case *ast.CompositeLit:
				at("K", n.Lbrace, "")
			case *ast.StarExpr:
				at("*", n.Star, "")
			case *ast.UnaryExpr:
				at("U", n.OpPos, n.Op.String())
			case *ast.KeyValueExpr:
				at("V", n.Colon, "")
			case *ast.FuncLit:
				at("F", n.Type.Func, "")
			case *ast.AssignStmt:
				if !guards[n] {
					at("A", n.TokPos, n.Tok.String())
				}
			case *ast.IncDecStmt:
				at("ID", n.TokPos, n.Tok.String())
			case *ast.SendStmt:
				at("SEND", n.Arrow, "")
			case *ast.GoStmt:
				at("GO", n.Go, "")
			case *ast.DeferStmt:
				at("DEFER", n.Defer, "")
			case *ast.ReturnStmt:
				at("RET", n.Return, "")
			case *ast.BranchStmt:
				at("BR", n.TokPos, n.Tok.String())
			case *ast.IfStmt:
				at("IF", n.If, "")
			case *ast.ForStmt:
				at("FOR", n.For, "")
			case *ast.RangeStmt:
				at("FOR", n.For, "")
				at("RK", n.Range, "")
			case *ast.SwitchStmt:
				at("SW", n.Switch, "")
			case *ast.SelectStmt:
				at("SEL", n.Select, "")
			case *ast.CaseClause:
				at("CASE", n.Case, "")
			case *ast.CommClause:
				at("CASE", n.Case, "")
			case *ast.LabeledStmt:
				at("LAB", n.Colon, "")
			case *ast.DeclStmt:
				at("DECL", n.Decl.(*ast.GenDecl).TokPos, "")
			}
			return true
		})
		sort.Strings(ev)
		fmt.Fprintf(w, "== %s\n", path)
		for _, e := range ev {
			fmt.Fprintln(w, e)
		}
	}
}
"####;

/// Builds and runs GO_DUMPER over `files`, returning its output.
fn go_events(files: &[PathBuf]) -> Option<String> {
    let dir = std::env::temp_dir().join(format!("gobuild-astdump-{}", std::process::id()));
    std::fs::create_dir_all(&dir).ok()?;
    std::fs::write(dir.join("main.go"), GO_DUMPER).ok()?;
    std::fs::write(dir.join("go.mod"), "module astdump\n\ngo 1.21\n").ok()?;
    let st = std::process::Command::new("go")
        .args(["build", "-o", "dump", "."])
        .current_dir(&dir)
        .status()
        .ok()?;
    if !st.success() {
        return None;
    }
    use std::io::Write;
    let mut child = std::process::Command::new(dir.join("dump"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .ok()?;
    let list: String = files.iter().map(|f| format!("{}\n", f.display())).collect();
    let mut stdin = child.stdin.take()?;
    let writer = std::thread::spawn(move || stdin.write_all(list.as_bytes()));
    let out = child.wait_with_output().ok()?;
    writer.join().ok()?.ok()?;
    let _ = std::fs::remove_dir_all(&dir);
    String::from_utf8(out.stdout).ok()
}

/// Compares our trees with go/ast's on every GOROOT file: for identifiers,
/// literals, operators, calls, index/slice expressions, composite literals,
/// key/value pairs, function literals and statements, both must record the
/// same nodes at the same positions. GO_EVENTS may name a file with
/// precomputed dumper output; otherwise the dumper is built with `go`.
#[test]
#[ignore]
fn trees_match_go_ast() {
    let text = match std::env::var("GO_EVENTS") {
        Ok(path) => std::fs::read_to_string(path).unwrap(),
        Err(_) => {
            let root = goroot().expect("GOROOT not found");
            let mut files = Vec::new();
            collect(&root.join("src"), &mut files);
            go_events(&files).expect("could not run the go/ast dumper")
        }
    };
    let mut files = 0;
    let mut bad = Vec::new();
    let mut cur: Option<(String, Vec<String>)> = None;
    let check = |name: String, want: Vec<String>, bad: &mut Vec<String>| {
        let src = std::fs::read(&name).unwrap();
        let got = events(&src);
        if got != want {
            let g: std::collections::BTreeSet<&String> = got.iter().collect();
            let w: std::collections::BTreeSet<&String> = want.iter().collect();
            let extra: Vec<_> = g.difference(&w).take(3).collect();
            let missing: Vec<_> = w.difference(&g).take(3).collect();
            bad.push(format!("{name}: extra {extra:?} missing {missing:?}"));
        }
    };
    for line in text.lines() {
        if let Some(name) = line.strip_prefix("== ") {
            if let Some((n, w)) = cur.take() {
                check(n, w, &mut bad);
                files += 1;
            }
            cur = Some((name.to_string(), Vec::new()));
        } else if let Some((_, w)) = &mut cur {
            w.push(line.to_string());
        }
    }
    if let Some((n, w)) = cur.take() {
        check(n, w, &mut bad);
        files += 1;
    }
    eprintln!("compared {files} files, {} differ", bad.len());
    for b in bad.iter().take(40) {
        eprintln!("{b}");
    }
    assert!(bad.is_empty());
}

/// Every GOROOT testdata file on which gc reports a syntax error (gc then
/// stops after parsing, so all its diagnostics come from the parser) must
/// give exactly gc's first 10 diagnostics. Runs `go tool compile` per file.
#[test]
#[ignore]
fn testdata_syntax_errors_match_gc() {
    let root = goroot().expect("GOROOT not found");
    let mut files = Vec::new();
    collect_testdata(&root.join("src"), false, &mut files);
    let out_obj = std::env::temp_dir().join(format!("gobuild-gc-{}.o", std::process::id()));
    let (mut compared, mut bad) = (0, Vec::new());
    for f in &files {
        let (Some(dir), Some(base)) = (f.parent(), f.file_name()) else {
            continue;
        };
        let Ok(out) = std::process::Command::new("go")
            .args(["tool", "compile", "-p", "p", "-o"])
            .arg(&out_obj)
            .arg(base)
            .current_dir(dir)
            .output()
        else {
            continue;
        };
        let text = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        if !text.contains("syntax error") {
            continue;
        }
        let want: Vec<&str> = text
            .lines()
            .filter(|l| !l.contains("too many errors"))
            .take(10)
            .collect();
        let src = std::fs::read(f).unwrap();
        let name = base.to_string_lossy();
        let mut ids = NodeIdGen::new();
        let (_, d) = parse_file(0, &name, &src, &mut ids);
        let got: Vec<String> = d.iter().take(10).map(|d| d.to_string()).collect();
        compared += 1;
        if got != want {
            bad.push(format!("{}:\n  want {want:?}\n  got  {got:?}", f.display()));
        }
    }
    let _ = std::fs::remove_file(&out_obj);
    eprintln!(
        "compared {compared} files with syntax errors, {} differ",
        bad.len()
    );
    assert!(compared > 0 && bad.is_empty(), "{}", bad.join("\n"));
}

fn collect_testdata(dir: &Path, inside: bool, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = rd.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            let inside = inside || p.file_name().is_some_and(|n| n == "testdata");
            collect_testdata(&p, inside, out);
        } else if inside && p.extension().is_some_and(|e| e == "go") {
            out.push(p);
        }
    }
}
