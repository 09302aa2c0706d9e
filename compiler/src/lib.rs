//! gobuild's Go compiler: one package in, one relocatable Wasm object and its
//! export data out.

pub mod diag;
pub mod emit;
pub mod syntax;

pub use diag::Diagnostic;
pub mod constant;
pub mod export;
pub mod types;
pub mod lower;
