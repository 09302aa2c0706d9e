//! Package-level data and initialisation: package variables as `.bss`
//! data symbols `PREFIX.name`, string literals as read-only symbols
//! `PREFIX..str.N` (deduplicated, package-local), user `init` functions as
//! `PREFIX.init.N`, and the generated initialiser `PREFIX.init`: variable
//! initialisers in `Info::init_order`, then the `init.N` calls in source
//! order.

use std::collections::HashMap;

use wasm_encoder::ValType;

use super::func::Fx;
use super::{FuncKind, Pkg};
use crate::emit::code::Op;
use crate::emit::object::{DataKind, DataSym, FuncSym};
use crate::syntax::ast::{Decl, Expr, FuncDecl, NodeId};
use crate::types::ObjId;

impl Pkg<'_> {
    /// The data symbol `runtime.deferchain` (head of the defer chain).
    pub fn defer_chain(&mut self) -> DataSym {
        if let Some(d) = self.obj.lookup_data("runtime.deferchain") {
            return d;
        }
        self.obj.import_data("runtime.deferchain")
    }

    /// The data symbol `runtime.deferArm` (a bool): set by a defer thunk
    /// right before calling a deferred function that may recover.
    pub fn defer_arm_sym(&mut self) -> DataSym {
        if let Some(d) = self.obj.lookup_data("runtime.deferArm") {
            return d;
        }
        self.obj.import_data("runtime.deferArm")
    }

    /// The data symbol `runtime.unwinding`: nonzero while returning up to a
    /// frame whose deferred call recovered a panic (that frame's identity).
    pub fn unwinding_sym(&mut self) -> DataSym {
        if let Some(d) = self.obj.lookup_data("runtime.unwinding") {
            return d;
        }
        self.obj.import_data("runtime.unwinding")
    }

    /// The data symbol of a package-level variable (imported ones become
    /// undefined data symbols under their link names).
    pub fn global_sym(&mut self, obj: ObjId) -> DataSym {
        if let Some(s) = self.globals.get(&obj) {
            return *s;
        }
        let name = self.info.link_name(obj, &self.prefix);
        let s = self.obj.import_data(&name);
        self.globals.insert(obj, s);
        s
    }

    /// The read-only data symbol holding a string literal's bytes.
    pub fn string_sym(&mut self, bytes: &[u8]) -> DataSym {
        if let Some(s) = self.strings.get(bytes) {
            return *s;
        }
        let name = format!("{}..str.{}", self.prefix, self.strings.len());
        let s = self.obj.define_data(
            &name,
            DataKind::ReadOnly,
            1,
            bytes.to_vec(),
            bytes.len() as u32,
            Vec::new(),
        );
        self.obj.set_local_data(s);
        self.strings.insert(bytes.to_vec(), s);
        s
    }

    fn init_funcs(&self) -> Vec<&FuncDecl> {
        let mut out = Vec::new();
        for f in self.files {
            for d in &f.decls {
                if let Decl::Func(fd) = d {
                    if fd.name.name == "init" && fd.recv.is_none() && fd.body.is_some() {
                        out.push(fd);
                    }
                }
            }
        }
        out
    }
}

/// Declares `PREFIX.init.N` for the user init functions.
pub(crate) fn declare_inits(p: &mut Pkg<'_>) {
    let ty = p.obj.func_type(&[], &[]);
    let inits: Vec<(Option<ObjId>, String)> = p
        .init_funcs()
        .iter()
        .map(|fd| {
            (
                p.info.defs.get(&fd.name.id).copied(),
                p.pos_string(fd.name.pos),
            )
        })
        .collect();
    for (n, (obj, pos)) in inits.into_iter().enumerate() {
        let sym = p
            .obj
            .declare_func(&format!("{}.init.{n}", p.prefix), ty, Some(&pos));
        if let Some(o) = obj {
            p.funcs.insert(o, FuncKind::Go(sym));
        }
    }
}

/// Defines a zero-initialised data symbol for every package-level variable
/// (and, in package runtime, `runtime.deferchain` if the runtime does not
/// declare it).
pub(crate) fn define_globals(p: &mut Pkg<'_>) {
    if p.is_runtime {
        let declared = p.files.iter().any(|f| {
            f.decls.iter().any(|d| match d {
                Decl::Var(specs) => specs
                    .iter()
                    .any(|sp| sp.names.iter().any(|n| n.name == "deferchain")),
                _ => false,
            })
        });
        if !declared {
            p.obj.define_data(
                "runtime.deferchain",
                DataKind::Bss,
                4,
                Vec::new(),
                4,
                Vec::new(),
            );
        }
        let declared = p.files.iter().any(|f| {
            f.decls.iter().any(|d| match d {
                Decl::Var(specs) => specs
                    .iter()
                    .any(|sp| sp.names.iter().any(|n| n.name == "unwinding")),
                _ => false,
            })
        });
        if !declared {
            p.obj.define_data(
                "runtime.unwinding",
                DataKind::Bss,
                4,
                Vec::new(),
                4,
                Vec::new(),
            );
        }
    }
    let files = p.files;
    for f in files {
        for d in &f.decls {
            let Decl::Var(specs) = d else { continue };
            for sp in specs {
                for (i, name) in sp.names.iter().enumerate() {
                    if name.name == "_" {
                        continue;
                    }
                    let Some(obj) = p.info.defs.get(&name.id).copied() else {
                        continue;
                    };
                    let ty = p.info.obj(obj).ty;
                    let (size, align) = (p.lay.size(ty), p.lay.align(ty));
                    let sym_name = p.info.link_name(obj, &p.prefix);
                    // `//go:linkname v otherpkg.v` without an initialiser
                    // pulls another package's variable (math/bits's
                    // `runtime.overflowError`): refer to it, do not define it.
                    let pulled = p.info.obj(obj).link_name.is_some()
                        && !sym_name.starts_with(&format!("{}.", p.prefix))
                        && sp.values.is_empty();
                    if pulled {
                        let s = p.obj.import_data(&sym_name);
                        p.globals.insert(obj, s);
                        continue;
                    }
                    // One value per name: a statically known initialiser
                    // becomes the data itself.
                    let init = if sp.values.len() == sp.names.len() {
                        p.static_value(&sp.values[i], ty)
                    } else {
                        None
                    };
                    let s = match init {
                        Some(v) => {
                            p.static_vars.insert(obj);
                            p.obj.define_data(
                                &sym_name,
                                DataKind::Data,
                                align,
                                v.bytes,
                                size,
                                v.relocs,
                            )
                        }
                        None => p.obj.define_data(
                            &sym_name,
                            DataKind::Bss,
                            align,
                            Vec::new(),
                            size,
                            Vec::new(),
                        ),
                    };
                    p.globals.insert(obj, s);
                }
            }
        }
    }
}

/// Defines `PREFIX.init`.
pub(crate) fn lower_init(p: &mut Pkg<'_>) {
    let ty = p.obj.func_type(&[], &[]);
    let sym = p.obj.declare_func(&format!("{}.init", p.prefix), ty, None);
    // Initialiser expressions by node id.
    let mut exprs: HashMap<NodeId, &Expr> = HashMap::new();
    for f in p.files {
        for d in &f.decls {
            if let Decl::Var(specs) = d {
                for sp in specs {
                    for v in &sp.values {
                        exprs.insert(v.id, v);
                    }
                }
            }
        }
    }
    let inits: Vec<FuncSym> = p
        .init_funcs()
        .iter()
        .filter_map(|fd| {
            let o = p.info.defs.get(&fd.name.id)?;
            match p.funcs.get(o) {
                Some(FuncKind::Go(s)) => Some(*s),
                _ => None,
            }
        })
        .collect();
    let info = p.info;
    let mut fx = Fx::new(p, &[]);
    fx.name = format!("{}.init", fx.p.prefix);
    for init in &info.init_order {
        let Some(rhs) = exprs.get(&init.rhs).copied() else {
            continue;
        };
        let mark = fx.temp_mark();
        fx.hoisted.clear();
        if init.lhs.iter().all(|o| fx.p.static_vars.contains(o)) {
            continue;
        }
        let tys: Vec<_> = init.lhs.iter().map(|o| info.obj(*o).ty).collect();
        if init.lhs.len() == 1 {
            fx.expr_as(rhs, tys[0]);
            fx.store_global(init.lhs[0], tys[0]);
        } else {
            fx.expr(rhs);
            let mut groups = Vec::new();
            for &t in tys.iter().rev() {
                groups.push(fx.spill(t));
            }
            groups.reverse();
            for (k, o) in init.lhs.iter().enumerate() {
                fx.push_locals(&groups.get(k).cloned().unwrap_or_default());
                fx.store_global(*o, tys[k]);
            }
        }
        fx.temp_release(mark);
    }
    for s in inits {
        fx.c.op(Op::Call(s));
    }
    fx.release_frame();
    let code = fx.finish();
    // Global binding: the linker's runtime.runInits calls it.
    p.obj.define_func(sym, code.into_writer());
}

impl Fx<'_, '_> {
    /// Value on the stack → stored into a package variable (or dropped for `_`).
    fn store_global(&mut self, obj: ObjId, ty: crate::types::TypeId) {
        if self.info.obj(obj).name == "_" {
            self.drop_value(ty);
            return;
        }
        let sym = self.p.global_sym(obj);
        let base = self.local(ValType::I32);
        self.c.op(Op::DataAddr(sym, 0));
        self.c.ins(wasm_encoder::Instruction::LocalSet(base));
        self.store_to_ptr_local(base, 0, ty);
    }
}
