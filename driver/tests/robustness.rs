//! Bad input never panics: the driver's own parsers (file headers, go.mod,
//! build constraints) on random and truncated inputs.

use gobuild::load::{constraint, header};
use gobuild::modfile;
use std::path::Path;

/// xorshift64*: deterministic pseudo-random bytes without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Bytes biased towards the characters these grammars care about.
    fn text(&mut self, len: usize) -> Vec<u8> {
        const ALPHABET: &[u8] = b"package import ( ) \" ` / * \n\t=> module go require replace v1.2.3 ./x && || ! _ . C \\ \xc3\xa9 \xff //go:build +build";
        (0..len)
            .map(|_| {
                if self.next().is_multiple_of(8) {
                    self.next() as u8
                } else {
                    ALPHABET[(self.next() % ALPHABET.len() as u64) as usize]
                }
            })
            .collect()
    }
}

const SAMPLES: &[&str] = &[
    "//go:build wasip1 && !(linux || foo)\n\n// Doc.\npackage main\n\nimport (\n\t\"fmt\"\n\tx \"a/b\"\n)\n\nfunc main() {}\n",
    "module example.com/m\n\ngo 1.27\n\nrequire (\n\texample.com/a v1.0.0 // indirect\n)\n\nreplace example.com/a => ../a\n",
];

#[test]
fn random_inputs_never_panic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..3000 {
        let len = (rng.next() % 200) as usize;
        let text = rng.text(len);
        let _ = header::scan(&text);
        let s = String::from_utf8_lossy(&text);
        let _ = modfile::parse(&s, Path::new("/m"));
        let _ = constraint::parse(&s);
    }
}

#[test]
fn every_prefix_of_valid_input_is_handled() {
    for sample in SAMPLES {
        for end in 0..=sample.len() {
            let Some(prefix) = sample.get(..end) else {
                continue;
            };
            let _ = header::scan(prefix.as_bytes());
            let _ = modfile::parse(prefix, Path::new("/m"));
            let _ = constraint::parse(prefix);
        }
    }
    // And the full samples parse.
    assert_eq!(
        header::scan(SAMPLES[0].as_bytes()).unwrap().imports.len(),
        2
    );
    assert_eq!(
        modfile::parse(SAMPLES[1], Path::new("/m"))
            .unwrap()
            .require
            .len(),
        1
    );
}
