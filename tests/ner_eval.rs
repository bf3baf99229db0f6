//! Scores the EMBEDDED NER model on the ANERcorp test split (lines 125,276–end) with
//! exact-span CoNLL scoring. The floors are the scores the shipped model reaches (see the
//! README), so a regression fails. Skipped if ../shared/data is absent.

use std::path::Path;

use khabar::analysis::ner::eval::{anercorp_split, evaluate, read_conll};
use khabar::analysis::ner::{EntityType, NerModel};

#[test]
fn embedded_model_on_anercorp_test_split() {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/ner/ANERCorp.txt");
    let Ok(text) = std::fs::read_to_string(&p) else {
        eprintln!("skipping: {} is absent", p.display());
        return;
    };
    let (_, test) = anercorp_split(&text);
    let sentences = read_conll(&test);
    let tokens: usize = sentences.iter().map(|s| s.0.len()).sum();
    assert_eq!(tokens, 25_007, "the test split as read");
    let s = evaluate(NerModel::embedded(), &sentences);
    eprintln!("{s}");
    assert!(s.overall.f1() >= 76.2, "overall F1 {:.2} fell below the floor", s.overall.f1());
    assert!(s.of(EntityType::Person).f1() >= 77.8);
    assert!(s.of(EntityType::Location).f1() >= 87.1);
    assert!(s.of(EntityType::Organization).f1() >= 64.0);
}
