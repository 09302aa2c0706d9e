//! A function body under construction, kept as a list of operations until
//! the function is complete.
//!
//! The lowering phase only learns a function's shadow-stack frame size after
//! it has lowered the whole body, but the prologue that allocates the frame
//! comes first. So bodies are built here as a vector of [`Op`]s (plain
//! instructions plus the few that carry relocations) and replayed into the
//! object writer's [`CodeWriter`] at the end, with the prologue inserted at a
//! mark recorded earlier. Locals are numbered here as well (parameters first,
//! as in Wasm), so the lowering code never deals with local groups.

use wasm_encoder::{Instruction, MemArg, ValType};

use super::object::{CodeWriter, DataSym, FuncSym};

/// One operation of a body.
#[derive(Clone, Debug)]
pub enum Op {
    /// An instruction whose immediates need no relocation.
    I(Instruction<'static>),
    /// `call f`.
    Call(FuncSym),
    /// `call_indirect` through table 0 with the given type index.
    CallIndirect(u32),
    /// `i32.const <address of d + addend>`.
    DataAddr(DataSym, i32),
    /// `i32.const <table index of f>`.
    TableIndex(FuncSym),
    /// `global.get __stack_pointer`.
    StackPointerGet,
    /// `global.set __stack_pointer`.
    StackPointerSet,
    /// `i32.const` of a frame temporary's offset, relative to the start of
    /// the temporaries area, which is only known when the function is done
    /// (`Code::resolve_frame_temps`).
    FrameTemp(u32),
}

/// A body under construction: parameter types, declared locals and ops.
pub struct Code {
    params: u32,
    /// Types of parameters then declared locals, by local index.
    locals: Vec<ValType>,
    ops: Vec<Op>,
}

impl Code {
    /// An empty body for a function with `params` parameters.
    pub fn new(params: &[ValType]) -> Code {
        Code {
            params: params.len() as u32,
            locals: params.to_vec(),
            ops: Vec::new(),
        }
    }

    /// Declares a new local of type `ty` and returns its index (parameters
    /// come first, so this is directly usable with `local.get`).
    pub fn local(&mut self, ty: ValType) -> u32 {
        self.locals.push(ty);
        self.locals.len() as u32 - 1
    }

    /// Type of a parameter or declared local.
    pub fn local_type(&self, index: u32) -> ValType {
        self.locals
            .get(index as usize)
            .copied()
            .unwrap_or(ValType::I32)
    }

    /// Appends one operation.
    pub fn op(&mut self, op: Op) {
        self.ops.push(op);
    }

    /// Appends a plain instruction.
    pub fn ins(&mut self, i: Instruction<'static>) {
        self.ops.push(Op::I(i));
    }

    /// The current end of the body, to insert ops there later ([`Code::insert`]).
    pub fn mark(&self) -> usize {
        self.ops.len()
    }

    /// Inserts `ops` at a position obtained from [`Code::mark`].
    pub fn insert(&mut self, at: usize, ops: Vec<Op>) {
        self.ops.splice(at..at, ops);
    }

    /// Number of ops so far (tests and size heuristics).
    pub fn len(&self) -> usize {
        self.ops.len()
    }

    /// True when nothing was emitted.
    pub fn is_empty(&self) -> bool {
        self.ops.is_empty()
    }

    /// The ops written so far.
    pub fn ops(&self) -> &[Op] {
        &self.ops
    }

    /// Number of parameters (the first local indices).
    pub fn param_count(&self) -> u32 {
        self.params
    }

    /// Number of parameters and declared locals.
    pub fn local_count(&self) -> u32 {
        self.locals.len() as u32
    }

    /// Takes the ops out, for a pass that rewrites the whole body
    /// (`lower::gcroots`); put the result back with [`Code::set_ops`].
    pub fn take_ops(&mut self) -> Vec<Op> {
        std::mem::take(&mut self.ops)
    }

    pub fn set_ops(&mut self, ops: Vec<Op>) {
        self.ops = ops;
    }

    /// Turns every `FrameTemp(off)` into `i32.const base + off`.
    pub fn resolve_frame_temps(&mut self, base: u32) {
        for op in &mut self.ops {
            if let Op::FrameTemp(off) = op {
                *op = Op::I(Instruction::I32Const((base + *off) as i32));
            }
        }
    }

    /// Replays the body into the object writer's representation.
    pub fn into_writer(self) -> CodeWriter {
        let mut groups: Vec<(u32, ValType)> = Vec::new();
        for t in &self.locals[self.params as usize..] {
            match groups.last_mut() {
                Some((n, g)) if g == t => *n += 1,
                _ => groups.push((1, *t)),
            }
        }
        let mut w = CodeWriter::new(&groups);
        for op in self.ops {
            match op {
                Op::I(i) => w.instr(&i),
                Op::Call(f) => w.call(f),
                Op::CallIndirect(t) => w.call_indirect(t),
                Op::DataAddr(d, a) => w.i32_const_data_addr(d, a),
                Op::TableIndex(f) => w.i32_const_table_index(f),
                Op::StackPointerGet => w.global_get_stack_pointer(),
                Op::StackPointerSet => w.global_set_stack_pointer(),
                // Unresolved temporaries sit at the frame's start.
                Op::FrameTemp(off) => w.instr(&Instruction::I32Const(off as i32)),
            }
        }
        w
    }
}

/// A memory immediate for memory 0 with the natural alignment `align`
/// (bytes, a power of two) and a static `offset`.
pub fn memarg(offset: u32, align: u32) -> MemArg {
    MemArg {
        offset: offset as u64,
        align: align.trailing_zeros(),
        memory_index: 0,
    }
}
