//! The go command's `h1:` content hash (its "Hash1"): SHA-256 over lines
//! `HEX(SHA-256(file))  NAME\n` for every file, sorted by name, where NAME is
//! `MODULE@VERSION/rel/path`; the result is `h1:` + base64 of that digest.
//! A go.mod's hash is the same over the single file named `go.mod`.

use sha2::{Digest, Sha256};
use std::path::Path;

/// Hash1 over (name, contents) pairs.
pub fn hash1(mut files: Vec<(String, Vec<u8>)>) -> Result<String, String> {
    files.sort_by(|a, b| a.0.cmp(&b.0));
    let mut summary = Sha256::new();
    for (name, data) in &files {
        if name.contains('\n') {
            return Err(format!("dirhash: filename with newline: {name:?}"));
        }
        let h = Sha256::digest(data);
        let hex: String = h.iter().map(|b| format!("{b:02x}")).collect();
        summary.update(format!("{hex}  {name}\n").as_bytes());
    }
    Ok(format!("h1:{}", base64_std(&summary.finalize())))
}

/// The hash go.sum records as `M V/go.mod h1:...`.
pub fn hash_gomod(data: &[u8]) -> String {
    hash1(vec![("go.mod".to_string(), data.to_vec())]).unwrap_or_default()
}

/// The hash of an extracted module directory, files named `prefix/rel`
/// (`prefix` = `MODULE@VERSION`), as `go mod verify` computes it.
pub fn hash_dir(dir: &Path, prefix: &str) -> Result<String, String> {
    let mut files = Vec::new();
    for e in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let e = e.map_err(|e| e.to_string())?;
        if e.file_type().is_dir() {
            continue;
        }
        let rel = e.path().strip_prefix(dir).map_err(|e| e.to_string())?;
        let rel: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        let data =
            std::fs::read(e.path()).map_err(|err| format!("{}: {err}", e.path().display()))?;
        files.push((format!("{prefix}/{}", rel.join("/")), data));
    }
    hash1(files)
}

fn base64_std(data: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc4648() {
        assert_eq!(base64_std(b""), "");
        assert_eq!(base64_std(b"f"), "Zg==");
        assert_eq!(base64_std(b"fo"), "Zm8=");
        assert_eq!(base64_std(b"foo"), "Zm9v");
        assert_eq!(base64_std(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn gomod_hash_matches_real_go() {
        // testdata/modgraph: go.sum of `example.com/c v1.2.0/go.mod`, computed by real Go.
        let text = "module example.com/c\n\ngo 1.16\n";
        assert_eq!(
            hash_gomod(text.as_bytes()),
            "h1:QWUFs4x13a4cZSXx8RA7yKX4/9d+AnTE3Ra2t5V8gAQ="
        );
    }
}
