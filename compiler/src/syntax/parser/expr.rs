//! Expressions: operators with precedence, primary expressions (selectors,
//! index/slice, calls, type assertions, composite literals) and operands.

use super::{ident_expr, unparen, unparen_ref, Parser};
use crate::syntax::ast::*;
use crate::syntax::printer;
use crate::syntax::token::{Op, Tok};

fn binary_op(op: Op) -> Option<BinaryOp> {
    use BinaryOp::*;
    Some(match op {
        Op::OrOr => LOr,
        Op::AndAnd => LAnd,
        Op::Eql => Eq,
        Op::Neq => Ne,
        Op::Lss => Lt,
        Op::Leq => Le,
        Op::Gtr => Gt,
        Op::Geq => Ge,
        Op::Add => Add,
        Op::Sub => Sub,
        Op::Or => Or,
        Op::Xor => Xor,
        Op::Mul => Mul,
        Op::Div => Div,
        Op::Rem => Rem,
        Op::And => And,
        Op::AndNot => AndNot,
        Op::Shl => Shl,
        Op::Shr => Shr,
        Op::Def | Op::Not | Op::Recv | Op::Tilde => return None,
    })
}

/// The binary operator of an `op=` or `op` token.
pub(super) fn assign_binary_op(op: Op) -> BinaryOp {
    binary_op(op).unwrap_or(BinaryOp::Add)
}

/// Whether `x` is certainly a value, not a type (gc's isValue); decides
/// whether `x[i]{` can start a composite literal in a statement header.
fn is_value(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::BasicLit { .. }
        | ExprKind::CompositeLit { .. }
        | ExprKind::FuncLit { .. }
        | ExprKind::Slice { .. }
        | ExprKind::TypeAssert { .. }
        | ExprKind::Call { .. }
        | ExprKind::Unary { .. }
        | ExprKind::Binary { .. } => true,
        ExprKind::Paren(x) => is_value(x),
        ExprKind::Index { x, indices } => {
            is_value(x) || (indices.len() == 1 && is_value(&indices[0]))
        }
        _ => false,
    }
}

impl<'a, 'g> Parser<'a, 'g> {
    pub(super) fn expr(&mut self) -> Expr {
        self.binary_expr(None, 0)
    }

    pub(super) fn expr_list(&mut self) -> Vec<Expr> {
        let mut l = vec![self.expr()];
        while self.got(Tok::Comma) {
            l.push(self.expr());
        }
        l
    }

    /// Binary expression with operators of precedence > `prec`.
    pub(super) fn binary_expr(&mut self, x: Option<Expr>, prec: u8) -> Expr {
        let mut x = match x {
            Some(x) => x,
            None => self.unary_expr(),
        };
        while matches!(self.tok(), Tok::Operator | Tok::Star) && self.lx.prec > prec {
            let pos = self.pos();
            let op = assign_binary_op(self.lx.op);
            let tprec = self.lx.prec;
            self.next();
            let y = self.binary_expr(None, tprec);
            x = self.expr_at(
                pos,
                ExprKind::Binary {
                    op,
                    x: Box::new(x),
                    y: Box::new(y),
                },
            );
        }
        x
    }

    pub(super) fn unary_expr(&mut self) -> Expr {
        if !self.enter() {
            return self.bad_expr();
        }
        let x = self.unary_expr_inner();
        self.leave();
        x
    }

    fn unary_expr_inner(&mut self) -> Expr {
        let pos = self.pos();
        match self.tok() {
            Tok::Operator | Tok::Star => {
                let op = match self.lx.op {
                    Op::Mul => None,
                    Op::Add => Some(UnaryOp::Plus),
                    Op::Sub => Some(UnaryOp::Neg),
                    Op::Not => Some(UnaryOp::Not),
                    Op::Xor => Some(UnaryOp::Xor),
                    Op::Tilde => Some(UnaryOp::Tilde),
                    Op::And => Some(UnaryOp::Addr),
                    _ => return self.pexpr(None, true),
                };
                self.next();
                let x = self.unary_expr();
                match op {
                    None => self.expr_at(pos, ExprKind::Star(Box::new(x))),
                    Some(UnaryOp::Addr) => {
                        // &(x) is &x, as in gc.
                        let x = unparen(x);
                        self.expr_at(
                            pos,
                            ExprKind::Unary {
                                op: UnaryOp::Addr,
                                x: Box::new(x),
                            },
                        )
                    }
                    Some(op) => self.expr_at(pos, ExprKind::Unary { op, x: Box::new(x) }),
                }
            }
            Tok::Arrow => {
                self.next();
                // `<-x` is a receive, unless x is a channel type: `<-chan T`
                // (and `<-chan chan T` etc.) is a receive-only channel type.
                let mut x = self.unary_expr();
                if let ExprKind::ChanType { .. } = x.kind {
                    self.convert_recv_chan(&mut x);
                    return x;
                }
                self.expr_at(
                    pos,
                    ExprKind::Unary {
                        op: UnaryOp::Recv,
                        x: Box::new(x),
                    },
                )
            }
            _ => self.pexpr(None, true),
        }
    }

    /// Rewrites `<-` applied to a channel type into a receive-only channel
    /// type, re-associating `<-chan chan<- T` the way gc does.
    fn convert_recv_chan(&mut self, x: &mut Expr) {
        // First find how far the rewrite goes and what is wrong with it...
        let mut dir = ChanDir::Send;
        let mut errs: Vec<String> = Vec::new();
        let mut n = 0;
        let mut t: &Expr = x;
        while dir == ChanDir::Send {
            match &t.kind {
                ExprKind::ChanType { dir: d, elem } => {
                    dir = *d;
                    if dir == ChanDir::Recv {
                        errs.push("unexpected <-, expected chan".into());
                    }
                    n += 1;
                    t = elem;
                }
                _ => break,
            }
        }
        if dir == ChanDir::Send {
            errs.push(format!(
                "unexpected {}, expected chan",
                printer::expr_string(t)
            ));
        }
        // ...then make those channel types receive-only.
        let mut t: &mut Expr = x;
        for _ in 0..n {
            if let ExprKind::ChanType { dir: d, elem } = &mut t.kind {
                *d = ChanDir::Recv;
                t = elem;
            } else {
                break;
            }
        }
        for e in errs {
            self.syntax_error(&e);
        }
    }

    /// PrimaryExpr: an operand (or `x`) followed by selectors, index or
    /// slice expressions, type assertions, calls and composite literals.
    pub(super) fn pexpr(&mut self, x: Option<Expr>, keep_parens: bool) -> Expr {
        let mut x = match x {
            Some(x) => x,
            None => self.operand(keep_parens),
        };
        loop {
            let pos = self.pos();
            match self.tok() {
                Tok::Dot => {
                    self.next();
                    match self.tok() {
                        Tok::Name => {
                            let sel = self.name();
                            x = self.expr_at(
                                pos,
                                ExprKind::Selector {
                                    x: Box::new(x),
                                    sel,
                                },
                            );
                        }
                        Tok::Lparen => {
                            self.next();
                            let ty = if self.got(Tok::Type) {
                                None
                            } else {
                                Some(Box::new(self.type_()))
                            };
                            x = self.expr_at(pos, ExprKind::TypeAssert { x: Box::new(x), ty });
                            self.want(Tok::Rparen);
                        }
                        _ => {
                            self.syntax_error("expected name or (");
                            self.advance(&[Tok::Semi, Tok::Rparen]);
                        }
                    }
                }
                Tok::Lbrack => {
                    self.next();
                    let mut first = None;
                    if self.tok() != Tok::Colon {
                        let (list, comma) = if self.tok() == Tok::Rbrack {
                            // Invalid empty index: accept but complain.
                            self.syntax_error("expected operand");
                            (vec![self.bad_expr()], false)
                        } else {
                            self.type_list(false)
                        };
                        if comma || self.tok() == Tok::Rbrack {
                            self.want(Tok::Rbrack);
                            x = self.expr_at(
                                pos,
                                ExprKind::Index {
                                    x: Box::new(x),
                                    indices: list,
                                },
                            );
                            continue;
                        }
                        first = list.into_iter().next();
                    }
                    x = self.slice_rest(pos, x, first);
                }
                Tok::Lparen => {
                    self.next();
                    let (args, dots, rparen) = self.arg_list();
                    x = self.expr_at(
                        pos,
                        ExprKind::Call {
                            fun: Box::new(x),
                            args,
                            dots,
                            rparen,
                        },
                    );
                }
                Tok::Lbrace => {
                    // Is x a type that can start a composite literal here?
                    let t = unparen_ref(&x);
                    let complit_ok = match &t.kind {
                        ExprKind::Ident(_) | ExprKind::Selector { .. } => self.xnest >= 0,
                        ExprKind::Index { .. } => self.xnest >= 0 && !is_value(t),
                        ExprKind::ArrayType { .. }
                        | ExprKind::StructType { .. }
                        | ExprKind::MapType { .. } => true,
                        _ => false,
                    };
                    if !complit_ok {
                        break;
                    }
                    if let ExprKind::Paren(_) = x.kind {
                        self.syntax_error("cannot parenthesize type in composite literal");
                    }
                    x = self.complit_expr(Some(x));
                }
                _ => break,
            }
        }
        x
    }

    /// The rest of `x[lo:hi:max]` after `[lo` (`[` at `pos`).
    fn slice_rest(&mut self, pos: Pos, x: Expr, lo: Option<Expr>) -> Expr {
        if !self.got(Tok::Colon) {
            self.syntax_error("expected comma, : or ]");
            self.advance(&[Tok::Comma, Tok::Colon, Tok::Rbrack]);
        }
        self.xnest += 1;
        let mut hi = None;
        let mut max = None;
        let mut three = false;
        if self.tok() != Tok::Colon && self.tok() != Tok::Rbrack {
            hi = Some(Box::new(self.expr()));
        }
        if self.tok() == Tok::Colon {
            three = true;
            if hi.is_none() {
                self.error("middle index required in 3-index slice");
                hi = Some(Box::new(self.bad_expr()));
            }
            self.next();
            if self.tok() != Tok::Rbrack {
                max = Some(Box::new(self.expr()));
            } else {
                self.error("final index required in 3-index slice");
                max = Some(Box::new(self.bad_expr()));
            }
        }
        self.xnest -= 1;
        self.want(Tok::Rbrack);
        let lo = lo.map(Box::new);
        self.expr_at(
            pos,
            ExprKind::Slice {
                x: Box::new(x),
                lo,
                hi,
                max,
                three,
            },
        )
    }

    /// An element of a composite literal: an expression or an elided-type
    /// literal `{...}`.
    fn bare_complit_expr(&mut self) -> Expr {
        if self.tok() == Tok::Lbrace {
            return self.complit_expr(None);
        }
        self.expr()
    }

    /// LiteralValue = "{" [ ElementList [ "," ] ] "}" .
    fn complit_expr(&mut self, ty: Option<Expr>) -> Expr {
        let pos = self.pos();
        if !self.enter() {
            return self.bad_expr();
        }
        self.xnest += 1;
        self.want(Tok::Lbrace);
        let mut elts = Vec::new();
        let rbrace = self.list("composite literal", Tok::Comma, Tok::Rbrace, &mut |p| {
            let e = p.bare_complit_expr();
            if p.tok() == Tok::Colon {
                let cpos = p.pos();
                p.next();
                let v = p.bare_complit_expr();
                elts.push(Element {
                    pos: cpos,
                    key: Some(e),
                    value: v,
                });
            } else {
                elts.push(Element {
                    pos: e.pos,
                    key: None,
                    value: e,
                });
            }
            false
        });
        self.xnest -= 1;
        self.leave();
        self.expr_at(
            pos,
            ExprKind::CompositeLit {
                ty: ty.map(Box::new),
                elts,
                rbrace,
            },
        )
    }

    /// Operand = Literal | OperandName | "(" Expression ")" | func literal |
    /// a type.
    fn operand(&mut self, _keep_parens: bool) -> Expr {
        let pos = self.pos();
        match self.tok() {
            Tok::Name => {
                let n = self.name();
                ident_expr(n)
            }
            Tok::Literal => {
                let raw = std::mem::take(&mut self.lx.lit);
                let kind = self.lx.kind;
                self.next();
                self.expr_at(pos, ExprKind::BasicLit { kind, raw })
            }
            Tok::Lparen => {
                self.next();
                self.xnest += 1;
                let x = self.expr();
                self.xnest -= 1;
                self.want(Tok::Rparen);
                self.expr_at(pos, ExprKind::Paren(Box::new(x)))
            }
            Tok::Func => {
                self.next();
                let (_, ty) = self.func_type("function type");
                if self.tok() == Tok::Lbrace {
                    self.xnest += 1;
                    let body = self.func_body();
                    self.xnest -= 1;
                    return self.expr_at(pos, ExprKind::FuncLit { ty, body });
                }
                self.expr_at(ty.pos, ExprKind::FuncType(ty))
            }
            Tok::Lbrack | Tok::Chan | Tok::Map | Tok::Struct | Tok::Interface => self.type_(),
            _ => {
                let x = self.bad_expr();
                self.syntax_error("expected expression");
                self.advance(&[Tok::Rparen, Tok::Rbrack, Tok::Rbrace]);
                x
            }
        }
    }

    /// Arguments after `(`: the list, whether it ended in `...`, and the
    /// position of `)`.
    fn arg_list(&mut self) -> (Vec<Expr>, bool, Pos) {
        self.xnest += 1;
        let mut list = Vec::new();
        let mut dots = false;
        let rparen = self.list("argument list", Tok::Comma, Tok::Rparen, &mut |p| {
            list.push(p.expr());
            dots = p.got(Tok::DotDotDot);
            dots
        });
        self.xnest -= 1;
        (list, dots, rparen)
    }

    /// A list of types (`strict`) or expressions in `[...]`; also returns
    /// whether a comma was seen.
    pub(super) fn type_list(&mut self, strict: bool) -> (Vec<Expr>, bool) {
        self.xnest += 1;
        let first = if strict { self.type_() } else { self.expr() };
        let mut list = vec![first];
        let mut comma = false;
        if self.got(Tok::Comma) {
            comma = true;
            if let Some(t) = self.type_or_nil() {
                list.push(t);
                while self.got(Tok::Comma) {
                    match self.type_or_nil() {
                        Some(t) => list.push(t),
                        None => break,
                    }
                }
            }
        }
        self.xnest -= 1;
        (list, comma)
    }
}
