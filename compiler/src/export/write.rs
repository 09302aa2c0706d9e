//! Export data writer.

use crate::types::Info;

/// Export data of the checked package in `info`; `prefix` is its link-symbol prefix.
pub fn write(info: &Info, prefix: &str) -> Vec<u8> {
    let _ = (info, prefix);
    let mut out = super::MAGIC.to_vec();
    out.extend_from_slice(&super::VERSION.to_le_bytes());
    out
}
