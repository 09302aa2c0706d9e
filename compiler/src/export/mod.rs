//! Export data: what importers need to know about a package's declarations.
//! Format (all integers unsigned LEB128 unless noted, strings = length + bytes) is
//! described byte by byte in /work/notes/types.md (ARCHITECTURE.md).

mod enc;
mod read;
mod write;

pub use read::import;
pub use write::write;

/// Magic bytes at the start of export data.
pub const MAGIC: &[u8; 4] = b"GBEX";
/// Format version (u32, little endian, after the magic).
pub const VERSION: u32 = 3;

// Type entry tags.
pub(crate) const T_BASIC: u8 = 0;
pub(crate) const T_NAMED_LOCAL: u8 = 1;
pub(crate) const T_NAMED_REF: u8 = 2;
pub(crate) const T_NAMED_UNIVERSE: u8 = 3;
pub(crate) const T_POINTER: u8 = 4;
pub(crate) const T_SLICE: u8 = 5;
pub(crate) const T_ARRAY: u8 = 6;
pub(crate) const T_MAP: u8 = 7;
pub(crate) const T_CHAN: u8 = 8;
pub(crate) const T_STRUCT: u8 = 9;
pub(crate) const T_SIGNATURE: u8 = 10;
pub(crate) const T_INTERFACE: u8 = 11;
pub(crate) const T_TUPLE: u8 = 12;
pub(crate) const T_TYPEPARAM: u8 = 13;
pub(crate) const T_INSTANCE: u8 = 14;

// Object tags.
pub(crate) const O_CONST: u8 = 0;
pub(crate) const O_VAR: u8 = 1;
pub(crate) const O_FUNC: u8 = 2;
pub(crate) const O_TYPE: u8 = 3;
pub(crate) const O_ALIAS: u8 = 4;
