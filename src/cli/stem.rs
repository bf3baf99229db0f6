//! `khabar stem --algorithm isri|snowball|light|root`: one word per line on standard
//! input, one stem per line on standard output, in the same order.
//!
//! Streaming and bounded: lines are read through a fixed buffer and never more than
//! [`MAX_LINE`] bytes of one line are held, so a 1 GB single line costs 1 MiB and ends
//! with a clear error naming the line. Invalid UTF-8 is an error with the line number
//! (no lossy guessing: a stem of a replacement character is useless to a script). A
//! trailing `\r` is dropped (CRLF input), NUL bytes are ordinary characters, an empty
//! line gives an empty line, and a last line without `\n` is stemmed too. Stems are
//! cached per distinct word, except for ISRI, which is faster than a cache lookup (the
//! cache is emptied past 1M entries to bound memory); `--no-cache` turns it off.

use std::io::{BufRead, BufWriter, Write};

use anyhow::{Context as _, bail};
use khabar::text::stem::{Algorithm, CachedStemmer, Stemmer};

/// Longest accepted input line, in bytes (without the line break).
pub const MAX_LINE: usize = 1 << 20;

/// Cache entries kept before the cache is cleared.
const MAX_CACHE: usize = 1 << 20;

#[derive(Debug, clap::Args)]
pub struct StemArgs {
    /// The stemming algorithm.
    #[arg(long, short, value_enum)]
    algorithm: Algorithm,
    /// Stem every line afresh instead of caching stems per distinct word. By default
    /// every algorithm but ISRI caches (ISRI is cheaper than a cache lookup).
    #[arg(long)]
    no_cache: bool,
}

pub fn run(a: &StemArgs) -> anyhow::Result<()> {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let cache = !a.no_cache && a.algorithm != Algorithm::Isri;
    stem_stream(a.algorithm, cache, stdin.lock(), BufWriter::with_capacity(1 << 16, stdout.lock()))
}

/// Stems every line of `input` into `output` (see the module documentation), with the
/// per-type cache when `cache` is set.
pub fn stem_stream(
    algorithm: Algorithm,
    cache: bool,
    mut input: impl BufRead,
    mut output: impl Write,
) -> anyhow::Result<()> {
    let mut stemmer = CachedStemmer::new(algorithm);
    let plain = Stemmer::new(algorithm);
    let mut buf = String::new();
    let mut line: Vec<u8> = Vec::new();
    let mut number = 0usize;
    loop {
        line.clear();
        let mut got_any = false;
        let mut ended = false;
        // Read one line, at most MAX_LINE bytes of it.
        while !ended {
            let buf = input.fill_buf().context("cannot read standard input")?;
            if buf.is_empty() {
                break;
            }
            got_any = true;
            let (chunk, used) = match memchr::memchr(b'\n', buf) {
                Some(i) => {
                    ended = true;
                    (&buf[..i], i + 1)
                }
                None => (buf, buf.len()),
            };
            if line.len() + chunk.len() > MAX_LINE {
                bail!("line {} is longer than {MAX_LINE} bytes; expected one word per line", number + 1);
            }
            line.extend_from_slice(chunk);
            input.consume(used);
        }
        if !got_any {
            break;
        }
        number += 1;
        if line.last() == Some(&b'\r') {
            line.pop();
        }
        let word = std::str::from_utf8(&line).map_err(|e| {
            anyhow::anyhow!("line {number} is not valid UTF-8 (byte {})", e.valid_up_to() + 1)
        })?;
        let stem = if cache {
            if stemmer.len() >= MAX_CACHE {
                stemmer.clear();
            }
            stemmer.stem(word)
        } else {
            plain.stem_into(word, &mut buf);
            buf.as_str()
        };
        output.write_all(stem.as_bytes()).context("cannot write standard output")?;
        output.write_all(b"\n").context("cannot write standard output")?;
    }
    output.flush().context("cannot write standard output")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_on(a: Algorithm, input: &[u8]) -> anyhow::Result<String> {
        let mut out = Vec::new();
        stem_stream(a, true, std::io::BufReader::with_capacity(7, input), &mut out)?;
        let mut plain = Vec::new();
        stem_stream(a, false, std::io::BufReader::with_capacity(5, input), &mut plain)?;
        assert_eq!(out, plain);
        Ok(String::from_utf8(out)?)
    }

    #[test]
    fn lines_in_order_with_small_buffers() -> anyhow::Result<()> {
        let got = run_on(Algorithm::Isri, "الكتاب\n\nيكتبون\r\nعلى".as_bytes())?;
        assert_eq!(got, "كتب\n\nكتب\nعلى\n");
        Ok(())
    }

    #[test]
    fn errors_name_the_line() {
        let e = run_on(Algorithm::Light, b"a\nb\n\xc3\n").err().map(|e| e.to_string()).unwrap_or_default();
        assert!(e.contains("line 3"), "{e}");
        let long = vec![b'x'; MAX_LINE + 1];
        let e = run_on(Algorithm::Light, &long).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(e.contains("line 1") && e.contains("longer"), "{e}");
    }
}
