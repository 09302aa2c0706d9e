//! gobuild: the Go toolchain for WebAssembly (wasip1/wasm) — the driver.
//!
//! The pipeline, as the modules are ordered: [`cli`] parses the command line;
//! [`load`] turns patterns into a package graph (go.mod via [`modfile`],
//! build constraints, the stdlib overlay of [`stdlib`]); [`plan`] builds the
//! action graph; [`exec`] runs it in parallel against the [`cache`], keyed by
//! the recipes of [`action_id`]; [`toolchain`] is the door to the compiler
//! and linker; `engine` runs modules (cargo feature `engine`).

pub mod action_id;
pub mod build;
pub mod cache;
pub mod cli;
#[cfg(feature = "engine")]
pub mod engine;
pub mod env;
pub mod error;
pub mod exec;
pub mod load;
pub mod modfile;
pub mod modload;
pub mod paths;
pub mod plan;
pub mod stdlib;
pub mod toolchain;

/// gobuild's own version.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
