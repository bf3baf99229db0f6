//! End-to-end entities on the seed article (Putin and Hollande in Moscow): who, where,
//! which organization, merged aliases and roles. Skipped if ../shared/data is absent.

use std::path::Path;

use khabar::analysis::entities::{ArticleEntities, extract, merge_corpus};
use khabar::analysis::ner::EntityType;

fn seed() -> Option<String> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/seed/000_d592b9f202c30752.txt");
    match std::fs::read_to_string(&p) {
        Ok(t) => Some(t),
        Err(_) => {
            eprintln!("skipping: {} is absent", p.display());
            None
        }
    }
}

fn find<'a>(
    a: &'a ArticleEntities,
    kind: EntityType,
    canonical: &str,
) -> &'a khabar::analysis::entities::Entity {
    a.entities
        .iter()
        .find(|e| e.kind == kind && e.canonical == canonical)
        .unwrap_or_else(|| panic!("no {kind} «{canonical}» in {:#?}", a.entities))
}

#[test]
fn seed_article_entities() {
    let Some(body) = seed() else { return };
    let a = extract(&body);
    let putin = find(&a, EntityType::Person, "فلاديمير بوتين");
    assert_eq!(putin.role.as_deref(), Some("الرئيس الروسي"));
    let hollande = find(&a, EntityType::Person, "فرانسوا هولاند");
    assert_eq!(hollande.role.as_deref(), Some("الرئيس الفرنسي"));
    // «بوتين» alone and «هولاند» alone are merged into the full names.
    let texts = |e: &khabar::analysis::entities::Entity| -> Vec<&str> {
        e.mentions.iter().map(|&m| &body[a.mentions[m].range.clone()]).collect()
    };
    assert!(texts(putin).contains(&"بوتين") && texts(putin).len() >= 8, "{:?}", texts(putin));
    assert!(texts(hollande).contains(&"هولاند") && texts(hollande).len() >= 4, "{:?}", texts(hollande));
    for place in ["موسكو", "باريس", "سوريا", "تركيا", "أنقرة"] {
        find(&a, EntityType::Location, place);
    }
    find(&a, EntityType::Organization, "داعش");
    // Clitic-attached mentions: «بموسكو» and «وموسكو» link to Moscow, ranges without the clitic.
    let moscow = find(&a, EntityType::Location, "موسكو");
    for &m in &moscow.mentions {
        assert_eq!(&body[a.mentions[m].range.clone()], "موسكو");
    }
    let starts: Vec<usize> = moscow.mentions.iter().map(|&m| a.mentions[m].range.start).collect();
    assert!(
        starts.iter().any(|&s| body[..s].ends_with("بـ") || body[..s].ends_with('ب')),
        "بموسكو is linked"
    );
    assert!(starts.iter().any(|&s| body[..s].ends_with('و')), "وموسكو is linked");
    // Every mention points at an entity that lists it; ranges are on char boundaries.
    for (i, m) in a.mentions.iter().enumerate() {
        assert!(a.entities[m.entity].mentions.contains(&i));
        assert!(body.get(m.range.clone()).is_some());
    }
    // The noise line `&` yields nothing, and no mention is Hollande as a place.
    assert!(!a.entities.iter().any(|e| e.kind == EntityType::Location && e.canonical.contains("هولاند")));
}

#[test]
fn corpus_merge_counts_documents() {
    let Some(body) = seed() else { return };
    let a = extract(&body);
    let b = extract("قال بوتين إن موسكو مستعدة.");
    let c = merge_corpus(&[a.clone(), b]);
    let putin = c.iter().find(|e| e.canonical == "فلاديمير بوتين").expect("Putin across documents");
    assert_eq!(putin.documents, 2);
    assert_eq!(putin.per_doc[1], (1, 1));
    let moscow = c.iter().find(|e| e.canonical == "موسكو").expect("Moscow");
    assert_eq!(moscow.documents, 2);
}
