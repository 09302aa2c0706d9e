//! Expressions: evaluation pushes the flattened Wasm values of the
//! expression's type (`layout::Repr`); an aggregate (struct, array) value is
//! pushed as the address of memory holding it, which consumers copy at once
//! if they keep it.

use wasm_encoder::{Instruction as I, ValType};

use super::func::Fx;
use super::layout::Repr;
use crate::emit::code::Op;
use crate::syntax::ast::{Element, Expr, ExprKind, UnaryOp};
use crate::types::{BasicKind, Mode, ObjKind, SelectionKind, Type, TypeId};

impl Fx<'_, '_> {
    /// Type recorded for an expression.
    pub fn type_of(&self, e: &Expr) -> TypeId {
        self.tv(&e.id)
            .map(|tv| tv.ty)
            .unwrap_or(BasicKind::Invalid.id())
    }

    /// Evaluates `e` as a value of the target type `target` (assignment
    /// context): untyped nil and untyped constants take the target's type.
    pub fn expr_as(&mut self, e: &Expr, target: TypeId) {
        let Some(tv) = self.tv(&e.id) else {
            self.unsupported(e.pos, "untyped expression");
            return;
        };
        if let Mode::Constant(v) = &tv.mode {
            let v = v.clone();
            if self.is_iface(target) {
                let t = tv.ty;
                self.constant(&v, t);
                self.convert_to_iface(t, target);
            } else {
                self.constant(&v, target);
            }
            return;
        }
        if self.lay.basic(tv.ty) == Some(BasicKind::UntypedNil) || self.is_nil(e) {
            self.push_zero(target);
            return;
        }
        let ty = tv.ty;
        self.expr(e);
        if self.is_iface(target) && ty != target {
            self.convert_to_iface(ty, target);
        }
    }

    pub fn expr(&mut self, e: &Expr) {
        self.cur_pos = e.start_pos();
        if let Some(ls) = self.hoisted.remove(&e.id) {
            self.push_locals(&ls);
            return;
        }
        let Some(tv) = self.tv(&e.id) else {
            self.unsupported(e.pos, "expression without type");
            return;
        };
        let ty = tv.ty;
        if let Mode::Constant(v) = &tv.mode {
            let v = v.clone();
            self.constant(&v, ty);
            return;
        }
        match &e.kind {
            ExprKind::Paren(x) => self.expr(x),
            ExprKind::Ident(_) => self.ident(e, ty),
            ExprKind::CompositeLit { .. } => self.composite_value(e),
            ExprKind::FuncLit { .. } => self.func_lit(e),
            ExprKind::Selector { x, sel } => {
                if let Some(s) = self.sel(&e.id).cloned() {
                    if s.kind == SelectionKind::FieldVal {
                        let off = self.field_addr(e, x);
                        self.load(ty, off);
                    } else {
                        self.method_value(e, x, &s);
                    }
                } else {
                    // Qualified identifier pkg.Name.
                    let obj = self.info.uses.get(&sel.id).copied();
                    match obj {
                        Some(o) => self.object_value(o, ty, e),
                        None => self.unsupported(e.pos, "selector"),
                    }
                }
            }
            ExprKind::Index { x, indices } if indices.len() == 1 => {
                let xt = self.type_of(x);
                match self.lay.under(xt) {
                    Type::Basic(_) => self.string_index(x, &indices[0]),
                    Type::Map { .. } => self.map_index(e, x, &indices[0], false),
                    _ => {
                        let off = self.elem_addr(x, &indices[0]);
                        self.load(ty, off);
                    }
                }
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.slice_expr(x, lo.as_deref(), hi.as_deref(), max.as_deref(), ty)
            }
            ExprKind::Call { .. } => self.call_expr(e),
            ExprKind::Star(p) => {
                self.expr(p);
                self.nil_check();
                self.load(ty, 0);
            }
            ExprKind::Unary {
                op: UnaryOp::Addr,
                x,
            } => self.address_of(x),
            ExprKind::Unary { op, x } => self.unary(*op, x, ty),
            ExprKind::Binary { op, x, y } => self.binary(*op, x, y, ty),
            ExprKind::TypeAssert { .. } => self.type_assert(e, false),
            _ => self.unsupported(e.pos, "this expression"),
        }
    }

    fn ident(&mut self, e: &Expr, ty: TypeId) {
        let Some(obj) = self.info.object_of(e.id) else {
            self.unsupported(e.pos, "unresolved identifier");
            return;
        };
        self.object_value(obj, ty, e)
    }

    /// The value of a variable, nil, or function named by `e`.
    fn object_value(&mut self, obj: crate::types::ObjId, ty: TypeId, e: &Expr) {
        let o = self.info.obj(obj);
        match &o.kind {
            ObjKind::Var { .. } if o.parent_is_package => {
                let sym = self.p.global_sym(obj);
                self.c.op(Op::DataAddr(sym, 0));
                self.load(ty, 0);
            }
            ObjKind::Var { .. } => match self.vars.get(&obj).cloned() {
                Some(v) => self.push_var_value(&v, ty),
                None => self.unsupported(e.pos, "captured variable"),
            },
            ObjKind::Nil => self.push_zero(ty),
            ObjKind::Const(v) => {
                let v = v.clone();
                self.constant(&v, ty)
            }
            ObjKind::Func => self.func_value(obj, e),
            _ => self.unsupported(e.pos, "this value"),
        }
    }

    /// `&x`: the address of an addressable operand, or of a fresh heap
    /// object for `&T{...}`.
    fn address_of(&mut self, x: &Expr) {
        let mut inner = x;
        while let ExprKind::Paren(p) = &inner.kind {
            inner = p;
        }
        if let ExprKind::CompositeLit { .. } = &inner.kind {
            let ty = self.type_of(inner);
            self.heap_composite(inner, ty);
            return;
        }
        let off = self.addr_of(x);
        if off != 0 {
            self.c.ins(I::I32Const(off as i32));
            self.c.ins(I::I32Add);
        }
    }

    /// Evaluates a composite literal: aggregates into a zeroed frame
    /// temporary (pushing its address), slices into a heap array, elided
    /// `&T{...}` into a heap object.
    fn composite_value(&mut self, e: &Expr) {
        let ty = self.type_of(e);
        match self.lay.under(ty).clone() {
            Type::Pointer(elem) => self.heap_composite(e, elem),
            Type::Slice(elem) => self.slice_literal(e, elem),
            Type::Map { .. } => self.map_literal(e, ty),
            Type::Struct(_) | Type::Array { .. } => {
                let off = self.temp_slot(ty);
                let base = self.local(ValType::I32);
                self.frame_addr(off);
                self.c.ins(I::LocalTee(base));
                self.zero_mem(ty);
                self.composite_into(e, ty, base, 0);
                self.c.ins(I::LocalGet(base));
            }
            _ => self.unsupported(e.pos, "this composite literal"),
        }
    }

    /// `&T{...}`: allocates a `T` on the heap, fills it, pushes the pointer.
    fn heap_composite(&mut self, e: &Expr, ty: TypeId) {
        let base = self.local(ValType::I32);
        self.heap_alloc(ty);
        self.c.ins(I::LocalSet(base));
        self.composite_into(e, ty, base, 0);
        self.c.ins(I::LocalGet(base));
    }

    /// Stores the elements of a struct or array literal into zeroed memory
    /// at `base + off`.
    pub fn composite_into(&mut self, e: &Expr, ty: TypeId, base: u32, off: u32) {
        let ExprKind::CompositeLit { elts, .. } = &e.kind else {
            // A non-literal value (elided type is not possible here).
            self.expr_as(e, ty);
            self.store_to_ptr_local(base, off, ty);
            return;
        };
        match self.lay.under(ty).clone() {
            Type::Struct(st) => {
                for (i, el) in elts.iter().enumerate() {
                    let idx = match &el.key {
                        Some(k) => match &k.kind {
                            ExprKind::Ident(name) => {
                                st.fields.iter().position(|f| &f.name == name).unwrap_or(i)
                            }
                            _ => i,
                        },
                        None => i,
                    };
                    let (foff, fty) = self.lay.field(ty, idx);
                    let mark = self.temp_mark();
                    self.element_into(&el.value, fty, base, off + foff);
                    self.temp_release(mark);
                }
            }
            Type::Array { elem, .. } => {
                let esize = self.lay.size(elem);
                for (k, el) in self.element_indices(elts) {
                    let mark = self.temp_mark();
                    self.element_into(&el.value, elem, base, off + k as u32 * esize);
                    self.temp_release(mark);
                }
            }
            _ => self.unsupported(e.pos, "this composite literal"),
        }
    }

    /// Array/slice literal elements with their indices (keys are constant).
    pub fn element_indices<'e>(&self, elts: &'e [Element]) -> Vec<(u64, &'e Element)> {
        let mut next = 0u64;
        let mut out = Vec::with_capacity(elts.len());
        for el in elts {
            if let Some(k) = &el.key {
                if let Some(v) = self.const_int(k) {
                    next = v as u64;
                }
            }
            out.push((next, el));
            next += 1;
        }
        out
    }

    /// One element of a composite literal, stored at `base + off`; nested
    /// literals are built in place.
    fn element_into(&mut self, v: &Expr, ty: TypeId, base: u32, off: u32) {
        let is_lit = matches!(v.kind, ExprKind::CompositeLit { .. });
        if is_lit && self.lay.repr(ty) == Repr::Mem && self.type_of(v) == ty {
            self.composite_into(v, ty, base, off);
            return;
        }
        self.expr_as(v, ty);
        self.store_to_ptr_local(base, off, ty);
    }

    /// `[]T{...}`: a heap backing array holding the elements.
    fn slice_literal(&mut self, e: &Expr, elem: TypeId) {
        let ExprKind::CompositeLit { elts, .. } = &e.kind else {
            return;
        };
        let idx = self.element_indices(elts);
        let n = idx.iter().map(|(k, _)| k + 1).max().unwrap_or(0);
        let esize = self.lay.size(elem);
        let align = self.lay.align(elem);
        let base = self.local(ValType::I32);
        self.c
            .ins(I::I32Const((n as u32).saturating_mul(esize) as i32));
        self.c.ins(I::I32Const(align as i32));
        self.call_rt(super::runtime::Rt::Alloc);
        self.c.ins(I::LocalSet(base));
        for (k, el) in idx {
            let mark = self.temp_mark();
            self.element_into(&el.value, elem, base, k as u32 * esize);
            self.temp_release(mark);
        }
        self.c.ins(I::LocalGet(base));
        self.c.ins(I::I64Const(n as i64));
        self.c.ins(I::I64Const(n as i64));
    }

    /// Drops the values of type `ty` from the stack.
    pub fn drop_value(&mut self, ty: TypeId) {
        for _ in self.lay.repr(ty).vals() {
            self.c.ins(I::Drop);
        }
    }
}
