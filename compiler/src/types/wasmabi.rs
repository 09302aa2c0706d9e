//! The rules of `//go:wasmimport` and `//go:wasmexport` on a checked package
//! (shared/spec/wasm.md §2–§4), with gc's wording where gc has one.
//!
//! The parser already reports usage errors and directives inside bodies or
//! at the end of a file; these checks need types or the whole package:
//! bodies, methods, generic functions, duplicate and reserved export names,
//! and the boundary type table of §4. As gc, they run in two phases: the
//! declaration rules (gc's noder) and, only if those pass, the types of
//! parameters and results (gc's ssagen). Both run only when the package
//! type-checked without errors.

use std::collections::BTreeMap;

use super::model::*;
use super::typestring::type_string;
use crate::syntax::ast::{self, ExprKind, FuncDecl, Pos};
use crate::Diagnostic;

/// Which directive a function carries.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Directive {
    Import,
    Export,
}

impl Directive {
    fn name(self) -> &'static str {
        match self {
            Directive::Import => "go:wasmimport",
            Directive::Export => "go:wasmexport",
        }
    }
}

/// The export name of a `//go:wasmexport NAME` directive on `fd`.
pub fn export_name(fd: &FuncDecl) -> Option<&str> {
    fd.pragmas.iter().find_map(|p| {
        let mut w = p.text.split_whitespace();
        (w.next() == Some("go:wasmexport"))
            .then(|| w.next())
            .flatten()
    })
}

fn has_import(fd: &FuncDecl) -> bool {
    fd.pragmas
        .iter()
        .any(|p| p.text.split_whitespace().next() == Some("go:wasmimport"))
}

/// Export names the linker gives the module itself.
const RESERVED: [&str; 3] = ["_start", "_initialize", "memory"];

/// All diagnostics of the wasm directives in a package that type-checked
/// without errors, sorted by position.
pub fn check(files: &[ast::File], info: &Info) -> Vec<Diagnostic> {
    let mut c = Checker {
        files,
        info,
        diags: Vec::new(),
    };
    for f in files {
        c.diags.extend(crate::syntax::late_diagnostics(f));
    }
    c.declarations();
    if c.diags.is_empty() {
        c.boundary_types();
    }
    c.diags.sort_by(|a, b| {
        (file_index(files, &a.file), a.line, a.col).cmp(&(
            file_index(files, &b.file),
            b.line,
            b.col,
        ))
    });
    c.diags.dedup();
    c.diags
}

fn file_index(files: &[ast::File], name: &str) -> usize {
    files.iter().position(|f| f.name == name).unwrap_or(0)
}

struct Checker<'a> {
    files: &'a [ast::File],
    info: &'a Info,
    diags: Vec<Diagnostic>,
}

impl<'a> Checker<'a> {
    fn funcs(&self) -> impl Iterator<Item = &'a FuncDecl> {
        self.files.iter().flat_map(|f| {
            f.decls.iter().filter_map(|d| match d {
                ast::Decl::Func(fd) => Some(fd),
                _ => None,
            })
        })
    }

    fn pos_string(&self, pos: Pos) -> String {
        let name = self
            .files
            .get(pos.file as usize)
            .map(|f| f.name.as_str())
            .unwrap_or("?");
        format!("{name}:{}:{}", pos.line, pos.col)
    }

    fn error(&mut self, pos: Pos, message: String) {
        let file = self
            .files
            .get(pos.file as usize)
            .map(|f| f.name.clone())
            .unwrap_or_default();
        self.diags.push(Diagnostic {
            file,
            line: pos.line,
            col: pos.col,
            message,
        });
    }

    /// §2 and §3: bodies, methods, generic functions, export names.
    fn declarations(&mut self) {
        // Export name → (function name, position) of its first declaration.
        let mut exports: BTreeMap<String, (String, Pos)> = BTreeMap::new();
        for fd in self.funcs() {
            // types2's rule (checked here until the checker has it): a
            // generic function has nothing to instantiate without a body,
            // //go:wasmimport or not.
            if fd.body.is_none() && !fd.tparams.is_empty() {
                self.error(
                    fd.name.pos,
                    "generic function is missing function body".to_string(),
                );
                continue;
            }
            if has_import(fd) {
                if fd.recv.is_some() {
                    self.error(
                        fd.name.pos,
                        "cannot use //go:wasmimport on a method".to_string(),
                    );
                } else if fd.body.is_some() {
                    self.error(
                        fd.name.pos,
                        "can only use //go:wasmimport with external func implementations"
                            .to_string(),
                    );
                }
            }
            let Some(name) = export_name(fd) else {
                continue;
            };
            if fd.recv.is_some() {
                self.error(
                    fd.name.pos,
                    "cannot use //go:wasmexport on a method".to_string(),
                );
                continue;
            }
            if !fd.tparams.is_empty() {
                self.error(
                    fd.name.pos,
                    "cannot use //go:wasmexport on a generic function".to_string(),
                );
                continue;
            }
            if RESERVED.contains(&name) {
                self.error(
                    fd.name.pos,
                    format!(
                        "go:wasmexport: reserved export name {name:?} (used by func {})",
                        fd.name.name
                    ),
                );
                continue;
            }
            match exports.get(name) {
                Some((first, pos)) => {
                    let other = self.pos_string(*pos);
                    self.error(
                        fd.name.pos,
                        format!(
                            "go:wasmexport: duplicate export name {name:?} (used by func {})\n\t{other}: other declaration of export {name:?} (func {first})",
                            fd.name.name
                        ),
                    );
                }
                None => {
                    exports.insert(name.to_string(), (fd.name.name.clone(), fd.name.pos));
                }
            }
        }
    }

    /// §4: parameter and result types of every directive function.
    fn boundary_types(&mut self) {
        for fd in self.funcs() {
            let dir = if export_name(fd).is_some() {
                Directive::Export
            } else if has_import(fd) {
                Directive::Import
            } else {
                continue;
            };
            if fd.recv.is_some() || !fd.tparams.is_empty() {
                continue;
            }
            let Some(obj) = self.info.defs.get(&fd.name.id).copied() else {
                continue;
            };
            let Some(sig) = self.info.table.signature(self.info.obj(obj).ty) else {
                continue;
            };
            let sig = sig.clone();
            let d = dir.name();
            // Parameter and result types with the expressions they were written as.
            let params = written_types(&fd.ty.params);
            let results = written_types(&fd.ty.results);
            for (i, &t) in sig.params.iter().enumerate() {
                if !self.param_ok(t) {
                    let shown = self.shown(params.get(i).copied(), t);
                    self.error(
                        fd.name.pos,
                        format!("{d}: unsupported parameter type {shown}"),
                    );
                }
            }
            if sig.results.len() > 1 {
                self.error(fd.name.pos, format!("{d}: too many return values"));
            } else if let Some(&t) = sig.results.first() {
                if !self.result_ok(t) {
                    let shown = self.shown(results.first().copied(), t);
                    self.error(fd.name.pos, format!("{d}: unsupported result type {shown}"));
                }
            }
        }
    }

    fn basic(&self, t: TypeId) -> Option<BasicKind> {
        self.info.table.basic_kind(self.info.table.underlying(t))
    }

    /// §4 scalar types (both directions).
    fn scalar_ok(&self, t: TypeId) -> bool {
        use BasicKind::*;
        if let Some(k) = self.basic(t) {
            return matches!(
                k,
                Bool | Int32
                    | Uint32
                    | Int64
                    | Uint64
                    | Float32
                    | Float64
                    | UnsafePointer
                    | Uintptr
            );
        }
        match self.info.table.get(self.info.table.underlying(t)) {
            Type::Pointer(e) => self.pointee_ok(*e, &mut Vec::new()),
            _ => false,
        }
    }

    fn param_ok(&self, t: TypeId) -> bool {
        self.scalar_ok(t) || self.basic(t) == Some(BasicKind::String)
    }

    fn result_ok(&self, t: TypeId) -> bool {
        self.scalar_ok(t)
    }

    /// Permitted pointee types: sized numbers, bool, arrays of them and
    /// `structs.HostLayout` structs. `seen` breaks cycles through pointer
    /// fields (beyond gc): a struct being checked counts as permitted.
    fn pointee_ok(&self, t: TypeId, seen: &mut Vec<TypeId>) -> bool {
        use BasicKind::*;
        if let Some(k) = self.basic(t) {
            return matches!(
                k,
                Bool | Int8
                    | Int16
                    | Int32
                    | Int64
                    | Uint8
                    | Uint16
                    | Uint32
                    | Uint64
                    | Float32
                    | Float64
            );
        }
        let table = &self.info.table;
        match table.get(table.underlying(t)) {
            Type::Array { elem, .. } => self.pointee_ok(*elem, seen),
            Type::Struct(st) => {
                if seen.contains(&t) {
                    return true;
                }
                if st.fields.is_empty() {
                    return true;
                }
                if !st.fields.iter().any(|f| self.is_host_layout(f.ty)) {
                    return false;
                }
                seen.push(t);
                let ok = st
                    .fields
                    .iter()
                    .all(|f| self.is_host_layout(f.ty) || self.field_ok(f.ty, seen));
                seen.pop();
                ok
            }
            _ => false,
        }
    }

    /// A field of a HostLayout struct: a permitted pointee type or, beyond
    /// gc (our pointers are 32-bit, as wasm32 C's), a pointer to one,
    /// `unsafe.Pointer` or `uintptr`.
    fn field_ok(&self, t: TypeId, seen: &mut Vec<TypeId>) -> bool {
        if matches!(
            self.basic(t),
            Some(BasicKind::UnsafePointer | BasicKind::Uintptr)
        ) {
            return true;
        }
        let table = &self.info.table;
        match table.get(table.underlying(t)) {
            Type::Pointer(e) => self.pointee_ok(*e, seen),
            _ => self.pointee_ok(t, seen),
        }
    }

    /// Whether `t` is `structs.HostLayout`.
    fn is_host_layout(&self, t: TypeId) -> bool {
        let Some(n) = self.info.table.named(t) else {
            return false;
        };
        let o = self.info.obj(n.obj);
        o.name == "HostLayout"
            && o.pkg
                .is_some_and(|p| self.info.package(p).path == "structs")
    }

    /// A type as gc prints it in these messages: as written (`byte`, `any`,
    /// `interface {}`), in cmd/compile's format.
    fn shown(&self, written: Option<&ast::Expr>, t: TypeId) -> String {
        match written {
            Some(e) => {
                let mut s = String::new();
                if self.write_expr(e, &mut s, 0) {
                    return s;
                }
                type_string(self.info, t, self.info.pkg)
            }
            None => type_string(self.info, t, self.info.pkg),
        }
    }

    /// Writes a type expression; false if it has a form this printer does
    /// not know (the caller then prints the type itself).
    fn write_expr(&self, e: &ast::Expr, out: &mut String, depth: u32) -> bool {
        if depth > 100 {
            return false;
        }
        let d = depth + 1;
        match &e.kind {
            ExprKind::Ident(n) => out.push_str(n),
            ExprKind::Paren(x) => return self.write_expr(x, out, d),
            ExprKind::Selector { x, sel } => {
                let ExprKind::Ident(pkg) = &x.kind else {
                    return false;
                };
                // gc qualifies with the package's name, not a local alias.
                let name = match self.info.object_of(x.id).map(|o| &self.info.obj(o).kind) {
                    Some(ObjKind::PkgName(p)) => self.info.package(*p).name.clone(),
                    _ => pkg.clone(),
                };
                out.push_str(&name);
                out.push('.');
                out.push_str(&sel.name);
            }
            ExprKind::Star(x) => {
                out.push('*');
                return self.write_expr(x, out, d);
            }
            ExprKind::ArrayType { len: None, elem } => {
                out.push_str("[]");
                return self.write_expr(elem, out, d);
            }
            ExprKind::ArrayType { len: Some(_), elem } => {
                let len = self.info.type_of(e.id).and_then(|tv| {
                    match self.info.table.get(self.info.table.underlying(tv.ty)) {
                        Type::Array { len, .. } => Some(*len),
                        _ => None,
                    }
                });
                let Some(len) = len else { return false };
                out.push_str(&format!("[{len}]"));
                return self.write_expr(elem, out, d);
            }
            ExprKind::Ellipsis(Some(elem)) => {
                out.push_str("[]");
                return self.write_expr(elem, out, d);
            }
            ExprKind::MapType { key, value } => {
                out.push_str("map[");
                if !self.write_expr(key, out, d) {
                    return false;
                }
                out.push(']');
                return self.write_expr(value, out, d);
            }
            ExprKind::ChanType { dir, elem } => {
                out.push_str(match dir {
                    ast::ChanDir::Both => "chan ",
                    ast::ChanDir::Send => "chan<- ",
                    ast::ChanDir::Recv => "<-chan ",
                });
                return self.write_expr(elem, out, d);
            }
            ExprKind::FuncType(ft) => {
                out.push_str("func");
                return self.write_signature(ft, out, d);
            }
            ExprKind::StructType { fields } => {
                if fields.is_empty() {
                    out.push_str("struct {}");
                    return true;
                }
                out.push_str("struct {");
                let mut first = true;
                for f in fields {
                    let names: Vec<&str> = f.names.iter().map(|n| n.name.as_str()).collect();
                    let count = names.len().max(1);
                    for k in 0..count {
                        out.push_str(if first { " " } else { "; " });
                        first = false;
                        if let Some(n) = names.get(k) {
                            out.push_str(n);
                            out.push(' ');
                        }
                        if !self.write_expr(&f.ty, out, d) {
                            return false;
                        }
                        if let Some(tag) = &f.tag {
                            out.push(' ');
                            out.push_str(&crate::constant::quote(tag.as_bytes()));
                        }
                    }
                }
                out.push_str(" }");
            }
            ExprKind::InterfaceType { elems } => {
                if elems.is_empty() {
                    out.push_str("interface {}");
                    return true;
                }
                out.push_str("interface {");
                for (i, el) in elems.iter().enumerate() {
                    out.push_str(if i == 0 { " " } else { "; " });
                    match el {
                        ast::InterfaceElem::Method { name, ty } => {
                            out.push_str(&name.name);
                            if !self.write_signature(ty, out, d) {
                                return false;
                            }
                        }
                        ast::InterfaceElem::Embed(x) => {
                            if !self.write_expr(x, out, d) {
                                return false;
                            }
                        }
                    }
                }
                out.push_str(" }");
            }
            _ => return false,
        }
        true
    }

    /// `(params) results` of a func type, without parameter names.
    fn write_signature(&self, ft: &ast::FuncType, out: &mut String, d: u32) -> bool {
        out.push('(');
        let params = written_types(&ft.params);
        for (i, p) in params.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            if let ExprKind::Ellipsis(Some(elem)) = &p.kind {
                out.push_str("...");
                if !self.write_expr(elem, out, d) {
                    return false;
                }
            } else if !self.write_expr(p, out, d) {
                return false;
            }
        }
        out.push(')');
        let results = written_types(&ft.results);
        match results.len() {
            0 => {}
            1 => {
                out.push(' ');
                return self.write_expr(results[0], out, d);
            }
            _ => {
                out.push_str(" (");
                for (i, r) in results.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    if !self.write_expr(r, out, d) {
                        return false;
                    }
                }
                out.push(')');
            }
        }
        true
    }
}

/// The type expression of each parameter (or result), one per declared
/// name (`a, b int32` gives two), as the signature lists them.
fn written_types(fields: &[ast::Field]) -> Vec<&ast::Expr> {
    let mut out = Vec::new();
    for f in fields {
        for _ in 0..f.names.len().max(1) {
            out.push(&f.ty);
        }
    }
    out
}
