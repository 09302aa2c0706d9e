//! The driver's only door to the compiler and the linker.
//!
//! Everything else in the driver talks to a [`Toolchain`], so tests can
//! plug in a fake one (see `Fake` in tests/pipeline.rs) and check planning,
//! scheduling and caching without a real compiler. The compiler's and
//! linker's types are re-exported, so fake toolchains use exactly the real API.

pub use compiler::{CompileInput, CompileOutput, Diagnostic, SourceFile};
pub use linker::{BuildMode, InputObject, LinkError, LinkInput};

/// Compiler plus linker, as the build sees them.
pub trait Toolchain: Sync {
    /// Identifies the toolchain's behaviour for cache keys: two toolchains
    /// with the same id must produce the same outputs from the same inputs.
    fn id(&self) -> String;
    fn compile(&self, input: &CompileInput) -> Result<CompileOutput, Vec<Diagnostic>>;
    fn link(&self, input: &LinkInput) -> Result<Vec<u8>, Vec<LinkError>>;
}

/// The real compiler and linker of this workspace.
pub struct Real;

impl Toolchain for Real {
    fn id(&self) -> String {
        // The compiler and linker are versioned with gobuild itself; a
        // development build also includes its own executable's identity so that a
        // rebuilt toolchain never reuses stale cache entries.
        format!("gobuild {} {}", crate::VERSION, self_hash())
    }

    fn compile(&self, input: &CompileInput) -> Result<CompileOutput, Vec<Diagnostic>> {
        compiler::compile(input)
    }

    fn link(&self, input: &LinkInput) -> Result<Vec<u8>, Vec<LinkError>> {
        linker::link(input)
    }
}

/// Identity of the running executable (size and modification time), so a
/// rebuilt gobuild never reuses entries of an older build. Stat, not hash:
/// hashing a 30 MB binary would dominate a no-op build.
fn self_hash() -> String {
    use std::sync::OnceLock;
    static ID: OnceLock<String> = OnceLock::new();
    ID.get_or_init(|| {
        let Ok(meta) = std::env::current_exe().and_then(std::fs::metadata) else {
            return String::new();
        };
        let mtime = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        format!("exe:{}:{}", meta.len(), mtime)
    })
    .clone()
}
