//! Statements, blocks, and the headers of if/for/switch.

use super::expr::assign_binary_op;
use super::{unparen, Parser};
use crate::syntax::ast::*;
use crate::syntax::printer;
use crate::syntax::token::{Op, Tok};

/// Result of a simple statement, which in headers may also be a range
/// clause or a type switch guard `x := y.(type)`.
#[allow(clippy::large_enum_variant)] // short-lived, moved once
pub(super) enum Simple {
    Stmt(Stmt),
    Range {
        lhs: Vec<Expr>,
        define: bool,
        x: Expr,
        range_pos: Pos,
    },
    Guard {
        bind: Ident,
        guard: Expr,
    },
}

/// The parts of an if/for/switch header.
#[derive(Default)]
struct Header {
    init: Option<Stmt>,
    cond: Option<Expr>,
    bind: Option<Ident>,
    post: Option<Stmt>,
    range: Option<(Vec<Expr>, bool, Expr, Pos)>,
}

impl<'a, 'g> Parser<'a, 'g> {
    fn simple_to_stmt(&mut self, s: Simple) -> Stmt {
        match s {
            Simple::Stmt(s) => s,
            Simple::Range { x, .. } => {
                let pos = x.pos;
                self.stmt_at(pos, StmtKind::Expr(x))
            }
            Simple::Guard { guard, .. } => {
                let pos = guard.pos;
                self.stmt_at(pos, StmtKind::Expr(guard))
            }
        }
    }

    /// SimpleStmt; `lhs` is an already parsed expression list; `keyword` is
    /// the header keyword (for, if, switch) if any.
    pub(super) fn simple_stmt(&mut self, lhs: Option<Vec<Expr>>, keyword: Option<Tok>) -> Simple {
        if keyword == Some(Tok::For) && self.tok() == Tok::Range {
            return self.range_clause(Vec::new(), false);
        }
        let mut lhs = match lhs {
            Some(l) => l,
            None => self.expr_list(),
        };
        if lhs.len() == 1 && self.tok() != Tok::Assign && self.tok() != Tok::Define {
            let pos = self.pos();
            let x = lhs.pop().unwrap_or_else(|| self.bad_expr());
            let kind = match self.tok() {
                Tok::AssignOp => {
                    let op = assign_binary_op(self.lx.op);
                    self.next();
                    let rhs = self.expr();
                    StmtKind::Assign {
                        lhs: vec![x],
                        op: AssignOp::Op(op),
                        rhs: vec![rhs],
                    }
                }
                Tok::IncOp => {
                    let inc = self.lx.op == Op::Add;
                    self.next();
                    StmtKind::IncDec { x, inc }
                }
                Tok::Arrow => {
                    self.next();
                    let value = self.expr();
                    StmtKind::Send { ch: x, value }
                }
                _ => {
                    let p = x.pos;
                    return Simple::Stmt(self.stmt_at(p, StmtKind::Expr(x)));
                }
            };
            return Simple::Stmt(self.stmt_at(pos, kind));
        }
        match self.tok() {
            Tok::Assign | Tok::Define => {
                let pos = self.pos();
                let define = self.tok() == Tok::Define;
                self.next();
                if keyword == Some(Tok::For) && self.tok() == Tok::Range {
                    return self.range_clause(lhs, define);
                }
                let mut rhs = self.expr_list();
                if keyword == Some(Tok::Switch)
                    && define
                    && lhs.len() == 1
                    && rhs.len() == 1
                    && matches!(lhs[0].kind, ExprKind::Ident(_))
                    && matches!(rhs[0].kind, ExprKind::TypeAssert { ty: None, .. })
                {
                    let l = lhs.pop();
                    let r = rhs.pop();
                    if let (
                        Some(Expr {
                            id,
                            pos,
                            kind: ExprKind::Ident(name),
                        }),
                        Some(guard),
                    ) = (l, r)
                    {
                        return Simple::Guard {
                            bind: Ident { id, pos, name },
                            guard,
                        };
                    }
                    return Simple::Stmt(self.stmt_at(pos, StmtKind::Bad));
                }
                let op = if define {
                    AssignOp::Define
                } else {
                    AssignOp::Assign
                };
                Simple::Stmt(self.stmt_at(pos, StmtKind::Assign { lhs, op, rhs }))
            }
            _ => {
                self.syntax_error("expected := or = or comma");
                self.advance(&[Tok::Semi, Tok::Rbrace]);
                let x = lhs.into_iter().next().unwrap_or_else(|| self.bad_expr());
                let p = x.pos;
                Simple::Stmt(self.stmt_at(p, StmtKind::Expr(x)))
            }
        }
    }

    fn range_clause(&mut self, lhs: Vec<Expr>, define: bool) -> Simple {
        let range_pos = self.pos();
        self.next(); // range
        let x = self.expr();
        Simple::Range {
            lhs,
            define,
            x,
            range_pos,
        }
    }

    /// A block `{ ... }`; `context` names what it belongs to in the error
    /// for a missing `{`.
    pub(super) fn block_stmt(&mut self, context: &str) -> Block {
        let pos = self.pos();
        if !self.got(Tok::Lbrace) {
            self.syntax_error(&format!("expected {{ after {context}"));
            self.advance(&[Tok::Name, Tok::Rbrace]);
            let rbrace = self.pos();
            if self.got(Tok::Rbrace) {
                return Block {
                    pos,
                    stmts: Vec::new(),
                    rbrace,
                };
            }
        }
        let stmts = self.stmt_list();
        let rbrace = self.pos();
        self.want(Tok::Rbrace);
        Block { pos, stmts, rbrace }
    }

    fn stmt_list(&mut self) -> Vec<Stmt> {
        let mut l = Vec::new();
        while !matches!(
            self.tok(),
            Tok::Eof | Tok::Rbrace | Tok::Case | Tok::Default
        ) {
            let s = self.stmt_or_nil();
            self.clear_pragmas();
            let Some(s) = s else { break };
            l.push(s);
            if !self.got(Tok::Semi) && self.tok() != Tok::Rbrace {
                self.syntax_error("at end of statement");
                self.advance(&[Tok::Semi, Tok::Rbrace, Tok::Case, Tok::Default]);
                self.got(Tok::Semi);
            }
        }
        l
    }

    fn stmt_or_nil(&mut self) -> Option<Stmt> {
        if !self.enter() {
            return None;
        }
        let s = self.stmt_or_nil_inner();
        self.leave();
        s
    }

    fn stmt_or_nil_inner(&mut self) -> Option<Stmt> {
        let pos = self.pos();
        if self.tok() == Tok::Name {
            self.clear_pragmas();
            let lhs = self.expr_list();
            if lhs.len() == 1 && self.tok() == Tok::Colon {
                if let ExprKind::Ident(_) = lhs[0].kind {
                    let Some(Expr {
                        id,
                        pos,
                        kind: ExprKind::Ident(name),
                    }) = lhs.into_iter().next()
                    else {
                        return None;
                    };
                    return self.labeled_stmt(Ident { id, pos, name });
                }
            }
            let s = self.simple_stmt(Some(lhs), None);
            return Some(self.simple_to_stmt(s));
        }
        match self.tok() {
            Tok::Var | Tok::Const | Tok::Type => {
                let t = self.tok();
                self.next();
                let d = match t {
                    Tok::Var => Decl::Var(self.group(&mut |p| p.var_spec())),
                    Tok::Const => self.const_decl(),
                    _ => Decl::Type(self.group(&mut |p| p.type_spec())),
                };
                return Some(self.stmt_at(pos, StmtKind::Decl(d)));
            }
            _ => {}
        }
        self.clear_pragmas();
        let kind = match self.tok() {
            Tok::Lbrace => StmtKind::Block(self.block_stmt("")),
            Tok::Operator | Tok::Star => match self.lx.op {
                Op::Add | Op::Sub | Op::Mul | Op::And | Op::Xor | Op::Not => {
                    let s = self.simple_stmt(None, None);
                    return Some(self.simple_to_stmt(s));
                }
                _ => return None,
            },
            Tok::Literal
            | Tok::Func
            | Tok::Lparen
            | Tok::Lbrack
            | Tok::Struct
            | Tok::Map
            | Tok::Chan
            | Tok::Interface
            | Tok::Arrow => {
                let s = self.simple_stmt(None, None);
                return Some(self.simple_to_stmt(s));
            }
            Tok::For => return Some(self.for_stmt()),
            Tok::Switch => return Some(self.switch_stmt()),
            Tok::Select => return Some(self.select_stmt()),
            Tok::If => return Some(self.if_stmt()),
            Tok::Fallthrough => {
                self.next();
                StmtKind::Branch {
                    kind: BranchKind::Fallthrough,
                    label: None,
                }
            }
            Tok::Break | Tok::Continue => {
                let kind = if self.tok() == Tok::Break {
                    BranchKind::Break
                } else {
                    BranchKind::Continue
                };
                self.next();
                let label = if self.tok() == Tok::Name {
                    Some(self.name())
                } else {
                    None
                };
                StmtKind::Branch { kind, label }
            }
            Tok::Go | Tok::Defer => {
                let is_go = self.tok() == Tok::Go;
                self.next();
                let keep = self.tok() == Tok::Lparen;
                let mut x = self.pexpr(None, keep);
                if let ExprKind::Paren(_) = x.kind {
                    let kw = if is_go { "go" } else { "defer" };
                    self.error_at(
                        x.pos,
                        format!("expression in {kw} must not be parenthesized"),
                    );
                    x = unparen(x);
                }
                if is_go {
                    StmtKind::Go(x)
                } else {
                    StmtKind::Defer(x)
                }
            }
            Tok::Goto => {
                self.next();
                let label = Some(self.name());
                StmtKind::Branch {
                    kind: BranchKind::Goto,
                    label,
                }
            }
            Tok::Return => {
                self.next();
                let results = if self.tok() != Tok::Semi && self.tok() != Tok::Rbrace {
                    self.expr_list()
                } else {
                    Vec::new()
                };
                StmtKind::Return(results)
            }
            Tok::Semi => StmtKind::Empty,
            _ => return None,
        };
        Some(self.stmt_at(pos, kind))
    }

    fn labeled_stmt(&mut self, label: Ident) -> Option<Stmt> {
        let pos = self.pos(); // the colon, as gc
        self.want(Tok::Colon);
        if self.tok() == Tok::Rbrace {
            let epos = self.pos();
            let e = self.stmt_at(epos, StmtKind::Empty);
            return Some(self.stmt_at(
                pos,
                StmtKind::Labeled {
                    label,
                    stmt: Box::new(e),
                },
            ));
        }
        match self.stmt_or_nil() {
            Some(s) => Some(self.stmt_at(
                pos,
                StmtKind::Labeled {
                    label,
                    stmt: Box::new(s),
                },
            )),
            None => {
                self.syntax_error_at(pos, "missing statement after label");
                None
            }
        }
    }

    fn for_stmt(&mut self) -> Stmt {
        let pos = self.pos();
        let h = self.header(Tok::For);
        let body = self.block_stmt("for clause");
        let kind = match h.range {
            Some((lhs, define, x, range_pos)) => {
                let mut it = lhs.into_iter();
                let key = it.next();
                let value = it.next();
                let extra = it.collect();
                StmtKind::Range {
                    key,
                    value,
                    define,
                    x,
                    body,
                    range_pos,
                    extra,
                }
            }
            None => StmtKind::For {
                init: h.init.map(Box::new),
                cond: h.cond,
                post: h.post.map(Box::new),
                body,
            },
        };
        self.stmt_at(pos, kind)
    }

    /// The header of an if, for or switch statement, keyword included.
    fn header(&mut self, keyword: Tok) -> Header {
        let mut h = Header::default();
        self.want(keyword);
        if self.tok() == Tok::Lbrace {
            if keyword == Tok::If {
                self.syntax_error("missing condition in if statement");
                h.cond = Some(self.bad_expr());
            }
            return h;
        }
        let outer = self.xnest;
        self.xnest = -1;

        let mut init: Option<Simple> = None;
        if self.tok() != Tok::Semi {
            if self.got(Tok::Var) {
                self.syntax_error(&format!(
                    "var declaration not allowed in {} initializer",
                    keyword.as_str()
                ));
            }
            let s = self.simple_stmt(None, Some(keyword));
            if let Simple::Range {
                lhs,
                define,
                x,
                range_pos,
            } = s
            {
                h.range = Some((lhs, define, x, range_pos));
                self.xnest = outer;
                return h;
            }
            init = Some(s);
        }

        let mut cond_stmt: Option<Simple> = None;
        let mut semi: Option<(Pos, String)> = None;
        if self.tok() != Tok::Lbrace {
            if self.tok() == Tok::Semi {
                semi = Some((self.pos(), self.lx.lit.clone()));
                self.next();
            } else {
                self.want(Tok::Lbrace);
                if self.tok() != Tok::Lbrace {
                    self.advance(&[Tok::Lbrace, Tok::Rbrace]);
                }
            }
            if keyword == Tok::For {
                let mut skip = false;
                if self.tok() != Tok::Semi {
                    if self.tok() == Tok::Lbrace {
                        self.syntax_error("expected for loop condition");
                        skip = true;
                    } else {
                        cond_stmt = Some(self.simple_stmt(None, None));
                    }
                }
                if !skip {
                    self.want(Tok::Semi);
                    if self.tok() != Tok::Lbrace {
                        let s = self.simple_stmt(None, None);
                        let s = self.simple_to_stmt(s);
                        if let StmtKind::Assign {
                            op: AssignOp::Define,
                            ..
                        } = s.kind
                        {
                            self.syntax_error_at(
                                s.pos,
                                "cannot declare in post statement of for loop",
                            );
                        }
                        h.post = Some(s);
                    }
                }
            } else if self.tok() != Tok::Lbrace {
                cond_stmt = Some(self.simple_stmt(None, Some(keyword)));
            }
        } else {
            cond_stmt = init.take();
        }
        h.init = init.map(|s| self.simple_to_stmt(s));

        match cond_stmt {
            None => {
                if let (Tok::If, Some((spos, lit))) = (keyword, semi) {
                    if lit != "semicolon" {
                        self.syntax_error_at(
                            spos,
                            &format!("unexpected {lit}, expected {{ after if clause"),
                        );
                    } else {
                        self.syntax_error_at(spos, "missing condition in if statement");
                    }
                    h.cond = Some(self.expr_at(spos, ExprKind::Bad));
                }
            }
            Some(Simple::Guard { bind, guard }) => {
                h.bind = Some(bind);
                h.cond = Some(guard);
            }
            Some(Simple::Stmt(Stmt {
                kind: StmtKind::Expr(x),
                ..
            })) => h.cond = Some(x),
            Some(other) => {
                let s = self.simple_to_stmt(other);
                let text = match &s.kind {
                    StmtKind::Assign {
                        lhs,
                        op: AssignOp::Assign,
                        rhs,
                    } => format!(
                        "assignment {} = {}",
                        printer::emphasize_list(lhs),
                        printer::emphasize_list(rhs)
                    ),
                    _ => printer::stmt_string(&s),
                };
                self.syntax_error_at(s.pos, &format!("cannot use {text} as value"));
            }
        }
        self.xnest = outer;
        h
    }

    fn if_stmt(&mut self) -> Stmt {
        let pos = self.pos();
        if !self.enter() {
            return self.stmt_at(pos, StmtKind::Bad);
        }
        let h = self.header(Tok::If);
        let then = self.block_stmt("if clause");
        let mut els = None;
        if self.got(Tok::Else) {
            match self.tok() {
                Tok::If => els = Some(Box::new(self.if_stmt())),
                Tok::Lbrace => {
                    let bpos = self.pos();
                    let b = self.block_stmt("");
                    els = Some(Box::new(self.stmt_at(bpos, StmtKind::Block(b))));
                }
                _ => {
                    self.syntax_error("else must be followed by if or statement block");
                    self.advance(&[Tok::Name, Tok::Rbrace]);
                }
            }
        }
        self.leave();
        let cond = match h.cond {
            Some(c) => c,
            None => self.expr_at(pos, ExprKind::Bad),
        };
        self.stmt_at(
            pos,
            StmtKind::If {
                init: h.init.map(Box::new),
                cond,
                then,
                els,
            },
        )
    }

    fn switch_stmt(&mut self) -> Stmt {
        let pos = self.pos();
        let h = self.header(Tok::Switch);
        if !self.got(Tok::Lbrace) {
            self.syntax_error("missing { after switch clause");
            self.advance(&[Tok::Case, Tok::Default, Tok::Rbrace]);
        }
        let mut clauses = Vec::new();
        while self.tok() != Tok::Eof && self.tok() != Tok::Rbrace {
            clauses.push(self.case_clause());
        }
        let rbrace = self.pos();
        self.want(Tok::Rbrace);
        let init = h.init.map(Box::new);
        let kind = match h.cond {
            Some(Expr {
                kind: ExprKind::TypeAssert { x, ty: None },
                ..
            }) => StmtKind::TypeSwitch {
                init,
                bind: h.bind,
                x: *x,
                clauses,
                rbrace,
            },
            tag => StmtKind::Switch {
                init,
                tag,
                clauses,
                rbrace,
            },
        };
        self.stmt_at(pos, kind)
    }

    fn case_clause(&mut self) -> CaseClause {
        let pos = self.pos();
        let mut list = None;
        match self.tok() {
            Tok::Case => {
                self.next();
                list = Some(self.expr_list());
            }
            Tok::Default => self.next(),
            _ => {
                self.syntax_error("expected case or default or }");
                self.advance(&[Tok::Colon, Tok::Case, Tok::Default, Tok::Rbrace]);
            }
        }
        let colon = self.pos();
        self.want(Tok::Colon);
        let body = self.stmt_list();
        CaseClause {
            id: self.fresh(),
            pos,
            list,
            body,
            colon,
        }
    }

    fn select_stmt(&mut self) -> Stmt {
        let pos = self.pos();
        self.want(Tok::Select);
        if !self.got(Tok::Lbrace) {
            self.syntax_error("missing { after select clause");
            self.advance(&[Tok::Case, Tok::Default, Tok::Rbrace]);
        }
        let mut clauses = Vec::new();
        while self.tok() != Tok::Eof && self.tok() != Tok::Rbrace {
            clauses.push(self.comm_clause());
        }
        let rbrace = self.pos();
        self.want(Tok::Rbrace);
        self.stmt_at(pos, StmtKind::Select { clauses, rbrace })
    }

    fn comm_clause(&mut self) -> CommClause {
        let pos = self.pos();
        let mut comm = None;
        match self.tok() {
            Tok::Case => {
                self.next();
                let s = self.simple_stmt(None, None);
                comm = Some(Box::new(self.simple_to_stmt(s)));
            }
            Tok::Default => self.next(),
            _ => {
                self.syntax_error("expected case or default or }");
                self.advance(&[Tok::Colon, Tok::Case, Tok::Default, Tok::Rbrace]);
            }
        }
        let colon = self.pos();
        self.want(Tok::Colon);
        let body = self.stmt_list();
        CommClause {
            id: self.fresh(),
            pos,
            comm,
            body,
            colon,
        }
    }
}
