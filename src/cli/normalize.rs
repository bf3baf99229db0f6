//! `khabar normalize [switches] < text`: prints the normalized text.
//!
//! Starts from the safe default (strip tashkeel, strip tatweel, presentation forms → base
//! letters), or from `--search` / `--none`; each flag then turns one switch on or off.
//! Input is streamed (see [`super::tokenize`] for bounds and invalid UTF-8).

use std::io::{BufWriter, Read, Write};

use khabar::text::normalize::{Digits, Normalization, normalize_append};

use super::tokenize::{CHUNK, Cut, for_each_chunk};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum DigitsArg {
    Keep,
    Western,
    Arabic,
}

#[derive(Debug, clap::Args)]
pub struct NormalizeArgs {
    /// Start from the search preset (safe set + alef unification, ى→ي, ة→ه).
    #[arg(long, conflicts_with = "none")]
    search: bool,
    /// Start from no switch at all (the text is unchanged unless a flag turns one on).
    #[arg(long)]
    none: bool,
    /// Keep tashkeel (harakat, tanween, shadda, sukun, dagger alef).
    #[arg(long, conflicts_with = "strip_tashkeel")]
    keep_tashkeel: bool,
    /// Strip tashkeel.
    #[arg(long)]
    strip_tashkeel: bool,
    /// Write the dagger alef U+0670 as ا.
    #[arg(long)]
    dagger_alef: bool,
    /// Keep tatweel U+0640.
    #[arg(long, conflicts_with = "strip_tatweel")]
    keep_tatweel: bool,
    /// Strip tatweel.
    #[arg(long)]
    strip_tatweel: bool,
    /// Keep presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) as they are.
    #[arg(long, conflicts_with = "presentation_forms")]
    keep_presentation_forms: bool,
    /// Presentation forms → base letters.
    #[arg(long)]
    presentation_forms: bool,
    /// أ إ آ ٱ → ا.
    #[arg(long)]
    alef: bool,
    /// ى → ي.
    #[arg(long)]
    ya: bool,
    /// ة → ه.
    #[arg(long)]
    ta_marbuta: bool,
    /// ؤ ئ → ء.
    #[arg(long)]
    hamza: bool,
    /// Digits: keep, western (٠–٩ ۰–۹ → 0–9) or arabic (0–9 ۰–۹ → ٠–٩).
    #[arg(long, value_enum)]
    digits: Option<DigitsArg>,
}

impl NormalizeArgs {
    /// The switches these flags select.
    fn normalization(&self) -> Normalization {
        let mut n = if self.none {
            Normalization::none()
        } else if self.search {
            Normalization::search()
        } else {
            Normalization::default()
        };
        let set = |on: bool, off: bool, field: &mut bool| {
            if on {
                *field = true;
            }
            if off {
                *field = false;
            }
        };
        set(self.strip_tashkeel, self.keep_tashkeel, &mut n.strip_tashkeel);
        set(self.strip_tatweel, self.keep_tatweel, &mut n.strip_tatweel);
        set(self.presentation_forms, self.keep_presentation_forms, &mut n.presentation_forms);
        set(self.dagger_alef, false, &mut n.dagger_alef_to_alef);
        set(self.alef, false, &mut n.unify_alef);
        set(self.ya, false, &mut n.alef_maqsura_to_ya);
        set(self.ta_marbuta, false, &mut n.ta_marbuta_to_ha);
        set(self.hamza, false, &mut n.hamza_seats);
        if let Some(d) = self.digits {
            n.digits = match d {
                DigitsArg::Keep => Digits::Keep,
                DigitsArg::Western => Digits::Western,
                DigitsArg::Arabic => Digits::ArabicIndic,
            };
        }
        n
    }
}

pub fn run(a: &NormalizeArgs) -> anyhow::Result<()> {
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    normalize_stream(std::io::stdin().lock(), &mut out, &a.normalization(), CHUNK)?;
    out.flush()?;
    Ok(())
}

/// Normalizes `input` into `out`, block by block.
pub fn normalize_stream(
    input: impl Read,
    out: &mut impl Write,
    n: &Normalization,
    chunk: usize,
) -> anyhow::Result<()> {
    let mut buf = String::new();
    for_each_chunk(input, Cut::Whitespace, chunk, |text, _| {
        buf.clear();
        normalize_append(text, n, &mut buf);
        out.write_all(buf.as_bytes())?;
        Ok(())
    })
}
