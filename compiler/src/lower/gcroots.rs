//! GC roots that live in Wasm locals or on the operand stack.
//!
//! The collector (stdlib/runtime/mgc.go) runs only inside `runtime.alloc`,
//! so a pointer is a root it must see exactly when it is live across a
//! call. Wasm locals and the operand stack are invisible to it; the shadow
//! stack is not. This pass, run on every finished body that contains a
//! call, mirrors such values into the function's shadow-stack frame:
//!
//! - every i32 local (parameters included, `fp`/`sp0` excluded) gets a
//!   4-byte frame slot; parameters are stored there after the prologue and
//!   every `local.set`/`local.tee` also stores the new value;
//! - every i32 result of a call gets a slot of its own (per call site), so a
//!   call result waiting on the operand stack while the next argument is
//!   computed (`f(g(), h())`, `a + b` of two calls) stays visible.
//!
//! Pointers are i32 values in this ABI (pointers, string/slice data,
//! interface words, maps, chans, funcs), so mirroring all i32 values is
//! conservative: integers that happen to look like heap addresses only keep
//! objects alive longer. Leaf functions (no call, or only calls of print
//! and panic functions: `may_collect`) are untouched: nothing can collect
//! while they run.

use wasm_encoder::{Instruction as I, ValType};

use crate::emit::code::{memarg, Code, Op};
use crate::emit::object::ObjectBuilder;

/// Rewrites `c` as described above. `frame` is the end of the variable
/// slots (grown by the slots this pass needs); `sites` are op positions
/// recorded with `Code::mark`, remapped to the rewritten body.
pub(crate) fn mirror_roots(
    c: &mut Code,
    obj: &ObjectBuilder,
    fp: u32,
    sp0: u32,
    frame: &mut u32,
    sites: &mut [usize],
) {
    let ops = c.take_ops();
    if !ops.iter().any(|op| match op {
        Op::Call(f) => may_collect(obj.func_name(*f)),
        Op::CallIndirect(_) => true,
        _ => false,
    }) {
        c.set_ops(ops);
        return;
    }
    let mut next = frame.next_multiple_of(4);
    let nlocals = c.local_count();
    let mut slot_of: Vec<Option<u32>> = vec![None; nlocals as usize];
    for l in 0..nlocals {
        if l != fp && l != sp0 && c.local_type(l) == ValType::I32 {
            slot_of[l as usize] = Some(next);
            next += 4;
        }
    }
    let store = |out: &mut Vec<Op>, l: u32, off: u32| {
        out.push(Op::I(I::LocalGet(fp)));
        out.push(Op::I(I::LocalGet(l)));
        out.push(Op::I(I::I32Store(memarg(off, 4))));
    };
    let mut out = Vec::with_capacity(ops.len() * 2);
    for l in 0..c.param_count() {
        if let Some(off) = slot_of[l as usize] {
            store(&mut out, l, off);
        }
    }
    // Scratch locals that carry call results through their spill; they are
    // never live across a call themselves, so they need no slot.
    let mut scratch: Vec<(ValType, u32)> = Vec::new();
    let mut new_pos = Vec::with_capacity(ops.len() + 1);
    for op in ops {
        new_pos.push(out.len());
        match op {
            Op::I(I::LocalSet(l)) if slot_of.get(l as usize).copied().flatten().is_some() => {
                out.push(op);
                store(&mut out, l, slot_of[l as usize].unwrap_or(0));
            }
            Op::I(I::LocalTee(l)) if slot_of.get(l as usize).copied().flatten().is_some() => {
                out.push(op);
                store(&mut out, l, slot_of[l as usize].unwrap_or(0));
            }
            Op::Call(f) => {
                out.push(op);
                let results = obj.func_results(f);
                spill_results(c, &results, fp, &mut next, &mut scratch, &mut out);
            }
            Op::CallIndirect(t) => {
                out.push(op);
                let results = obj.type_results(t);
                spill_results(c, &results, fp, &mut next, &mut scratch, &mut out);
            }
            other => out.push(other),
        }
    }
    new_pos.push(out.len());
    for s in sites.iter_mut() {
        *s = new_pos.get(*s).copied().unwrap_or(out.len());
    }
    c.set_ops(out);
    *frame = next;
}

/// Whether a call of `callee` may run the collector while the caller still
/// needs its values. Not: the print primitives the compiler calls (they never allocate) and the
/// panic entry points (after them the caller only unwinds: its values are
/// dead). The runtime must keep both properties.
fn may_collect(callee: &str) -> bool {
    const PRINTS: &[&str] = &[
        "runtime.printbool",
        "runtime.printint",
        "runtime.printuint",
        "runtime.printhex",
        "runtime.printpointer",
        "runtime.printstring",
        "runtime.printsp",
        "runtime.printnl",
        "runtime.printfloat64",
        "runtime.printfloat32",
        "runtime.printcomplex128",
        "runtime.printcomplex64",
    ];
    !(PRINTS.contains(&callee)
        || callee.starts_with("runtime.panic")
        || callee == "runtime.gopanic")
}

/// After a call: stores its i32 results into fresh frame slots, leaving the
/// operand stack as it was.
fn spill_results(
    c: &mut Code,
    results: &[ValType],
    fp: u32,
    next: &mut u32,
    scratch: &mut Vec<(ValType, u32)>,
    out: &mut Vec<Op>,
) {
    if !results.contains(&ValType::I32) {
        return;
    }
    // One scratch local per (type, occurrence) among the results.
    let mut locals = Vec::with_capacity(results.len());
    for (i, &t) in results.iter().enumerate() {
        let nth = results[..i].iter().filter(|&&u| u == t).count();
        let have: Vec<u32> = scratch
            .iter()
            .filter(|(u, _)| *u == t)
            .map(|&(_, l)| l)
            .collect();
        let l = match have.get(nth) {
            Some(&l) => l,
            None => {
                let l = c.local(t);
                scratch.push((t, l));
                l
            }
        };
        locals.push(l);
    }
    for &l in locals.iter().rev() {
        out.push(Op::I(I::LocalSet(l)));
    }
    for (&t, &l) in results.iter().zip(&locals) {
        if t == ValType::I32 {
            out.push(Op::I(I::LocalGet(fp)));
            out.push(Op::I(I::LocalGet(l)));
            out.push(Op::I(I::I32Store(memarg(*next, 4))));
            *next += 4;
        }
    }
    for &l in &locals {
        out.push(Op::I(I::LocalGet(l)));
    }
}
