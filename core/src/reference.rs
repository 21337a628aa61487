//! Neutral references for records and files ("ISD-7K3Q"): random, short enough to read over
//! the phone, and never derived from anything the user typed.

/// Crockford's base 32 without I, L, O and U: no letter is mistaken for a digit when read aloud.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Builds a reference from a prefix and random bytes (the UI supplies them from
/// `crypto.getRandomValues`). Each byte gives one character, using its low five bits.
pub fn reference(prefix: &str, random: &[u8]) -> String {
    let code: String = random.iter().map(|byte| char::from(ALPHABET[usize::from(byte & 0x1f)])).collect();
    format!("{prefix}-{code}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn references_use_the_prefix_and_one_character_a_byte() {
        assert_eq!(reference("ISD", &[0, 31, 32, 0x3f]), "ISD-0Z0Z");
        assert_eq!(reference("ISR", &[7, 19, 3, 23]), "ISR-7K3Q");
    }

    proptest! {
        #[test]
        fn references_are_readable(bytes in proptest::collection::vec(any::<u8>(), 0..12)) {
            let made = reference("ISD", &bytes);
            prop_assert_eq!(made.len(), 4 + bytes.len());
            prop_assert!(made[4..].chars().all(|c| c.is_ascii_digit() || (c.is_ascii_uppercase() && !"ILOU".contains(c))));
        }
    }
}
