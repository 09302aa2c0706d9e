//! go.sum: lines `MODULE VERSION h1:HASH` (the module's files) and
//! `MODULE VERSION/go.mod h1:HASH` (its go.mod alone). Several files may be
//! merged (a workspace reads every module's go.sum and go.work.sum).

use std::collections::BTreeMap;
use std::path::Path;

#[derive(Clone, Debug, Default)]
pub struct GoSum {
    /// (module, version or `version/go.mod`) → recorded hashes.
    lines: BTreeMap<(String, String), Vec<String>>,
}

impl GoSum {
    /// Adds the lines of one go.sum file; a missing file adds nothing.
    /// Malformed lines are ignored, as the go command does with a warning.
    pub fn read(&mut self, file: &Path) {
        let Ok(text) = std::fs::read_to_string(file) else {
            return;
        };
        for line in text.lines() {
            let f: Vec<&str> = line.split_whitespace().collect();
            if f.len() == 3 {
                self.lines
                    .entry((f[0].to_string(), f[1].to_string()))
                    .or_default()
                    .push(f[2].to_string());
            }
        }
    }

    /// The recorded `h1:` hash for `key` (`v1.2.3` or `v1.2.3/go.mod`), if any.
    pub fn h1(&self, path: &str, key: &str) -> Option<&str> {
        self.lines
            .get(&(path.to_string(), key.to_string()))?
            .iter()
            .find(|h| h.starts_with("h1:"))
            .map(String::as_str)
    }
}

/// The go command's checksum-mismatch report (printed without `go: `).
pub fn mismatch(what: &str, downloaded: &str, recorded: &str) -> String {
    format!(
        "verifying {what}: checksum mismatch\n\tdownloaded: {downloaded}\n\tgo.sum:     {recorded}\n\nSECURITY ERROR\nThis download does NOT match an earlier download recorded in go.sum.\nThe bits may have been replaced on the origin server, or an attacker may\nhave intercepted the download attempt.\n\nFor more information, see 'go help module-auth'."
    )
}
