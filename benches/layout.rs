//! Reader layout of the longest ANT v2.1 article (BBC, 38 KB): bidi + line breaking +
//! shaping with egui's fonts, uncached (first frame) and cached (every later frame).

use criterion::{Criterion, criterion_group, criterion_main};

#[cfg(feature = "gui")]
fn layout(c: &mut Criterion) {
    use khabar::app::widgets::{Laid, LayoutParams};
    use khabar::text::BaseDirection;

    let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data/ant-v2.1/BBC/internationalNews/BB-internationalNews-366-20180420.txt");
    let Ok(raw) = std::fs::read_to_string(&path) else {
        eprintln!("{} is absent: nothing to measure", path.display());
        return;
    };
    let body =
        raw.split("<TEXT>").nth(1).and_then(|t| t.split("</TEXT>").next()).unwrap_or("").trim().to_owned();
    let ctx = egui::Context::default();
    khabar::app::fonts::install(&ctx);
    let params = LayoutParams {
        font: egui::FontId::proportional(20.0),
        color: egui::Color32::WHITE,
        base: BaseDirection::AUTO_RTL,
        max_width: 900.0,
        hide_marks: false,
    };
    let mut g = c.benchmark_group("reader layout, longest ANT article");
    g.bench_function("uncached", |b| {
        b.iter(|| {
            let mut n = 0;
            let mut out = ctx.run_ui(egui::RawInput::default(), |ui| {
                n = ui.ctx().fonts_mut(|f| Laid::new(f, &body, &[], &params)).lines.len();
            });
            out.textures_delta.clear();
            n
        })
    });
    g.bench_function("cached (one frame)", |b| {
        b.iter(|| {
            let mut n = 0;
            let mut out = ctx.run_ui(egui::RawInput::default(), |ui| {
                n = Laid::cached(ui.ctx(), &body, &[], &params).lines.len();
            });
            out.textures_delta.clear();
            n
        })
    });
    g.finish();
}

#[cfg(not(feature = "gui"))]
fn layout(_: &mut Criterion) {
    eprintln!("the layout benchmark needs the `gui` feature (egui's fonts)");
}

criterion_group!(benches, layout);
criterion_main!(benches);
