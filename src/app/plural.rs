//! English counts for labels: «1 document», «2 documents».

/// `n` and the noun in the number `n` asks for.
pub fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 { format!("1 {one}") } else { format!("{n} {many}") }
}

#[cfg(test)]
mod tests {
    use super::count;

    #[test]
    fn one_is_singular_others_plural() {
        assert_eq!(count(1, "document", "documents"), "1 document");
        assert_eq!(count(0, "entity", "entities"), "0 entities");
        assert_eq!(count(16, "document", "documents"), "16 documents");
    }
}
