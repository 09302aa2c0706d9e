#!/bin/sh
# Regenerates the golden files from REAL Go's wasip1 port run on wasmtime:
#   testdata/run/NAME.out          for every testdata/run/NAME.go
#   testdata/mod/app/expected.out  for the module test
# Usage: testdata/regen.sh [NAME|PATH...]
#   NAME is a run/ program or "mod"; no arguments regenerates run/ and mod.
#   PATH (contains a "/", relative to testdata/ or the current directory) is
#   a program `DIR/NAME.go` or a directory, whose programs are regenerated
#   recursively (e.g. `lang/` for the whole language corpus, `lang/maps`).
#   Each program's golden is NAME.out next to NAME.go.
#
# Needs Go and the Python wasmtime package: . ~/.local/gobuild-anchors/bin/activate
#
# Golden format: stdout and stderr interleaved as produced (2>&1); after a
# line `goroutine N [running]:` the rest (the traceback, which names gc's
# frames and addresses) is dropped; a non-zero exit status adds a last line
# `exit status N`. driver/tests/support/mod.rs normalises gobuild's output
# the same way.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

export GOOS=wasip1 GOARCH=wasm GOTOOLCHAIN=local GOFLAGS= GOPROXY=off GOWORK=off CGO_ENABLED=0

# golden WASM OUT [ARGS...]: runs WASM and writes the normalised golden OUT.
golden() {
	wasm=$1 out=$2
	shift 2
	status=0
	# One run (compiling a module on wasmtime is the slow part): standard
	# output must stay empty (print/println write to standard error; a
	# program printing to stdout needs a new format), so the golden is the
	# standard error alone, which equals the 2>&1 interleaving.
	python3 "$here/wasirun.py" "$wasm" "$@" >"$work/stdout" 2>"$work/raw" || status=$?
	if [ -s "$work/stdout" ]; then
		echo "$out: the program writes to standard output" >&2
		exit 1
	fi
	awk '{ print } /^goroutine [0-9]+ \[running\]:$/ { exit }' "$work/raw" >"$work/norm"
	# awk adds a newline to an unterminated last line; keep the bytes exact
	# when no traceback was cut.
	if ! grep -q '^goroutine [0-9]* \[running\]:$' "$work/raw"; then
		cp "$work/raw" "$work/norm"
	fi
	if [ "$status" -ne 0 ]; then
		if [ -s "$work/norm" ] && [ "$(tail -c 1 "$work/norm" | od -An -c | tr -d ' ')" != '\n' ]; then
			echo >>"$work/norm"
		fi
		echo "exit status $status" >>"$work/norm"
	fi
	cp "$work/norm" "$out"
}

# regen_one DIR NAME: builds DIR/NAME.go (first line `// run [ARGS...]`) and
# writes DIR/NAME.out.
regen_one() {
	dir=$1 name=$2
	first=$(head -n 1 "$dir/$name.go")
	case "$first" in
	"// run"*) args=${first#// run} ;;
	*) echo "skip $dir/$name: first line is not '// run'" >&2; return 0 ;;
	esac
	(cd "$dir" && go build -o "$work/$name.wasm" "$name.go")
	# shellcheck disable=SC2086 # args split like the test runner does
	(cd "$dir" && golden "$work/$name.wasm" "$name.out" $args)
	echo "${dir#"$here"/}/$name.out"
}

# resolve PATH: prints an absolute path for PATH relative to testdata/ or to
# the current directory.
resolve() {
	if [ -e "$here/$1" ]; then echo "$here/$1"
	elif [ -e "$1" ]; then (cd "$(dirname "$1")" && echo "$(pwd)/$(basename "$1")")
	else echo "no such program or directory: $1" >&2; exit 1
	fi
}

if [ $# -gt 0 ]; then names=$*; else names="$(cd "$here/run" && ls *.go | sed 's/\.go$//') mod"; fi
for name in $names; do
	case "$name" in
	mod) ;;
	*/*)
		path=$(resolve "$name")
		if [ -d "$path" ]; then
			find "$path" -name '*.go' | LC_ALL=C sort | while read -r f; do
				regen_one "$(dirname "$f")" "$(basename "$f" .go)"
			done
		else
			regen_one "$(dirname "$path")" "$(basename "$path" .go)"
		fi
		;;
	*) regen_one "$here/run" "$name" ;;
	esac
done

# The module test.
case " $names " in
*" mod "*)
	cd "$here/mod/app"
	go build -o "$work/app.wasm" ./cmd/app
	golden "$work/app.wasm" expected.out
	echo "mod/app/expected.out"
	;;
esac
