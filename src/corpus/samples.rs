//! The built-in sample corpus: ANT Corpus v2.1 articles compiled into the binary, so
//! the app has something to show before the user opens anything.
//!
//! ANT Corpus v2.1, Apache-2.0. Cite: A. Chouigui, O. Ben Khiroun, B. Elayeb, "An Arabic
//! Multi-source News Corpus: Experimenting on Single-document Extractive
//! Summarization", Arabian Journal for Science and Engineering 46(8), 2021.

/// (file name, file contents) of each sample article.
pub const SAMPLES: &[(&str, &[u8])] = &[
    ("AL-culture-130-20180305.txt", include_bytes!("../../assets/samples/AL-culture-130-20180305.txt")),
    ("AL-economy-1013-20180712.txt", include_bytes!("../../assets/samples/AL-economy-1013-20180712.txt")),
    ("AL-sport-1018-20180401.txt", include_bytes!("../../assets/samples/AL-sport-1018-20180401.txt")),
    ("BB-culture-115-20180415.txt", include_bytes!("../../assets/samples/BB-culture-115-20180415.txt")),
    (
        "BB-internationalNews-1005-20180902.txt",
        include_bytes!("../../assets/samples/BB-internationalNews-1005-20180902.txt"),
    ),
    (
        "BB-middleEast-1003-20181002.txt",
        include_bytes!("../../assets/samples/BB-middleEast-1003-20181002.txt"),
    ),
    ("BB-technology-108-20180327.txt", include_bytes!("../../assets/samples/BB-technology-108-20180327.txt")),
    ("CN-economy-138-20180604.txt", include_bytes!("../../assets/samples/CN-economy-138-20180604.txt")),
    (
        "CN-middleEast-1011-20180524.txt",
        include_bytes!("../../assets/samples/CN-middleEast-1011-20180524.txt"),
    ),
    ("CN-sport-124-20180319.txt", include_bytes!("../../assets/samples/CN-sport-124-20180319.txt")),
    ("FR-culture-107-20180703.txt", include_bytes!("../../assets/samples/FR-culture-107-20180703.txt")),
    (
        "FR-internationalNews-1009-20180430.txt",
        include_bytes!("../../assets/samples/FR-internationalNews-1009-20180430.txt"),
    ),
    ("FR-middleEast-106-20180305.txt", include_bytes!("../../assets/samples/FR-middleEast-106-20180305.txt")),
    ("SK-economy-1011-20180719.txt", include_bytes!("../../assets/samples/SK-economy-1011-20180719.txt")),
    (
        "SK-middleEast-1030-20180414.txt",
        include_bytes!("../../assets/samples/SK-middleEast-1030-20180414.txt"),
    ),
    (
        "SK-technology-1025-20180701.txt",
        include_bytes!("../../assets/samples/SK-technology-1025-20180701.txt"),
    ),
];

use std::path::PathBuf;

use super::readers::{TableColumns, detect_format, read_documents};
use super::{Document, decode_text};

/// The sample articles as documents, with paths under `samples/`.
pub fn sample_documents() -> Vec<Document> {
    let mut out = Vec::new();
    for (name, bytes) in SAMPLES {
        let path = PathBuf::from("samples").join(name);
        let Ok(decoded) = decode_text(bytes) else { continue };
        let format = detect_format(&path, &decoded.text);
        let Ok(docs) = read_documents(&path, &decoded.text, format, &TableColumns::default()) else {
            continue;
        };
        for mut d in docs {
            d.path = path.clone();
            d.format = Some(format);
            d.encoding = decoded.encoding.to_string();
            out.push(d);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_sample_loads() {
        let docs = super::sample_documents();
        assert_eq!(docs.len(), super::SAMPLES.len());
        assert!(docs.iter().all(|d| !d.title.is_empty() && d.word_count() > 50));
    }
}
