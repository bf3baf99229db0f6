//! Pure analyses over documents: no GUI, no I/O.

pub mod structure;
