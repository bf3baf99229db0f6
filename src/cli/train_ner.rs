//! `khabar train-ner`: trains the NER model on the ANERcorp train split (with the
//! ANERGazet gazetteers as features), scores it on the test split and writes it.
//!
//! The same corpus, gazetteers, epochs, seed and bits give the same bytes.

use std::path::PathBuf;
use std::time::Instant;

use khabar::analysis::ner::eval::{Scores, Sentence, anercorp_split, evaluate, read_conll, score};
use khabar::analysis::ner::{Distrib, Gazetteer, NerModel, TrainConfig};
use khabar::corpus::{LoadOptions, collect_files, load_paths};

#[derive(Debug, clap::Args)]
pub struct TrainNerArgs {
    /// ANERcorp (`token TAG` per line; lines 1–125,275 train, the rest test).
    #[arg(long, default_value = "../shared/data/ner/ANERCorp.txt")]
    corpus: PathBuf,
    /// Folder with the ANERGazet files (AlignedPersGazetteer.txt, AlignedLocGazetteer.txt,
    /// AlignedOrgGazetteer.txt); `none` to train without them. The curated organization
    /// list of `khabar::analysis::ner::lexicon` is always added.
    #[arg(long, default_value = "../shared/data/ner/ANERGazet")]
    gazetteers: PathBuf,
    /// Unlabelled news (files or folders; ANT v2.1) for the distributional word
    /// signatures; `none` to train without them.
    #[arg(long, default_value = "../shared/data/ant-v2.1")]
    ant: PathBuf,
    /// Corpus tag priors: tag the `--ant` news with first-stage models trained on this
    /// many folds of the train split (stacking) and use the result as features; 0 = none.
    #[arg(long, default_value_t = DEFAULT_PRIOR_FOLDS)]
    prior_folds: usize,
    /// Passes over the training data.
    #[arg(long, default_value_t = DEFAULT_EPOCHS)]
    epochs: usize,
    /// Seed of the per-epoch shuffles.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// The weight table has 2^BITS buckets.
    #[arg(long, default_value_t = DEFAULT_BITS)]
    bits: u32,
    /// Development run: train on the first 90% of the train split and score on its last
    /// 10% (the test split is not touched); use it to choose options.
    #[arg(long)]
    dev: bool,
    /// Cross-validation on the train split: K contiguous folds, each tagged by a model
    /// trained on the others; prints the pooled scores (steadier than `--dev` for
    /// choosing options; K times slower). Writes nothing.
    #[arg(long, value_name = "K", conflicts_with_all = ["dev", "out"])]
    cv: Option<usize>,
    /// Where to write the model (e.g. assets/ner/model.bin).
    #[arg(long, required_unless_present_any = ["dev", "cv"])]
    out: Option<PathBuf>,
}

/// Chosen on the dev split (see the README).
const DEFAULT_EPOCHS: usize = 20;
const DEFAULT_BITS: u32 = 21;
const DEFAULT_PRIOR_FOLDS: usize = 5;

pub fn run(a: &TrainNerArgs) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(&a.corpus)
        .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", a.corpus.display()))?;
    let mut gazetteer = if a.gazetteers.as_os_str() == "none" {
        Gazetteer::new()
    } else {
        Gazetteer::from_dir(&a.gazetteers)
            .map_err(|e| anyhow::anyhow!("cannot read the gazetteers in {}: {e}", a.gazetteers.display()))?
    };
    gazetteer.add_curated();
    let mut bodies: Vec<String> = Vec::new();
    let distrib = if a.ant.as_os_str() == "none" {
        Distrib::default()
    } else {
        let t = Instant::now();
        let files = collect_files(std::slice::from_ref(&a.ant));
        anyhow::ensure!(!files.is_empty(), "no files under {}", a.ant.display());
        let cancel = std::sync::atomic::AtomicBool::new(false);
        let mut docs = Vec::new();
        for l in load_paths(&files, &LoadOptions::default(), &cancel, &|_, _| {}) {
            match l.result {
                Ok(d) => docs.extend(d),
                Err(e) => eprintln!("khabar: skipping {}: {e}", l.path.display()),
            }
        }
        // Sorted by path and record: the signatures do not depend on the load order.
        docs.sort_by(|x, y| (&x.path, x.record).cmp(&(&y.path, y.record)));
        let d = Distrib::build(docs.iter().map(|d| d.body.as_str()));
        eprintln!(
            "distributional signatures: {} word types ({} clustered) from {} documents in {:.1} s",
            d.len(),
            d.clustered(),
            docs.len(),
            t.elapsed().as_secs_f64()
        );
        bodies = docs.into_iter().map(|d| d.body).collect();
        d
    };
    let (train_text, test_text) = anercorp_split(&text);
    let texts: Vec<&str> = bodies.iter().map(String::as_str).collect();
    let fit = |sentences: &[Sentence], config: &TrainConfig| {
        if a.prior_folds > 0 && !texts.is_empty() {
            NerModel::train_stacked(sentences, config, &texts, a.prior_folds)
        } else {
            NerModel::train_with(sentences, config)
        }
    };
    let (train, test, test_name) = if a.dev {
        let lines: Vec<&str> = train_text.lines().collect();
        let cut = lines.len() * 9 / 10;
        (
            read_conll(&lines[..cut].join("\n")),
            read_conll(&lines[cut..].join("\n")),
            "dev (last 10% of train)",
        )
    } else {
        (read_conll(&train_text), read_conll(&test_text), "test")
    };
    let tokens: usize = train.iter().map(|s| s.0.len()).sum();
    eprintln!(
        "training on {} sentences ({tokens} tokens), {} gazetteer entries, {} epochs, 2^{} buckets",
        train.len(),
        gazetteer.len(),
        a.epochs,
        a.bits
    );
    let config = TrainConfig {
        epochs: a.epochs,
        seed: a.seed,
        bits: a.bits,
        gazetteer,
        distrib,
        ..TrainConfig::default()
    };
    let t0 = Instant::now();
    if let Some(k) = a.cv {
        let scores = cross_validate(&train, k.max(2), |s| fit(s, &config));
        println!("{k}-fold cross-validation on the train split ({:.1} s)", t0.elapsed().as_secs_f64());
        println!("{scores}");
        return Ok(());
    }
    let model = fit(&train, &config);
    println!("training time: {:.1} s", t0.elapsed().as_secs_f64());
    let t1 = Instant::now();
    let scores = evaluate(&model, &test);
    let secs = t1.elapsed().as_secs_f64();
    println!("{test_name} split: {} sentences, tagged in {secs:.2} s (cold cache)", test.len());
    println!("{scores}");
    if let Some(out) = &a.out {
        let bytes = model.to_bytes();
        if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(out, &bytes).map_err(|e| anyhow::anyhow!("cannot write {}: {e}", out.display()))?;
        println!(
            "wrote {} ({} bytes, {} non-zero weights)",
            out.display(),
            bytes.len(),
            model.nonzero_weights()
        );
    }
    Ok(())
}

/// Tags each of `k` contiguous folds of `sentences` with a model `fit` on the others;
/// the scores of all folds pooled.
fn cross_validate(sentences: &[Sentence], k: usize, fit: impl Fn(&[Sentence]) -> NerModel) -> Scores {
    let n = sentences.len().max(1);
    let fold_of = |i: usize| i * k / n;
    let mut gold = Vec::new();
    let mut pred = Vec::new();
    for f in 0..k {
        let rest: Vec<Sentence> =
            sentences.iter().enumerate().filter(|(i, _)| fold_of(*i) != f).map(|(_, s)| s.clone()).collect();
        let model = fit(&rest);
        let held: Vec<&Sentence> =
            sentences.iter().enumerate().filter(|(i, _)| fold_of(*i) == f).map(|(_, s)| s).collect();
        let words: Vec<Vec<&str>> =
            held.iter().map(|(w, _)| w.iter().map(String::as_str).collect()).collect();
        pred.extend(model.tag_document(&words));
        gold.extend(held.iter().map(|(_, t)| t.clone()));
        eprintln!("fold {}/{k} done", f + 1);
    }
    score(&gold, &pred)
}
