//! Export data: reader and writer (see /work/notes/types.md for the format).

mod read;
mod write;

pub use read::import;
pub use write::write;

/// Magic bytes at the start of export data.
pub const MAGIC: &[u8; 4] = b"GBEX";
/// Format version.
pub const VERSION: u32 = 1;
