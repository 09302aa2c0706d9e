//! `//go:wasmimport MODULE NAME` functions: host imports with the host ABI
//! of shared/spec/wasm.md §4 (`string` parameters as (i32 ptr, i32 len),
//! at most one result). The symbol keeps the Go link name and carries the
//! (module, field) pair as its import.

use wasm_encoder::ValType;

use super::layout::Repr;
use super::{FuncKind, Pkg};
use crate::syntax::ast::FuncDecl;
use crate::types::{ObjId, TypeId};

/// The (module, name) of a `//go:wasmimport` directive on `fd`, if any.
pub(crate) fn pragma(fd: &FuncDecl) -> Option<(String, String)> {
    fd.pragmas.iter().find_map(|p| {
        let mut w = p.text.split_whitespace();
        if w.next() != Some("go:wasmimport") {
            return None;
        }
        let m = w.next()?;
        let n = w.next()?;
        Some((m.to_string(), n.to_string()))
    })
}

/// Host-ABI Wasm types of one parameter or result type.
fn host_vals(p: &Pkg<'_>, ty: TypeId) -> Vec<ValType> {
    match p.lay.repr(ty) {
        Repr::String => vec![ValType::I32, ValType::I32],
        r => r.vals().to_vec(),
    }
}

/// Declares the host import for a `//go:wasmimport` function.
pub(crate) fn declare(
    p: &mut Pkg<'_>,
    _fd: &FuncDecl,
    obj: ObjId,
    name: &str,
    module: &str,
    field: &str,
    pos: &str,
) -> Option<FuncKind> {
    let sig = p.info.table.signature(p.info.obj(obj).ty)?.clone();
    let mut params = Vec::new();
    for &t in &sig.params {
        params.extend(host_vals(p, t));
    }
    let mut results = Vec::new();
    for &t in &sig.results {
        results.extend(host_vals(p, t));
    }
    let ty = p.obj.func_type(&params, &results);
    let sym = p
        .obj
        .import_func(name, ty, Some((module, field)), Some(pos));
    Some(FuncKind::Host(sym))
}
