//! Which files of a directory belong to the build, judged by name alone
//! (go/build's `goodOSArchFile` and its ignore rules).

use super::constraint::{GOARCH, GOOS};

/// GOOS values Go knows (internal/syslist.KnownOS, Go 1.27).
pub const KNOWN_OS: &[&str] = &[
    "aix",
    "android",
    "darwin",
    "dragonfly",
    "freebsd",
    "hurd",
    "illumos",
    "ios",
    "js",
    "linux",
    "nacl",
    "netbsd",
    "openbsd",
    "plan9",
    "solaris",
    "wasip1",
    "windows",
    "zos",
];

/// GOARCH values Go knows (internal/syslist.KnownArch, Go 1.27).
pub const KNOWN_ARCH: &[&str] = &[
    "386",
    "amd64",
    "amd64p32",
    "arm",
    "armbe",
    "arm64",
    "arm64be",
    "loong64",
    "mips",
    "mipsle",
    "mips64",
    "mips64le",
    "mips64p32",
    "mips64p32le",
    "ppc",
    "ppc64",
    "ppc64le",
    "riscv",
    "riscv64",
    "s390",
    "s390x",
    "sparc",
    "sparc64",
    "wasm",
];

/// Why a file name is not compiled.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub enum Skip {
    /// Not a Go file, or a name the go command ignores silently
    /// (`_x.go`, `.x.go`, `x_test.go`).
    Ignored,
    /// A `_GOOS` / `_GOARCH` suffix for another target: counts as an
    /// excluded Go file ("build constraints exclude all Go files").
    Constraint,
}

/// Classifies a directory entry by its name.
pub fn check(name: &str) -> Result<(), Skip> {
    let Some(stem) = name.strip_suffix(".go") else {
        return Err(Skip::Ignored);
    };
    if name.starts_with('_') || name.starts_with('.') || stem.ends_with("_test") {
        return Err(Skip::Ignored);
    }
    if good_os_arch(stem) {
        Ok(())
    } else {
        Err(Skip::Constraint)
    }
}

/// The `_GOOS`, `_GOARCH`, `_GOOS_GOARCH` suffix rule. The part before the
/// first underscore never counts, so `linux.go` is unconstrained.
pub fn good_os_arch(stem: &str) -> bool {
    let Some(i) = stem.find('_') else {
        return true;
    };
    let mut parts: Vec<&str> = stem[i..].split('_').collect();
    if parts.last() == Some(&"test") {
        parts.pop();
    }
    let n = parts.len();
    if n >= 2 && KNOWN_OS.contains(&parts[n - 2]) && KNOWN_ARCH.contains(&parts[n - 1]) {
        return parts[n - 2] == GOOS && parts[n - 1] == GOARCH;
    }
    if n >= 1 && KNOWN_OS.contains(&parts[n - 1]) {
        return parts[n - 1] == GOOS;
    }
    if n >= 1 && KNOWN_ARCH.contains(&parts[n - 1]) {
        return parts[n - 1] == GOARCH;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suffixes() {
        assert_eq!(check("a.go"), Ok(()));
        assert_eq!(check("linux.go"), Ok(()));
        assert_eq!(check("wasm.go"), Ok(()));
        assert_eq!(check("a_wasip1.go"), Ok(()));
        assert_eq!(check("a_wasm.go"), Ok(()));
        assert_eq!(check("a_wasip1_wasm.go"), Ok(()));
        assert_eq!(check("a_linux.go"), Err(Skip::Constraint));
        assert_eq!(check("a_amd64.go"), Err(Skip::Constraint));
        assert_eq!(check("a_js_wasm.go"), Err(Skip::Constraint));
        assert_eq!(check("a_wasip1_amd64.go"), Err(Skip::Constraint));
        assert_eq!(check("a_unix.go"), Ok(()), "unix is not a file-name GOOS");
        assert_eq!(check("a_foo_wasm.go"), Ok(()));
        assert_eq!(check("a_linux_foo.go"), Ok(()));
    }

    #[test]
    fn ignored_names() {
        assert_eq!(check("a_test.go"), Err(Skip::Ignored));
        assert_eq!(check("a_wasip1_test.go"), Err(Skip::Ignored));
        assert_eq!(check("_a.go"), Err(Skip::Ignored));
        assert_eq!(check(".a.go"), Err(Skip::Ignored));
        assert_eq!(check("a.s"), Err(Skip::Ignored));
        assert_eq!(check("a.go.txt"), Err(Skip::Ignored));
    }
}
