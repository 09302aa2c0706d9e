//! Function values and closures.
//!
//! A func value is an i32 pointer to a closure record: word 0 is the table
//! index of the code, then one word per captured variable holding the
//! address of its heap cell (captured variables always escape). The code
//! takes the record as an extra last parameter (the context). Calling a
//! func value: nil check, arguments, context, `call_indirect` through the
//! table index in word 0.
//!
//! Function literals become functions `OUTER.funcN` (lowered after the
//! enclosing function, see `lower_pending`); literals without captures and
//! top-level functions used as values get a static read-only record (for
//! top-level functions through a wrapper `F·f` that drops the context).

use std::collections::HashMap;

use wasm_encoder::{Instruction as I, ValType};

use super::func::{lower_body, FuncSource, Fx, Var};
use super::{FuncKind, Pkg};
use crate::emit::code::{memarg, Code, Op};
use crate::emit::object::{DataKind, DataReloc, DataSym, FuncSym, RelocTarget};
use crate::syntax::ast::{Decl, Expr, ExprKind, File, NodeId};
use crate::types::{ObjId, Signature, TypeId};

/// Every function literal in the package's files, by node id.
pub(crate) fn collect_lits<'a>(files: &'a [File]) -> HashMap<NodeId, &'a Expr> {
    let mut out: HashMap<NodeId, &'a Expr> = HashMap::new();
    let mut visit = |e: &'a Expr| {
        if let ExprKind::FuncLit { .. } = e.kind {
            out.insert(e.id, e);
        }
    };
    for f in files {
        for d in &f.decls {
            match d {
                Decl::Func(fd) => {
                    if let Some(b) = &fd.body {
                        super::walk::block(b, &mut visit);
                    }
                }
                Decl::Var(specs) => {
                    for sp in specs {
                        for v in &sp.values {
                            super::walk::expr(v, &mut visit);
                        }
                    }
                }
                _ => {}
            }
        }
    }
    out
}

/// Lowers the function literals queued while lowering other functions
/// (including ones nested in them).
pub(crate) fn lower_pending(p: &mut Pkg<'_>) {
    while let Some((id, sym, name)) = p.pending_lits.pop() {
        let Some(&e) = p.lits.get(&id) else { continue };
        let ExprKind::FuncLit { ty, body } = &e.kind else {
            continue;
        };
        let Some(sig_ty) = p.node_type(id) else {
            continue;
        };
        let captures = p.info.captures.get(&id).cloned().unwrap_or_default();
        let f = FuncSource {
            sym,
            name,
            sig_ty,
            recv: None,
            ty,
            body,
            captures: Some(captures),
            pos: e.pos,
        };
        lower_body(p, &f);
    }
}

impl Pkg<'_> {
    /// Wasm type index of the code of a func value of signature `sig_ty`.
    pub fn closure_type(&mut self, sig_ty: TypeId) -> u32 {
        let (mut params, results) = self.lay.go_signature(sig_ty);
        params.push(ValType::I32);
        self.obj.func_type(&params, &results)
    }

    /// A read-only closure record `{table index of f}`.
    fn static_record(&mut self, name: &str, f: FuncSym) -> DataSym {
        let d = self.obj.define_data(
            name,
            DataKind::ReadOnly,
            4,
            vec![0; 4],
            4,
            vec![DataReloc {
                offset: 0,
                target: RelocTarget::FuncTableIndex(f),
            }],
        );
        self.obj.set_local_data(d);
        d
    }
}

impl Fx<'_, '_> {
    /// Loads the captured variables' cell addresses from the context.
    pub fn bind_captures(&mut self, caps: &[ObjId], ctx: u32) {
        for (k, &o) in caps.iter().enumerate() {
            let cell = self.var_local(ValType::I32);
            self.c.ins(I::LocalGet(ctx));
            self.c.ins(I::I32Load(memarg(4 + 4 * k as u32, 4)));
            self.c.ins(I::LocalSet(cell));
            self.vars.insert(o, Var::Ptr(cell));
        }
    }

    /// A function literal → its closure value.
    pub fn func_lit(&mut self, e: &Expr) {
        let sig_ty = self.type_of(e);
        let n = {
            let c = self.p.lit_count.entry(self.name.clone()).or_insert(0);
            *c += 1;
            *c
        };
        let name = format!("{}.func{n}", self.name);
        let ty = self.p.closure_type(sig_ty);
        let pos = self.p.pos_string(e.pos);
        let sym = self.p.obj.declare_func(&name, ty, Some(&pos));
        self.p.pending_lits.push((e.id, sym, name.clone()));
        let caps = self.info.captures.get(&e.id).cloned().unwrap_or_default();
        if caps.is_empty() {
            let d = self.p.static_record(&format!("{name}·f"), sym);
            self.c.op(Op::DataAddr(d, 0));
            return;
        }
        let rec = self.local(ValType::I32);
        self.c.ins(I::I32Const(4 + 4 * caps.len() as i32));
        self.c.ins(I::I32Const(4));
        self.call_rt(super::runtime::Rt::Alloc);
        self.c.ins(I::LocalTee(rec));
        self.c.op(Op::TableIndex(sym));
        self.c.ins(I::I32Store(memarg(0, 4)));
        for (k, o) in caps.iter().enumerate() {
            match self.vars.get(o).cloned() {
                Some(Var::Ptr(cell)) => {
                    self.c.ins(I::LocalGet(rec));
                    self.c.ins(I::LocalGet(cell));
                    self.c.ins(I::I32Store(memarg(4 + 4 * k as u32, 4)));
                }
                _ => return self.unsupported(e.pos, "capturing this variable"),
            }
        }
        self.c.ins(I::LocalGet(rec));
    }

    /// A top-level function used as a value → its static closure record.
    pub fn func_value(&mut self, obj: ObjId, e: &Expr) {
        if let Some(d) = self.p.func_values.get(&obj) {
            let d = *d;
            self.c.op(Op::DataAddr(d, 0));
            return;
        }
        let target = match self.p.func_kind(obj) {
            FuncKind::Go(s) => s,
            _ => return self.unsupported(e.pos, "this function as a value"),
        };
        let info = self.info;
        let sig_ty = info.obj(obj).ty;
        let link = info.link_name(obj, &self.p.prefix);
        let (params, _) = self.lay.go_signature(sig_ty);
        let ty = self.p.closure_type(sig_ty);
        // The wrapper: same parameters plus the context, which it ignores.
        let wname = format!("{}..fv.{link}", self.p.prefix);
        let wsym = self.p.obj.declare_func(&wname, ty, None);
        self.p.obj.set_local_func(wsym);
        let mut all = params.clone();
        all.push(ValType::I32);
        let mut c = Code::new(&all);
        for i in 0..params.len() as u32 {
            c.ins(I::LocalGet(i));
        }
        c.op(Op::Call(target));
        self.p.obj.define_func(wsym, c.into_writer());
        let d = self.p.static_record(&format!("{wname}·f"), wsym);
        self.p.func_values.insert(obj, d);
        self.c.op(Op::DataAddr(d, 0));
    }

    /// Calls the func value `fun` (pushes the results like a static call).
    pub fn call_value(&mut self, fun: &Expr, sig: &Signature, args: &[Expr], dots: bool) {
        let sig_ty = self.type_of(fun);
        let slots = self.result_slots(sig);
        self.expr(fun);
        self.nil_check();
        let f = self.local(ValType::I32);
        self.c.ins(I::LocalSet(f));
        self.push_args(sig, args, dots, false);
        self.c.ins(I::LocalGet(f));
        self.c.ins(I::LocalGet(f));
        self.c.ins(I::I32Load(memarg(0, 4)));
        let ty = self.p.closure_type(sig_ty);
        self.c.op(Op::CallIndirect(ty));
        self.after_call();
        self.arrange_results(sig, &slots);
    }
}
