//! Expressions printed as gc prints them in messages (syntax.String in short form:
//! function bodies and composite literal contents elided as `{…}`).

use crate::syntax::ast::*;

pub fn expr_string(e: &Expr) -> String {
    let mut s = String::new();
    write_expr(e, &mut s);
    s
}

fn write_list(es: &[Expr], out: &mut String) {
    for (i, e) in es.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_expr(e, out);
    }
}

fn write_expr(e: &Expr, out: &mut String) {
    match &e.kind {
        ExprKind::Bad => out.push_str("BadExpr"),
        ExprKind::Ident(n) => out.push_str(n),
        ExprKind::BasicLit { raw, .. } => out.push_str(raw),
        ExprKind::CompositeLit { ty, elts, .. } => {
            if let Some(t) = ty {
                write_expr(t, out);
            }
            if elts.is_empty() {
                out.push_str("{}");
            } else {
                out.push_str("{…}");
            }
        }
        ExprKind::FuncLit { ty, .. } => {
            out.push_str("func");
            write_func_type(ty, out);
            out.push_str(" {…}");
        }
        ExprKind::Paren(x) => {
            out.push('(');
            write_expr(x, out);
            out.push(')');
        }
        ExprKind::Selector { x, sel } => {
            write_expr(x, out);
            out.push('.');
            out.push_str(&sel.name);
        }
        ExprKind::Index { x, indices } => {
            write_expr(x, out);
            out.push('[');
            write_list(indices, out);
            out.push(']');
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            write_expr(x, out);
            out.push('[');
            if let Some(l) = lo {
                write_expr(l, out);
            }
            out.push(':');
            if let Some(h) = hi {
                write_expr(h, out);
            }
            if let Some(m) = max {
                out.push(':');
                write_expr(m, out);
            }
            out.push(']');
        }
        ExprKind::TypeAssert { x, ty } => {
            write_expr(x, out);
            out.push_str(".(");
            match ty {
                Some(t) => write_expr(t, out),
                None => out.push_str("type"),
            }
            out.push(')');
        }
        ExprKind::Call {
            fun, args, dots, ..
        } => {
            write_expr(fun, out);
            out.push('(');
            write_list(args, out);
            if *dots {
                out.push_str("...");
            }
            out.push(')');
        }
        ExprKind::Star(x) => {
            out.push('*');
            write_expr(x, out);
        }
        ExprKind::Unary { op, x } => {
            out.push_str(op.as_str());
            write_expr(x, out);
        }
        ExprKind::Binary { op, x, y } => {
            write_expr(x, out);
            out.push(' ');
            out.push_str(op.as_str());
            out.push(' ');
            write_expr(y, out);
        }
        ExprKind::KeyValue { key, value } => {
            write_expr(key, out);
            out.push_str(": ");
            write_expr(value, out);
        }
        ExprKind::ArrayType { len, elem } => {
            out.push('[');
            if let Some(l) = len {
                write_expr(l, out);
            }
            out.push(']');
            write_expr(elem, out);
        }
        ExprKind::Ellipsis(x) => {
            out.push_str("...");
            if let Some(x) = x {
                write_expr(x, out);
            }
        }
        ExprKind::StructType { fields } => {
            out.push_str("struct{");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                write_field(f, out);
            }
            out.push('}');
        }
        ExprKind::FuncType(ft) => {
            out.push_str("func");
            write_func_type(ft, out);
        }
        ExprKind::InterfaceType { elems } => {
            if elems.is_empty() {
                out.push_str("interface{}");
                return;
            }
            out.push_str("interface{");
            for (i, el) in elems.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                match el {
                    InterfaceElem::Method { name, ty } => {
                        out.push_str(&name.name);
                        write_func_type(ty, out);
                    }
                    InterfaceElem::Embed(e) => write_expr(e, out),
                }
            }
            out.push('}');
        }
        ExprKind::MapType { key, value } => {
            out.push_str("map[");
            write_expr(key, out);
            out.push(']');
            write_expr(value, out);
        }
        ExprKind::ChanType { dir, elem } => {
            out.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            write_expr(elem, out);
        }
    }
}

fn write_field(f: &Field, out: &mut String) {
    for (i, n) in f.names.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&n.name);
    }
    if !f.names.is_empty() {
        out.push(' ');
    }
    write_expr(&f.ty, out);
}

fn write_func_type(ft: &FuncType, out: &mut String) {
    out.push('(');
    for (i, f) in ft.params.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_field(f, out);
    }
    out.push(')');
    if ft.results.is_empty() {
        return;
    }
    out.push(' ');
    if ft.results.len() == 1 && ft.results[0].names.is_empty() {
        write_expr(&ft.results[0].ty, out);
        return;
    }
    out.push('(');
    for (i, f) in ft.results.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_field(f, out);
    }
    out.push(')');
}
