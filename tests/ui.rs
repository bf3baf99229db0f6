//! Click through the app with egui_kittest on the built-in sample corpus (and, when
//! present, the seed article and part of ANT v2.1 from ../shared/data). Snapshots are
//! rendered headless with wgpu on Mesa lavapipe.
#![cfg(feature = "gui")]

mod common;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use khabar::app::{Command, KhabarApp, Settings, View};

fn harness_with(paths: Vec<std::path::PathBuf>) -> Harness<'static, KhabarApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 860.0))
        .build_eframe(move |cc| KhabarApp::new(&cc.egui_ctx, Settings::default(), paths));
    wait_for_load(&mut h);
    h
}

/// Steps frames until background work (loading, indexing, searches) has finished.
fn wait_for_load(h: &mut Harness<'static, KhabarApp>) {
    let busy = |a: &KhabarApp| a.busy();
    for _ in 0..6000 {
        h.step();
        if !busy(h.state()) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(!busy(h.state()), "background work did not finish");
    h.run_steps(3);
}

/// The text the app last put on the clipboard this frame.
fn last_copied(h: &Harness<'static, KhabarApp>) -> String {
    h.output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            egui::OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        })
        .next_back()
        .unwrap_or_default()
}

const IMF_TITLE: &str = "IMF: \"ضبط مالي فوري\" أولوية للبنان وحكومة ذات رؤية";

#[test]
fn library_shows_the_sample_corpus() {
    let h = harness_with(Vec::new());
    assert!(h.state().showing_samples);
    assert_eq!(h.state().library.document_count(), 16);
    h.get_by_label(IMF_TITLE);
    h.get_by_label("16 documents (built-in sample: ANT Corpus v2.1)");
    h.get_by_label("Title");
    h.get_by_label("Encoding");
}

#[test]
fn clicking_a_title_opens_it_in_the_reader() {
    let mut h = harness_with(Vec::new());
    h.get_by_label(IMF_TITLE).click();
    h.run_steps(3);
    assert_eq!(h.state().view, View::Reader);
    let doc = h.state().current_document().expect("a document is open");
    assert_eq!(doc.title, IMF_TITLE);
    // The first paragraph of the body is shown as its own text block.
    let first_line = doc.body.lines().find(|l| !l.trim().is_empty()).unwrap_or("").trim().to_owned();
    h.get_by_label(&first_line);
    h.get_by_label("Hide diacritics");
}

#[test]
fn arabic_filter_narrows_the_library() {
    let mut h = harness_with(Vec::new());
    let field = h.get_by_label("title, source, category…");
    field.click();
    h.run_steps(2);
    // Typed without hamza: matches «الاتحاد الأوروبي»-style titles by folding أ→ا.
    h.get_by_label("title, source, category…").type_text("اليونسكو");
    h.run_steps(3);
    assert_eq!(h.state().filter, "اليونسكو");
    assert_eq!(h.state().library.visible().len(), 1);
    h.get_by_label("اليونسكو تدرج وادي تهواكان-كويكاتلان المكسيكي على قائمة التراث العالمي");
    assert!(h.query_by_label(IMF_TITLE).is_none());

    // Hamza-insensitive: «ايران» finds «إيران» (twice) and «الإيراني».
    h.state_mut().push(Command::SetFilter("ايران".into()));
    h.run_steps(3);
    assert_eq!(h.state().library.visible().len(), 3);
}

#[test]
fn sorting_by_words_orders_rows() {
    let mut h = harness_with(Vec::new());
    h.get_by_label("Words").click();
    h.run_steps(3);
    let lib = &h.state().library;
    let words: Vec<usize> = lib.visible().iter().filter_map(|&i| lib.row(i)).map(|r| r.words).collect();
    assert!(words.windows(2).all(|w| w[0] <= w[1]), "{words:?}");
    h.get_by_label("Words ^");
}

#[test]
fn a_folder_loads_in_the_background_and_scrolls() {
    let Some(dir) = common::shared_data("ant-v2.1/BBC/technology") else { return };
    let mut h = harness_with(vec![dir]);
    let n = h.state().library.document_count();
    assert_eq!(n, 460, "BBC technology has 460 articles");
    assert!(!h.state().showing_samples);
    // Sort by title and scroll to the bottom of the virtualized table.
    h.state_mut().push(Command::SortBy(khabar::app::library::Column::Title));
    h.run_steps(2);
    let last = {
        let lib = &h.state().library;
        lib.row(*lib.visible().last().expect("rows")).map(|r| r.title.clone()).unwrap_or_default()
    };
    assert!(h.query_by_label(&last).is_none(), "the last row is not laid out before scrolling");
    for _ in 0..200 {
        if h.query_by_label(&last).is_some() {
            break;
        }
        h.get_all_by_role(egui::accesskit::Role::Label).last().expect("a label").scroll_down();
        h.run_steps(1);
    }
    h.get_by_label(&last);
}

#[test]
fn bad_files_become_rows_with_reasons() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("empty.txt"), b"").expect("write");
    std::fs::write(dir.path().join("binary.txt"), [0u8, 1, 2, 0, 255, 0, 7, 0]).expect("write");
    std::fs::write(dir.path().join("good.txt"), "قال الرئيس إن الاتفاق تاريخي.\n").expect("write");
    let mut h = harness_with(vec![dir.path().to_owned()]);
    assert_eq!(h.state().library.document_count(), 1);
    assert_eq!(h.state().library.failure_count(), 2);
    h.get_by_label("empty.txt");
    h.get_by_label("binary.txt");
    h.get_by_label_contains("the file is empty");
    h.run_steps(1);
}

#[test]
fn seed_article_reads_right_to_left() {
    let Some(seed) = common::shared_data("seed/000_d592b9f202c30752.txt") else { return };
    let mut h = harness_with(vec![seed]);
    assert_eq!(h.state().view, View::Reader, "a single article opens in the Reader");
    h.get_by_label("العمليات العسكرية");
    h.get_by_label("&");
    h.snapshot("reader_seed");
}

#[test]
fn library_snapshot() {
    let mut h = harness_with(Vec::new());
    h.snapshot("library_samples");
}

/// Presses and releases the primary button at `pos`.
fn click_at(h: &mut Harness<'static, KhabarApp>, pos: egui::Pos2) {
    h.hover_at(pos);
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
    h.run_steps(2);
}

#[test]
fn clicking_in_the_arabic_field_places_the_caret_where_clicked() {
    let mut h = harness_with(Vec::new());
    let hint = "title, source, category…";
    h.get_by_label(hint).click();
    h.run_steps(2);
    h.get_by_label(hint).type_text("كتاب");
    h.run_steps(2);
    assert_eq!(h.state().filter, "كتاب");
    let rect = h.get_by_label(hint).rect();
    // An RTL text starts at the right: a click just inside the right edge puts the
    // caret before the first letter.
    click_at(&mut h, egui::pos2(rect.right() - 8.0, rect.center().y));
    h.get_by_label(hint).type_text("و");
    h.run_steps(2);
    assert_eq!(h.state().filter, "وكتاب");
    // A click in the empty left part of the box puts it after the last letter.
    click_at(&mut h, egui::pos2(rect.left() + 8.0, rect.center().y));
    h.get_by_label(hint).type_text("ة");
    h.run_steps(2);
    assert_eq!(h.state().filter, "وكتابة");
    // ← moves forward through Arabic, so Home then ← ← puts the caret after two letters.
    h.key_press(egui::Key::Home);
    h.key_press(egui::Key::ArrowLeft);
    h.key_press(egui::Key::ArrowLeft);
    h.run_steps(1);
    h.get_by_label(hint).type_text("ـ");
    h.run_steps(2);
    assert_eq!(h.state().filter, "وكـتابة");
}

#[test]
fn dragging_over_arabic_selects_and_copies_in_logical_order() {
    let mut h = harness_with(Vec::new());
    h.get_by_label(IMF_TITLE).click();
    h.run_steps(3);
    let doc = h.state().current_document().expect("a document is open");
    let para = doc.body.lines().find(|l| !l.trim().is_empty()).unwrap_or("").trim().to_owned();
    let rect = h.get_by_label(&para).rect();
    // Drag from the right end of the first line (where an RTL paragraph starts) to
    // the middle of it: the selection is the paragraph's first words, logically.
    let y = rect.top() + 8.0;
    let (from, to) = (egui::pos2(rect.right() - 2.0, y), egui::pos2(rect.center().x, y));
    h.hover_at(from);
    h.event(egui::Event::PointerButton {
        pos: from,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    });
    h.run_steps(1);
    for i in 1..=10 {
        h.hover_at(from + (to - from) * (i as f32 / 10.0));
        h.run_steps(1);
    }
    h.event(egui::Event::PointerButton {
        pos: to,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    });
    h.run_steps(1);
    h.hover_at(to);
    h.event(egui::Event::Copy);
    h.run_steps(1);
    let copied = last_copied(&h);
    assert!(copied.split_whitespace().count() >= 2, "copied {copied:?}");
    assert!(para.starts_with(&copied), "copied {copied:?} is not the start of {para:?}");
}

#[test]
fn concordance_finds_arabic_sorts_and_opens_the_reader_at_the_hit() {
    let mut h = harness_with(Vec::new());
    h.get_by_label("Concordance").click();
    h.run_steps(2);
    let hint = "كلمة أو عبارة";
    h.get_by_label(hint).click();
    h.run_steps(1);
    h.get_by_label(hint).type_text("قال");
    h.key_press(egui::Key::Enter);
    wait_for_load(&mut h);
    let result = h.state().concordance.result.clone().expect("a result");
    // Independent count: «قال» as a whole word (normalized level folds diacritics).
    let expected: usize = khabar::corpus::samples::sample_documents()
        .iter()
        .map(|d| {
            d.body
                .split(|c: char| !c.is_alphanumeric() && !('\u{064B}'..='\u{0652}').contains(&c))
                .filter(|w| {
                    w.chars().filter(|c| !('\u{064B}'..='\u{0652}').contains(c)).collect::<String>() == "قال"
                })
                .count()
        })
        .sum();
    assert!(expected > 0);
    assert_eq!(result.hits.len(), expected);
    h.get_by_label(&format!("{expected} hits in {} documents", result.per_document.len()));
    // Right to left: Before stands right of Hit, After left of it.
    let (after, hit, before) =
        (h.get_by_label("After").rect(), h.get_by_label("Hit").rect(), h.get_by_label("Before").rect());
    assert!(after.center().x < hit.center().x && hit.center().x < before.center().x);

    h.snapshot("concordance_qal");

    // Sort by the word before the hit.
    h.state_mut().concordance.sort = khabar::analysis::concordance::SortKey::Before(1);
    h.state_mut().push(Command::RunConcordance);
    wait_for_load(&mut h);
    let index = h.state().index.clone().expect("index");
    let hits = h.state().concordance.result.clone().expect("result").hits.clone();
    // The nearest word before each hit, normalized, never decreases.
    let before_words: Vec<Option<String>> = hits
        .iter()
        .map(|hit| {
            let doc_start = index.doc_tokens(index.doc_of(hit.start)).start;
            (doc_start..hit.start)
                .rev()
                .map(|p| index.token(p))
                .find(|&t| khabar::analysis::index::is_countable(index.kind(t)))
                .map(|t| {
                    index
                        .vocab(khabar::analysis::index::Level::Normalized)
                        .get(index.level_id(t, khabar::analysis::index::Level::Normalized))
                        .to_owned()
                })
        })
        .collect();
    assert_eq!(before_words.len(), expected);
    assert!(before_words.windows(2).all(|w| w[0] <= w[1]), "{before_words:?}");

    // Click the first line: the Reader opens that article with the hit highlighted.
    let l = khabar::analysis::concordance::line(&index, hits[0], h.state().concordance.context);
    let (_, matched, after_text) = l.texts(&index.documents()[l.doc].body);
    assert_eq!(
        khabar::text::normalize::normalize(matched, &khabar::text::normalize::Normalization::search()),
        "قال"
    );
    h.get_all_by_label(after_text.trim()).next().expect("the first line is shown").click();
    h.run_steps(3);
    assert_eq!(h.state().view, View::Reader);
    assert_eq!(h.state().reader.highlight, Some(l.matched.clone()));
    let doc = h.state().current_document().expect("open");
    assert!(std::sync::Arc::ptr_eq(&doc, &index.documents()[l.doc]));
}

#[test]
fn ngrams_collocations_keywords_and_dispersion_views() {
    let mut h = harness_with(Vec::new());
    // N-grams: bigrams at the surface level, checked against a plain count.
    h.get_by_label("N-grams").click();
    h.run_steps(2);
    h.state_mut().ngrams.options.n = 2;
    h.state_mut().ngrams.options.level = khabar::analysis::index::Level::Surface;
    h.state_mut().ngrams.options.min_freq = 2;
    h.get_by_label("Count").click();
    wait_for_load(&mut h);
    let rows =
        h.state().ngrams.rows.clone().unwrap_or_else(|| panic!("n-grams: {:?}", h.state().ngrams.error));
    assert!(!rows.is_empty());
    let top = rows[0].clone();
    h.get_by_label(&top.ngram);
    // The top bigram's frequency, counted plainly over whitespace-separated words.
    let pair: Vec<&str> = top.ngram.split(' ').collect();
    let plain: u64 = khabar::corpus::samples::sample_documents()
        .iter()
        .map(|d| {
            let words: Vec<&str> =
                d.body.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).collect();
            words.windows(2).filter(|w| w[0] == pair[0] && w[1] == pair[1]).count() as u64
        })
        .sum();
    assert_eq!(top.freq, plain, "{}", top.ngram);
    h.snapshot("ngrams_samples");

    // Collocations of قال; clicking a collocate shows the pair's concordance.
    h.get_by_label("Collocations").click();
    h.run_steps(2);
    h.state_mut().collocations.node = "قال".into();
    h.state_mut().collocations.options.min_freq = 1;
    h.get_by_label("Find collocates").click();
    wait_for_load(&mut h);
    let result = h.state().collocations.result.clone().expect("collocations");
    assert_eq!(result.node_freq, 7, "قال occurs 7 times in the samples (normalized)");
    let first = result
        .rows
        .iter()
        .max_by(|a, b| a.log_likelihood.total_cmp(&b.log_likelihood))
        .expect("a collocate")
        .clone();
    h.get_all_by_label(&first.collocate).next().expect("shown").click();
    wait_for_load(&mut h);
    assert_eq!(h.state().view, View::Concordance);
    // Each hit of the pair's concordance has the collocate in its window, and there are
    // at most as many as co-occurrences.
    let near_hits = h.state().concordance.result.clone().expect("pair concordance").hits.len() as u64;
    assert!(near_hits >= 1 && near_hits <= first.freq, "{near_hits} vs {}", first.freq);

    // Dispersion of the concordance's hits.
    h.get_by_label("Dispersion").click();
    h.run_steps(3);
    h.get_by_label_contains("Gries' DP");

    // Keywords of BBC against the rest.
    h.get_by_label("Keywords").click();
    h.run_steps(2);
    h.state_mut().keywords.target = khabar::app::corpus_state::KeywordTarget::Source("BBC".into());
    h.get_by_label("Find keywords").click();
    wait_for_load(&mut h);
    let kw = h.state().keywords.result.clone().expect("keywords");
    assert_eq!(kw.target_docs, 4, "four BBC articles in the samples");
    assert_eq!(kw.reference_docs, 12);
}

#[test]
fn keywords_of_documents_selected_in_the_library() {
    let mut h = harness_with(Vec::new());
    h.get_by_label(IMF_TITLE).click_modifiers(egui::Modifiers::COMMAND);
    h.run_steps(2);
    h.get_by_label("التضخم في السودان يرتفع مع استمرار تراجع الجنيه")
        .click_modifiers(egui::Modifiers::COMMAND);
    h.run_steps(2);
    assert_eq!(h.state().selection.len(), 2);
    assert_eq!(h.state().view, View::Library, "Ctrl+click selects instead of opening");
    h.get_by_label("Keywords").click();
    h.run_steps(2);
    h.get_by_label("selected documents (2)").click();
    h.run_steps(1);
    h.get_by_label("Find keywords").click();
    wait_for_load(&mut h);
    let kw = h.state().keywords.result.clone().unwrap_or_else(|| panic!("{:?}", h.state().keywords.error));
    assert_eq!(kw.target_docs, 2);
    assert_eq!(kw.reference_docs, 14);
    assert!(!kw.rows.is_empty());
}

#[test]
fn insight_shows_who_said_what_in_the_seed_article() {
    let Some(seed) = common::shared_data("seed/000_d592b9f202c30752.txt") else { return };
    let mut h = harness_with(vec![seed]);
    h.get_by_label("Insight").click();
    wait_for_load(&mut h);
    let insight = h.state().insight.result.clone().expect("insight computed");
    let people: Vec<String> = insight
        .entities
        .entities
        .iter()
        .filter(|e| e.kind == khabar::analysis::ner::EntityType::Person)
        .map(|e| e.canonical.clone())
        .collect();
    assert!(people.iter().any(|p| p.contains("بوتين")), "{people:?}");
    assert!(people.iter().any(|p| p.contains("هولاند")), "{people:?}");
    assert!(!insight.quotes.is_empty());
    h.get_by_label("Who said what");
    h.snapshot("insight_seed");
    // Click the first quote: the Reader shows it highlighted.
    let q = insight.quotes[0].clone();
    let doc = h.state().current_document().expect("open");
    let text = doc.body[q.text.clone()].to_owned();
    h.get_all_by_label(&text).next().expect("quote shown").click();
    h.run_steps(3);
    assert_eq!(h.state().view, View::Reader);
    assert_eq!(h.state().reader.highlight, Some(q.text.clone()));
    // Click Putin in the entity list: his mentions are marked in the Reader.
    h.get_by_label("Insight").click();
    h.run_steps(2);
    let putin = insight.entities.entities.iter().position(|e| e.canonical.contains("بوتين")).expect("putin");
    h.state_mut().push(Command::ShowEntity(putin));
    h.run_steps(3);
    assert_eq!(h.state().view, View::Reader);
    assert_eq!(h.state().insight.selected_entity, Some(putin));
    assert!(h.state().insight.highlight_in_reader);
}

#[test]
fn who_said_what_across_the_corpus_lists_speakers_and_opens_a_quote() {
    let mut h = harness_with(Vec::new());
    h.get_by_label("Insight").click();
    h.run_steps(2);
    h.get_by_label("Who said what across the corpus").click();
    h.run_steps(2);
    h.get_by_label("Find the entities and quotes of all 16 documents").click();
    wait_for_load(&mut h);
    let found = h.state().insight.corpus.clone().expect("corpus insight computed");
    let quotes = &found.quotes;
    assert!(!found.entities.is_empty());
    assert!(!quotes.speakers.is_empty());
    // Every quote with a speaker is counted once, under that speaker.
    let with_speaker = quotes.quotes.iter().filter(|q| q.speaker.is_some()).count();
    assert_eq!(quotes.speakers.iter().map(|s| s.quotes).sum::<usize>(), with_speaker);
    // The entities page: click the most mentioned entity → the documents naming it,
    // one click away from the Reader.
    h.get_by_label("Entities across the corpus").click();
    h.run_steps(2);
    let entity = found.entities[0].clone();
    h.get_all_by_label(&entity.canonical).next().expect("entity row").click();
    h.run_steps(2);
    assert_eq!(h.state().insight.corpus_selected, Some(0));
    h.get_by_label(&format!("Documents mentioning «{}»", entity.canonical));
    let (doc, _) = entity.per_doc[0];
    let title = found.index.documents()[doc].display_title().to_owned();
    h.get_all_by_label(&title).next().expect("document listed").click();
    h.run_steps(3);
    assert_eq!(h.state().view, View::Reader);
    assert_eq!(
        h.state().current_document().map(|d| d.path.clone()),
        Some(found.index.documents()[doc].path.clone())
    );
    h.get_by_label("Insight").click();
    h.run_steps(2);
    h.get_by_label("Who said what across the corpus").click();
    h.run_steps(2);
    // Iran's foreign minister is the most quoted speaker of the samples.
    let top = quotes.speakers[0].clone();
    assert_eq!(top.name, "محمد جواد ظريف");
    // Two people side by side («وحذر صالحي ترامب») are no one speaker.
    assert!(quotes.speakers.iter().all(|s| s.name != "صالحي ترامب"), "{:?}", quotes.speakers);
    h.get_by_label(&format!(
        "{} by {}; {} with no speaker found",
        khabar::app::plural::count(quotes.quotes.len(), "quote", "quotes"),
        khabar::app::plural::count(quotes.speakers.len(), "speaker", "speakers"),
        quotes.quotes.len() - with_speaker
    ));
    // Filter the speakers (as if typed): the others and their quotes are gone.
    let other = quotes.speakers[1].name.clone();
    assert!(!other.contains("ظريف"));
    // (The name may show twice: in the speakers and in the quotes listed.)
    h.get_all_by_label(&other).next().expect("the second speaker listed");
    h.state_mut().insight.speaker_filter = "ظريف".into();
    h.run_steps(2);
    assert!(h.query_all_by_label(&other).next().is_none());
    h.get_by_label("Quotes of the speakers listed (click one to see only theirs)");
    // People only: a body that speaks is gone from the list. (Filtered by its name, so
    // that it is on screen whatever its rank: the list shows only the rows in view.)
    let body = quotes.speakers.iter().find(|s| !s.person).expect("a speaker that is no person").name.clone();
    h.state_mut().insight.speaker_filter = body.clone();
    h.run_steps(2);
    h.get_all_by_label(&body).next().expect("listed");
    h.get_by_label("People only").click();
    h.run_steps(2);
    assert!(h.state().insight.people_only);
    assert!(h.query_by_label(&body).is_none(), "{body}");
    h.get_by_label("People only").click();
    h.state_mut().insight.speaker_filter = "ظريف".into();
    h.run_steps(2);
    // Click the top speaker: only their quotes are listed.
    h.get_all_by_label(&top.name).next().expect("speaker row").click();
    h.run_steps(2);
    assert_eq!(h.state().insight.speaker_selected, Some(0));
    h.get_by_label(&khabar::app::plural::count(top.quotes, "quote", "quotes"));
    // Words in the quote narrow the speaker's quotes: who said what about something.
    let first = quotes.quotes_of(0).next().expect("a quote of the top speaker");
    let doc = &found.index.documents()[quotes.quotes[first].doc];
    let word = doc.body[quotes.quotes[first].text.clone()]
        .split_whitespace()
        .max_by_key(|w| w.chars().count())
        .expect("a word")
        .to_owned();
    let expected = quotes.select(|s| s == Some(0), &word).len();
    assert!(expected >= 1, "{word}");
    h.state_mut().insight.quote_filter = word.clone();
    h.run_steps(2);
    h.get_by_label(&khabar::app::plural::count(expected, "quote", "quotes"));
    h.state_mut().insight.quote_filter = "كلمةلاتوجد".into();
    h.run_steps(2);
    h.get_by_label("0 quotes");
    h.state_mut().insight.quote_filter.clear();
    h.run_steps(2);
    // Click the speaker's first quote: the Reader opens its article at the quote.
    let first = quotes.quotes_of(0).next().expect("a quote of the top speaker");
    let q = quotes.quotes[first].clone();
    let doc = found.index.documents()[q.doc].clone();
    let text = doc.body[q.text.clone()].to_owned();
    h.get_all_by_label(&text).next().expect("quote shown").click();
    h.run_steps(3);
    assert_eq!(h.state().view, View::Reader);
    assert_eq!(h.state().current_document().map(|d| d.path.clone()), Some(doc.path.clone()));
    assert_eq!(h.state().reader.highlight, Some(q.text.clone()));
}

#[test]
fn a_word_of_an_entity_leads_to_its_concordance_across_the_corpus() {
    let Some(seed) = common::shared_data("seed/000_d592b9f202c30752.txt") else { return };
    let mut h = harness_with(vec![seed]);
    wait_for_load(&mut h);
    let doc = h.state().current_document().expect("open");
    // As if the reader clicked «بوتين» in «قال بوتين خلال مؤتمر صحفي».
    let at = doc.body.find("قال بوتين خلال").expect("in the seed") + "قال ".len();
    h.state_mut().reader.clicked = Some((at..at + "بوتين".len(), "بوتين".to_owned()));
    h.run_steps(2);
    h.get_by_label("PERSON: فلاديمير بوتين");
    h.get_by_label("Across the corpus").click();
    wait_for_load(&mut h);
    assert_eq!(h.state().view, View::Concordance);
    assert_eq!(h.state().concordance.query, "فلاديمير بوتين");
    let hits = h.state().concordance.result.clone().expect("result").hits.len();
    assert_eq!(hits, doc.body.matches("فلاديمير بوتين").count());
}

#[test]
fn frequency_list_counts_and_opens_the_concordance_of_an_item() {
    let mut h = harness_with(Vec::new());
    h.get_by_label("Frequency").click();
    wait_for_load(&mut h);
    h.state_mut().frequency.level = khabar::analysis::index::Level::Surface;
    h.state_mut().frequency.arabic_only = true;
    h.state_mut().push(Command::RunFrequency);
    wait_for_load(&mut h);
    let list = h.state().frequency.list.clone().expect("a list");
    // «الولايات» counted plainly over whitespace-separated words.
    let row = list.rows.iter().find(|r| r.item == "الولايات").expect("in the samples").clone();
    let plain: u64 = khabar::corpus::samples::sample_documents()
        .iter()
        .map(|d| {
            d.body
                .split_whitespace()
                .filter(|w| w.trim_matches(|c: char| !c.is_alphanumeric()) == "الولايات")
                .count() as u64
        })
        .sum();
    assert_eq!(row.freq, plain);
    h.snapshot("frequency_samples");
    h.get_by_label(&list.rows[0].item).click();
    wait_for_load(&mut h);
    assert_eq!(h.state().view, View::Concordance);
    assert_eq!(h.state().concordance.query, list.rows[0].item);
    let hits = h.state().concordance.result.clone().expect("result").hits.len() as u64;
    assert_eq!(hits, list.rows[0].freq);
}

#[test]
fn ctrl_click_selects_concordance_lines_and_copy_takes_only_those() {
    let mut h = harness_with(Vec::new());
    h.state_mut().concordance.query = "قال".into();
    h.state_mut().push(Command::ShowView(View::Concordance));
    h.state_mut().push(Command::RunConcordance);
    wait_for_load(&mut h);
    let index = h.state().index.clone().expect("index");
    let hits = h.state().concordance.result.clone().expect("result").hits.clone();
    for hit in &hits[..2] {
        let l = khabar::analysis::concordance::line(&index, *hit, h.state().concordance.context);
        let after = l.texts(&index.documents()[l.doc].body).2.trim().to_owned();
        h.get_all_by_label(&after).next().expect("line shown").click_modifiers(egui::Modifiers::COMMAND);
        h.run_steps(2);
    }
    assert_eq!(h.state().concordance.selected.len(), 2);
    assert_eq!(h.state().view, View::Concordance, "Ctrl+click selects instead of opening");
    h.get_by_label("Copy 2 selected").click();
    h.run_steps(1);
    let text = last_copied(&h);
    assert_eq!(text.lines().count(), 3, "a header and two lines: {text}");
    assert!(text.starts_with("Document\tBefore\tHit\tAfter"));
}

#[test]
fn a_saved_project_reopens_the_same_corpus() {
    let dir = tempfile::tempdir().expect("temp dir");
    let a = dir.path().join("a");
    std::fs::create_dir(&a).expect("dir");
    std::fs::write(a.join("1.txt"), "قال الرئيس إن الاتفاق تاريخي.\n").expect("write");
    std::fs::write(a.join("2.txt"), "أكد الوزير أن المفاوضات مستمرة.\n").expect("write");
    let b = dir.path().join("b.txt");
    std::fs::write(&b, "وأضاف المتحدث أن الوفد سيعود غدا.\n").expect("write");
    let mut h = harness_with(vec![a.clone()]);
    h.state_mut().push(Command::Open(vec![b.clone()]));
    wait_for_load(&mut h);
    assert_eq!(h.state().library.document_count(), 3);
    assert_eq!(h.state().opened.len(), 2, "two opens recorded");
    let file = dir.path().join("corpus.khabar.json");
    khabar::corpus::project::Project::new(h.state().opened.clone()).save(&file).expect("save");

    h.state_mut().push(Command::CloseAll);
    h.run_steps(2);
    assert_eq!(h.state().library.document_count(), 0);
    // Opening the project file like any file (as from the command line or a drop).
    h.state_mut().push(Command::Open(vec![file.clone()]));
    wait_for_load(&mut h);
    assert_eq!(h.state().library.document_count(), 3);
    assert_eq!(h.state().opened.len(), 2);

    // A broken project file says so and loses nothing.
    let bad = dir.path().join("bad.khabar.json");
    std::fs::write(&bad, "{ not json").expect("write");
    h.state_mut().push(Command::Open(vec![bad]));
    wait_for_load(&mut h);
    assert_eq!(h.state().library.document_count(), 3);
    assert!(
        h.state().message.as_deref().is_some_and(|m| m.contains("not a Khabar project")),
        "{:?}",
        h.state().message
    );
}
