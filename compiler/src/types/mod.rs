//! The type checker: AST in, `Info` (types of expressions, objects, selections,
//! initialisation order) and gc-worded diagnostics out.

pub mod model;

pub use model::*;
