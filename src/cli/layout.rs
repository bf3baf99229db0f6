//! `khabar layout`: the Reader's line layout, headless, for checking against other
//! bidi implementations.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context as _;
use khabar::text::{BaseDirection, Fallback};

#[derive(Debug, clap::Args)]
pub struct LayoutArgs {
    /// Line width in pixels (points at scale 1).
    #[arg(long)]
    width: f32,
    /// Font size in points.
    #[arg(long, default_value_t = 16.0)]
    size: f32,
    /// Base direction: auto (first strong character, else LTR, as fribidi),
    /// auto-rtl (else RTL), majority (more RTL than LTR letters: RTL, as the
    /// Reader), ltr or rtl.
    #[arg(long, default_value = "auto")]
    base: String,
    /// The text, one paragraph per line.
    file: PathBuf,
}

pub fn run(a: &LayoutArgs) -> anyhow::Result<()> {
    let base = match a.base.as_str() {
        "auto" => BaseDirection::Auto { fallback: Fallback::Ltr },
        "auto-rtl" => BaseDirection::Auto { fallback: Fallback::Rtl },
        "ltr" => BaseDirection::Ltr,
        "rtl" => BaseDirection::Rtl,
        "majority" => BaseDirection::Majority,
        other => anyhow::bail!("unknown --base {other:?}; use auto, auto-rtl, majority, ltr or rtl"),
    };
    anyhow::ensure!(a.width > 0.0 && a.width.is_finite(), "--width must be a positive number");
    anyhow::ensure!(a.size > 0.0 && a.size <= 1000.0, "--size must be between 0 and 1000");
    let bytes = std::fs::read(&a.file).with_context(|| format!("cannot read {}", a.file.display()))?;
    let text = if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        String::new()
    } else {
        khabar::corpus::decode_text(&bytes).with_context(|| format!("{}", a.file.display()))?.text
    };
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    print_layout(&text, a.width, a.size, base, &mut out)?;
    out.flush()?;
    Ok(())
}

#[cfg(feature = "gui")]
fn print_layout(
    text: &str,
    width: f32,
    size: f32,
    base: BaseDirection,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    use khabar::app::widgets::rtl_layout::layout_lines;
    let ctx = egui::Context::default();
    khabar::app::fonts::install(&ctx);
    let font = egui::FontId::proportional(size);
    let mut result = Ok(());
    // Fonts exist only inside a pass.
    let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
        result = ui.ctx().fonts_mut(|fonts| -> std::io::Result<()> {
            // An empty file has no paragraph; a final newline ends the last one.
            let text = text.strip_suffix('\n').unwrap_or(text);
            let paragraphs = if text.is_empty() { None } else { Some(text.split('\n')) };
            for (n, paragraph) in paragraphs.into_iter().flatten().enumerate() {
                let paragraph = paragraph.strip_suffix('\r').unwrap_or(paragraph);
                let layout = layout_lines(fonts, paragraph, &font, base, width, false);
                for line in &layout.lines {
                    writeln!(
                        out,
                        "{n}\t{}..{}\t{}",
                        line.range.start,
                        line.range.end,
                        line.visual_text(paragraph)
                    )?;
                }
            }
            Ok(())
        });
    });
    // Nothing is rendered: the font atlas uploads are dropped on purpose.
    output.textures_delta.clear();
    Ok(result?)
}

#[cfg(not(feature = "gui"))]
fn print_layout(_: &str, _: f32, _: f32, _: BaseDirection, _: &mut impl Write) -> anyhow::Result<()> {
    anyhow::bail!("`layout` measures text with egui's fonts: build with the `gui` feature")
}
