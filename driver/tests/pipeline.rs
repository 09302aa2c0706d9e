//! Planning, scheduling, caching and output writing, driven through the
//! library with a fake toolchain. The fake compiler's object is its input
//! (file names and texts, dependency list) and its export data is the
//! package's exported `func` lines only, so body edits leave export data
//! unchanged as the real compiler's must.

mod common;
use common::*;
use gobuild::build::{self, BuildOptions, Built};
use gobuild::env::Env;
use gobuild::stdlib::Overlay;
use gobuild::toolchain::*;
use std::path::Path;

struct Fake;

impl Toolchain for Fake {
    fn id(&self) -> String {
        "fake 1".into()
    }

    fn compile(&self, i: &CompileInput) -> Result<CompileOutput, Vec<Diagnostic>> {
        let mut obj = format!(
            "object {} main={} lang={}\n",
            i.import_path, i.is_main, i.go_version
        );
        let mut exp = format!("export {}\n", i.import_path);
        let mut errs = Vec::new();
        for f in &i.files {
            let text = String::from_utf8_lossy(&f.text);
            for (n, line) in text.lines().enumerate() {
                if let Some(col) = line.find("BROKEN") {
                    errs.push(Diagnostic {
                        file: f.name.clone(),
                        line: n as u32 + 1,
                        col: col as u32 + 1,
                        message: "syntax error: unexpected BROKEN".into(),
                    });
                }
                let exported = line
                    .strip_prefix("func ")
                    .and_then(|r| r.chars().next())
                    .is_some_and(|c| c.is_ascii_uppercase());
                if exported {
                    exp.push_str(line.split('{').next().unwrap_or(""));
                    exp.push('\n');
                }
            }
            obj.push_str(&format!("file {}\n{text}\n", f.name));
        }
        let deps: Vec<&String> = i.deps.keys().collect();
        obj.push_str(&format!("deps {deps:?}\n"));
        if errs.is_empty() {
            Ok(CompileOutput {
                object: obj.into_bytes(),
                export_data: exp.into_bytes(),
            })
        } else {
            Err(errs)
        }
    }

    fn link(&self, i: &LinkInput) -> Result<Vec<u8>, Vec<LinkError>> {
        let mut m = b"\0asm".to_vec();
        m.extend(format!("mode {:?}\ninit {}\n", i.mode, i.init_order.join(" ")).bytes());
        for o in &i.objects {
            m.extend(format!("== {}\n", o.package).bytes());
            m.extend(&o.bytes);
        }
        Ok(m)
    }
}

fn env_at(dir: &Path) -> Env {
    let mut env = Env::new(dir.to_path_buf());
    env.overlay = Overlay::Dir(stdlib());
    env
}

fn opts(cache: &Path) -> BuildOptions {
    BuildOptions {
        cache_dir: Some(cache.to_path_buf()),
        jobs: 4,
        ..BuildOptions::default()
    }
}

fn build_in(dir: &Path, o: &BuildOptions, patterns: &[&str]) -> Result<Built, String> {
    let pats: Vec<String> = patterns.iter().map(|s| s.to_string()).collect();
    build::build(&env_at(dir), &Fake, o, &pats).map_err(|e| e.message)
}

/// A module with a DAG: app → lib → util, app → util2 → util, and a
/// sibling module `example.com/side` through a local replace.
fn dag(name: &str) -> std::path::PathBuf {
    let root = tmp(name);
    write(
        &root,
        &[
            (
                "m/go.mod",
                "module example.com/m\n\ngo 1.27\n\nrequire example.com/side v0.0.0\n\nreplace example.com/side => ../side\n",
            ),
            (
                "m/app/main.go",
                "package main\n\nimport (\n\t\"example.com/m/lib\"\n\t\"example.com/m/util2\"\n\t\"example.com/side/s\"\n)\n\nfunc main() { lib.F(); util2.G(); s.S() }\n",
            ),
            ("m/lib/lib.go", "package lib\n\nimport \"example.com/m/util\"\n\nfunc F() { util.U() }\n"),
            ("m/util2/u.go", "package util2\n\nimport \"example.com/m/util\"\n\nfunc G() { util.U() }\n"),
            ("m/util/u.go", "package util\n\nfunc U() { println(1) }\n"),
            ("m/util/u_linux.go", "package util\n\nfunc Linux() {}\n"),
            ("m/util/u_test.go", "package util\n"),
            ("side/go.mod", "module example.com/side\n\ngo 1.26\n"),
            ("side/s/s.go", "package s\n\nfunc S() {}\n"),
        ],
    );
    root
}

fn module_text(b: &Built) -> String {
    assert_eq!(b.modules.len(), 1);
    String::from_utf8_lossy(b.modules.values().next().unwrap()).into_owned()
}

#[test]
fn builds_a_module_graph_in_init_order() {
    let root = dag("dag");
    let cache = root.join("cache");
    let b = build_in(&root.join("m"), &opts(&cache), &["./app"]).unwrap();
    assert_eq!(
        b.ran(),
        [
            "compile example.com/m/app",
            "compile example.com/m/lib",
            "compile example.com/m/util",
            "compile example.com/m/util2",
            "compile example.com/side/s",
            "compile runtime",
            "link example.com/m/app"
        ]
    );
    let m = module_text(&b);
    assert!(m.contains("init runtime example.com/m/util example.com/m/lib example.com/m/util2 example.com/side/s main\n"), "{m}");
    // Stable file names, a per-module language version, every transitive
    // dependency's export data, and only the files that pass the constraints.
    assert!(m.contains("file example.com/m/util/u.go\n"), "{m}");
    assert!(!m.contains("u_linux.go") && !m.contains("u_test.go"));
    assert!(m.contains("object example.com/side/s main=false lang=1.26"));
    assert!(m.contains("object example.com/m/app main=true lang=1.27"));
    assert!(m.contains(
        "deps [\"example.com/m/lib\", \"example.com/m/util\", \"example.com/m/util2\", \"example.com/side/s\", \"runtime\"]"
    ));
    assert!(m.contains("object runtime main=false lang=1.27\nfile runtime/runtime.go\n"));
}

#[test]
fn rebuilds_only_what_can_differ() {
    let root = dag("incr");
    let m = root.join("m");
    let o = opts(&root.join("cache"));
    let first = build_in(&m, &o, &["./app"]).unwrap();
    // No-op: everything from the cache, identical module.
    let again = build_in(&m, &o, &["./app"]).unwrap();
    assert!(again.ran().is_empty(), "{:?}", again.ran());
    assert_eq!(first.modules, again.modules);
    // Body edit in a leaf: that package, then the link (early cutoff).
    write(
        &m,
        &[("util/u.go", "package util\n\nfunc U() { println(2) }\n")],
    );
    let b = build_in(&m, &o, &["./app"]).unwrap();
    assert_eq!(
        b.ran(),
        ["compile example.com/m/util", "link example.com/m/app"]
    );
    // Comment-only edit: the same.
    write(
        &m,
        &[(
            "util/u.go",
            "package util\n\n// U prints.\nfunc U() { println(2) }\n",
        )],
    );
    let b = build_in(&m, &o, &["./app"]).unwrap();
    assert_eq!(
        b.ran(),
        ["compile example.com/m/util", "link example.com/m/app"]
    );
    // API edit: the package and everything that imports it, transitively.
    write(
        &m,
        &[(
            "util/u.go",
            "package util\n\nfunc U() { println(2) }\n\nfunc V() {}\n",
        )],
    );
    let b = build_in(&m, &o, &["./app"]).unwrap();
    assert_eq!(
        b.ran(),
        [
            "compile example.com/m/app",
            "compile example.com/m/lib",
            "compile example.com/m/util",
            "compile example.com/m/util2",
            "link example.com/m/app"
        ]
    );
    // Rewriting files with the same content: nothing.
    write(
        &m,
        &[(
            "util/u.go",
            "package util\n\nfunc U() { println(2) }\n\nfunc V() {}\n",
        )],
    );
    assert!(build_in(&m, &o, &["./app"]).unwrap().ran().is_empty());
    // -a: everything.
    let forced = BuildOptions {
        force: true,
        ..o.clone()
    };
    assert_eq!(build_in(&m, &forced, &["./app"]).unwrap().ran().len(), 7);
    // Tags change the key and the file set.
    write(
        &m,
        &[(
            "util/tagged.go",
            "//go:build foo\n\npackage util\n\nfunc T() {}\n",
        )],
    );
    assert!(build_in(&m, &o, &["./app"]).unwrap().ran().is_empty());
    let tagged = BuildOptions {
        tags: vec!["foo".into()],
        ..o.clone()
    };
    let b = build_in(&m, &tagged, &["./app"]).unwrap();
    assert_eq!(b.ran().len(), 7, "{:?}", b.ran());
    assert!(module_text(&b).contains("file example.com/m/util/tagged.go"));
}

#[test]
fn output_is_deterministic() {
    let root = dag("det1");
    let other = dag("det2-other-path");
    let a = build_in(
        &root.join("m"),
        &BuildOptions {
            jobs: 1,
            ..opts(&root.join("c1"))
        },
        &["./app"],
    )
    .unwrap();
    let b = build_in(
        &root.join("m"),
        &BuildOptions {
            jobs: 8,
            ..opts(&root.join("c2"))
        },
        &["./app"],
    )
    .unwrap();
    let c = build_in(
        &other.join("m"),
        &BuildOptions {
            jobs: 3,
            ..opts(&other.join("c"))
        },
        &["./app"],
    )
    .unwrap();
    assert_eq!(a.modules.values().next(), b.modules.values().next());
    assert_eq!(a.modules.values().next(), c.modules.values().next());
    // From a subdirectory, with the import path and without cache.
    let d = build_in(
        &root.join("m/app"),
        &BuildOptions {
            cache_dir: None,
            ..opts(&root.join("c3"))
        },
        &["."],
    )
    .unwrap();
    let e = build_in(
        &root.join("m/lib"),
        &opts(&root.join("c1")),
        &["example.com/m/app"],
    )
    .unwrap();
    assert_eq!(a.modules.values().next(), d.modules.values().next());
    assert_eq!(a.modules.values().next(), e.modules.values().next());
}

#[test]
fn corrupt_cache_entries_are_rebuilt() {
    let root = dag("corrupt");
    let cache = root.join("cache");
    let o = opts(&cache);
    let good = build_in(&root.join("m"), &o, &["./app"]).unwrap();
    // Truncate every blob, then delete a few entries.
    let mut n = 0;
    for e in walkdir::WalkDir::new(cache.join("v1/o"))
        .into_iter()
        .flatten()
    {
        if e.file_type().is_file() {
            let bytes = std::fs::read(e.path()).unwrap();
            std::fs::write(e.path(), &bytes[..bytes.len() / 2]).unwrap();
            n += 1;
        }
    }
    assert!(n >= 8);
    let b = build_in(&root.join("m"), &o, &["./app"]).unwrap();
    assert_eq!(b.ran().len(), 7);
    assert_eq!(good.modules, b.modules);
    for (i, e) in walkdir::WalkDir::new(cache.join("v1/a"))
        .into_iter()
        .flatten()
        .enumerate()
    {
        if e.file_type().is_file() && i % 2 == 0 {
            std::fs::remove_file(e.path()).unwrap();
        }
    }
    let c = build_in(&root.join("m"), &o, &["./app"]).unwrap();
    assert!(!c.ran().is_empty());
    assert_eq!(good.modules, c.modules);
    assert!(build_in(&root.join("m"), &o, &["./app"])
        .unwrap()
        .ran()
        .is_empty());
}

#[test]
fn compile_errors_are_reported_per_package_in_order() {
    let root = dag("errs");
    let m = root.join("m");
    write(
        &m,
        &[
            (
                "util2/u.go",
                "package util2\n\nimport \"example.com/m/util\"\n\nfunc G() { util.U(); BROKEN }\n",
            ),
            (
                "lib/lib.go",
                "package lib\n\nimport \"example.com/m/util\"\n\n  BROKEN\nfunc F() { util.U() }\n",
            ),
        ],
    );
    let o = opts(&root.join("cache"));
    let err = build_in(&m, &o, &["./app"]).unwrap_err();
    assert_eq!(
        err,
        "# example.com/m/lib\n./lib/lib.go:5:3: syntax error: unexpected BROKEN\n# example.com/m/util2\n./util2/u.go:5:22: syntax error: unexpected BROKEN"
    );
    // Paths are relative to the current directory, as go build shows them.
    let err = build_in(&m.join("app"), &o, &["."]).unwrap_err();
    assert!(
        err.starts_with("# example.com/m/lib\n../lib/lib.go:5:3: "),
        "{err}"
    );
    // Independent packages still compiled (and cached) despite the failures.
    let b = build_in(&m, &o, &["./util", "example.com/side/s"]).unwrap();
    assert!(b.ran().is_empty(), "{:?}", b.ran());
}

#[test]
fn writes_outputs_like_go_build() {
    let root = dag("out");
    let m = root.join("m");
    let env = env_at(&m);
    let o = opts(&root.join("cache"));
    let pats = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    build::cmd_build(&env, &Fake, &o, &pats(&["./app"])).unwrap();
    assert!(std::fs::read(m.join("app.wasm"))
        .unwrap()
        .starts_with(b"\0asm"));
    let with_o = BuildOptions {
        output: Some("bin/x.wasm".into()),
        ..o.clone()
    };
    std::fs::create_dir_all(m.join("bin")).unwrap();
    build::cmd_build(&env, &Fake, &with_o, &pats(&["./app"])).unwrap();
    assert!(m.join("bin/x.wasm").is_file());
    // Several packages: built and discarded, or into a directory.
    std::fs::remove_file(m.join("app.wasm")).unwrap();
    build::cmd_build(&env, &Fake, &o, &pats(&["./..."])).unwrap();
    assert!(!m.join("app.wasm").exists());
    let e = build::cmd_build(&env, &Fake, &with_o, &pats(&["./..."])).unwrap_err();
    assert_eq!(
        e.message,
        "go: cannot write multiple packages to non-directory bin/x.wasm"
    );
    let to_dir = BuildOptions {
        output: Some("bin".into()),
        ..o.clone()
    };
    build::cmd_build(&env, &Fake, &to_dir, &pats(&["./..."])).unwrap();
    assert!(m.join("bin/app.wasm").is_file());
    // A non-main package alone: nothing written.
    build::cmd_build(&env, &Fake, &o, &pats(&["./lib"])).unwrap();
    assert!(!m.join("lib.wasm").exists());
    // c-shared needs one main package.
    let reactor = BuildOptions {
        mode: BuildMode::Reactor,
        ..o.clone()
    };
    let e = build::cmd_build(&env, &Fake, &reactor, &pats(&["./lib"])).unwrap_err();
    assert_eq!(
        e.message,
        "-buildmode=c-shared requires exactly one main package"
    );
    build::cmd_build(&env, &Fake, &reactor, &pats(&["./app"])).unwrap();
    assert!(
        String::from_utf8_lossy(&std::fs::read(m.join("app.wasm")).unwrap())
            .contains("mode Reactor")
    );
}

#[test]
fn named_files_and_wildcards() {
    let d = tmp("adhoc");
    write(
        &d,
        &[
            ("hello.go", "package main\n\nfunc main() {}\n"),
            ("util.go", "package main\n\nfunc Util() {}\n"),
        ],
    );
    let env = env_at(&d);
    let o = opts(&d.join("cache"));
    let pats = vec!["hello.go".to_string(), "util.go".to_string()];
    build::cmd_build(&env, &Fake, &o, &pats).unwrap();
    let m = String::from_utf8_lossy(&std::fs::read(d.join("hello.wasm")).unwrap()).into_owned();
    assert!(m.contains("object command-line-arguments main=true"), "{m}");
    assert!(m.contains("file command-line-arguments/util.go"));

    let root = dag("wild");
    let b = build_in(&root.join("m"), &opts(&root.join("c")), &["./..."]).unwrap();
    let roots: Vec<&str> = b
        .graph
        .roots
        .iter()
        .map(|&r| b.graph.pkgs[r].import_path.as_str())
        .collect();
    assert_eq!(
        roots,
        [
            "example.com/m/app",
            "example.com/m/lib",
            "example.com/m/util",
            "example.com/m/util2"
        ]
    );
    let b = build_in(
        &root.join("m"),
        &opts(&root.join("c")),
        &["example.com/m/..."],
    )
    .unwrap();
    assert_eq!(b.graph.roots.len(), 4);
    let b = build_in(&root.join("m"), &opts(&root.join("c")), &["../side/s"]).unwrap();
    assert_eq!(
        b.graph.pkgs[b.graph.roots[0]].import_path,
        "example.com/side/s"
    );
}

#[test]
fn init_order_follows_the_go_1_21_rule() {
    // b imports c; a imports nothing. Sorted: a, b, c → a first, then c
    // (b must wait for c), then b.
    let d = module(
        "init",
        &[
            ("main.go", "package main\n\nimport (\n\t_ \"example.com/m/b\"\n\t_ \"example.com/m/a\"\n)\n\nfunc main() {}\n"),
            ("a/a.go", "package a\n"),
            ("b/b.go", "package b\n\nimport _ \"example.com/m/c\"\n"),
            ("c/c.go", "package c\n"),
        ],
    );
    let b = build_in(&d, &opts(&d.join("cache")), &["."]).unwrap();
    assert!(module_text(&b)
        .contains("init runtime example.com/m/a example.com/m/c example.com/m/b main\n"));
    assert_eq!(build::default_output(&b.graph, b.graph.roots[0]), "m.wasm");
}

#[test]
fn concurrent_builds_share_one_cache() {
    let root = dag("concurrent");
    let cache = root.join("cache");
    let results: Vec<Vec<u8>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..4)
            .map(|i| {
                let (m, cache) = (root.join("m"), cache.clone());
                s.spawn(move || {
                    let o = BuildOptions {
                        jobs: 1 + i,
                        ..opts(&cache)
                    };
                    let b = build_in(&m, &o, &["./app"]).unwrap();
                    b.modules.into_values().next().unwrap()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert!(results.windows(2).all(|w| w[0] == w[1]));
    // No temporary files left behind, and the cache serves a no-op build.
    let leftovers = walkdir::WalkDir::new(&cache)
        .into_iter()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(".tmp-"))
        .count();
    assert_eq!(leftovers, 0);
    assert!(build_in(&root.join("m"), &opts(&cache), &["./app"])
        .unwrap()
        .ran()
        .is_empty());
}

#[test]
fn json_events() {
    let e = gobuild::exec::Event {
        action: "compile",
        package: "example.com/m/\"q\"".into(),
        cached: true,
        duration: std::time::Duration::from_millis(1500),
    };
    assert_eq!(
        e.json(false),
        r#"{"Action":"compile","Package":"example.com/m/\"q\"","Cached":true,"Failed":false,"Elapsed":1.500000}"#
    );
}

struct Panicky;

impl Toolchain for Panicky {
    fn id(&self) -> String {
        "panicky".into()
    }
    fn compile(&self, i: &CompileInput) -> Result<CompileOutput, Vec<Diagnostic>> {
        if i.import_path == "example.com/m/util" {
            panic!("boom in {}", i.import_path);
        }
        Fake.compile(i)
    }
    fn link(&self, i: &LinkInput) -> Result<Vec<u8>, Vec<LinkError>> {
        Fake.link(i)
    }
}

#[test]
fn a_compiler_panic_fails_one_package_not_the_build() {
    let root = dag("panic");
    let pats = vec!["./app".to_string(), "example.com/side/s".to_string()];
    let o = BuildOptions {
        cache_dir: None,
        ..opts(&root.join("c"))
    };
    let err = build::build(&env_at(&root.join("m")), &Panicky, &o, &pats).unwrap_err();
    assert_eq!(
        err.message,
        "# example.com/m/util\ninternal compiler error: boom in example.com/m/util"
    );
}

#[test]
fn dev_null_and_other_special_outputs_are_never_replaced() {
    let root = dag("devnull");
    let m = root.join("m");
    let env = env_at(&m);
    let pats = vec!["./app".to_string()];
    let o = BuildOptions {
        output: Some("/dev/null".into()),
        ..opts(&root.join("c"))
    };
    build::cmd_build(&env, &Fake, &o, &pats).unwrap();
    let meta = std::fs::metadata("/dev/null").unwrap();
    assert!(!meta.is_file(), "/dev/null must stay a device");
    // A FIFO is written in place, not replaced by a rename.
    let fifo = m.join("fifo.wasm");
    assert!(std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let reader = std::thread::spawn({
        let fifo = fifo.clone();
        move || std::fs::read(fifo).unwrap()
    });
    let o = BuildOptions {
        output: Some(fifo.clone()),
        ..opts(&root.join("c"))
    };
    build::cmd_build(&env, &Fake, &o, &pats).unwrap();
    assert!(reader.join().unwrap().starts_with(b"\0asm"));
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
}

#[test]
fn blobs_are_read_only_when_needed() {
    let root = dag("lazy");
    let m = root.join("m");
    let cache = root.join("cache");
    let o = opts(&cache);
    let good = build_in(&m, &o, &["./app"]).unwrap();
    // Lose util's export data. A no-op build does not need it...
    let util_export = fake_export("example.com/m/util", "func U() { println(1) }");
    let blob = cache
        .join("v1/o")
        .join(&util_export[..2])
        .join(&util_export);
    std::fs::remove_file(&blob).expect("util's export blob");
    let b = build_in(&m, &o, &["./app"]).unwrap();
    assert!(b.ran().is_empty(), "{:?}", b.ran());
    assert_eq!(good.modules, b.modules);
    // ...but a dependent that recompiles does: util is compiled again.
    write(
        &m,
        &[(
            "lib/lib.go",
            "package lib\n\nimport \"example.com/m/util\"\n\nfunc F() { util.U(); util.U() }\n",
        )],
    );
    let b = build_in(&m, &o, &["./app"]).unwrap();
    assert_eq!(
        b.ran(),
        [
            "compile example.com/m/lib",
            "compile example.com/m/util",
            "link example.com/m/app"
        ]
    );
    assert!(blob.is_file());
}

/// The blob name of the fake compiler's export data for a one-function package.
fn fake_export(path: &str, func_line: &str) -> String {
    let exp = format!("export {path}\n{}\n", func_line.split('{').next().unwrap());
    blake3::hash(exp.as_bytes()).to_hex().to_string()
}

#[test]
fn the_real_toolchain_links_with_the_linker_crate() {
    // No objects: the real linker reports its own error (a missing entry
    // point, for example), not a stub's.
    let input = LinkInput {
        objects: Vec::new(),
        init_order: Vec::new(),
        mode: BuildMode::Command,
    };
    let errs = Real.link(&input).unwrap_err();
    assert!(!errs.is_empty());
    assert!(errs.iter().all(|e| !e.message.contains("stub")), "{errs:?}");
    assert_eq!(errs, linker::link(&input).unwrap_err());
}

/// A compiler whose objects differ on every call.
struct Nondeterministic(std::sync::atomic::AtomicU64);

impl Toolchain for Nondeterministic {
    fn id(&self) -> String {
        "nondeterministic".into()
    }
    fn compile(&self, i: &CompileInput) -> Result<CompileOutput, Vec<Diagnostic>> {
        let mut out = Fake.compile(i)?;
        let n = self.0.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        out.object.extend(format!("call {n}\n").bytes());
        Ok(out)
    }
    fn link(&self, i: &LinkInput) -> Result<Vec<u8>, Vec<LinkError>> {
        Fake.link(i)
    }
}

#[test]
fn cacheverify_rebuilds_hits_and_compares() {
    let root = dag("verify");
    let m = root.join("m");
    let pats = vec!["./app".to_string()];
    let o = BuildOptions {
        verify: false,
        ..opts(&root.join("c"))
    };
    let verify = BuildOptions {
        verify: true,
        ..o.clone()
    };
    // A deterministic toolchain passes, re-running every action.
    build::build(&env_at(&m), &Fake, &o, &pats).unwrap();
    let b = build::build(&env_at(&m), &Fake, &verify, &pats).unwrap();
    assert_eq!(b.ran().len(), 7);
    // A nondeterministic one is caught.
    let nd = Nondeterministic(Default::default());
    let o2 = BuildOptions {
        cache_dir: Some(root.join("c2")),
        ..o.clone()
    };
    build::build(&env_at(&m), &nd, &o2, &pats).unwrap();
    let v2 = BuildOptions {
        verify: true,
        ..o2.clone()
    };
    let err = build::build(&env_at(&m), &nd, &v2, &pats)
        .unwrap_err()
        .message;
    assert!(err.starts_with("gobuild: cacheverify: compile "), "{err}");
    assert!(
        err.contains("the fresh output differs from the cached one"),
        "{err}"
    );
}

/// Moves every file under `dir` a minute into the past, so the
/// file-identity cache may record it (it ignores files written just now).
fn settle(dir: &Path) {
    let past = std::time::SystemTime::now() - std::time::Duration::from_secs(60);
    for e in walkdir::WalkDir::new(dir).into_iter().flatten() {
        if e.file_type().is_file() {
            let f = std::fs::File::options()
                .append(true)
                .open(e.path())
                .unwrap();
            f.set_modified(past).unwrap();
        }
    }
}

#[test]
fn unchanged_files_are_recognised_without_reading_them() {
    let root = dag("fileinfo");
    let m = root.join("m");
    settle(&m);
    let o = opts(&root.join("cache"));
    let first = build_in(&m, &o, &["./app"]).unwrap();
    assert!(root.join("cache/v1/fileinfo").is_file());
    // Same size, same mtime, other bytes: trusted, as cmd/go trusts it, so
    // nothing is read or rebuilt (this is what proves the files were not read).
    let util = m.join("util/u.go");
    let meta = std::fs::metadata(&util).unwrap();
    std::fs::write(&util, "package util\n\nfunc U() { println(7) }\n").unwrap();
    let f = std::fs::File::options().append(true).open(&util).unwrap();
    f.set_modified(meta.modified().unwrap()).unwrap();
    let b = build_in(&m, &o, &["./app"]).unwrap();
    assert!(b.ran().is_empty(), "{:?}", b.ran());
    assert_eq!(first.modules, b.modules);
    // Compiling it anyway (-a) reads it and notices the mismatch.
    let forced = BuildOptions {
        force: true,
        ..o.clone()
    };
    let err = build_in(&m, &forced, &["./app"]).unwrap_err();
    assert!(
        err.contains("./util/u.go: file changed during build"),
        "{err}"
    );
    // A real edit (new mtime) is seen.
    write(
        &m,
        &[("util/u.go", "package util\n\nfunc U() { println(8) }\n")],
    );
    let b = build_in(&m, &o, &["./app"]).unwrap();
    assert_eq!(
        b.ran(),
        ["compile example.com/m/util", "link example.com/m/app"]
    );
}
