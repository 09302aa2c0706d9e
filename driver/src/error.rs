//! The driver's error: text already in the go command's wording, printed to
//! standard error as is, and an exit status.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// One or more lines, without a trailing newline.
    pub message: String,
    /// Exit status of gobuild when this error ends the command.
    pub status: i32,
}

impl Error {
    pub fn new(message: impl Into<String>) -> Error {
        Error {
            message: message.into(),
            status: 1,
        }
    }

    /// Several independent errors, one per line, in the given order.
    pub fn many(messages: Vec<String>) -> Error {
        Error::new(messages.join("\n"))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

pub type Result<T> = std::result::Result<T, Error>;

/// The go command's message for a missing go.mod.
pub const NO_GOMOD: &str =
    "go.mod file not found in current directory or any parent directory; see 'go help modules'";
