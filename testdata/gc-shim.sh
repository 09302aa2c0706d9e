#!/bin/sh
# A stand-in for gobuild built from REAL Go, to check the test suite itself:
#   . ~/.local/gobuild-anchors/bin/activate
#   GOBUILD_EXE=$PWD/testdata/gc-shim.sh cargo test -p driver --tests
# Every test must pass against it (the goldens come from the same Go).
# Implements just the CLI subset the tests use: build [-o F] [-p N] [-a] PKGS,
# run PKG [ARGS], env GOROOT. Builds for wasip1/wasm; runs on wasmtime through
# testdata/wasirun.py. -trimpath keeps checkout paths out of the module.
set -u
here=$(cd "$(dirname "$0")" && pwd)
export GOOS=wasip1 GOARCH=wasm GOTOOLCHAIN=local GOFLAGS=-trimpath GOPROXY=off GOWORK=off CGO_ENABLED=0
export GOCACHE="${GOBUILDCACHE:-$HOME/.cache/go-build}/gc"
cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
build)
	exec go build "$@"
	;;
run)
	pkg=$1
	shift
	tmp=$(mktemp -d)
	go build -o "$tmp/prog.wasm" "$pkg" || { rm -rf "$tmp"; exit 1; }
	python3 "$here/wasirun.py" "$tmp/prog.wasm" "$@"
	status=$?
	rm -rf "$tmp"
	exit $status
	;;
env)
	exec go env "$@"
	;;
*)
	echo "gc-shim: unsupported command $cmd" >&2
	exit 2
	;;
esac
