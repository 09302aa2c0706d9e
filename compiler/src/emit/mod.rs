//! Wasm emission: the object-file writer (and, later, the code generator).

pub mod object;
