#!/bin/sh
# Regenerates the golden files from REAL Go's wasip1 port run on wasmtime:
#   testdata/run/NAME.out          for every testdata/run/NAME.go
#   testdata/mod/app/expected.out  for the module test
# Usage: testdata/regen.sh [NAME...]   NAME is a run/ program or "mod";
#                                      no names regenerates everything.
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
	python3 "$here/wasirun.py" "$wasm" "$@" >"$work/raw" 2>&1 || status=$?
	# The tests require standard output to stay empty (print/println write
	# to standard error); a program printing to stdout needs a new format.
	if [ -n "$(python3 "$here/wasirun.py" "$wasm" "$@" 2>/dev/null)" ]; then
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

# Programs in testdata/run: `// run [ARGS...]` on the first line.
cd "$here/run"
if [ $# -gt 0 ]; then names=$*; else names="$(ls *.go | sed 's/\.go$//') mod"; fi
for name in $names; do
	[ "$name" = mod ] && continue
	first=$(head -n 1 "$name.go")
	case "$first" in
	"// run"*) args=${first#// run} ;;
	*) echo "skip $name: first line is not '// run'" >&2; continue ;;
	esac
	go build -o "$work/$name.wasm" "$name.go"
	# shellcheck disable=SC2086 # args split like the test runner does
	golden "$work/$name.wasm" "$name.out" $args
	echo "run/$name.out"
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
