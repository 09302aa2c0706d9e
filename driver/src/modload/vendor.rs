//! `vendor/modules.txt`, written by `go mod vendor`:
//! `# MODULE VERSION [=> REPLACEMENT]` opens a module, `## explicit[; go 1.N]`
//! marks it as required by go.mod, and plain lines name its vendored packages.

use std::collections::BTreeMap;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VendorModule {
    pub version: String,
    pub explicit: bool,
    /// The `go` version recorded for it ("" when absent).
    pub go: String,
}

/// Parses modules.txt into module path → facts.
pub fn parse(text: &str) -> BTreeMap<String, VendorModule> {
    let mut out: BTreeMap<String, VendorModule> = BTreeMap::new();
    let mut cur: Option<String> = None;
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("## ") {
            let Some(m) = cur.as_ref().and_then(|c| out.get_mut(c)) else {
                continue;
            };
            for part in rest.split(';').map(str::trim) {
                if part == "explicit" {
                    m.explicit = true;
                } else if let Some(v) = part.strip_prefix("go ") {
                    m.go = v.trim().to_string();
                }
            }
        } else if let Some(rest) = line.strip_prefix("# ") {
            let f: Vec<&str> = rest.split_whitespace().collect();
            // `# M => ./dir` (a replacement without a version) has no version.
            if f.len() >= 2 && f[1] != "=>" {
                out.insert(
                    f[0].to_string(),
                    VendorModule {
                        version: f[1].to_string(),
                        ..VendorModule::default()
                    },
                );
                cur = Some(f[0].to_string());
            } else {
                cur = f.first().map(|p| p.to_string());
                if let Some(p) = &cur {
                    out.entry(p.clone()).or_default();
                }
            }
        }
    }
    out
}

/// The consistency check of the go command (`modload.checkVendorConsistency`,
/// the requirement part): every go.mod requirement is `## explicit` at the
/// same version, and nothing else is marked explicit. Returns the problem lines.
pub fn inconsistencies(
    requires: &[(String, String)],
    vendored: &BTreeMap<String, VendorModule>,
) -> Vec<String> {
    let mut out = Vec::new();
    for (p, v) in requires {
        match vendored.get(p) {
            Some(m) if m.explicit && &m.version == v => {}
            _ => out.push(format!(
                "{p}@{v}: is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt"
            )),
        }
    }
    for (p, m) in vendored {
        if m.explicit && !requires.iter().any(|(rp, rv)| rp == p && rv == &m.version) {
            out.push(format!(
                "{p}@{}: is marked as explicit in vendor/modules.txt, but not explicitly required in go.mod",
                m.version
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_check() {
        let txt = "# example.com/a v1.2.0\n## explicit; go 1.21\nexample.com/a\n# example.com/c v1.2.0\n## explicit; go 1.16\nexample.com/c\n# example.com/d v1.0.0\nexample.com/d\n";
        let v = parse(txt);
        assert_eq!(v["example.com/a"].go, "1.21");
        assert!(v["example.com/a"].explicit && !v["example.com/d"].explicit);
        let req = |p: &str, ver: &str| (p.to_string(), ver.to_string());
        assert!(inconsistencies(
            &[
                req("example.com/a", "v1.2.0"),
                req("example.com/c", "v1.2.0")
            ],
            &v
        )
        .is_empty());
        assert_eq!(
            inconsistencies(&[req("example.com/a", "v1.2.1"), req("example.com/c", "v1.2.0")], &v),
            vec![
                "example.com/a@v1.2.1: is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt".to_string(),
                "example.com/a@v1.2.0: is marked as explicit in vendor/modules.txt, but not explicitly required in go.mod".to_string(),
            ]
        );
    }
}
