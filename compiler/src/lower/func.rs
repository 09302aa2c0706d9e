//! Function frames: parameters and results under the Go ABI, local
//! variables (Wasm locals, shadow-stack slots or heap cells), temporaries,
//! and the Wasm control nesting that branches are resolved against.
//!
//! Frame: a function that needs memory for aggregates or temporaries moves
//! `__stack_pointer` down by its (16-aligned) frame size in the prologue and
//! keeps the frame base in local `fp`; every return restores the pointer
//! saved in `sp0`. The size is only known after the body is lowered, so the
//! prologue and the restores are inserted afterwards (see `emit::code`).

use std::collections::{HashMap, HashSet};

use wasm_encoder::{BlockType, Instruction as I, ValType};

use super::layout::{Layout, Repr};
use super::runtime::{self, Rt};
use super::{escape, FuncKind, Pkg};
use crate::emit::code::{Code, Op};
use crate::emit::object::FuncSym;
use crate::syntax::ast::{self, Pos};
use crate::types::{Info, ObjId, TypeId};

/// Where a local variable lives.
#[derive(Clone, Debug)]
pub(crate) enum Var {
    /// Its flattened values in Wasm locals (non-escaping scalars, strings,
    /// slices, interfaces).
    Locals(Vec<u32>),
    /// At `fp + offset` in the frame (non-escaping structs and arrays).
    Frame(u32),
    /// At the address held in an i32 local: a heap cell (escaping
    /// variables) or the caller-owned copy of an aggregate parameter.
    Ptr(u32),
}

/// One open Wasm control construct.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ctl {
    Block,
    Loop,
    If,
}

/// A Go statement that `break` / `continue` can target.
#[derive(Clone, Debug)]
pub(crate) struct Target {
    pub label: Option<String>,
    /// Index in `ctl` of the block to branch to for `break`.
    pub brk: usize,
    /// Index in `ctl` of the block to branch to for `continue` (loops only).
    pub cont: Option<usize>,
}

/// Per-function lowering state.
pub(crate) struct Fx<'p, 'a> {
    pub p: &'p mut Pkg<'a>,
    pub info: &'a Info,
    /// The generic instance being lowered: its substituted types.
    pub inst: Option<&'a super::generics::Stencil>,
    pub lay: Layout<'a>,
    pub c: Code,
    pub vars: HashMap<ObjId, Var>,
    pub escapes: HashSet<ObjId>,
    pub fp: u32,
    pub sp0: u32,
    pub frame: u32,
    restore_sites: Vec<usize>,
    /// Result types of the function.
    pub results: Vec<TypeId>,
    /// Hidden result-pointer parameters, one per aggregate result.
    pub result_ptrs: Vec<Option<u32>>,
    /// Named result variables (empty when results are unnamed).
    pub named_results: Vec<ObjId>,
    pub ctl: Vec<Ctl>,
    pub targets: Vec<Target>,
    /// Frame temporaries: current top and high-water mark.
    tframe: u32,
    tframe_max: u32,
    /// Temporary locals in use (allocation order) and free ones by type.
    temp_stack: Vec<u32>,
    free_locals: HashMap<u8, Vec<u32>>,
    /// ctl index of the block whose end is the unwinding exit (functions
    /// lowered from Go bodies), see `after_call`.
    pub unwind: Option<usize>,
    /// The function needs a frame even if empty (its stack pointer is its
    /// identity for recovery).
    pub force_frame: bool,
    /// The defer list local, when the function contains `defer`.
    pub defers: Option<u32>,
    /// Local holding `runtime.deferArm` as it was on entry, when the body
    /// calls `recover()` directly (see `defers::calls_recover`).
    pub recover_armed: Option<u32>,
    /// Results of calls evaluated ahead of their statement (`order.rs`).
    pub hoisted: HashMap<u32, Vec<u32>>,
    /// Labels targeted by goto statements in this function.
    pub goto_labels: HashSet<String>,
    /// Goto targets of the statement lists being lowered.
    pub gotos: HashMap<String, super::goto::GotoTarget>,
    /// Symbol name of the function being lowered.
    pub name: String,
    /// Position of the statement or expression being lowered (diagnostics).
    pub cur_pos: Pos,
    /// Label of the statement being lowered next (set by a labelled statement).
    pub pending_label: Option<String>,
}

/// Lowers one function or method declaration with a body.
pub(crate) fn lower_func_decl(p: &mut Pkg<'_>, fd: &ast::FuncDecl) {
    let info = p.info;
    let Some(obj) = info.defs.get(&fd.name.id).copied() else {
        return;
    };
    let sym = match p.funcs.get(&obj) {
        Some(FuncKind::Go(s)) => *s,
        _ => return,
    };
    let Some(body) = &fd.body else { return };
    let name = match p.init_names.get(&fd.name.id) {
        Some(n) => n.clone(),
        None => info.link_name(obj, &p.prefix),
    };
    let f = FuncSource {
        sym,
        name,
        sig_ty: info.obj(obj).ty,
        recv: fd.recv.as_ref(),
        ty: &fd.ty,
        body,
        captures: None,
        pos: fd.name.pos,
    };
    lower_body(p, &f);
}

/// Everything needed to lower one function body (declared or literal).
pub(crate) struct FuncSource<'s> {
    pub sym: FuncSym,
    /// Symbol name (closures inside are named after it).
    pub name: String,
    pub sig_ty: TypeId,
    pub recv: Option<&'s ast::Field>,
    pub ty: &'s ast::FuncType,
    pub body: &'s ast::Block,
    /// For function literals: the captured variables, reached through
    /// the closure context (the last parameter).
    pub captures: Option<Vec<ObjId>>,
    pub pos: Pos,
}

/// Lowers a function body and defines its symbol.
pub(crate) fn lower_body(p: &mut Pkg<'_>, f: &FuncSource<'_>) {
    let info = p.info;
    let Some(sig) = info.table.signature(f.sig_ty).cloned() else {
        return;
    };
    let (mut params, _) = p.lay.go_signature(f.sig_ty);
    if f.captures.is_some() {
        params.push(ValType::I32);
    }
    let mut fx = Fx::new(p, &params);
    fx.name = f.name.clone();
    fx.escapes = escape::analyze(info, f.ty, f.body);
    fx.goto_labels = super::goto::goto_labels(f.body);
    if super::defers::has_defer(f.body) {
        fx.defers = Some(fx.var_local(ValType::I32));
        fx.force_frame = true;
        fx.save_defer_head();
    }
    if super::defers::calls_recover(info, f.body) {
        fx.take_defer_arm();
    }
    fx.unwind = Some(fx.open(Ctl::Block, BlockType::Empty));
    if let Some(caps) = &f.captures {
        fx.bind_captures(caps, params.len() as u32 - 1);
    }
    let mut next = 0u32;
    // Hidden result pointers come first.
    fx.results = sig.results.clone();
    for &r in &sig.results {
        if fx.lay.repr(r) == Repr::Mem {
            fx.result_ptrs.push(Some(next));
            next += 1;
        } else {
            fx.result_ptrs.push(None);
        }
    }
    if let (Some(recv), Some(rt)) = (f.recv, sig.recv) {
        fx.bind_params(std::slice::from_ref(recv), &[rt], &mut next);
    }
    fx.bind_params(&f.ty.params, &sig.params, &mut next);
    fx.bind_results(&f.ty.results);
    fx.block_stmts(&f.body.stmts);
    if sig.results.iter().any(|&r| fx.lay.repr(r) != Repr::Mem) {
        // Go requires a terminating statement; the end is unreachable.
        fx.c.ins(I::Unreachable);
    } else {
        fx.run_defers();
        fx.release_frame();
        fx.c.ins(I::Return);
    }
    fx.close();
    fx.unwind = None;
    fx.unwinding_exit(&sig);
    let code = fx.finish();
    let pos = p.pos_string(f.pos);
    p.obj.set_pos(f.sym, &pos);
    p.obj.define_func(f.sym, code.into_writer());
}

impl<'p, 'a> Fx<'p, 'a> {
    pub fn new(p: &'p mut Pkg<'a>, params: &[ValType]) -> Fx<'p, 'a> {
        let info = p.info;
        let lay = p.lay;
        let inst = p.cur_inst();
        let mut c = Code::new(params);
        let fp = c.local(ValType::I32);
        let sp0 = c.local(ValType::I32);
        Fx {
            p,
            info,
            inst,
            lay,
            c,
            vars: HashMap::new(),
            escapes: HashSet::new(),
            fp,
            sp0,
            frame: 0,
            restore_sites: Vec::new(),
            results: Vec::new(),
            result_ptrs: Vec::new(),
            named_results: Vec::new(),
            ctl: Vec::new(),
            targets: Vec::new(),
            pending_label: None,
            cur_pos: Pos::default(),
            name: String::new(),
            goto_labels: HashSet::new(),
            hoisted: HashMap::new(),
            defers: None,
            recover_armed: None,
            unwind: None,
            force_frame: false,
            temp_stack: Vec::new(),
            tframe: 0,
            tframe_max: 0,
            free_locals: HashMap::new(),
            gotos: HashMap::new(),
        }
    }

    /// Inserts the prologue and the stack restores now that the frame size
    /// is known, and returns the finished body.
    pub fn finish(mut self) -> Code {
        super::gcroots::mirror_roots(
            &mut self.c,
            &self.p.obj,
            self.fp,
            self.sp0,
            &mut self.frame,
            &mut self.restore_sites,
        );
        let temps_base = self.frame.next_multiple_of(16);
        self.c.resolve_frame_temps(temps_base);
        let mut total = temps_base + self.tframe_max;
        if self.force_frame {
            total = total.max(16);
        }
        if total > 0 {
            let size = total.next_multiple_of(16) as i32;
            let mut sites = std::mem::take(&mut self.restore_sites);
            sites.sort_unstable();
            for &at in sites.iter().rev() {
                self.c
                    .insert(at, vec![Op::I(I::LocalGet(self.sp0)), Op::StackPointerSet]);
            }
            // The shadow stack ends at __data_end (below it: data): a frame
            // reaching past it traps instead of corrupting globals.
            let data_end = self.p.obj.import_data("__data_end");
            self.c.insert(
                0,
                vec![
                    Op::StackPointerGet,
                    Op::I(I::LocalTee(self.sp0)),
                    Op::I(I::I32Const(size)),
                    Op::I(I::I32Sub),
                    Op::I(I::LocalTee(self.fp)),
                    Op::DataAddr(data_end, 0),
                    Op::I(I::I32LtU),
                    Op::I(I::If(BlockType::Empty)),
                    Op::I(I::Unreachable),
                    Op::I(I::End),
                    Op::I(I::LocalGet(self.fp)),
                    Op::StackPointerSet,
                ],
            );
        }
        self.c
    }

    /// Marks the current position as one where the frame must be released.
    pub fn release_frame(&mut self) {
        self.restore_sites.push(self.c.mark());
    }

    /// Reports an unsupported construct; compilation fails with it.
    pub fn unsupported(&mut self, pos: Pos, what: &str) {
        self.p
            .error(pos, format!("gobuild: {what} not supported yet"));
        self.c.ins(I::Unreachable);
    }

    // ---- locals, temporaries, frame slots ----

    /// A temporary local: reused after the statement (or literal element)
    /// that allocated it is done (`temp_mark` / `temp_release`), so huge
    /// functions and initialisers stay within engines' local limits. Its
    /// initial value is unspecified.
    pub fn local(&mut self, t: ValType) -> u32 {
        let l = match self.free_locals.get_mut(&val_key(t)).and_then(|v| v.pop()) {
            Some(l) => l,
            None => self.c.local(t),
        };
        self.temp_stack.push(l);
        l
    }

    /// A local that lives as long as the function (variable storage).
    pub fn var_local(&mut self, t: ValType) -> u32 {
        self.c.local(t)
    }

    pub fn temp_mark(&self) -> (usize, u32) {
        (self.temp_stack.len(), self.tframe)
    }

    /// Returns the temporaries (locals and frame space) allocated since
    /// `mark` to the pool.
    pub fn temp_release(&mut self, (mark, tframe): (usize, u32)) {
        self.tframe = tframe;
        while self.temp_stack.len() > mark {
            if let Some(l) = self.temp_stack.pop() {
                let t = self.c.local_type(l);
                self.free_locals.entry(val_key(t)).or_default().push(l);
            }
        }
    }

    /// Temporary locals for the flattened values of `ty`.
    pub fn locals_for(&mut self, ty: TypeId) -> Vec<u32> {
        let vals = self.lay.repr(ty).vals();
        vals.iter().map(|&v| self.local(v)).collect()
    }

    /// Persistent locals for a variable of type `ty`.
    pub fn var_locals_for(&mut self, ty: TypeId) -> Vec<u32> {
        let vals = self.lay.repr(ty).vals();
        vals.iter().map(|&v| self.var_local(v)).collect()
    }

    /// Pops the flattened values of `ty` from the stack into fresh locals.
    pub fn spill(&mut self, ty: TypeId) -> Vec<u32> {
        let ls = self.locals_for(ty);
        for &l in ls.iter().rev() {
            self.c.ins(I::LocalSet(l));
        }
        ls
    }

    /// Pops values of the given Wasm types (top of stack last) into locals.
    pub fn spill_vals(&mut self, vals: &[ValType]) -> Vec<u32> {
        let ls: Vec<u32> = vals.iter().map(|&v| self.local(v)).collect();
        for &l in ls.iter().rev() {
            self.c.ins(I::LocalSet(l));
        }
        ls
    }

    pub fn push_locals(&mut self, ls: &[u32]) {
        for &l in ls {
            self.c.ins(I::LocalGet(l));
        }
    }

    /// Reserves `size` bytes aligned to `align` for a temporary (reused
    /// after the current statement); returns its offset in the temporaries
    /// area (see `frame_addr`).
    pub fn frame_slot(&mut self, size: u32, align: u32) -> u32 {
        let off = self.tframe.next_multiple_of(align.clamp(1, 16));
        self.tframe = off + size;
        self.tframe_max = self.tframe_max.max(self.tframe);
        off
    }

    /// Pushes the address of the frame temporary at `off`.
    pub fn frame_addr(&mut self, off: u32) {
        self.c.ins(I::LocalGet(self.fp));
        self.c.op(Op::FrameTemp(off));
        self.c.ins(I::I32Add);
    }

    /// Reserves frame space for a variable (lives as long as the function);
    /// its address is `fp + offset`.
    pub fn var_slot(&mut self, ty: TypeId) -> u32 {
        let (size, align) = (self.lay.size(ty).max(1), self.lay.align(ty));
        let off = self.frame.next_multiple_of(align.clamp(1, 16));
        self.frame = off + size;
        off
    }

    /// Pushes the address `fp + off` of a variable slot.
    pub fn var_frame_addr(&mut self, off: u32) {
        self.c.ins(I::LocalGet(self.fp));
        if off != 0 {
            self.c.ins(I::I32Const(off as i32));
            self.c.ins(I::I32Add);
        }
    }

    /// A frame temporary able to hold a value of `ty`; returns its offset.
    pub fn temp_slot(&mut self, ty: TypeId) -> u32 {
        let (size, align) = (self.lay.size(ty), self.lay.align(ty));
        self.frame_slot(size.max(1), align)
    }

    // ---- variables ----

    /// Creates storage for a new local variable, zero-initialised.
    pub fn declare_var(&mut self, obj: ObjId) {
        let ty = self.obj_ty(obj);
        let var = self.new_var_storage(obj, ty);
        self.vars.insert(obj, var.clone());
        self.zero_var(&var, ty);
    }

    /// Storage for a variable of type `ty` (not initialised).
    pub fn new_var_storage(&mut self, obj: ObjId, ty: TypeId) -> Var {
        if self.escapes.contains(&obj) {
            let l = self.var_local(ValType::I32);
            self.heap_alloc(ty);
            self.c.ins(I::LocalSet(l));
            return Var::Ptr(l);
        }
        match self.lay.repr(ty) {
            Repr::Mem => Var::Frame(self.var_slot(ty)),
            _ => Var::Locals(self.var_locals_for(ty)),
        }
    }

    /// Pushes a pointer to fresh zeroed heap memory for a value of `ty`.
    pub fn heap_alloc(&mut self, ty: TypeId) {
        let (size, align) = (self.lay.size(ty), self.lay.align(ty));
        self.c.ins(I::I32Const(size as i32));
        self.c.ins(I::I32Const(align as i32));
        self.call_rt(Rt::Alloc);
    }

    fn zero_var(&mut self, var: &Var, ty: TypeId) {
        match var {
            Var::Locals(ls) => {
                let ls = ls.clone();
                for l in ls {
                    let t = self.c_local_type(l);
                    self.push_zero_val(t);
                    self.c.ins(I::LocalSet(l));
                }
            }
            Var::Frame(off) => {
                let off = *off;
                self.var_frame_addr(off);
                self.zero_mem(ty);
            }
            // Heap cells come zeroed from runtime.alloc.
            Var::Ptr(_) => {}
        }
    }

    /// Wasm type of a local created by `locals_for` (looked up by replaying
    /// the declaration; locals are few, so a scan is fine).
    fn c_local_type(&self, l: u32) -> ValType {
        self.c.local_type(l)
    }

    pub fn push_zero_val(&mut self, t: ValType) {
        match t {
            ValType::I64 => self.c.ins(I::I64Const(0)),
            ValType::F32 => self.c.ins(I::F32Const(0.0.into())),
            ValType::F64 => self.c.ins(I::F64Const(0.0.into())),
            _ => self.c.ins(I::I32Const(0)),
        }
    }

    /// Pushes the zero value of `ty` (for aggregates: a zeroed frame temporary).
    pub fn push_zero(&mut self, ty: TypeId) {
        match self.lay.repr(ty) {
            Repr::Mem => {
                let off = self.temp_slot(ty);
                self.frame_addr(off);
                self.zero_mem(ty);
                self.frame_addr(off);
            }
            r => {
                for &v in r.vals() {
                    self.push_zero_val(v);
                }
            }
        }
    }

    /// Binds parameters (in order) to their Wasm parameter locals, moving
    /// escaping ones to the heap. `types` are the signature's parameter
    /// types, one per parameter (fields may declare several names).
    fn bind_params(&mut self, fields: &[ast::Field], types: &[TypeId], next: &mut u32) {
        let info = self.info;
        let mut objs: Vec<Option<ObjId>> = Vec::new();
        for f in fields {
            if f.names.is_empty() {
                objs.push(None);
            }
            for id in &f.names {
                objs.push(info.defs.get(&id.id).copied());
            }
        }
        for (k, &ty) in types.iter().enumerate() {
            let obj = objs.get(k).copied().flatten();
            let rep = self.lay.repr(ty);
            let width = rep.vals().len() as u32;
            let first = *next;
            *next += width;
            let Some(obj) = obj else { continue };
            if info.obj(obj).name == "_" {
                continue;
            }
            let var = if rep == Repr::Mem {
                Var::Ptr(first)
            } else {
                Var::Locals((first..first + width).collect())
            };
            if self.escapes.contains(&obj) {
                let cell = self.var_local(ValType::I32);
                self.heap_alloc(ty);
                self.c.ins(I::LocalSet(cell));
                self.push_var_value(&var, ty);
                self.store_to_ptr_local(cell, 0, ty);
                self.vars.insert(obj, Var::Ptr(cell));
            } else {
                self.vars.insert(obj, var);
            }
        }
    }

    /// Declares named results as zeroed variables.
    fn bind_results(&mut self, fields: &[ast::Field]) {
        let info = self.info;
        for f in fields {
            for id in &f.names {
                if let Some(obj) = info.defs.get(&id.id).copied() {
                    self.declare_var(obj);
                    self.named_results.push(obj);
                }
            }
        }
    }

    /// Pushes the value of a variable.
    pub fn push_var_value(&mut self, var: &Var, ty: TypeId) {
        match var {
            Var::Locals(ls) => {
                let ls = ls.clone();
                self.push_locals(&ls);
            }
            Var::Frame(off) => {
                let off = *off;
                self.c.ins(I::LocalGet(self.fp));
                self.load(ty, off);
            }
            Var::Ptr(l) => {
                self.c.ins(I::LocalGet(*l));
                self.load(ty, 0);
            }
        }
    }

    // ---- calls to the runtime ----

    /// Calls a runtime function (arguments already pushed); panics are
    /// followed by `unreachable` so the stack stays well-typed.
    pub fn call_rt(&mut self, f: Rt) {
        let sym = self.p.rt(f);
        self.c.op(Op::Call(sym));
        if runtime::may_panic(f) {
            self.after_call();
        }
        if runtime::noreturn(f) {
            self.c.ins(I::Unreachable);
        }
    }

    /// After a call that may panic: if a deferred call further up recovered,
    /// `runtime.unwinding` holds the recovering frame's identity and this
    /// function leaves through its unwinding exit.
    pub fn after_call(&mut self) {
        let Some(u) = self.unwind else { return };
        let sym = self.p.unwinding_sym();
        self.c.op(Op::DataAddr(sym, 0));
        self.c.ins(I::I32Load(crate::emit::code::memarg(0, 4)));
        self.br_if(u);
    }

    // ---- control nesting ----

    pub fn open(&mut self, kind: Ctl, bt: BlockType) -> usize {
        self.c.ins(match kind {
            Ctl::Block => I::Block(bt),
            Ctl::Loop => I::Loop(bt),
            Ctl::If => I::If(bt),
        });
        self.ctl.push(kind);
        self.ctl.len() - 1
    }

    pub fn close(&mut self) {
        self.ctl.pop();
        self.c.ins(I::End);
    }

    /// `br` to the construct opened as `index`.
    pub fn br(&mut self, index: usize) {
        let depth = (self.ctl.len() - 1 - index) as u32;
        self.c.ins(I::Br(depth));
    }

    pub fn br_if(&mut self, index: usize) {
        let depth = (self.ctl.len() - 1 - index) as u32;
        self.c.ins(I::BrIf(depth));
    }

    /// `if cond { call f; unreachable }`: cond (i32) must be on the stack.
    pub fn trap_if(&mut self, f: Rt) {
        self.open(Ctl::If, BlockType::Empty);
        self.call_rt(f);
        self.close();
    }
}

/// A small key for a value type (free lists of locals by type).
fn val_key(t: ValType) -> u8 {
    match t {
        ValType::I32 => 0,
        ValType::I64 => 1,
        ValType::F32 => 2,
        ValType::F64 => 3,
        _ => 4,
    }
}
