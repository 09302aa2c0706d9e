//! Recursive-descent parser producing [`ast`](super::ast) trees.
//!
//! The grammar and, above all, the error behaviour follow gc's syntax
//! package (cmd/compile/internal/syntax): the same productions accept the
//! same inputs, report the same `syntax error: unexpected X, expected Y`
//! messages at the same positions, and resynchronise at the same tokens, so
//! that our diagnostics match gc's line for line. Parsing is split by
//! responsibility: declarations (`decl.rs`), statements (`stmt.rs`),
//! expressions (`expr.rs`) and types (`types.rs`).

mod decl;
mod expr;
pub mod pragma;
mod stmt;
mod types;

use super::ast::*;
use super::lexer::Lexer;
use super::token::{Op, Tok};

/// Maximum nesting of expressions, types and statements. gc has no limit,
/// but we must not overflow the stack on hostile input; real code stays far
/// below this.
pub const MAX_NESTING: u32 = 1000;

/// Limit used when parsing on the caller's (possibly small) stack.
pub const FALLBACK_NESTING: u32 = 50;

/// An error found while parsing: 1-based line and column in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub line: u32,
    pub col: u32,
    pub msg: String,
}

/// Statement keywords at which error recovery stops inside function bodies
/// (gc's stopset).
const STOPSET: u64 = (1 << Tok::Break as u8)
    | (1 << Tok::Const as u8)
    | (1 << Tok::Continue as u8)
    | (1 << Tok::Defer as u8)
    | (1 << Tok::Fallthrough as u8)
    | (1 << Tok::For as u8)
    | (1 << Tok::Go as u8)
    | (1 << Tok::Goto as u8)
    | (1 << Tok::If as u8)
    | (1 << Tok::Return as u8)
    | (1 << Tok::Select as u8)
    | (1 << Tok::Switch as u8)
    | (1 << Tok::Type as u8)
    | (1 << Tok::Var as u8);

pub struct Parser<'a, 'g> {
    lx: Lexer<'a>,
    file: u32,
    ids: &'g mut NodeIdGen,
    pub errors: Vec<ParseError>,
    /// Function nesting (error recovery stops at statement keywords inside
    /// functions).
    fnest: i32,
    /// Expression nesting: composite literals of bare type names are not
    /// allowed in statement headers (`if x == T{}`) where it is -1.
    xnest: i32,
    /// Current recursion depth, bounded by `max_nesting`.
    depth: u32,
    /// Directives seen and not yet taken by a declaration.
    pragmas: Vec<(Pragma, pragma::DirectiveKind)>,
    /// Directives taken by declarations that do not accept them.
    pub misplaced: Vec<Pragma>,
    /// Whether to report directive errors (off when only reading headers).
    pub check_directives: bool,
    pub max_nesting: u32,
}

impl<'a, 'g> Parser<'a, 'g> {
    pub fn new(file: u32, src: &'a [u8], ids: &'g mut NodeIdGen) -> Self {
        let mut p = Parser {
            lx: Lexer::new(src),
            file,
            ids,
            errors: Vec::new(),
            fnest: 0,
            xnest: 0,
            depth: 0,
            pragmas: Vec::new(),
            misplaced: Vec::new(),
            check_directives: true,
            max_nesting: MAX_NESTING,
        };
        p.next();
        p
    }

    // ---- tokens ----

    fn tok(&self) -> Tok {
        self.lx.tok
    }

    fn next(&mut self) {
        self.lx.next();
        if !self.lx.errors.is_empty() {
            for e in self.lx.errors.drain(..) {
                self.errors.push(ParseError {
                    line: e.line,
                    col: e.col,
                    msg: e.msg,
                });
            }
        }
    }

    fn got(&mut self, t: Tok) -> bool {
        if self.tok() == t {
            self.next();
            true
        } else {
            false
        }
    }

    fn want(&mut self, t: Tok) {
        if !self.got(t) {
            self.syntax_error(&format!("expected {}", t.describe()));
            self.advance(&[]);
        }
    }

    /// `=`, also accepting `:=` with an error (for recovery).
    fn got_assign(&mut self) -> bool {
        match self.tok() {
            Tok::Define => {
                self.syntax_error("expected =");
                self.next();
                true
            }
            Tok::Assign => {
                self.next();
                true
            }
            _ => false,
        }
    }

    /// Is the current token the operator `op`?
    fn is_op(&self, op: Op) -> bool {
        self.tok() == Tok::Operator && self.lx.op == op
    }

    fn pos(&self) -> Pos {
        Pos::new(self.file, self.lx.line, self.lx.col)
    }

    fn fresh(&mut self) -> NodeId {
        self.ids.fresh()
    }

    fn expr_at(&mut self, pos: Pos, kind: ExprKind) -> Expr {
        Expr {
            id: self.fresh(),
            pos,
            kind,
        }
    }

    fn stmt_at(&mut self, pos: Pos, kind: StmtKind) -> Stmt {
        Stmt {
            id: self.fresh(),
            pos,
            kind,
        }
    }

    fn bad_expr(&mut self) -> Expr {
        let pos = self.pos();
        self.expr_at(pos, ExprKind::Bad)
    }

    // ---- errors ----

    fn error_at(&mut self, pos: Pos, msg: String) {
        self.errors.push(ParseError {
            line: pos.line,
            col: pos.col,
            msg,
        });
    }

    fn error(&mut self, msg: &str) {
        let pos = self.pos();
        self.error_at(pos, msg.to_string());
    }

    fn syntax_error(&mut self, msg: &str) {
        let pos = self.pos();
        self.syntax_error_at(pos, msg);
    }

    /// Reports `syntax error: ...`, naming the current token the way gc does
    /// when `msg` starts with "expected", "in", "at" or "after".
    fn syntax_error_at(&mut self, pos: Pos, msg: &str) {
        if self.tok() == Tok::Eof && !self.errors.is_empty() {
            return; // avoid meaningless follow-up errors
        }
        let suffix = if msg.is_empty() {
            String::new()
        } else if msg.starts_with("in ") || msg.starts_with("at ") || msg.starts_with("after ") {
            format!(" {msg}")
        } else if msg.starts_with("expected ") {
            format!(", {msg}")
        } else {
            self.error_at(pos, format!("syntax error: {msg}"));
            return;
        };
        let tok = self.describe_current();
        self.error_at(pos, format!("syntax error: unexpected {tok}{suffix}"));
    }

    /// How gc names the current token in "unexpected X".
    fn describe_current(&self) -> String {
        match self.tok() {
            Tok::Name => format!("name {}", self.lx.lit),
            Tok::Semi => self.lx.lit.clone(),
            Tok::Literal => format!("literal {}", self.lx.lit),
            Tok::Operator => self.lx.op.as_str().to_string(),
            Tok::AssignOp => format!("{}=", self.lx.op.as_str()),
            Tok::IncOp => format!("{0}{0}", self.lx.op.as_str()),
            t => t.describe(),
        }
    }

    /// Skips tokens until one in `follow` (or, inside functions, a statement
    /// keyword) is found; with an empty `follow`, skips exactly one token.
    fn advance(&mut self, follow: &[Tok]) {
        let mut set = Tok::Eof.bit();
        if !follow.is_empty() {
            if self.fnest > 0 {
                set |= STOPSET;
            }
            for t in follow {
                set |= t.bit();
            }
        }
        while set & self.tok().bit() == 0 {
            self.next();
            if follow.is_empty() {
                break;
            }
        }
    }

    /// Enters one level of nesting; false (after reporting once and
    /// stopping the scanner) if the input nests too deeply.
    fn enter(&mut self) -> bool {
        self.depth += 1;
        if self.depth > self.max_nesting {
            self.depth -= 1;
            if self.tok() != Tok::Eof {
                let pos = self.pos();
                self.error_at(
                    pos,
                    format!(
                        "syntax error: nesting too deep (more than {} levels)",
                        self.max_nesting
                    ),
                );
                self.lx.abort();
                self.next();
                if self.tok() != Tok::Eof {
                    self.next();
                }
            }
            return false;
        }
        true
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    // ---- lists and names ----

    /// `[ f { sep f } [sep] ] close`; returns the position of `close`. `f`
    /// returns true to stop accepting elements.
    fn list(
        &mut self,
        context: &str,
        sep: Tok,
        close: Tok,
        f: &mut dyn FnMut(&mut Self) -> bool,
    ) -> Pos {
        let mut done = false;
        while self.tok() != Tok::Eof && self.tok() != close && !done {
            done = f(self);
            if !self.got(sep) && self.tok() != close {
                self.syntax_error(&format!(
                    "in {context}; possibly missing {} or {}",
                    sep.describe(),
                    close.describe()
                ));
                self.advance(&[Tok::Rparen, Tok::Rbrack, Tok::Rbrace]);
                if self.tok() != close {
                    return self.pos();
                }
            }
        }
        let pos = self.pos();
        self.want(close);
        pos
    }

    fn name(&mut self) -> Ident {
        let pos = self.pos();
        if self.tok() == Tok::Name {
            let name = std::mem::take(&mut self.lx.lit);
            self.next();
            return Ident {
                id: self.fresh(),
                pos,
                name,
            };
        }
        self.syntax_error("expected name");
        self.advance(&[]);
        Ident {
            id: self.fresh(),
            pos,
            name: "_".into(),
        }
    }

    fn name_list(&mut self, first: Ident) -> Vec<Ident> {
        let mut l = vec![first];
        while self.got(Tok::Comma) {
            l.push(self.name());
        }
        l
    }

    fn new_ident(&mut self, pos: Pos, name: &str) -> Ident {
        Ident {
            id: self.fresh(),
            pos,
            name: name.to_string(),
        }
    }

    // ---- pragmas (see pragma.rs) ----

    fn all_pragmas(&self) -> Vec<Pragma> {
        self.lx
            .directives
            .iter()
            .map(|d| Pragma {
                pos: Pos::new(self.file, d.line, d.col),
                text: d.text.clone(),
            })
            .collect()
    }
}

/// Converts a declared name into an identifier expression (keeping its id).
fn ident_expr(n: Ident) -> Expr {
    Expr {
        id: n.id,
        pos: n.pos,
        kind: ExprKind::Ident(n.name),
    }
}

/// Removes any parentheses around `x`.
fn unparen(mut x: Expr) -> Expr {
    loop {
        match x {
            Expr {
                kind: ExprKind::Paren(inner),
                ..
            } => x = *inner,
            other => return other,
        }
    }
}

fn unparen_ref(mut x: &Expr) -> &Expr {
    while let ExprKind::Paren(inner) = &x.kind {
        x = inner;
    }
    x
}
