//! Calls of predeclared functions: len, cap, append, copy, make, new,
//! panic (strings), print and println (formatted by the runtime's print*
//! functions exactly as gc: println separates operands by spaces and ends
//! with a newline; print does neither).

use wasm_encoder::{Instruction as I, ValType};

use super::func::Fx;
use super::layout::Repr;
use super::runtime::Rt;
use crate::syntax::ast::Expr;
use crate::types::{BasicKind, Builtin, Type, TypeId};

impl Fx<'_, '_> {
    pub fn builtin(&mut self, b: Builtin, e: &Expr, args: &[Expr], dots: bool, ty: TypeId) {
        // The checker guarantees the arity; never index past it regardless.
        let need = match b {
            Builtin::Copy | Builtin::String | Builtin::Slice | Builtin::Add => 2,
            Builtin::Make if matches!(self.lay.under(ty), Type::Slice(_)) => 2,
            Builtin::Print | Builtin::Println | Builtin::New | Builtin::Recover => 0,
            Builtin::Delete => 2,
            _ => 1,
        };
        if args.len() < need {
            return self.unsupported(e.pos, &format!("this call of {}", b.name()));
        }
        match b {
            Builtin::Len | Builtin::Cap => self.len_cap(b == Builtin::Cap, e, &args[0]),
            Builtin::Append => self.append(args, dots, ty),
            Builtin::Copy => self.copy_builtin(&args[0], &args[1]),
            Builtin::New => {
                let t = self.type_of(e);
                let elem = match self.lay.under(t) {
                    Type::Pointer(el) => *el,
                    _ => t,
                };
                self.heap_alloc(elem);
            }
            Builtin::Make => match self.lay.under(ty) {
                Type::Slice(_) => self.make_slice(args, ty),
                Type::Map { .. } => self.make_map(e, args, ty),
                _ => self.unsupported(e.pos, "make of this type"),
            },
            Builtin::Print | Builtin::Println => self.print(args, b == Builtin::Println),
            Builtin::Panic => {
                let at = self.type_of(&args[0]);
                if self.lay.repr(at) == Repr::String {
                    self.expr(&args[0]);
                    self.call_rt(Rt::Panicstring);
                } else if let Some(any) = self.any_type() {
                    self.expr_as(&args[0], any);
                    self.call_rt(Rt::Gopanic);
                } else {
                    self.unsupported(e.pos, "panic with a non-string value");
                }
            }
            // unsafe.StringData(s), unsafe.SliceData(s): the data pointer.
            Builtin::StringData | Builtin::SliceData => {
                let at = self.type_of(&args[0]);
                self.expr(&args[0]);
                let n = self.lay.repr(at).vals().len();
                for _ in 1..n {
                    self.c.ins(I::Drop);
                }
            }
            // unsafe.String(ptr, len), unsafe.Slice(ptr, len).
            Builtin::String | Builtin::Slice => {
                self.expr(&args[0]);
                let n = self.index_i64(&args[1]);
                self.c.ins(I::LocalGet(n));
                if b == Builtin::Slice {
                    self.c.ins(I::LocalGet(n));
                }
            }
            // unsafe.Add(ptr, len)
            Builtin::Add => {
                self.expr(&args[0]);
                let n = self.index_i64(&args[1]);
                self.c.ins(I::LocalGet(n));
                self.c.ins(I::I32WrapI64);
                self.c.ins(I::I32Add);
            }
            Builtin::Real | Builtin::Imag => {
                self.complex_part(&args[0], b == Builtin::Imag);
            }
            Builtin::Complex if args.len() == 2 => self.complex_build(&args[0], &args[1], ty),
            Builtin::Min | Builtin::Max => self.min_max(b == Builtin::Min, args, ty),
            Builtin::Recover => {
                match self.recover_armed {
                    Some(l) => self.c.ins(I::LocalGet(l)),
                    None => self.c.ins(I::I32Const(0)),
                };
                self.call_rt(Rt::Gorecover);
                if !self.is_iface(ty) {
                    self.drop_value(ty);
                }
            }
            Builtin::Delete if args.len() == 2 => self.map_delete(e, &args[0], &args[1]),
            Builtin::Clear
                if matches!(self.lay.under(self.type_of(&args[0])), Type::Map { .. }) =>
            {
                self.map_clear(&args[0])
            }
            // clear(s) zeroes s[:len(s)].
            Builtin::Clear if matches!(self.lay.under(self.type_of(&args[0])), Type::Slice(_)) => {
                let st = self.type_of(&args[0]);
                let size = self.lay.size(self.lay.elem(st));
                self.expr(&args[0]);
                self.c.ins(I::Drop);
                let n = self.local(ValType::I64);
                self.c.ins(I::LocalSet(n));
                self.c.ins(I::I32Const(0));
                self.c.ins(I::LocalGet(n));
                self.c.ins(I::I32WrapI64);
                self.c.ins(I::I32Const(size as i32));
                self.c.ins(I::I32Mul);
                self.c.ins(I::MemoryFill(0));
            }
            _ => self.unsupported(e.pos, &format!("builtin {}", b.name())),
        }
    }

    /// `min(x, y, ...)` / `max(...)`: floats with Wasm's f32/f64.min/max
    /// (NaN wins, -0 < +0, as Go), integers and strings by comparison.
    fn min_max(&mut self, min: bool, args: &[Expr], ty: TypeId) {
        use wasm_encoder::ValType as V;
        let rep = self.lay.repr(ty);
        self.expr_as(&args[0], ty);
        for a in &args[1..] {
            match rep {
                Repr::Scalar(V::F32) => {
                    self.expr_as(a, ty);
                    self.c.ins(if min { I::F32Min } else { I::F32Max });
                }
                Repr::Scalar(V::F64) => {
                    self.expr_as(a, ty);
                    self.c.ins(if min { I::F64Min } else { I::F64Max });
                }
                _ => {
                    let x = self.spill(ty);
                    self.expr_as(a, ty);
                    let y = self.spill(ty);
                    // Keep x unless y is strictly smaller (larger).
                    self.push_locals(&y);
                    self.push_locals(&x);
                    let op = if min {
                        crate::syntax::ast::BinaryOp::Lt
                    } else {
                        crate::syntax::ast::BinaryOp::Gt
                    };
                    self.compare_values(op, ty);
                    let c = self.local(V::I32);
                    self.c.ins(I::LocalSet(c));
                    for (&xl, &yl) in x.iter().zip(&y) {
                        self.c.ins(I::LocalGet(yl));
                        self.c.ins(I::LocalGet(xl));
                        self.c.ins(I::LocalGet(c));
                        self.c.ins(I::Select);
                    }
                }
            }
        }
    }

    /// The predeclared `any` (the empty interface).
    pub fn any_type(&self) -> Option<TypeId> {
        let u = self.info.universe?;
        let o = *self.info.scope(u).names.get("any")?;
        Some(self.obj_ty(o))
    }

    fn len_cap(&mut self, cap: bool, e: &Expr, x: &Expr) {
        let xt = self.type_of(x);
        match self.lay.under(xt).clone() {
            Type::Basic(_) => {
                self.expr(x);
                let v = self.spill_vals(&[ValType::I32, ValType::I64]);
                self.c.ins(I::LocalGet(v[1]));
            }
            Type::Slice(_) => {
                self.expr(x);
                let v = self.spill_vals(&[ValType::I32, ValType::I64, ValType::I64]);
                self.c.ins(I::LocalGet(if cap { v[2] } else { v[1] }));
            }
            Type::Array { len, .. } => {
                self.expr(x);
                self.c.ins(I::Drop);
                self.c.ins(I::I64Const(len as i64));
            }
            Type::Map { .. } if !cap => {
                self.expr(x);
                self.map_len();
            }
            Type::Pointer(p) => {
                let len = match self.lay.under(p) {
                    Type::Array { len, .. } => *len,
                    _ => 0,
                };
                self.expr(x);
                self.c.ins(I::Drop);
                self.c.ins(I::I64Const(len as i64));
            }
            _ => self.unsupported(e.pos, "len/cap of this type"),
        }
    }

    fn print(&mut self, args: &[Expr], ln: bool) {
        // print(f()) with a multi-value f prints each result.
        if args.len() == 1 {
            let t = self.type_of(&args[0]);
            if let Type::Tuple(elems) = self.info.table.get(t) {
                let elems = elems.clone();
                self.expr(&args[0]);
                let mut groups = Vec::new();
                for &et in elems.iter().rev() {
                    groups.push(self.spill(et));
                }
                groups.reverse();
                for (i, (&et, g)) in elems.iter().zip(&groups).enumerate() {
                    if ln && i > 0 {
                        self.call_rt(Rt::Printsp);
                    }
                    self.push_locals(g);
                    self.print_value(&args[0], et);
                }
                if ln {
                    self.call_rt(Rt::Printnl);
                }
                return;
            }
        }
        for (i, a) in args.iter().enumerate() {
            if ln && i > 0 {
                self.call_rt(Rt::Printsp);
            }
            let ty = self.type_of(a);
            self.expr(a);
            self.print_value(a, ty);
        }
        if ln {
            self.call_rt(Rt::Printnl);
        }
    }

    /// The value of type `ty` on the stack → printed by gc's print rules.
    pub fn print_value_pub(&mut self, a: &Expr, ty: TypeId) {
        self.print_value(a, ty)
    }

    fn print_value(&mut self, a: &Expr, ty: TypeId) {
        use BasicKind::*;
        match self.lay.under(ty) {
            Type::Basic(k) => match k {
                Bool | UntypedBool => self.call_rt(Rt::Printbool),
                Int | Int64 | UntypedInt => self.call_rt(Rt::Printint),
                Int8 | Int16 | Int32 | UntypedRune => {
                    self.c.ins(I::I64ExtendI32S);
                    self.call_rt(Rt::Printint);
                }
                Uint | Uint64 => self.call_rt(Rt::Printuint),
                Uint8 | Uint16 | Uint32 | Uintptr => {
                    self.c.ins(I::I64ExtendI32U);
                    self.call_rt(Rt::Printuint);
                }
                Float32 => self.call_rt(Rt::Printfloat32),
                Float64 | UntypedFloat => self.call_rt(Rt::Printfloat),
                Complex64 | Complex128 | UntypedComplex => self.print_complex(ty),
                String | UntypedString => self.call_rt(Rt::Printstring),
                UnsafePointer | UntypedNil => self.call_rt(Rt::Printpointer),
                _ => self.unsupported(a.pos, "printing this type"),
            },
            Type::Pointer(_) | Type::Map { .. } | Type::Chan { .. } | Type::Signature(_) => {
                self.call_rt(Rt::Printpointer)
            }
            Type::Interface(_) => self.print_iface(),
            Type::Slice(_) => self.call_rt(Rt::Printslice),
            _ => self.unsupported(a.pos, "printing this type"),
        }
    }
}
