//! Export data: reader and writer (see /work/notes/types.md for the format).
