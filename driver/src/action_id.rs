//! Action IDs: the cache key of each action, written out as a recipe of
//! labelled lines and hashed with blake3 (cmd/go's `buildActionID`).
//!
//! Invariant: anything that can change an action's output must appear as a
//! line of its recipe, here and nowhere else. A compile hashes its
//! dependencies' *export data*, not their objects, so an edit that leaves a
//! package's declarations alone stops invalidation at that package (early
//! cutoff). `GOBUILD_DEBUG=actionid` prints every recipe to standard error.

use crate::load::constraint::{Tags, GOARCH, GOOS};
use crate::load::package::Package;
use crate::toolchain::BuildMode;

/// A recipe under construction.
pub struct Recipe {
    text: String,
}

impl Recipe {
    fn new(kind: &str, toolchain: &str) -> Recipe {
        let mut r = Recipe {
            text: String::new(),
        };
        r.line("gobuild", crate::VERSION);
        r.line("toolchain", toolchain);
        r.line("action", kind);
        r.line("target", &format!("{GOOS}/{GOARCH}"));
        r
    }

    /// Adds `label value`. Values never contain newlines (import paths, file
    /// names and hex hashes), so the text splits back into its lines.
    fn line(&mut self, label: &str, value: &str) {
        self.text.push_str(label);
        self.text.push(' ');
        self.text.push_str(&value.replace('\n', "\\n"));
        self.text.push('\n');
    }

    pub fn id(&self) -> blake3::Hash {
        blake3::hash(self.text.as_bytes())
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// Prints the recipe when `GOBUILD_DEBUG` contains `actionid`.
    pub fn debug_print(&self, what: &str) {
        if debug_enabled("actionid") {
            let mut out = format!("actionid {what} {}\n", self.id().to_hex());
            for l in self.text.lines() {
                out.push('\t');
                out.push_str(l);
                out.push('\n');
            }
            eprint!("{out}");
        }
    }
}

/// Whether `GOBUILD_DEBUG` (comma-separated) names `what`.
pub fn debug_enabled(what: &str) -> bool {
    std::env::var("GOBUILD_DEBUG")
        .map(|v| v.split(',').any(|x| x.trim() == what))
        .unwrap_or(false)
}

/// The recipe of compiling `pkg`. `deps` are (import path, export-data hash)
/// of every transitive dependency, sorted by import path.
pub fn compile(
    toolchain: &str,
    pkg: &Package,
    tags: &Tags,
    deps: &[(&str, blake3::Hash)],
) -> Recipe {
    let mut r = Recipe::new("compile", toolchain);
    r.line("import", &pkg.import_path);
    r.line("main", if pkg.is_main() { "true" } else { "false" });
    r.line("lang", &pkg.go_version);
    let tags: Vec<&str> = tags.user.iter().map(String::as_str).collect();
    r.line("tags", &tags.join(","));
    for f in &pkg.files {
        r.line("file", &format!("{} {}", f.base, f.hash.to_hex()));
    }
    for (path, h) in deps {
        r.line("dep", &format!("{path} {}", h.to_hex()));
    }
    r
}

/// The recipe of linking: every object by hash, the mode and the init order.
pub fn link(
    toolchain: &str,
    mode: BuildMode,
    init_order: &[String],
    objects: &[(&str, blake3::Hash)],
) -> Recipe {
    let mut r = Recipe::new("link", toolchain);
    r.line(
        "mode",
        match mode {
            BuildMode::Command => "exe",
            BuildMode::Reactor => "c-shared",
        },
    );
    r.line("init", &init_order.join(" "));
    for (path, h) in objects {
        r.line("object", &format!("{path} {}", h.to_hex()));
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::package::SrcFile;

    fn pkg(body: &str) -> Package {
        Package {
            import_path: "example.com/m/x".into(),
            name: "x".into(),
            files: vec![SrcFile::from_bytes(
                "a.go".into(),
                "x/a.go".into(),
                "./x/a.go".into(),
                body.as_bytes().to_vec(),
            )],
            imports: vec![],
            std: false,
            go_version: "1.27".into(),
        }
    }

    #[test]
    fn compile_recipe_lines() {
        let dep = blake3::hash(b"export");
        let r = compile(
            "tc",
            &pkg("package x"),
            &Tags::new(["b".into(), "a".into()]),
            &[("fmt", dep)],
        );
        let lines: Vec<&str> = r.text().lines().collect();
        assert_eq!(lines[0], format!("gobuild {}", crate::VERSION));
        assert_eq!(
            lines[1..4],
            ["toolchain tc", "action compile", "target wasip1/wasm"]
        );
        assert!(lines.contains(&"import example.com/m/x"));
        assert!(lines.contains(&"tags a,b"));
        assert!(
            lines.contains(&format!("file a.go {}", blake3::hash(b"package x").to_hex()).as_str())
        );
        assert!(lines.contains(&format!("dep fmt {}", dep.to_hex()).as_str()));
    }

    #[test]
    fn every_input_changes_the_id() {
        let t = Tags::default();
        let base = compile("tc", &pkg("package x"), &t, &[]).id();
        assert_eq!(base, compile("tc", &pkg("package x"), &t, &[]).id());
        assert_ne!(base, compile("tc", &pkg("package x // edit"), &t, &[]).id());
        assert_ne!(base, compile("tc2", &pkg("package x"), &t, &[]).id());
        assert_ne!(
            base,
            compile("tc", &pkg("package x"), &Tags::new(["foo".into()]), &[]).id()
        );
        assert_ne!(
            base,
            compile("tc", &pkg("package x"), &t, &[("fmt", blake3::hash(b"1"))]).id()
        );
        let l = |mode, init: &[&str]| {
            let init: Vec<String> = init.iter().map(|s| s.to_string()).collect();
            link("tc", mode, &init, &[("main", blake3::hash(b"o"))]).id()
        };
        assert_ne!(
            l(BuildMode::Command, &["runtime", "main"]),
            l(BuildMode::Reactor, &["runtime", "main"])
        );
        assert_ne!(
            l(BuildMode::Command, &["runtime", "a", "b", "main"]),
            l(BuildMode::Command, &["runtime", "b", "a", "main"])
        );
    }
}
