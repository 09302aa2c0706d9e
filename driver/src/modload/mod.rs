//! Third-party modules: the module graph and MVS ([`graph`]), the module
//! cache ([`modcache`]), go.sum ([`gosum`]) and the `h1:` hash
//! ([`dirhash`]), vendor/modules.txt ([`vendor`]), version order ([`semver`]).
//! `load::modules` puts them together into the build's module set.

pub mod dirhash;
pub mod gosum;
pub mod graph;
pub mod modcache;
pub mod semver;
pub mod vendor;

/// How the build may use go.mod and vendor/ (the `-mod` flag).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModMode {
    /// `-mod=mod`: gobuild never changes go.mod, so this is `readonly`
    /// except that vendor/ is ignored.
    Mod,
    Readonly,
    Vendor,
}

impl ModMode {
    /// Parses a `-mod` value, with the go command's error.
    pub fn parse(v: &str) -> Result<Option<ModMode>, String> {
        match v {
            "" => Ok(None),
            "mod" => Ok(Some(ModMode::Mod)),
            "readonly" => Ok(Some(ModMode::Readonly)),
            "vendor" => Ok(Some(ModMode::Vendor)),
            other => Err(format!(
                "-mod={other} not supported (can be '', 'mod', 'readonly', or 'vendor')"
            )),
        }
    }
}

/// Settings that choose the module set, from flags and the environment.
#[derive(Clone, Debug, Default)]
pub struct ModConfig {
    pub mode: Option<ModMode>,
    /// `$GOWORK`: None/empty = search, "off" = no workspace, else the file.
    pub gowork: Option<String>,
    /// The module cache directory.
    pub cache: Option<std::path::PathBuf>,
}

impl ModConfig {
    /// `-mod` from the flag, GOWORK and the module cache from the environment.
    pub fn from_env(mode: Option<ModMode>) -> ModConfig {
        ModConfig {
            mode,
            gowork: std::env::var("GOWORK").ok().filter(|v| !v.is_empty()),
            cache: modcache::location(),
        }
    }
}

/// Errors that the go command prints on their own (the checksum report)
/// carry a NUL marker; this drops everything before it.
pub fn strip_prefix_marker(msg: &str) -> String {
    match msg.find('\u{0}') {
        Some(i) => msg[i + 1..].to_string(),
        None => msg.to_string(),
    }
}
