//! Source positions as gc reports them: 1-based line, 1-based *byte* column.

/// A position in one of the package's files. `file` indexes the package's
/// file list (the order given to the compiler), so a `Pos` is 12 bytes and
/// `Copy`; the file name is looked up only when a diagnostic is printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Pos {
    pub file: u32,
    pub line: u32,
    pub col: u32,
}

impl Pos {
    pub fn new(file: u32, line: u32, col: u32) -> Pos {
        Pos { file, line, col }
    }

    /// True for the zero value, which the parser never produces for real
    /// nodes (lines and columns start at 1).
    pub fn is_unknown(&self) -> bool {
        self.line == 0
    }
}

impl std::fmt::Display for Pos {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}
