#!/usr/bin/env python3
"""Checks testdata/errorcheck/*.go against REAL Go (gc), with the same rules
as driver/tests/errorcheck.rs: every `// ERROR "re" ...` regexp must match one
error reported on its line, and no error may be left unmatched.

usage: . ~/.local/gobuild-anchors/bin/activate; python3 testdata/errorcheck_gc.py [FILE|DIR...]
(no arguments: testdata/errorcheck; a DIR stands for its *.go files, e.g.
testdata/lang/errorcheck)
"""
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ERR_LINE = re.compile(r'^(\S+?\.go):(\d+):(\d+): (.*)$')
ERROR_COMMENT = re.compile(r'// ERROR (.*)$')
QUOTED = re.compile(r'"([^"]*)"')


def errors_of(out):
    errs = []
    for line in out.splitlines():
        if line.startswith('\t') and errs:
            errs[-1][1] += '\n' + line
            continue
        m = ERR_LINE.match(line)
        if m:
            errs.append([int(m.group(2)), m.group(4)])
    return errs


def check(path):
    env = dict(os.environ, GOOS='wasip1', GOARCH='wasm', GOTOOLCHAIN='local', GOFLAGS='',
               GOPROXY='off', CGO_ENABLED='0')
    d, name = os.path.split(path)
    # Never `-o /dev/null`: a successful link as root replaces the device.
    with tempfile.TemporaryDirectory() as tmp:
        p = subprocess.run(['go', 'build', '-o', os.path.join(tmp, 'out.wasm'), name], cwd=d,
                           env=env, capture_output=True, text=True)
    problems = []
    if p.returncode != 1:
        problems.append('exit status %d, want 1' % p.returncode)
    errs = errors_of(p.stderr + p.stdout)
    with open(path) as f:
        lines = f.read().split('\n')
    for i, text in enumerate(lines, 1):
        m = ERROR_COMMENT.search(text)
        if not m:
            continue
        for rx in QUOTED.findall(m.group(1)):
            hit = next((e for e in errs if e[0] == i and re.search(rx, e[1])), None)
            if hit is None:
                problems.append('line %d: no error matches %r' % (i, rx))
            else:
                errs.remove(hit)
    for line, msg in errs:
        problems.append('line %d: unexpected error: %s' % (line, msg))
    return problems


def main():
    args = sys.argv[1:] or [os.path.join(HERE, 'errorcheck')]
    files = []
    for a in args:
        if os.path.isdir(a):
            files += sorted(os.path.join(a, f) for f in os.listdir(a) if f.endswith('.go'))
        else:
            files.append(a)
    bad = 0
    for f in files:
        problems = check(f)
        if problems:
            bad += 1
            print('FAIL', os.path.basename(f))
            for p in problems:
                print('   ', p)
    print('%d passed, %d failed' % (len(files) - bad, bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
