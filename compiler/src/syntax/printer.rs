//! Expressions and simple statements as text, in the short form gc's
//! `syntax.String` produces for error messages (`x + y`, `T{…}`,
//! `func() {…}`). The type checker uses this to quote expressions.

use super::ast::*;

/// An expression as gc prints it in diagnostics.
pub fn expr_string(e: &Expr) -> String {
    let mut s = String::new();
    expr(&mut s, e);
    s
}

/// A list `a, b`, parenthesising a single binary expression (gc's
/// `emphasize`, used in "cannot use assignment (a + b) = c as value").
pub fn emphasize_list(l: &[Expr]) -> String {
    let s = list_string(l);
    if l.len() == 1 {
        if let ExprKind::Binary { .. } = l[0].kind {
            return format!("({s})");
        }
    }
    s
}

fn list_string(l: &[Expr]) -> String {
    let mut s = String::new();
    list(&mut s, l);
    s
}

/// A simple statement (assignment, send, inc/dec, expression) as text;
/// other statements print as their keyword.
pub fn stmt_string(st: &Stmt) -> String {
    let mut s = String::new();
    match &st.kind {
        StmtKind::Expr(x) => expr(&mut s, x),
        StmtKind::Send { ch, value } => {
            expr(&mut s, ch);
            s.push_str(" <- ");
            expr(&mut s, value);
        }
        StmtKind::IncDec { x, inc } => {
            expr(&mut s, x);
            s.push_str(if *inc { "++" } else { "--" });
        }
        StmtKind::Assign { lhs, op, rhs } => {
            list(&mut s, lhs);
            let op = match op {
                AssignOp::Assign => " = ".to_string(),
                AssignOp::Define => " := ".to_string(),
                AssignOp::Op(b) => format!(" {}= ", b.as_str()),
            };
            s.push_str(&op);
            list(&mut s, rhs);
        }
        StmtKind::Go(x) => {
            s.push_str("go ");
            expr(&mut s, x);
        }
        StmtKind::Defer(x) => {
            s.push_str("defer ");
            expr(&mut s, x);
        }
        StmtKind::Return(l) => {
            s.push_str("return");
            if !l.is_empty() {
                s.push(' ');
                list(&mut s, l);
            }
        }
        _ => s.push('…'),
    }
    s
}

fn list(s: &mut String, l: &[Expr]) {
    for (i, e) in l.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        expr(s, e);
    }
}

fn expr(s: &mut String, e: &Expr) {
    match &e.kind {
        ExprKind::Bad => s.push_str("<bad expr>"),
        ExprKind::Ident(n) => s.push_str(n),
        ExprKind::BasicLit { raw, .. } => s.push_str(raw),
        ExprKind::CompositeLit { ty, elts, .. } => {
            if let Some(t) = ty {
                expr(s, t);
            }
            s.push_str(if elts.is_empty() { "{}" } else { "{…}" });
        }
        ExprKind::FuncLit { ty, body } => {
            s.push_str("func");
            signature(s, ty);
            s.push_str(if body.stmts.is_empty() {
                " {}"
            } else {
                " {…}"
            });
        }
        ExprKind::Paren(x) => {
            s.push('(');
            expr(s, x);
            s.push(')');
        }
        ExprKind::Selector { x, sel } => {
            expr(s, x);
            s.push('.');
            s.push_str(&sel.name);
        }
        ExprKind::Index { x, indices } => {
            expr(s, x);
            s.push('[');
            list(s, indices);
            s.push(']');
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            expr(s, x);
            s.push('[');
            if let Some(l) = lo {
                expr(s, l);
            }
            s.push(':');
            if let Some(h) = hi {
                expr(s, h);
            }
            if let Some(m) = max {
                s.push(':');
                expr(s, m);
            }
            s.push(']');
        }
        ExprKind::TypeAssert { x, ty } => {
            expr(s, x);
            s.push_str(".(");
            match ty {
                Some(t) => expr(s, t),
                None => s.push_str("type"),
            }
            s.push(')');
        }
        ExprKind::Call {
            fun, args, dots, ..
        } => {
            expr(s, fun);
            s.push('(');
            list(s, args);
            if *dots {
                s.push_str("...");
            }
            s.push(')');
        }
        ExprKind::Star(x) => {
            s.push('*');
            expr(s, x);
        }
        ExprKind::Unary { op, x } => {
            s.push_str(op.as_str());
            expr(s, x);
        }
        ExprKind::Binary { op, x, y } => {
            expr(s, x);
            s.push(' ');
            s.push_str(op.as_str());
            s.push(' ');
            expr(s, y);
        }
        ExprKind::KeyValue { key, value } => {
            expr(s, key);
            s.push_str(": ");
            expr(s, value);
        }
        ExprKind::ArrayType { len, elem } => {
            s.push('[');
            match len.as_deref() {
                Some(Expr {
                    kind: ExprKind::Ellipsis(None),
                    ..
                }) => s.push_str("..."),
                Some(l) => expr(s, l),
                None => {}
            }
            s.push(']');
            expr(s, elem);
        }
        ExprKind::Ellipsis(x) => {
            s.push_str("...");
            if let Some(x) = x {
                expr(s, x);
            }
        }
        ExprKind::StructType { fields } => {
            s.push_str("struct{");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                field(s, f);
                if let Some(t) = &f.tag {
                    // Tags are almost always written as raw strings.
                    s.push(' ');
                    if t.contains('`') {
                        s.push_str(&format!("{t:?}"));
                    } else {
                        s.push('`');
                        s.push_str(t);
                        s.push('`');
                    }
                }
            }
            s.push('}');
        }
        ExprKind::FuncType(ft) => {
            s.push_str("func");
            signature(s, ft);
        }
        ExprKind::InterfaceType { elems } => {
            s.push_str("interface{");
            for (i, el) in elems.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                match el {
                    InterfaceElem::Method { name, ty } => {
                        s.push_str(&name.name);
                        signature(s, ty);
                    }
                    InterfaceElem::Embed(t) => expr(s, t),
                }
            }
            s.push('}');
        }
        ExprKind::MapType { key, value } => {
            s.push_str("map[");
            expr(s, key);
            s.push(']');
            expr(s, value);
        }
        ExprKind::ChanType { dir, elem } => {
            if *dir == ChanDir::Recv {
                s.push_str("<-");
            }
            s.push_str("chan");
            if *dir == ChanDir::Send {
                s.push_str("<-");
            }
            s.push(' ');
            let paren = *dir == ChanDir::Both
                && matches!(
                    elem.kind,
                    ExprKind::ChanType {
                        dir: ChanDir::Recv,
                        ..
                    }
                );
            if paren {
                s.push('(');
            }
            expr(s, elem);
            if paren {
                s.push(')');
            }
        }
    }
}

fn field(s: &mut String, f: &Field) {
    for (i, n) in f.names.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&n.name);
    }
    if !f.names.is_empty() {
        s.push(' ');
    }
    expr(s, &f.ty);
}

fn params(s: &mut String, l: &[Field]) {
    s.push('(');
    for (i, f) in l.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        field(s, f);
    }
    s.push(')');
}

fn signature(s: &mut String, ft: &FuncType) {
    params(s, &ft.params);
    if !ft.results.is_empty() {
        s.push(' ');
        if ft.results.len() == 1 && ft.results[0].names.is_empty() {
            expr(s, &ft.results[0].ty);
        } else {
            params(s, &ft.results);
        }
    }
}
