//! `//go:wasmexport NAME` functions: each gets a wrapper with the host ABI
//! of shared/spec/wasm.md §4, exported as NAME. The Go function itself keeps
//! the Go ABI (other Go code calls it as usual).
//!
//! The wrapper calls `runtime.wasmexportEnter` (which traps with gc's
//! message when the module was not initialised), converts the parameters
//! (`string` arrives as (i32 ptr, i32 len), Go wants (i32, i64); a `bool`
//! is normalised to 0/1, since the host may pass any i32), calls the Go
//! function and returns its result, whose Wasm type is the same in both
//! ABIs (§4 allows only scalar results). The types were checked by
//! `types::wasmabi` before lowering.
//!
//! Not yet (goroutines issue): running each call on its own goroutine.

use wasm_encoder::{Instruction as I, ValType};

use super::layout::Repr;
use super::{FuncKind, Pkg};
use crate::emit::object::{CodeWriter, FuncSym};
use crate::syntax::ast;
use crate::types::{wasmabi, BasicKind};

/// The runtime function every wrapper calls first: `func wasmexportEnter()`.
const ENTER: &str = "runtime.wasmexportEnter";

/// Symbol name of the wrapper of the Go function `link_name`.
fn wrapper_name(link_name: &str) -> String {
    format!("{link_name}..wasmexport")
}

/// Defines and exports the wrapper of every `//go:wasmexport` function of
/// the package.
pub(crate) fn define_exports(p: &mut Pkg<'_>) {
    let files = p.files;
    for f in files {
        for d in &f.decls {
            let ast::Decl::Func(fd) = d else { continue };
            let Some(export) = wasmabi::export_name(fd) else {
                continue;
            };
            if fd.recv.is_some() || !fd.tparams.is_empty() || fd.body.is_none() {
                continue;
            }
            let Some(obj) = p.info.defs.get(&fd.name.id).copied() else {
                continue;
            };
            let Some(FuncKind::Go(target)) = p.funcs.get(&obj).cloned() else {
                continue;
            };
            let link = p.info.link_name(obj, &p.prefix);
            let pos = p.pos_string(fd.name.pos);
            define_wrapper(p, obj, target, &link, export, &pos);
        }
    }
}

fn define_wrapper(
    p: &mut Pkg<'_>,
    obj: crate::types::ObjId,
    target: FuncSym,
    link: &str,
    export: &str,
    pos: &str,
) {
    let Some(sig) = p.info.table.signature(p.info.obj(obj).ty).cloned() else {
        return;
    };
    let mut params = Vec::new();
    let mut body = CodeWriter::new(&[]);
    let enter = enter_sym(p);
    body.call(enter);
    for &t in &sig.params {
        let at = params.len() as u32;
        match p.lay.repr(t) {
            Repr::String => {
                params.extend([ValType::I32, ValType::I32]);
                body.instr(&I::LocalGet(at));
                body.instr(&I::LocalGet(at + 1));
                body.instr(&I::I64ExtendI32U);
            }
            r => {
                let vals = r.vals();
                for k in 0..vals.len() as u32 {
                    body.instr(&I::LocalGet(at + k));
                }
                if p.lay.basic(t) == Some(BasicKind::Bool) {
                    body.instr(&I::I32Const(0));
                    body.instr(&I::I32Ne);
                }
                params.extend_from_slice(vals);
            }
        }
    }
    body.call(target);
    let mut results = Vec::new();
    for &t in &sig.results {
        results.extend_from_slice(p.lay.repr(t).vals());
    }
    let ty = p.obj.func_type(&params, &results);
    let sym = p.obj.declare_func(&wrapper_name(link), ty, Some(pos));
    p.obj.define_func(sym, body);
    p.obj.export_func(sym, export);
}

fn enter_sym(p: &mut Pkg<'_>) -> FuncSym {
    if let Some(s) = p.obj.lookup_func(ENTER) {
        return s;
    }
    let ty = p.obj.func_type(&[], &[]);
    p.obj.import_func(ENTER, ty, None, None)
}
