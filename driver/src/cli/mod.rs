//! The `gobuild` command: argument parsing and one function per command.

pub mod args;
pub mod help;

use crate::build::{self, BuildOptions};
use crate::env::{self, Env};
use crate::error::{Error, Result};
use crate::toolchain::{BuildMode, Real, Toolchain};
use args::{BuildFlags, Cli, Command};
use clap::Parser;

/// Runs gobuild with `args` (without the program name); returns the exit status.
pub fn main(args: Vec<String>) -> i32 {
    main_with(args, &Real)
}

/// As [`main`], with the given toolchain.
pub fn main_with(args: Vec<String>, tc: &dyn Toolchain) -> i32 {
    let cli = match Cli::try_parse_from(args::normalize(args)) {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return e.exit_code();
        }
    };
    match dispatch(cli.command, tc) {
        Ok(code) => code,
        Err(e) => {
            if !e.message.is_empty() {
                eprintln!("{}", e.message);
            }
            e.status
        }
    }
}

fn dispatch(cmd: Command, tc: &dyn Toolchain) -> Result<i32> {
    match cmd {
        Command::Build(b) => {
            let env = Env::from_process()?;
            let opts = options(&b.flags)?;
            build::cmd_build(&env, tc, &opts, &b.packages)?;
            Ok(0)
        }
        Command::Run(r) => run(r, tc),
        Command::Version => {
            println!("{}", version_line());
            Ok(0)
        }
        Command::Env(e) => {
            let env = Env::from_process()?;
            print!("{}", env_output(&env, e.json, &e.vars));
            Ok(0)
        }
        Command::Help { topic } => match topic.first() {
            None => {
                print!("{}", help::USAGE);
                Ok(0)
            }
            Some(t) => match help::topic(t) {
                Some(text) => {
                    print!("{text}");
                    Ok(0)
                }
                None => Err(Error {
                    message: format!("gobuild help {t}: unknown help topic. Run 'gobuild help'."),
                    status: 2,
                }),
            },
        },
        Command::Clean(c) => {
            if c.cache {
                if let Some(dir) = env::cache_dir() {
                    crate::cache::disk::clean(&dir)
                        .map_err(|e| Error::new(format!("go: clean -cache: {e}")))?;
                }
            }
            Ok(0)
        }
    }
}

pub fn version_line() -> String {
    format!(
        "gobuild version {} wasip1/wasm (gobuild {})",
        env::GOVERSION,
        crate::VERSION
    )
}

/// Translates command-line flags into build options.
pub fn options(f: &BuildFlags) -> Result<BuildOptions> {
    let mode = match f.buildmode.as_str() {
        "exe" | "default" => BuildMode::Command,
        "c-shared" => BuildMode::Reactor,
        other => {
            return Err(Error::new(format!(
                "-buildmode={other} not supported on wasip1/wasm"
            )))
        }
    };
    if f.jobs == Some(0) {
        return Err(Error {
            message: "go: -p must be a positive integer".into(),
            status: 2,
        });
    }
    Ok(BuildOptions {
        output: f.output.clone(),
        mode,
        jobs: f.jobs.unwrap_or_else(build::default_jobs),
        verbose: f.verbose,
        trace: f.trace,
        json: f.json,
        verify: crate::action_id::debug_enabled("cacheverify"),
        tags: f.tag_list(),
        force: f.force,
        mod_mode: f.mod_mode.clone(),
        cache_dir: env::cache_dir(),
    })
}

#[cfg(feature = "engine")]
fn run(r: args::RunCmd, tc: &dyn Toolchain) -> Result<i32> {
    let env = Env::from_process()?;
    let opts = options(&r.flags)?;
    if opts.mode == BuildMode::Reactor {
        return Err(Error::new(
            "gobuild run: cannot run a -buildmode=c-shared module",
        ));
    }
    let n_files = r.rest.iter().take_while(|a| a.ends_with(".go")).count();
    let (target, prog_args) = if n_files > 0 {
        r.rest.split_at(n_files)
    } else {
        r.rest.split_at(1)
    };
    let built = build::build(&env, tc, &opts, target)?;
    let g = &built.graph;
    // As go run: a pattern runs the one main package it matches.
    let shown = target.join(" ");
    let mains: Vec<usize> = g
        .roots
        .iter()
        .copied()
        .filter(|r| built.modules.contains_key(r))
        .collect();
    let root = match (&g.roots[..], &mains[..]) {
        (_, [root]) => *root,
        ([root], []) if !shown.contains("...") => *root,
        (_, []) => {
            return Err(Error::many(vec![
                format!("go: warning: {shown:?} matched only non-main packages"),
                format!("go: no packages loaded from {shown}"),
            ]))
        }
        _ => {
            let names: Vec<&str> = mains
                .iter()
                .map(|&r| g.pkgs[r].import_path.as_str())
                .collect();
            return Err(Error::new(format!(
                "go: pattern {shown} matches multiple packages:\n\t{}",
                names.join("\n\t")
            )));
        }
    };
    let Some(module) = built.modules.get(&root) else {
        return Err(Error::new(format!(
            "package {} is not a main package",
            g.pkgs[root].import_path
        )));
    };
    if let Some(o) = &opts.output {
        build::write_module(&env.cwd.join(o), module)?;
    }
    let mut argv = vec![build::default_output(g, root)];
    argv.extend(prog_args.iter().cloned());
    crate::engine::run_command(module, &argv, &env.cwd)
}

#[cfg(not(feature = "engine"))]
fn run(_r: args::RunCmd, _tc: &dyn Toolchain) -> Result<i32> {
    Err(Error::new(
        "gobuild run: this gobuild was built without the `engine` feature",
    ))
}

/// The variables `gobuild env` knows, sorted by name.
pub fn env_vars(env: &Env) -> Vec<(&'static str, String)> {
    let cache = env::cache_dir()
        .map(|d| d.to_string_lossy().into_owned())
        .unwrap_or_else(|| "off".into());
    let gomod = crate::load::modules::find_gomod(&env.cwd)
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|| "/dev/null".into());
    vec![
        ("CGO_ENABLED", "0".into()),
        ("GOARCH", "wasm".into()),
        ("GOBUILDCACHE", cache.clone()),
        ("GOBUILDVERSION", crate::VERSION.into()),
        ("GOCACHE", cache),
        ("GOFLAGS", std::env::var("GOFLAGS").unwrap_or_default()),
        ("GOMOD", gomod),
        ("GOOS", "wasip1".into()),
        ("GOROOT", env.goroot_lossy()),
        ("GOVERSION", env::GOVERSION.into()),
    ]
}

/// `gobuild env` output: `NAME='value'` lines, values only for named
/// variables, or a JSON object with -json.
pub fn env_output(env: &Env, json: bool, names: &[String]) -> String {
    let all = env_vars(env);
    let selected: Vec<(String, String)> = if names.is_empty() {
        all.iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect()
    } else {
        names
            .iter()
            .map(|n| {
                let v = all
                    .iter()
                    .find(|(k, _)| k == n)
                    .map(|(_, v)| v.clone())
                    .unwrap_or_default();
                (n.clone(), v)
            })
            .collect()
    };
    if json {
        let mut sorted = selected;
        sorted.sort();
        let body: Vec<String> = sorted
            .iter()
            .map(|(k, v)| format!("\t{}: {}", json_string(k), json_string(v)))
            .collect();
        return format!("{{\n{}\n}}\n", body.join(",\n"));
    }
    let mut out = String::new();
    for (k, v) in &selected {
        if names.is_empty() {
            out.push_str(&format!("{k}='{}'\n", v.replace('\'', "'\\''")));
        } else {
            out.push_str(v);
            out.push('\n');
        }
    }
    out
}

/// A JSON string literal.
pub fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
