//! The type checker: AST in, `Info` (types of expressions, objects, selections,
//! initialisation order) and gc-worded diagnostics out.

pub mod check;
pub mod exprstring;
pub mod layout;
pub mod model;
pub mod typestring;
pub mod universe;
pub mod wasmabi;

pub use check::{check, check_all_errors};
pub use model::*;
