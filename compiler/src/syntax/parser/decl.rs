//! Source file structure and declarations: package clause, imports,
//! const/var/type/func declarations, parameter lists and signatures.

use super::pragma::DirectiveContext;
use super::{ident_expr, unparen, Parser};
use crate::syntax::ast::*;
use crate::syntax::literal;
use crate::syntax::token::{Op, Tok};

/// One entry of a parameter list before names and types are paired up
/// (gc parses `a, b int` as `a`, `b int` and fixes it up afterwards).
pub(super) struct Par {
    pub pos: Pos,
    pub name: Option<Ident>,
    pub ty: Option<Expr>,
}

impl<'a, 'g> Parser<'a, 'g> {
    /// SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
    pub fn parse_file(&mut self, name: &str) -> File {
        let package_pos = self.pos();
        let mut f = File {
            name: name.to_string(),
            package: Ident {
                id: 0,
                pos: package_pos,
                name: "_".into(),
            },
            package_pos,
            imports: Vec::new(),
            decls: Vec::new(),
            pragmas: Vec::new(),
            misplaced: Vec::new(),
        };
        f.package.id = self.fresh();
        if !self.got(Tok::Package) {
            self.syntax_error("package statement must be first");
            f.pragmas = self.all_pragmas();
            return f;
        }
        self.take_pragmas(DirectiveContext::File);
        f.package = self.name();
        self.want(Tok::Semi);
        // Don't bother continuing if the package clause has errors.
        if !self.errors.is_empty() {
            f.pragmas = self.all_pragmas();
            return f;
        }

        let mut prev = Tok::Import;
        // Whether the last declaration was a function without body (for the
        // "newline before {" diagnostic).
        let mut last_bodyless = false;
        let mut any_decl = false;
        while self.tok() != Tok::Eof {
            if self.tok() == Tok::Import && prev != Tok::Import {
                self.syntax_error("imports must appear before other declarations");
            }
            prev = self.tok();
            match self.tok() {
                Tok::Import => {
                    self.next();
                    let specs = self.group(&mut |p| p.import_spec());
                    f.imports.extend(specs.into_iter().flatten());
                    any_decl = true;
                    last_bodyless = false;
                }
                Tok::Const => {
                    self.next();
                    let d = self.const_decl();
                    f.decls.push(d);
                    any_decl = true;
                    last_bodyless = false;
                }
                Tok::Type => {
                    self.next();
                    let specs = self.group(&mut |p| p.type_spec());
                    f.decls.push(Decl::Type(specs));
                    any_decl = true;
                    last_bodyless = false;
                }
                Tok::Var => {
                    self.next();
                    let specs = self.group(&mut |p| p.var_spec());
                    f.decls.push(Decl::Var(specs));
                    any_decl = true;
                    last_bodyless = false;
                }
                Tok::Func => {
                    self.next();
                    let d = self.func_decl();
                    last_bodyless = d.body.is_none();
                    f.decls.push(Decl::Func(d));
                    any_decl = true;
                }
                _ => {
                    if self.tok() == Tok::Lbrace && any_decl && last_bodyless {
                        self.syntax_error("unexpected semicolon or newline before {");
                    } else {
                        self.syntax_error("non-declaration statement outside function body");
                    }
                    self.advance(&[Tok::Import, Tok::Const, Tok::Type, Tok::Var, Tok::Func]);
                    continue;
                }
            }
            // Pragmas before the next declaration are read when the ';' is
            // consumed, so forget the current ones first.
            self.clear_pragmas();
            if self.tok() != Tok::Eof && !self.got(Tok::Semi) {
                self.syntax_error("after top level declaration");
                self.advance(&[Tok::Import, Tok::Const, Tok::Type, Tok::Var, Tok::Func]);
            }
        }
        self.clear_pragmas();
        f.pragmas = self.all_pragmas();
        f.misplaced = std::mem::take(&mut self.misplaced);
        f
    }

    /// The package clause and the imports that follow it (stopping at the
    /// first other declaration), plus the file's `//go:` directives so far.
    pub fn parse_header(&mut self) -> (Ident, Vec<ImportSpec>, Vec<Pragma>) {
        let pos = self.pos();
        let mut imports = Vec::new();
        if !self.got(Tok::Package) {
            self.syntax_error("package statement must be first");
            let n = self.new_ident(pos, "_");
            return (n, imports, self.all_pragmas());
        }
        let package = self.name();
        self.want(Tok::Semi);
        if !self.errors.is_empty() {
            return (package, imports, self.all_pragmas());
        }
        while self.tok() == Tok::Import {
            self.next();
            let specs = self.group(&mut |p| p.import_spec());
            imports.extend(specs.into_iter().flatten());
            if self.tok() != Tok::Eof && !self.got(Tok::Semi) {
                self.syntax_error("after top level declaration");
                break;
            }
        }
        (package, imports, self.all_pragmas())
    }

    /// `f | "(" { f ";" } ")"`.
    pub(super) fn group<T>(&mut self, f: &mut dyn FnMut(&mut Self) -> T) -> Vec<T> {
        let mut out = Vec::new();
        if self.tok() == Tok::Lparen {
            self.clear_pragmas();
            self.next();
            self.list("grouped declaration", Tok::Semi, Tok::Rparen, &mut |p| {
                out.push(f(p));
                false
            });
        } else {
            out.push(f(self));
        }
        out
    }

    /// ImportSpec = [ "." | PackageName ] ImportPath .
    fn import_spec(&mut self) -> Option<ImportSpec> {
        let pos = self.pos();
        self.take_pragmas(DirectiveContext::Other);
        let name = match self.tok() {
            Tok::Name => Some(self.name()),
            Tok::Dot => {
                let n = self.new_ident(pos, ".");
                self.next();
                Some(n)
            }
            _ => None,
        };
        if self.tok() != Tok::Literal {
            self.syntax_error("missing import path");
            self.advance(&[Tok::Semi, Tok::Rparen]);
            return None;
        }
        let path_pos = self.pos();
        let (raw, bad, kind) = (std::mem::take(&mut self.lx.lit), self.lx.bad, self.lx.kind);
        self.next();
        if !bad && kind != LitKind::String {
            self.syntax_error_at(path_pos, "import path must be a string");
        }
        let path = if kind == LitKind::String {
            literal::unquote(&raw).unwrap_or_default()
        } else {
            String::new()
        };
        Some(ImportSpec {
            id: self.fresh(),
            pos,
            name,
            path,
            path_pos,
        })
    }

    /// A const declaration (single or grouped), with iota indexes and the
    /// implicit repetition of the previous spec's type and values.
    pub(super) fn const_decl(&mut self) -> Decl {
        let mut specs = self.group(&mut |p| p.const_spec());
        let mut last: Option<usize> = None;
        for i in 0..specs.len() {
            specs[i].iota = i as u32;
            if specs[i].ty.is_some() || !specs[i].values.is_empty() {
                last = Some(i);
            } else if let Some(l) = last {
                let ty = specs[l]
                    .ty
                    .as_ref()
                    .map(|t| super::super::renumber::expr(t, self.ids));
                let values = specs[l]
                    .values
                    .iter()
                    .map(|v| super::super::renumber::expr(v, self.ids))
                    .collect();
                specs[i].ty = ty;
                specs[i].values = values;
                specs[i].implicit = true;
            }
        }
        Decl::Const(specs)
    }

    fn const_spec(&mut self) -> ValueSpec {
        let pos = self.pos();
        self.take_pragmas(DirectiveContext::Other);
        let first = self.name();
        let names = self.name_list(first);
        let mut ty = None;
        let mut values = Vec::new();
        if !matches!(self.tok(), Tok::Eof | Tok::Semi | Tok::Rparen) {
            ty = self.type_or_nil();
            if self.got_assign() {
                values = self.expr_list();
            }
        }
        ValueSpec {
            pos,
            names,
            ty,
            values,
            iota: 0,
            implicit: false,
        }
    }

    pub(super) fn var_spec(&mut self) -> ValueSpec {
        let pos = self.pos();
        self.take_pragmas(DirectiveContext::Var);
        let first = self.name();
        let names = self.name_list(first);
        let mut ty = None;
        let mut values = Vec::new();
        if self.got_assign() {
            values = self.expr_list();
        } else {
            ty = Some(self.type_());
            if self.got_assign() {
                values = self.expr_list();
            }
        }
        ValueSpec {
            pos,
            names,
            ty,
            values,
            iota: 0,
            implicit: false,
        }
    }

    /// TypeSpec = identifier [ TypeParams ] [ "=" ] Type .
    pub(super) fn type_spec(&mut self) -> TypeSpec {
        let pos = self.pos();
        self.take_pragmas(DirectiveContext::Other);
        let name = self.name();
        let mut tparams = Vec::new();
        let mut alias = false;
        let ty;
        if self.tok() == Tok::Lbrack {
            // Array type or type parameter list: `type T [N]int` versus
            // `type T[P any] ...`.
            let lpos = self.pos();
            self.next();
            match self.tok() {
                Tok::Name => {
                    let n = self.name();
                    let mut x = ident_expr(n);
                    if self.tok() != Tok::Lbrack {
                        self.xnest += 1;
                        let px = self.pexpr(Some(x), false);
                        x = self.binary_expr(Some(px), 0);
                        self.xnest -= 1;
                    }
                    let force = self.tok() == Tok::Comma;
                    let is_name = matches!(x.kind, ExprKind::Ident(_));
                    if (is_name && self.tok() != Tok::Rbrack) || can_extract(&x, force) {
                        let (pname, ptype) = do_extract(x);
                        tparams = self.param_list(Some(pname), ptype, Tok::Rbrack, true, false);
                        alias = self.got_assign();
                        ty = self.type_or_nil();
                    } else {
                        ty = Some(self.array_type(lpos, Some(x)));
                    }
                }
                Tok::Rbrack => {
                    self.next();
                    ty = Some(self.slice_type(lpos));
                }
                _ => ty = Some(self.array_type(lpos, None)),
            }
        } else {
            alias = self.got_assign();
            ty = self.type_or_nil();
        }
        let ty = match ty {
            Some(t) => t,
            None => {
                let b = self.bad_expr();
                self.syntax_error("in type declaration");
                self.advance(&[Tok::Semi, Tok::Rparen]);
                b
            }
        };
        TypeSpec {
            pos,
            name,
            tparams,
            alias,
            ty,
        }
    }

    /// FunctionDecl / MethodDecl after the `func` keyword.
    fn func_decl(&mut self) -> FuncDecl {
        let pos = self.pos();
        let pragmas = self.take_pragmas(DirectiveContext::Func);
        let mut recv = None;
        let mut has_recv = false;
        if self.got(Tok::Lparen) {
            has_recv = true;
            let (mut fields, n) = self.param_list_counted(None, None, Tok::Rparen, false, false);
            match n {
                0 => self.error("method has no receiver"),
                1 => {}
                _ => self.error("method has multiple receivers"),
            }
            if !fields.is_empty() {
                let mut f = fields.swap_remove(0);
                f.names.truncate(1);
                recv = Some(f);
            }
        }
        let (name, tparams, ty);
        if self.tok() == Tok::Name {
            name = self.name();
            let (tp, t) = self.func_type("");
            tparams = tp;
            ty = t;
        } else {
            let p = self.pos();
            name = self.new_ident(p, "_");
            tparams = Vec::new();
            ty = FuncType {
                pos: p,
                params: Vec::new(),
                results: Vec::new(),
            };
            self.syntax_error(if has_recv {
                "expected name"
            } else {
                "expected name or ("
            });
            self.advance(&[Tok::Lbrace, Tok::Semi]);
        }
        let body = if self.tok() == Tok::Lbrace {
            Some(self.func_body())
        } else {
            None
        };
        FuncDecl {
            pos,
            recv,
            name,
            tparams,
            ty,
            body,
            pragmas,
        }
    }

    /// A function body. (gc's syntax package also checks labels and branch
    /// statements here; in gobuild the type checker does that, see
    /// types/check/branches.rs, so that those errors come with type errors.)
    pub(super) fn func_body(&mut self) -> Block {
        self.fnest += 1;
        let b = self.block_stmt("");
        self.fnest -= 1;
        b
    }

    /// `[ TypeParams ] Parameters [ Result ]`, the `func` keyword (and name)
    /// already consumed. `context` is non-empty where type parameters are
    /// not allowed ("function type", "interface method").
    pub(super) fn func_type(&mut self, context: &str) -> (Vec<Field>, FuncType) {
        let pos = self.pos();
        let mut tparams = Vec::new();
        if self.got(Tok::Lbrack) {
            if !context.is_empty() {
                self.syntax_error_at(pos, &format!("{context} must have no type parameters"));
            }
            if self.tok() == Tok::Rbrack {
                self.syntax_error("empty type parameter list");
                self.next();
            } else {
                tparams = self.param_list(None, None, Tok::Rbrack, true, false);
            }
        }
        self.want(Tok::Lparen);
        let params = self.param_list(None, None, Tok::Rparen, false, true);
        let results = self.func_result();
        (
            tparams,
            FuncType {
                pos,
                params,
                results,
            },
        )
    }

    fn func_result(&mut self) -> Vec<Field> {
        if self.got(Tok::Lparen) {
            return self.param_list(None, None, Tok::Rparen, false, false);
        }
        let pos = self.pos();
        match self.type_or_nil() {
            Some(ty) => vec![Field {
                pos,
                names: Vec::new(),
                ty,
                tag: None,
            }],
            None => Vec::new(),
        }
    }

    /// A parameter, result or type parameter list up to and including
    /// `close`. `name`/`ty` are an already parsed first entry.
    pub(super) fn param_list(
        &mut self,
        name: Option<Ident>,
        ty: Option<Expr>,
        close: Tok,
        require_names: bool,
        dddok: bool,
    ) -> Vec<Field> {
        self.param_list_counted(name, ty, close, require_names, dddok)
            .0
    }

    /// Like `param_list`, also returning the number of entries before
    /// grouping (`a, b T` counts 2), as receivers need.
    fn param_list_counted(
        &mut self,
        mut name: Option<Ident>,
        mut ty: Option<Expr>,
        close: Tok,
        require_names: bool,
        dddok: bool,
    ) -> (Vec<Field>, usize) {
        if name.is_some() && ty.is_some() && self.tok() == close {
            self.next();
            let n = name
                .take()
                .unwrap_or_else(|| self.new_ident(Pos::default(), "_"));
            let t = ty.take().unwrap_or_else(|| self.bad_expr());
            return (
                vec![Field {
                    pos: n.pos,
                    names: vec![n],
                    ty: t,
                    tag: None,
                }],
                1,
            );
        }
        let mut list: Vec<Par> = Vec::new();
        let (mut named, mut typed) = (0, 0);
        let end = self.list("parameter list", Tok::Comma, close, &mut |p| {
            let par = if ty.is_some() {
                let n = name.take();
                let pos = n.as_ref().map(|n| n.pos).unwrap_or_default();
                Some(Par {
                    pos,
                    name: n,
                    ty: ty.take(),
                })
            } else {
                p.param_decl_or_nil(name.take(), close)
            };
            if let Some(par) = par {
                if par.name.is_some() && par.ty.is_some() {
                    named += 1;
                }
                if par.ty.is_some() {
                    typed += 1;
                }
                list.push(par);
            }
            false
        });
        let count = list.len();
        if list.is_empty() {
            return (Vec::new(), 0);
        }

        // Pair names with types; each group shares one type expression.
        let mut groups: Vec<Field> = Vec::new();
        if named == 0 && !require_names {
            // All entries are types.
            for par in list {
                let t = match (par.name, par.ty) {
                    (_, Some(t)) => t,
                    (Some(n), None) => ident_expr(n),
                    (None, None) => continue,
                };
                groups.push(Field {
                    pos: par.pos,
                    names: Vec::new(),
                    ty: t,
                    tag: None,
                });
            }
        } else {
            let mut err_pos: Option<Pos> = None;
            // Walk right to left, carrying the current type.
            let mut rev: Vec<Field> = Vec::new();
            let mut have_type = false;
            for par in list.into_iter().rev() {
                match par.ty {
                    Some(t) => {
                        let n = match par.name {
                            Some(n) => n,
                            None => {
                                let p = t.start_pos();
                                err_pos = Some(p);
                                self.new_ident(p, "_")
                            }
                        };
                        rev.push(Field {
                            pos: n.pos,
                            names: vec![n],
                            ty: t,
                            tag: None,
                        });
                        have_type = true;
                    }
                    None => {
                        let n = match par.name {
                            Some(n) => n,
                            None => continue,
                        };
                        if have_type {
                            if let Some(g) = rev.last_mut() {
                                g.pos = n.pos;
                                g.names.insert(0, n);
                            }
                        } else {
                            err_pos = Some(n.pos);
                            let t = self.expr_at(n.pos, ExprKind::Bad);
                            rev.push(Field {
                                pos: n.pos,
                                names: vec![n],
                                ty: t,
                                tag: None,
                            });
                        }
                    }
                }
            }
            rev.reverse();
            groups = rev;
            if let Some(mut ep) = err_pos {
                let msg = if named == typed {
                    ep = end; // at the closing ) or ]
                    if require_names {
                        "missing type constraint".to_string()
                    } else {
                        "missing parameter type".to_string()
                    }
                } else if require_names {
                    if count == 1 {
                        "missing type parameter name or invalid array length".to_string()
                    } else {
                        "missing type parameter name".to_string()
                    }
                } else {
                    "missing parameter name".to_string()
                };
                self.syntax_error_at(ep, &msg);
            }
        }

        // `...` is only allowed on the final parameter.
        let mut first = true;
        let ngroups = groups.len();
        for (i, g) in groups.iter_mut().enumerate() {
            let last = i + 1 == ngroups && g.names.len() <= 1;
            if let ExprKind::Ellipsis(Some(_)) = g.ty.kind {
                if !dddok || !last {
                    if first {
                        first = false;
                        let msg = if dddok {
                            "can only use ... with final parameter"
                        } else {
                            "invalid use of ..."
                        };
                        self.error_at(g.ty.pos, msg.to_string());
                    }
                    let t = std::mem::replace(&mut g.ty.kind, ExprKind::Bad);
                    if let ExprKind::Ellipsis(Some(elem)) = t {
                        g.ty = *elem;
                    }
                }
            }
        }
        (groups, count)
    }

    /// ParameterDecl = [ IdentifierList ] [ "..." ] Type . (one entry)
    fn param_decl_or_nil(&mut self, name: Option<Ident>, follow: Tok) -> Option<Par> {
        let type_sets_ok = follow == Tok::Rbrack;
        let mut pos = self.pos();
        if let Some(n) = &name {
            pos = n.pos;
        } else if type_sets_ok && self.is_op(Op::Tilde) {
            let t = self.embedded_term();
            let t = self.embedded_union(t);
            return Some(Par {
                pos,
                name: None,
                ty: Some(t),
            });
        }
        let mut par = Par {
            pos,
            name: None,
            ty: None,
        };
        if self.tok() == Tok::Name || name.is_some() {
            let name = match name {
                Some(n) => n,
                None => self.name(),
            };
            if self.tok() == Tok::Lbrack {
                let t = match self.array_or_targs() {
                    super::types::ArrayOrTargs::Type(t) => {
                        par.name = Some(name);
                        t
                    }
                    super::types::ArrayOrTargs::Targs(p, indices) => {
                        let x = Box::new(ident_expr(name));
                        self.expr_at(p, ExprKind::Index { x, indices })
                    }
                };
                par.ty = Some(if type_sets_ok && self.is_op(Op::Or) {
                    self.embedded_union(t)
                } else {
                    t
                });
                return Some(par);
            }
            if self.tok() == Tok::Dot {
                let t = self.qualified_name(Some(name));
                par.ty = Some(if type_sets_ok && self.is_op(Op::Or) {
                    self.embedded_union(t)
                } else {
                    t
                });
                return Some(par);
            }
            if type_sets_ok && self.is_op(Op::Or) {
                let t = self.embedded_union(ident_expr(name));
                par.ty = Some(t);
                return Some(par);
            }
            par.name = Some(name);
        }
        if self.tok() == Tok::DotDotDot {
            let dpos = self.pos();
            self.next();
            match self.type_or_nil() {
                Some(elem) => {
                    par.ty = Some(self.expr_at(dpos, ExprKind::Ellipsis(Some(Box::new(elem)))))
                }
                None => {
                    par.ty = Some(self.bad_expr());
                    self.syntax_error("... is missing type");
                }
            }
            return Some(par);
        }
        if type_sets_ok && self.is_op(Op::Tilde) {
            let t = self.embedded_term();
            par.ty = Some(self.embedded_union(t));
            return Some(par);
        }
        par.ty = self.type_or_nil();
        if type_sets_ok && self.is_op(Op::Or) {
            if let Some(t) = par.ty.take() {
                par.ty = Some(self.embedded_union(t));
            }
        }
        if par.name.is_some() || par.ty.is_some() {
            return Some(par);
        }
        self.syntax_error(&format!("expected {}", follow.describe()));
        self.advance(&[Tok::Comma, follow]);
        None
    }
}

/// Whether `x` in `type T[x ...` reads as a type parameter `P C` (gc's
/// extractName when it yields both a name and a type).
fn can_extract(x: &Expr, force: bool) -> bool {
    match &x.kind {
        ExprKind::Binary {
            op: BinaryOp::Mul,
            x: l,
            y,
        } => matches!(l.kind, ExprKind::Ident(_)) && (force || is_type_elem(y)),
        ExprKind::Binary {
            op: BinaryOp::Or,
            x: l,
            y,
        } => can_extract(l, force || is_type_elem(y)),
        ExprKind::Call {
            fun, args, dots, ..
        } => {
            matches!(fun.kind, ExprKind::Ident(_))
                && args.len() == 1
                && !dots
                && (force || is_type_elem(&args[0]))
        }
        _ => false,
    }
}

/// Splits `x` into the type parameter name and its constraint (`x` is an
/// identifier or `can_extract(x)` holds).
fn do_extract(x: Expr) -> (Ident, Option<Expr>) {
    let Expr { id, pos, kind } = x;
    match kind {
        ExprKind::Ident(name) => (Ident { id, pos, name }, None),
        ExprKind::Binary {
            op: BinaryOp::Mul,
            x: l,
            y,
        } => {
            let (n, _) = do_extract(*l);
            (
                n,
                Some(Expr {
                    id,
                    pos,
                    kind: ExprKind::Star(y),
                }),
            )
        }
        ExprKind::Binary {
            op: BinaryOp::Or,
            x: l,
            y,
        } => {
            let (n, lhs) = do_extract(*l);
            let lhs = lhs.unwrap_or(Expr {
                id,
                pos,
                kind: ExprKind::Bad,
            });
            (
                n,
                Some(Expr {
                    id,
                    pos,
                    kind: ExprKind::Binary {
                        op: BinaryOp::Or,
                        x: Box::new(lhs),
                        y,
                    },
                }),
            )
        }
        ExprKind::Call { fun, mut args, .. } => {
            let (n, _) = do_extract(*fun);
            let a = args.pop().map(unparen);
            (n, a)
        }
        kind => (
            Ident {
                id,
                pos,
                name: "_".into(),
            },
            Some(Expr { id, pos, kind }),
        ),
    }
}

/// Whether `x` can only be a type (gc's isTypeElem).
pub(super) fn is_type_elem(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::ArrayType { .. }
        | ExprKind::StructType { .. }
        | ExprKind::FuncType(_)
        | ExprKind::InterfaceType { .. }
        | ExprKind::MapType { .. }
        | ExprKind::ChanType { .. } => true,
        ExprKind::Binary { x, y, .. } => is_type_elem(x) || is_type_elem(y),
        ExprKind::Unary { op, x } => is_type_elem(x) || *op == UnaryOp::Tilde,
        ExprKind::Star(x) | ExprKind::Paren(x) => is_type_elem(x),
        _ => false,
    }
}
