//! Types: named and qualified types, instantiations, pointer, array, slice,
//! map, channel, function, struct and interface types.

use super::{ident_expr, Parser};
use crate::syntax::ast::*;
use crate::syntax::literal;
use crate::syntax::token::{Op, Tok};

/// Result of `[` in a parameter or field after a name: an array/slice type
/// (`a [N]T`) or type arguments of an instantiated type (`T[A, B]`).
pub(super) enum ArrayOrTargs {
    Type(Expr),
    Targs(Pos, Vec<Expr>),
}

/// An interface element before unions are parsed.
enum MethodOrType {
    Method(Ident, FuncType),
    Type(Expr),
}

impl<'a, 'g> Parser<'a, 'g> {
    /// A type; reports "expected type" if there is none.
    pub(super) fn type_(&mut self) -> Expr {
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let b = self.bad_expr();
                self.syntax_error("expected type");
                self.advance(&[
                    Tok::Comma,
                    Tok::Colon,
                    Tok::Semi,
                    Tok::Rparen,
                    Tok::Rbrack,
                    Tok::Rbrace,
                ]);
                b
            }
        }
    }

    /// A type, or None if the current token cannot start one.
    pub(super) fn type_or_nil(&mut self) -> Option<Expr> {
        if !self.enter() {
            return Some(self.bad_expr());
        }
        let t = self.type_or_nil_inner();
        self.leave();
        t
    }

    fn type_or_nil_inner(&mut self) -> Option<Expr> {
        let pos = self.pos();
        Some(match self.tok() {
            Tok::Star => {
                self.next();
                let t = self.type_();
                self.expr_at(pos, ExprKind::Star(Box::new(t)))
            }
            Tok::Arrow => {
                self.next();
                self.want(Tok::Chan);
                let elem = self.chan_elem();
                self.expr_at(
                    pos,
                    ExprKind::ChanType {
                        dir: ChanDir::Recv,
                        elem: Box::new(elem),
                    },
                )
            }
            Tok::Func => {
                self.next();
                let (_, ft) = self.func_type("function type");
                self.expr_at(ft.pos, ExprKind::FuncType(ft))
            }
            Tok::Lbrack => {
                self.next();
                if self.got(Tok::Rbrack) {
                    return Some(self.slice_type(pos));
                }
                self.array_type(pos, None)
            }
            Tok::Chan => {
                self.next();
                let dir = if self.got(Tok::Arrow) {
                    ChanDir::Send
                } else {
                    ChanDir::Both
                };
                let elem = self.chan_elem();
                self.expr_at(
                    pos,
                    ExprKind::ChanType {
                        dir,
                        elem: Box::new(elem),
                    },
                )
            }
            Tok::Map => {
                self.next();
                self.want(Tok::Lbrack);
                let key = self.type_();
                self.want(Tok::Rbrack);
                let value = self.type_();
                self.expr_at(
                    pos,
                    ExprKind::MapType {
                        key: Box::new(key),
                        value: Box::new(value),
                    },
                )
            }
            Tok::Struct => self.struct_type(),
            Tok::Interface => self.interface_type(),
            Tok::Name => self.qualified_name(None),
            Tok::Lparen => {
                // Parentheses around types are dropped, as gc does.
                self.next();
                let t = self.type_();
                self.want(Tok::Rparen);
                t
            }
            _ => return None,
        })
    }

    /// `T[A, B]` after `T`.
    fn type_instance(&mut self, x: Expr) -> Expr {
        let pos = self.pos();
        self.want(Tok::Lbrack);
        let indices = if self.tok() == Tok::Rbrack {
            self.syntax_error("expected type argument list");
            vec![self.bad_expr()]
        } else {
            self.type_list(true).0
        };
        self.want(Tok::Rbrack);
        self.expr_at(
            pos,
            ExprKind::Index {
                x: Box::new(x),
                indices,
            },
        )
    }

    /// `[len]elem` after the `[` (at `pos`); `len` may be parsed already.
    pub(super) fn array_type(&mut self, pos: Pos, len: Option<Expr>) -> Expr {
        let len = match len {
            Some(l) => l,
            None => {
                let dpos = self.pos();
                if self.got(Tok::DotDotDot) {
                    self.expr_at(dpos, ExprKind::Ellipsis(None))
                } else {
                    self.xnest += 1;
                    let l = self.expr();
                    self.xnest -= 1;
                    l
                }
            }
        };
        if self.tok() == Tok::Comma {
            self.syntax_error("unexpected comma; expected ]");
            self.next();
        }
        self.want(Tok::Rbrack);
        let elem = self.type_();
        self.expr_at(
            pos,
            ExprKind::ArrayType {
                len: Some(Box::new(len)),
                elem: Box::new(elem),
            },
        )
    }

    /// `[]elem` after the `[]` (`[` at `pos`).
    pub(super) fn slice_type(&mut self, pos: Pos) -> Expr {
        let elem = self.type_();
        self.expr_at(
            pos,
            ExprKind::ArrayType {
                len: None,
                elem: Box::new(elem),
            },
        )
    }

    fn chan_elem(&mut self) -> Expr {
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let b = self.bad_expr();
                self.syntax_error("missing channel element type");
                b
            }
        }
    }

    /// `[ PackageName "." ] identifier [ TypeArgs ]`.
    pub(super) fn qualified_name(&mut self, name: Option<Ident>) -> Expr {
        let mut x = match name {
            Some(n) => ident_expr(n),
            None if self.tok() == Tok::Name => {
                let n = self.name();
                ident_expr(n)
            }
            None => {
                let pos = self.pos();
                let n = self.new_ident(pos, "_");
                self.syntax_error("expected name");
                self.advance(&[Tok::Dot, Tok::Semi, Tok::Rbrace]);
                ident_expr(n)
            }
        };
        if self.tok() == Tok::Dot {
            let pos = self.pos();
            self.next();
            let sel = self.name();
            x = self.expr_at(
                pos,
                ExprKind::Selector {
                    x: Box::new(x),
                    sel,
                },
            );
        }
        if self.tok() == Tok::Lbrack {
            x = self.type_instance(x);
        }
        x
    }

    fn struct_type(&mut self) -> Expr {
        let pos = self.pos();
        self.want(Tok::Struct);
        self.want(Tok::Lbrace);
        let mut fields = Vec::new();
        self.list("struct type", Tok::Semi, Tok::Rbrace, &mut |p| {
            if let Some(f) = p.field_decl() {
                fields.push(f);
            }
            false
        });
        self.expr_at(pos, ExprKind::StructType { fields })
    }

    /// A struct tag, if present.
    fn tag(&mut self) -> Option<String> {
        if self.tok() != Tok::Literal {
            return None;
        }
        let raw = std::mem::take(&mut self.lx.lit);
        let kind = self.lx.kind;
        self.next();
        if kind == LitKind::String {
            literal::unquote(&raw)
        } else {
            Some(raw)
        }
    }

    /// FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] .
    fn field_decl(&mut self) -> Option<Field> {
        let pos = self.pos();
        match self.tok() {
            Tok::Name => {
                let name = self.name();
                if matches!(
                    self.tok(),
                    Tok::Dot | Tok::Literal | Tok::Semi | Tok::Rbrace
                ) {
                    // Embedded type.
                    let ty = self.qualified_name(Some(name));
                    let tag = self.tag();
                    return Some(Field {
                        pos,
                        names: Vec::new(),
                        ty,
                        tag,
                    });
                }
                let names = self.name_list(name);
                let ty = if names.len() == 1 && self.tok() == Tok::Lbrack {
                    match self.array_or_targs() {
                        ArrayOrTargs::Type(t) => t,
                        ArrayOrTargs::Targs(p, indices) => {
                            // Embedded instantiated type `T[A]`.
                            let n = names.into_iter().next().map(ident_expr);
                            let x = Box::new(n.unwrap_or_else(|| self.bad_expr()));
                            let ty = self.expr_at(p, ExprKind::Index { x, indices });
                            let tag = self.tag();
                            return Some(Field {
                                pos,
                                names: Vec::new(),
                                ty,
                                tag,
                            });
                        }
                    }
                } else {
                    self.type_()
                };
                let tag = self.tag();
                Some(Field {
                    pos,
                    names,
                    ty,
                    tag,
                })
            }
            Tok::Star => {
                self.next();
                let ty = if self.tok() == Tok::Lparen {
                    self.syntax_error("cannot parenthesize embedded type");
                    self.next();
                    let t = self.qualified_name(None);
                    self.got(Tok::Rparen);
                    t
                } else {
                    self.qualified_name(None)
                };
                let tag = self.tag();
                let ty = self.expr_at(pos, ExprKind::Star(Box::new(ty)));
                Some(Field {
                    pos,
                    names: Vec::new(),
                    ty,
                    tag,
                })
            }
            Tok::Lparen => {
                self.syntax_error("cannot parenthesize embedded type");
                self.next();
                let ty = if self.tok() == Tok::Star {
                    let spos = self.pos();
                    self.next();
                    let t = self.qualified_name(None);
                    self.expr_at(spos, ExprKind::Star(Box::new(t)))
                } else {
                    self.qualified_name(None)
                };
                self.got(Tok::Rparen);
                let tag = self.tag();
                Some(Field {
                    pos,
                    names: Vec::new(),
                    ty,
                    tag,
                })
            }
            _ => {
                self.syntax_error("expected field name or embedded type");
                self.advance(&[Tok::Semi, Tok::Rbrace]);
                None
            }
        }
    }

    /// After a name in a parameter or field: `[N]T`, `[]T` or `[A, B]`.
    pub(super) fn array_or_targs(&mut self) -> ArrayOrTargs {
        let pos = self.pos();
        self.want(Tok::Lbrack);
        if self.got(Tok::Rbrack) {
            return ArrayOrTargs::Type(self.slice_type(pos));
        }
        let (mut list, comma) = self.type_list(false);
        self.want(Tok::Rbrack);
        if !comma {
            if let Some(elem) = self.type_or_nil() {
                let len = list.pop().map(Box::new);
                return ArrayOrTargs::Type(self.expr_at(
                    pos,
                    ExprKind::ArrayType {
                        len,
                        elem: Box::new(elem),
                    },
                ));
            }
        }
        ArrayOrTargs::Targs(pos, list)
    }

    fn interface_type(&mut self) -> Expr {
        let pos = self.pos();
        self.want(Tok::Interface);
        self.want(Tok::Lbrace);
        let mut elems = Vec::new();
        self.list("interface type", Tok::Semi, Tok::Rbrace, &mut |p| {
            let first = if p.tok() == Tok::Name {
                Some(p.method_decl())
            } else {
                None
            };
            match first {
                Some(MethodOrType::Method(name, ty)) => {
                    elems.push(InterfaceElem::Method { name, ty })
                }
                Some(MethodOrType::Type(t)) => {
                    let t = p.embedded_union(t);
                    elems.push(InterfaceElem::Embed(t));
                }
                None => {
                    let t = p.embedded_term();
                    let t = p.embedded_union(t);
                    elems.push(InterfaceElem::Embed(t));
                }
            }
            false
        });
        self.expr_at(pos, ExprKind::InterfaceType { elems })
    }

    /// A method `M(...)` or an embedded (possibly instantiated) type name.
    fn method_decl(&mut self) -> MethodOrType {
        const CONTEXT: &str = "interface method";
        let name = self.name();
        match self.tok() {
            Tok::Lparen => MethodOrType::Method(name, self.func_type(CONTEXT).1),
            Tok::Lbrack => {
                let pos = self.pos();
                self.next();
                if self.tok() == Tok::Rbrack {
                    let rpos = self.pos();
                    self.next();
                    if self.tok() == Tok::Lparen {
                        self.error_at(rpos, "empty type parameter list".into());
                        return MethodOrType::Method(name, self.func_type(CONTEXT).1);
                    }
                    self.error_at(rpos, "empty type argument list".into());
                    return MethodOrType::Type(ident_expr(name));
                }
                let list = self.param_list(None, None, Tok::Rbrack, false, false);
                if list.is_empty() {
                    if self.tok() == Tok::Lparen {
                        return MethodOrType::Method(name, self.func_type(CONTEXT).1);
                    }
                    return MethodOrType::Type(ident_expr(name));
                }
                if !list[0].names.is_empty() {
                    let ft = self.func_type(CONTEXT).1;
                    self.error_at(pos, "interface method must have no type parameters".into());
                    return MethodOrType::Method(name, ft);
                }
                let indices = list.into_iter().map(|f| f.ty).collect();
                let x = Box::new(ident_expr(name));
                MethodOrType::Type(self.expr_at(pos, ExprKind::Index { x, indices }))
            }
            _ => MethodOrType::Type(self.qualified_name(Some(name))),
        }
    }

    /// `term { "|" term }` with the first term given.
    pub(super) fn embedded_union(&mut self, mut x: Expr) -> Expr {
        while self.is_op(Op::Or) {
            let pos = self.pos();
            self.next();
            let y = self.embedded_term();
            x = self.expr_at(
                pos,
                ExprKind::Binary {
                    op: BinaryOp::Or,
                    x: Box::new(x),
                    y: Box::new(y),
                },
            );
        }
        x
    }

    /// `[ "~" ] Type`.
    pub(super) fn embedded_term(&mut self) -> Expr {
        if self.is_op(Op::Tilde) {
            let pos = self.pos();
            self.next();
            let t = self.type_();
            return self.expr_at(
                pos,
                ExprKind::Unary {
                    op: UnaryOp::Tilde,
                    x: Box::new(t),
                },
            );
        }
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let b = self.bad_expr();
                self.syntax_error("expected ~ term or type");
                self.advance(&[
                    Tok::Operator,
                    Tok::Semi,
                    Tok::Rparen,
                    Tok::Rbrack,
                    Tok::Rbrace,
                ]);
                b
            }
        }
    }
}
