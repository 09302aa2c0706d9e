//! Command-line syntax: Go-style flags normalised for clap, and the clap
//! definitions of every command.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

pub const COMMANDS: &[&str] = &["build", "run", "version", "env", "help", "clean"];

/// Flags that take a value in the next argument when written without `=`.
const VALUE_FLAGS: &[&str] = &["o", "p", "buildmode", "tags", "mod"];

/// Rewrites Go-style arguments into the form clap parses:
/// - a bare `gobuild [flags] packages` gets the `build` command;
/// - single-dash long flags (`-buildmode=x`, `-tags foo`, `-json`, `-cache`)
///   become `--buildmode=x`, ...; one-letter flags (`-o`, `-p`, `-v`, `-x`, `-a`)
///   stay short; `--` forms pass through.
///
/// Normalisation stops at the first non-flag argument, as Go's flag package
/// does, so `gobuild run prog.go -x` hands `-x` to the program.
pub fn normalize(args: Vec<String>) -> Vec<String> {
    let mut out = vec!["gobuild".to_string()];
    let mut it = args.into_iter().peekable();
    match it.peek().map(String::as_str) {
        Some(cmd) if COMMANDS.contains(&cmd) => out.push(it.next().unwrap_or_default()),
        Some("-h" | "--help" | "-help") => {
            out.push("help".into());
            it.next();
        }
        None => out.push("help".into()),
        _ => out.push("build".into()),
    }
    let mut expect_value = false;
    for a in it.by_ref() {
        if expect_value {
            out.push(a);
            expect_value = false;
            continue;
        }
        if a == "--" {
            out.push(a);
            break;
        }
        let Some(flag) = a.strip_prefix('-') else {
            out.push(a);
            break;
        };
        let body = flag.strip_prefix('-').unwrap_or(flag);
        let name = body.split('=').next().unwrap_or("");
        if flag.is_empty() || name.is_empty() {
            out.push(a);
            break;
        }
        expect_value = VALUE_FLAGS.contains(&name) && !body.contains('=');
        if name == "help" || name == "h" {
            out.push("--help".into());
        } else if name.len() == 1 {
            out.push(format!("-{body}"));
        } else {
            out.push(format!("--{body}"));
        }
    }
    out.extend(it);
    out
}

#[derive(Parser, Debug)]
#[command(
    name = "gobuild",
    disable_help_subcommand = true,
    disable_version_flag = true,
    about = "gobuild compiles Go programs for wasip1/wasm"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// compile packages and dependencies
    Build(BuildCmd),
    /// compile and run a Go program on the embedded WASI engine
    Run(RunCmd),
    /// print the gobuild version
    Version,
    /// print environment information
    Env(EnvCmd),
    /// show help for a command or topic
    Help { topic: Vec<String> },
    /// remove cached build results
    Clean(CleanCmd),
}

#[derive(Args, Debug, Clone)]
pub struct BuildFlags {
    /// write the resulting module to FILE (or into a directory)
    #[arg(short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// exe (command, exports _start) or c-shared (reactor, exports _initialize)
    #[arg(long = "buildmode", default_value = "exe", value_name = "MODE")]
    pub buildmode: String,
    /// number of actions run in parallel (default: number of CPUs)
    #[arg(short = 'p', value_name = "N")]
    pub jobs: Option<usize>,
    /// print the names of packages as they are compiled
    #[arg(short = 'v')]
    pub verbose: bool,
    /// print the actions run
    #[arg(short = 'x')]
    pub trace: bool,
    /// comma-separated build tags
    #[arg(long = "tags", value_name = "TAGS", default_value = "")]
    pub tags: String,
    /// force rebuilding of packages that are up to date
    #[arg(short = 'a')]
    pub force: bool,
    /// module download mode: readonly, vendor or mod (gobuild never downloads)
    #[arg(long = "mod", value_name = "MODE", default_value = "")]
    pub mod_mode: String,
    /// print one JSON build event per finished action on standard output
    #[arg(long = "json")]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct BuildCmd {
    #[command(flatten)]
    pub flags: BuildFlags,
    pub packages: Vec<String>,
}

#[derive(Args, Debug)]
pub struct RunCmd {
    #[command(flatten)]
    pub flags: BuildFlags,
    /// the package or .go files, then the program's arguments
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, required = true)]
    pub rest: Vec<String>,
}

#[derive(Args, Debug)]
pub struct EnvCmd {
    /// print as JSON
    #[arg(long = "json")]
    pub json: bool,
    pub vars: Vec<String>,
}

#[derive(Args, Debug)]
pub struct CleanCmd {
    /// remove the entire build cache
    #[arg(long = "cache")]
    pub cache: bool,
}

impl BuildFlags {
    /// `-tags a,b` (the old space-separated form too).
    pub fn tag_list(&self) -> Vec<String> {
        self.tags
            .split([',', ' '])
            .filter(|t| !t.is_empty())
            .map(str::to_string)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(args: &[&str]) -> Vec<String> {
        normalize(args.iter().map(|s| s.to_string()).collect())
    }

    fn parse(args: &[&str]) -> Cli {
        Cli::try_parse_from(norm(args)).unwrap()
    }

    #[test]
    fn go_style_flags() {
        assert_eq!(
            norm(&[
                "build",
                "-o",
                "x.wasm",
                "-buildmode=c-shared",
                "-p",
                "4",
                "-tags=foo",
                "./..."
            ]),
            [
                "gobuild",
                "build",
                "-o",
                "x.wasm",
                "--buildmode=c-shared",
                "-p",
                "4",
                "--tags=foo",
                "./..."
            ]
        );
        assert_eq!(
            norm(&["build", "--o", "x.wasm", "-tags", "a,b", "-v", "-x", "-a", "."]),
            ["gobuild", "build", "-o", "x.wasm", "--tags", "a,b", "-v", "-x", "-a", "."]
        );
        assert_eq!(
            norm(&["env", "-json", "GOOS"]),
            ["gobuild", "env", "--json", "GOOS"]
        );
        assert_eq!(norm(&["clean", "-cache"]), ["gobuild", "clean", "--cache"]);
    }

    #[test]
    fn bare_packages_mean_build() {
        assert_eq!(norm(&["./cmd/app"]), ["gobuild", "build", "./cmd/app"]);
        assert_eq!(
            norm(&["-o", "a.wasm", "."]),
            ["gobuild", "build", "-o", "a.wasm", "."]
        );
        assert_eq!(norm(&[]), ["gobuild", "help"]);
        assert_eq!(norm(&["-h"]), ["gobuild", "help"]);
    }

    #[test]
    fn program_arguments_are_untouched() {
        assert_eq!(
            norm(&["run", "-v", "main.go", "-x", "-tags=y", "--", "z"]),
            ["gobuild", "run", "-v", "main.go", "-x", "-tags=y", "--", "z"]
        );
        let Command::Run(r) = parse(&["run", "-tags", "t", "prog.go", "-x", "arg"]).command else {
            panic!("not run");
        };
        assert_eq!(r.rest, ["prog.go", "-x", "arg"]);
        assert_eq!(r.flags.tag_list(), ["t"]);
        assert!(!r.flags.trace);
    }

    #[test]
    fn parsed_values() {
        let Command::Build(b) = parse(&[
            "-o=out.wasm",
            "-p=2",
            "-tags",
            "a, b",
            "-buildmode",
            "exe",
            "-a",
            "x",
            "y",
        ])
        .command
        else {
            panic!("not build");
        };
        assert_eq!(
            b.flags.output.as_deref(),
            Some(std::path::Path::new("out.wasm"))
        );
        assert_eq!(b.flags.jobs, Some(2));
        assert_eq!(b.flags.tag_list(), ["a", "b"]);
        assert_eq!(b.flags.buildmode, "exe");
        assert!(b.flags.force && !b.flags.verbose);
        assert_eq!(b.packages, ["x", "y"]);
        let Command::Env(e) = parse(&["env", "-json"]).command else {
            panic!("not env");
        };
        assert!(e.json && e.vars.is_empty());
    }
}
