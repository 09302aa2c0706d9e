//! Wasm emission: the object-file writer (`object`, shared with the linker's
//! reader by contract) and the function-body buffer the lowering phase fills
//! (`code`).

pub mod code;
pub mod object;
