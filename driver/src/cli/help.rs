//! `gobuild help [topic]` texts.

pub const USAGE: &str = "gobuild compiles Go programs for WebAssembly (GOOS=wasip1, GOARCH=wasm).

Usage:

\tgobuild <command> [arguments]
\tgobuild [build flags] [packages]      (same as gobuild build)

The commands are:

\tbuild       compile packages and dependencies
\trun         compile and run a Go program
\tenv         print environment information
\tversion     print gobuild version
\tclean       remove cached build results
\thelp        show help for a command or topic

Use \"gobuild help <command>\" for more information about a command.

Additional help topics:

\tpackages    package lists and patterns
\tconstraint  build constraints
\tcache       the build cache
";

pub const BUILD: &str = "usage: gobuild build [-o output] [-buildmode=exe|c-shared] [-p n] [-v] [-x] [-tags tag,list] [-a] [packages]

Build compiles the packages named by the import paths or patterns, along with
their dependencies, into a WebAssembly module for wasip1/wasm.

With a single main package, build writes the module to the file named by -o,
or to the last element of the import path plus \".wasm\" (for .go files named on
the command line: the first file's name plus \".wasm\"). With several packages,
build compiles them all and discards the results, unless -o names a directory.

Flags (single- or double-dash, as the go command accepts):

\t-o file       write the module to file (or into the directory file)
\t-buildmode    exe: a command exporting _start (default)
\t              c-shared: a reactor exporting _initialize and //go:wasmexport functions
\t-p n          run at most n actions in parallel (default: number of CPUs)
\t-v            print the names of packages as they are compiled
\t-x            print the actions run
\t-tags list    comma-separated build tags to satisfy
\t-a            rebuild everything, ignoring the cache
";

pub const RUN: &str = "usage: gobuild run [build flags] package-or-files.go [arguments...]

Run compiles the named main package (or the .go files, which form one package)
and runs the module on gobuild's embedded WASI preview 1 engine, with the
arguments, the environment, standard input/output/error and the current
directory preopened as \".\". The program's exit code becomes gobuild's; a trap
is printed and exits with status 2.
";

pub const ENV: &str = "usage: gobuild env [-json] [var ...]

Env prints gobuild's environment: GOOS, GOARCH, GOROOT (the Go 1.27 sources std
packages come from when gobuild's own overlay lacks them), GOCACHE and
GOBUILDCACHE (the build cache), GOMOD, GOVERSION, GOFLAGS, CGO_ENABLED.
With variable names, it prints their values one per line; -json prints JSON.
";

pub const VERSION: &str = "usage: gobuild version

Version prints the Go version gobuild implements, its target and its own version.
";

pub const CLEAN: &str = "usage: gobuild clean -cache

Clean -cache removes the whole build cache (see gobuild env GOCACHE).
";

pub const PACKAGES: &str = "Package patterns:

\t.  ./dir  ../dir     the package in a directory of the main module (or of a
\t                     module it replaces with a local directory)
\t./...  dir/...       every package at or below a directory (skipping testdata,
\t                     vendor, directories starting with . or _, nested modules)
\texample.com/m/x      a package by import path; example.com/m/... for a tree
\tfmt                  a standard-library package
\ta.go b.go            files of one directory forming an ad-hoc package
\t                     (command-line-arguments); go.mod is then optional

The main module is found by walking up from the current directory to go.mod.
";

pub const CONSTRAINT: &str = "Build constraints:

A file is compiled when its name has no _GOOS, _GOARCH or _GOOS_GOARCH suffix
for another target, it is not a _test.go file and does not start with _ or .,
and its //go:build expression holds. Satisfied tags: wasip1, wasm, gobuild,
purego, go1.1 through go1.27 and the -tags list. Not satisfied: unix, cgo, gc,
gccgo. A file importing \"C\" is an error: there is no cgo on wasip1.
";

pub const CACHE: &str = "The build cache:

Every compile and link is keyed by a hash of everything that can change its
output (gobuild version, target, tags, file names and contents, and the export
data of every dependency). Results live in GOBUILDCACHE, else
$XDG_CACHE_HOME/gobuild, else ~/.cache/gobuild. GOBUILD_DEBUG=actionid prints
each key's recipe; -a ignores the cache; gobuild clean -cache empties it.
";

/// The text of a help topic, or None.
pub fn topic(name: &str) -> Option<&'static str> {
    Some(match name {
        "build" => BUILD,
        "run" => RUN,
        "env" => ENV,
        "version" => VERSION,
        "clean" => CLEAN,
        "packages" => PACKAGES,
        "constraint" | "buildconstraint" => CONSTRAINT,
        "cache" => CACHE,
        _ => return None,
    })
}
