//! Function bodies: `CodeWriter` records instructions and relocation sites, and the
//! fixed-width encodings used at those sites.

use wasm_encoder::{Encode, Instruction, ValType};

use super::{reloc_type, DataSym, FuncSym};

/// Writes `value` at a relocation site in its fixed-width encoding.
pub fn patch(site: &mut [u8], ty: u8, value: u32) {
    match ty {
        reloc_type::TABLE_INDEX_SLEB | reloc_type::MEMORY_ADDR_SLEB => {
            site[..5].copy_from_slice(&padded_sleb(value as i32))
        }
        reloc_type::TABLE_INDEX_I32 | reloc_type::MEMORY_ADDR_I32 => {
            site[..4].copy_from_slice(&value.to_le_bytes())
        }
        _ => site[..5].copy_from_slice(&padded_uleb(value)),
    }
}

/// `value` as a 5-byte unsigned LEB128 (continuation bits set on the first four bytes).
pub fn padded_uleb(value: u32) -> [u8; 5] {
    let mut out = [0u8; 5];
    let mut v = value;
    for (i, b) in out.iter_mut().enumerate() {
        *b = (v & 0x7f) as u8;
        v >>= 7;
        if i < 4 {
            *b |= 0x80;
        }
    }
    out
}

/// `value` as a 5-byte signed LEB128.
pub fn padded_sleb(value: i32) -> [u8; 5] {
    let mut out = [0u8; 5];
    let mut v = value as i64;
    for (i, b) in out.iter_mut().enumerate() {
        *b = (v & 0x7f) as u8;
        v >>= 7;
        if i < 4 {
            *b |= 0x80;
        }
    }
    out
}

/// A relocation site recorded while writing a body, before symbols are final.
pub(super) enum Site {
    Call(FuncSym),
    TableIndex(FuncSym),
    DataAddr(DataSym, i32),
    DataAddrLeb(DataSym, i32),
    Type(u32),
    StackPointer,
}

/// One function body under construction: locals plus instructions, with relocation sites.
pub struct CodeWriter {
    pub(super) locals: Vec<(u32, ValType)>,
    pub(super) code: Vec<u8>,
    pub(super) relocs: Vec<(u32, Site)>,
}

impl CodeWriter {
    /// A body with the given local groups `(count, type)` (parameters are not listed).
    pub fn new(locals: &[(u32, ValType)]) -> Self {
        CodeWriter {
            locals: locals.to_vec(),
            code: Vec::new(),
            relocs: Vec::new(),
        }
    }

    /// Adds `count` locals of type `ty` after the existing ones; returns the index of the
    /// first one *among the declared locals* (add the parameter count for `local.get`).
    pub fn add_locals(&mut self, count: u32, ty: ValType) -> u32 {
        let first = self.locals.iter().map(|(n, _)| n).sum();
        match self.locals.last_mut() {
            Some((n, t)) if *t == ty => *n += count,
            _ => self.locals.push((count, ty)),
        }
        first
    }

    /// Any instruction whose immediates need no relocation.
    pub fn instr(&mut self, i: &Instruction) {
        i.encode(&mut self.code);
    }

    /// Already-encoded instruction bytes without relocations.
    pub fn raw(&mut self, bytes: &[u8]) {
        self.code.extend_from_slice(bytes);
    }

    fn site(&mut self, site: Site, width: usize) {
        self.relocs.push((self.code.len() as u32, site));
        self.code.extend(std::iter::repeat_n(0, width));
    }

    /// `call f` (R_WASM_FUNCTION_INDEX_LEB).
    pub fn call(&mut self, f: FuncSym) {
        self.code.push(0x10);
        self.site(Site::Call(f), 5);
    }

    /// `call_indirect type_index` on table 0 (type via R_WASM_TYPE_INDEX_LEB).
    pub fn call_indirect(&mut self, type_index: u32) {
        self.code.push(0x11);
        self.site(Site::Type(type_index), 5);
        self.code.push(0x00); // table 0
    }

    /// `i32.const <address of d + addend>` (R_WASM_MEMORY_ADDR_SLEB).
    pub fn i32_const_data_addr(&mut self, d: DataSym, addend: i32) {
        self.code.push(0x41);
        self.site(Site::DataAddr(d, addend), 5);
    }

    /// A load or store whose static offset is the address of `d + addend`
    /// (R_WASM_MEMORY_ADDR_LEB); `opcode` is e.g. 0x28 (i32.load), `align_log2` its alignment.
    /// Use with an `i32.const 0` base to access a global variable directly.
    pub fn mem_op_data_addr(&mut self, opcode: u8, align_log2: u32, d: DataSym, addend: i32) {
        self.code.push(opcode);
        align_log2.encode(&mut self.code);
        self.site(Site::DataAddrLeb(d, addend), 5);
    }

    /// `i32.const <table index of f>` (R_WASM_TABLE_INDEX_SLEB): a Go func value.
    pub fn i32_const_table_index(&mut self, f: FuncSym) {
        self.code.push(0x41);
        self.site(Site::TableIndex(f), 5);
    }

    /// `global.get __stack_pointer` (R_WASM_GLOBAL_INDEX_LEB).
    pub fn global_get_stack_pointer(&mut self) {
        self.code.push(0x23);
        self.site(Site::StackPointer, 5);
    }

    /// `global.set __stack_pointer` (R_WASM_GLOBAL_INDEX_LEB).
    pub fn global_set_stack_pointer(&mut self) {
        self.code.push(0x24);
        self.site(Site::StackPointer, 5);
    }

    /// Bytes of instructions written so far (not counting locals).
    pub fn len(&self) -> usize {
        self.code.len()
    }

    /// True when no instruction has been written.
    pub fn is_empty(&self) -> bool {
        self.code.is_empty()
    }
}
