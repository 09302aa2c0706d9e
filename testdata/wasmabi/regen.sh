#!/bin/sh
# Regenerates sigs.expected from REAL Go (gc): builds ./sigs as a reactor
# (-buildmode=c-shared) and as a command, checks both give the same corpus
# signatures, and writes the sorted listing (format: sigs_list.py).
#
# usage: . ~/.local/gobuild-anchors/bin/activate; testdata/wasmabi/regen.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GOOS=wasip1 GOARCH=wasm GOTOOLCHAIN=local GOFLAGS=-buildvcs=false GOPROXY=off CGO_ENABLED=0
cd "$here"
go build -buildmode=c-shared -o "$tmp/reactor.wasm" ./sigs
go build -o "$tmp/command.wasm" ./sigs
python3 sigs_list.py "$tmp/reactor.wasm" host >"$tmp/reactor.txt"
python3 sigs_list.py "$tmp/command.wasm" host >"$tmp/command.txt"
if ! cmp -s "$tmp/reactor.txt" "$tmp/command.txt"; then
	echo "regen.sh: reactor and command signatures differ:" >&2
	diff "$tmp/reactor.txt" "$tmp/command.txt" >&2 || true
	exit 1
fi
cp "$tmp/reactor.txt" sigs.expected
echo "sigs.expected: $(wc -l <sigs.expected) signatures from $(go version)"

# directives/NAME.err: gc's error lines for each directive file, unless the
# file is beyond gc (beyondgc_*.go), whose NAME.err states our errors and
# NAME.gc.err what gc prints instead (checked, not regenerated).
for f in directives/*.go; do
	name=$(basename "$f" .go)
	d="$tmp/dir_$name"
	mkdir -p "$d"
	cp "$f" "$d/"
	out=$(cd "$d" && go build -o out.wasm "$name.go" 2>&1 | grep -v '^#' || true)
	case "$name" in
	beyondgc_*)
		if [ "$out" != "$(cat "directives/$name.gc.err")" ]; then
			echo "regen.sh: gc output for $f changed:" >&2
			echo "$out" >&2
			exit 1
		fi
		;;
	*) printf '%s\n' "$out" >"directives/$name.err" ;;
	esac
done
echo "directives/*.err regenerated"
