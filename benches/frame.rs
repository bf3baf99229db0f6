//! One UI frame of the app (layout + tessellation, as eframe does before handing
//! meshes to the GPU) while the user scrolls a concordance of more than 100,000 lines
//! (في in ANT v2.1), and while the Reader shows the longest article. Skipped with a
//! message when ../shared/data/ant-v2.1 is absent.

use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use egui::{Event, MouseWheelSource, MouseWheelUnit, RawInput, Rect, TouchPhase, pos2, vec2};
use khabar::app::{Command, KhabarApp, Settings, View};

fn input(events: Vec<Event>) -> RawInput {
    RawInput {
        screen_rect: Some(Rect::from_min_size(pos2(0.0, 0.0), vec2(1280.0, 860.0))),
        events,
        ..Default::default()
    }
}

/// Runs one frame and tessellates it; returns the number of primitives.
fn frame(ctx: &egui::Context, app: &mut KhabarApp, events: Vec<Event>) -> usize {
    let mut out = ctx.run_ui(input(events), |ui| app.frame_ui(ui));
    let shapes = std::mem::take(&mut out.shapes);
    out.textures_delta.clear();
    ctx.tessellate(shapes, out.pixels_per_point).len()
}

fn idle(app: &KhabarApp) -> bool {
    !app.busy()
}

fn frames(c: &mut Criterion) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/ant-v2.1");
    if !dir.exists() {
        eprintln!("../shared/data/ant-v2.1 is absent: nothing to measure");
        return;
    }
    let ctx = egui::Context::default();
    let mut app = KhabarApp::new(&ctx, Settings::default(), vec![dir]);
    frame(&ctx, &mut app, Vec::new());
    while !idle(&app) {
        std::thread::sleep(std::time::Duration::from_millis(20));
        frame(&ctx, &mut app, Vec::new());
    }
    app.concordance.query = "في".into();
    app.push(Command::RunConcordance);
    app.push(Command::ShowView(View::Concordance));
    frame(&ctx, &mut app, Vec::new());
    while !idle(&app) {
        std::thread::sleep(std::time::Duration::from_millis(20));
        frame(&ctx, &mut app, Vec::new());
    }
    let hits = app.concordance.result.as_ref().map_or(0, |r| r.hits.len());
    eprintln!("concordance of في: {hits} lines");
    assert!(hits > 100_000);

    let mut g = c.benchmark_group("ui frame");
    let wheel = |dy: f32| Event::MouseWheel {
        unit: MouseWheelUnit::Point,
        delta: vec2(0.0, dy),
        phase: TouchPhase::Move,
        source: MouseWheelSource::Unknown,
        modifiers: egui::Modifiers::NONE,
    };
    let hover = Event::PointerMoved(pos2(640.0, 500.0));
    g.bench_function("concordance of 100k+ lines, scrolling", |b| {
        let mut step = 0u32;
        b.iter(|| {
            step += 1;
            // Scroll down a page-ish per frame, and jump back now and then.
            let dy = if step.is_multiple_of(200) { 1.0e6 } else { -300.0 };
            frame(&ctx, &mut app, vec![hover.clone(), wheel(dy)])
        })
    });
    // The Reader on the longest article.
    let longest =
        (0..app.library.rows().len()).max_by_key(|&i| app.library.row(i).map_or(0, |r| r.words)).unwrap_or(0);
    app.push(Command::OpenRow(longest));
    frame(&ctx, &mut app, Vec::new());
    g.bench_function("reader, longest article, scrolling", |b| {
        let mut step = 0u32;
        b.iter(|| {
            step += 1;
            let dy = if step.is_multiple_of(50) { 1.0e5 } else { -200.0 };
            frame(&ctx, &mut app, vec![hover.clone(), wheel(dy)])
        })
    });
    g.finish();
}

criterion_group!(benches, frames);
criterion_main!(benches);
