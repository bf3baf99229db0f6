//! `khabar tokenize [--json] < text`: one token per line, `KIND<TAB>START..END<TAB>TEXT`
//! (byte offsets into the whole input), or one JSON object per line.
//!
//! Also home of [`for_each_chunk`], the bounded streaming reader that the `normalize`,
//! `tokenize` and `sentences` commands share.
//!
//! # Input handling (all three commands)
//! Standard input is read in blocks of [`CHUNK`] bytes and cut at a safe place — the
//! last line break (for sentences) or the last whitespace — the rest carried into the next
//! block. A "word" longer than [`CHUNK`] with no whitespace is cut anyway at a character
//! boundary. Memory is therefore bounded (about 2 × CHUNK) even for a 1 GB single line,
//! and every printed offset is an offset into the whole input. Invalid UTF-8 is an error
//! that names the byte offset of the first bad byte (no lossy decoding: offsets into a
//! repaired text would not point into the user's file); what came before it has already
//! been printed. NUL and other control characters are valid input: they separate tokens
//! and pass through `normalize` unchanged.

use std::io::{BufWriter, Read, Write};

use anyhow::{Context as _, bail};
use khabar::text::tokenize::tokenize;

/// Block size of the streaming reader.
pub const CHUNK: usize = 1 << 20;

/// Where a block may be cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cut {
    /// After the last ASCII whitespace byte (tokens never span one).
    Whitespace,
    /// After the last `\n`; else as [`Cut::Whitespace`].
    Line,
}

/// Reads `input` block by block and calls `f(text, offset)` for each piece, where
/// `offset` is the byte offset of `text` in the whole input (see the module doc).
pub fn for_each_chunk(
    mut input: impl Read,
    cut: Cut,
    chunk: usize,
    mut f: impl FnMut(&str, usize) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let chunk = chunk.max(4);
    let mut buf: Vec<u8> = Vec::with_capacity(chunk * 2);
    let mut base = 0usize;
    let mut eof = false;
    while !eof || !buf.is_empty() {
        // Fill up to one block.
        while !eof && buf.len() < chunk {
            let old = buf.len();
            buf.resize(chunk, 0);
            match input.read(&mut buf[old..]) {
                Ok(0) => {
                    buf.truncate(old);
                    eof = true;
                }
                Ok(n) => buf.truncate(old + n),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => buf.truncate(old),
                Err(e) => return Err(e).context("cannot read standard input"),
            }
        }
        if buf.is_empty() {
            break;
        }
        let end = if eof { buf.len() } else { cut_point(&buf, cut) };
        let text = match std::str::from_utf8(&buf[..end]) {
            Ok(t) => t,
            Err(e) => {
                let at = base + e.valid_up_to();
                match buf.get(e.valid_up_to()) {
                    Some(b) if e.error_len().is_some() || eof => {
                        bail!("standard input is not valid UTF-8: bad byte 0x{b:02X} at byte offset {at}")
                    }
                    _ => bail!("standard input is not valid UTF-8: truncated character at byte offset {at}"),
                }
            }
        };
        f(text, base)?;
        base += end;
        buf.drain(..end);
    }
    Ok(())
}

/// Where to cut a full block `b`: after a line break or whitespace, else before an
/// incomplete trailing character.
fn cut_point(b: &[u8], cut: Cut) -> usize {
    if cut == Cut::Line
        && let Some(i) = memchr::memrchr(b'\n', b)
    {
        return i + 1;
    }
    if let Some(i) = b.iter().rposition(|c| matches!(c, b' ' | b'\n' | b'\t' | b'\r')) {
        return i + 1;
    }
    // No whitespace in a whole block: cut at the last char boundary.
    let mut i = b.len();
    while i > 0 && b.len() - i < 4 && (b[i - 1] & 0xC0) == 0x80 {
        i -= 1;
    }
    // b[i-1] is now a lead byte (or ASCII); cut before it unless its char is complete.
    match i.checked_sub(1).and_then(|j| b.get(j)) {
        Some(&lead) if lead >= 0xC0 => {
            let need = if lead >= 0xF0 {
                4
            } else if lead >= 0xE0 {
                3
            } else {
                2
            };
            if b.len() - (i - 1) >= need { b.len() } else { i - 1 }
        }
        _ => b.len(),
    }
    .max(1)
}

#[derive(Debug, clap::Args)]
pub struct TokenizeArgs {
    /// Print one JSON object per line: {"kind":…,"start":…,"end":…,"text":…}.
    #[arg(long)]
    json: bool,
}

pub fn run(a: &TokenizeArgs) -> anyhow::Result<()> {
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    tokenize_stream(std::io::stdin().lock(), &mut out, a.json, CHUNK)?;
    out.flush()?;
    Ok(())
}

/// Tokenizes `input` into `out` (see the module doc).
pub fn tokenize_stream(
    input: impl Read,
    out: &mut impl Write,
    json: bool,
    chunk: usize,
) -> anyhow::Result<()> {
    for_each_chunk(input, Cut::Whitespace, chunk, |text, base| {
        for t in tokenize(text) {
            let (s, e) = (base + t.range.start, base + t.range.end);
            if json {
                let obj =
                    serde_json::json!({"kind": t.kind.name(), "start": s, "end": e, "text": t.text(text)});
                writeln!(out, "{obj}")?;
            } else {
                writeln!(out, "{}\t{s}..{e}\t{}", t.kind.name(), t.text(text))?;
            }
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(input: &[u8], cut: Cut, chunk: usize) -> anyhow::Result<Vec<(String, usize)>> {
        let mut v = Vec::new();
        for_each_chunk(input, cut, chunk, |t, o| {
            v.push((t.to_string(), o));
            Ok(())
        })?;
        Ok(v)
    }

    #[test]
    fn chunks_cut_at_whitespace_and_keep_offsets() -> anyhow::Result<()> {
        let text = "كتب الولد درسا مهما جدا";
        let p = pieces(text.as_bytes(), Cut::Whitespace, 8)?;
        assert!(p.len() > 1);
        let joined: String = p.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(joined, text);
        for (t, o) in &p {
            assert_eq!(&text[*o..*o + t.len()], t);
        }
        Ok(())
    }

    #[test]
    fn a_long_word_is_cut_at_a_char_boundary() -> anyhow::Result<()> {
        let text = "بببببببببببببببببببببببب";
        let p = pieces(text.as_bytes(), Cut::Whitespace, 7)?;
        let joined: String = p.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(joined, text);
        Ok(())
    }

    #[test]
    fn invalid_utf8_names_the_offset() {
        let mut bytes = "abc ".as_bytes().to_vec();
        bytes.push(0xFF);
        let err = pieces(&bytes, Cut::Whitespace, 1024).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(err.contains("byte offset 4"), "{err}");
        let err =
            pieces(&[b'a', 0xD8], Cut::Whitespace, 1024).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(err.contains("byte offset 1"), "{err}");
    }
}
