use super::*;
use proptest::prelude::*;
use std::collections::HashSet;
use std::sync::OnceLock;

/// The list as shipped (the app's page fetches the same file).
const EFF: &str = include_str!("../../assets/eff_large_wordlist.txt");

fn eff() -> &'static Wordlist {
    static LIST: OnceLock<Wordlist> = OnceLock::new();
    LIST.get_or_init(|| Wordlist::parse(EFF).expect("the shipped list reads"))
}

// The functions under test, with the shipped list.
fn word(index: usize) -> Option<&'static str> {
    eff().word(index)
}
fn is_word(candidate: &str) -> bool {
    eff().contains(candidate)
}
fn generate(words: usize, next_u16: impl FnMut() -> u16) -> String {
    super::generate(eff(), words, next_u16)
}
fn estimate_bits(passphrase: &str) -> f64 {
    super::estimate_bits(passphrase, eff())
}
fn is_weak(passphrase: &str) -> bool {
    super::is_weak(passphrase, eff())
}
fn spoken(passphrase: &str) -> Vec<String> {
    super::spoken(passphrase, Some(eff()))
}

/// A random source that hands out `values` in turn, then repeats the last one.
fn source(values: &[u16]) -> impl FnMut() -> u16 + '_ {
    let mut at = 0;
    move || {
        let value = values[at.min(values.len() - 1)];
        at += 1;
        value
    }
}

/// A small deterministic generator (xorshift) for reproducible "random" inputs.
fn xorshift(mut state: u64) -> impl FnMut() -> u16 {
    move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state >> 32) as u16
    }
}

fn close(actual: f64, expected: f64) -> bool {
    (actual - expected).abs() < 0.01
}

#[test]
fn the_wordlist_is_the_eff_large_wordlist() {
    let list = eff();
    assert_eq!(list.word(0), Some("abacus"));
    assert_eq!(list.word(WORDS - 1), Some("zoom"));
    assert_eq!((0..WORDS).filter_map(|i| list.word(i)).map(str::len).max(), Some(9));
    assert!(EFF.ends_with('\n') && !EFF.contains('\r'));
}

#[test]
fn a_file_that_is_not_the_list_is_refused_with_the_reason() {
    let why = |text: &str| Wordlist::parse(text).unwrap_err().to_string();
    assert!(why("").contains("expected 7776 lines, found 0"));
    assert!(why(&EFF.lines().take(100).collect::<Vec<_>>().join("\n")).contains("expected 7776 lines, found 100"));
    assert!(why(&EFF.replacen("abacus", "Abacus", 1)).contains("\"Abacus\" is not a lowercase word"));
    assert!(why(&EFF.replacen("abdomen", "abacus", 1)).contains("\"abacus\" comes after \"abacus\""));
    assert!(why("<!DOCTYPE html>\n").contains("found 1"));
}

#[test]
fn bits_per_word_is_log2_of_the_list_size() {
    assert!((BITS_PER_WORD - (WORDS as f64).log2()).abs() < 1e-12);
    assert!(close(generated_bits(DEFAULT_WORDS), 77.55));
    assert!(CREDIT.contains("EFF") && CREDIT.contains("CC BY 3.0 US"));
}

#[test]
fn words_and_lookups() {
    assert_eq!(word(0), Some("abacus"));
    assert_eq!(word(WORDS - 1), Some("zoom"));
    assert_eq!(word(WORDS), None);
    assert!(is_word("t-shirt") && is_word("correct") && !is_word("horse") && !is_word("Correct"));
}

#[test]
fn rejection_sampling_skips_values_from_62208_up() {
    let mut calls = 0;
    let values = [u16::MAX, 62_208, 62_300, 62_207, 0, 7_776, 15_551];
    let mut next = source(&values);
    let phrase = generate(4, || {
        calls += 1;
        next()
    });
    // 62207 = 8 × 7776 − 1 → the last word; 0 and 7776 → the first; 15551 → the last.
    assert_eq!(phrase, "zoom abacus abacus zoom");
    assert_eq!(calls, values.len(), "the three values at or above 62208 were drawn and dropped");
    assert_eq!(index_for(62_208), None);
    assert_eq!(index_for(62_207), Some(7_775));
}

#[test]
fn every_index_comes_from_exactly_eight_accepted_values() {
    let mut counts = vec![0u32; WORDS];
    for value in 0..=u16::MAX {
        if let Some(index) = index_for(value) {
            counts[index] += 1;
        }
    }
    assert!(counts.iter().all(|&count| count == 8));
    assert_eq!((0..=u16::MAX).filter(|&v| index_for(v).is_none()).count(), 65_536 - 62_208);
}

#[test]
fn generated_words_are_roughly_uniform() {
    // 77,760 draws: each word expected 10 times; a biased mapping would show in the spread.
    let mut next = xorshift(0x9E37_79B9_7F4A_7C15);
    let mut counts = vec![0u32; WORDS];
    for _ in 0..WORDS * 10 {
        if let Some(index) = index_for(next()) {
            counts[index] += 1;
        }
    }
    let total: u32 = counts.iter().sum();
    let mean = f64::from(total) / WORDS as f64;
    let chi_square: f64 = counts.iter().map(|&c| (f64::from(c) - mean).powi(2) / mean).sum();
    // Degrees of freedom 7775: the chi-square statistic stays within a few standard deviations (~125).
    assert!((chi_square - 7775.0).abs() < 600.0, "chi-square {chi_square}");
}

#[test]
fn generate_zero_words_is_empty() {
    assert_eq!(generate(0, || unreachable!("no word needs no randomness")), "");
}

#[test]
fn six_generated_words_are_about_77_5_bits() {
    let phrase = generate(DEFAULT_WORDS, xorshift(42));
    assert_eq!(phrase.split(' ').count(), 6);
    let bits = estimate_bits(&phrase);
    assert!(close(bits, 77.55), "{phrase}: {bits}");
    assert!(!is_weak(&phrase));
}

#[test]
fn common_and_short_passwords_are_weak() {
    for weak in ["password1", "Password1!", "P@ssw0rd123!", "123456", "qwertyuiop", "letmein2024", "Tr0ub4dor&3"] {
        assert!(is_weak(weak), "{weak}: {}", estimate_bits(weak));
    }
    assert!(estimate_bits("password1") < 10.0);
}

#[test]
fn correct_horse_battery_staple_is_four_words_and_weak() {
    // "correct", "battery" and "staple" are list words; "horse" is a word-like run.
    for phrase in ["correct horse battery staple", "correct-horse-battery-staple", "correct.horse_battery staple"] {
        let bits = estimate_bits(phrase);
        assert!(close(bits, 4.0 * BITS_PER_WORD), "{phrase}: {bits}");
        assert!(is_weak(phrase));
    }
    // Run together, the letters after "correct" may be one long word-like run (18 letters,
    // two words' worth): the estimate only gets lower.
    assert!(close(estimate_bits("correcthorsebatterystaple"), 3.0 * BITS_PER_WORD));
    // Capitals cost one bit a word.
    assert!(close(estimate_bits("CorrectHorseBatteryStaple"), 4.0 * BITS_PER_WORD + 4.0));
}

#[test]
fn twenty_random_mixed_characters_are_strong() {
    for phrase in ["k7#Qv9!mZ2@xL4$pW8&r", "Xq3;Rt8]wK1)bN6_fY0^", "9hT{2zQ!pL7#wE4%vM1&"] {
        let bits = estimate_bits(phrase);
        assert!(bits > 100.0, "{phrase}: {bits}");
        assert!(!is_weak(phrase));
    }
}

#[test]
fn repeats_and_sequences_cost_little() {
    assert!(estimate_bits("aaaaaaaaaaaaaaaaaaaa") < 15.0);
    assert!(estimate_bits("abcdefghijklmnop") < 10.0);
    assert!(estimate_bits("9876543210") < 10.0);
    assert!(estimate_bits("k7#Qk7#Qk7#Qk7#Q") < estimate_bits("k7#Q") + 12.0);
    assert!(estimate_bits("!@#$%^&*()") < 10.0);
}

#[test]
fn empty_is_zero_and_more_characters_never_cost_less_than_nothing() {
    assert_eq!(estimate_bits(""), 0.0);
    assert!(estimate_bits("x") > 0.0);
}

#[test]
fn non_ascii_counts_but_is_not_overrated() {
    // Random-looking accented and Greek characters get a larger alphabet…
    let mixed = estimate_bits("ø7ßΩ#ł9ż");
    assert!(mixed > estimate_bits("o7sW#l9z"), "{mixed}");
    // …but a word in another script is priced as a word.
    assert!(close(estimate_bits("собака"), BITS_PER_WORD));
    assert!(close(estimate_bits("żółw"), BITS_PER_WORD));
    // A long word is priced by its length in words (one a started ten letters), not per character.
    assert!(close(estimate_bits("Größenwahnsinnig"), 2.0 * BITS_PER_WORD + 1.0));
    assert!(close(estimate_bits("elephant umbrella"), 2.0 * BITS_PER_WORD));
}

#[test]
fn long_input_is_bounded() {
    let long = "ab1!".repeat(10_000);
    let bits = estimate_bits(&long);
    assert!(bits.is_finite() && bits < 60.0, "{bits}");
    let random: String = {
        let mut next = xorshift(7);
        (0..2_000).map(|_| char::from(b'!' + (next() % 94) as u8)).collect()
    };
    assert!(estimate_bits(&random) > 1_000.0);
}

#[test]
fn spoken_gives_the_words_of_a_spaced_word_passphrase() {
    assert_eq!(spoken("correct battery staple"), ["correct", "battery", "staple"]);
    assert_eq!(spoken("Correct horse Battery"), ["Correct", "horse", "Battery"]);
    assert_eq!(spoken("t-shirt yo-yo drop-down"), ["t-shirt", "yo-yo", "drop-down"]);
    assert_eq!(spoken("собака кошка"), ["собака", "кошка"]);
    let phrase = generate(DEFAULT_WORDS, xorshift(3));
    assert_eq!(spoken(&phrase), phrase.split(' ').collect::<Vec<_>>());
}

#[test]
fn spoken_groups_other_passphrases_in_fours() {
    assert_eq!(spoken("K7#pq9Zx1"), ["K7#p", "q9Zx", "1"]);
    // Other separators, run-together words, doubled or outer spaces must be read exactly.
    assert_eq!(spoken("correct-horse"), ["corr", "ect-", "hors", "e"]);
    assert_eq!(spoken("correcthorse"), ["corr", "ecth", "orse"]);
    assert_eq!(spoken("correct  battery"), ["corr", "ect ", " bat", "tery"]);
    assert_eq!(spoken(" correct"), [" cor", "rect"]);
    assert_eq!(spoken("correct "), ["corr", "ect "]);
    assert_eq!(spoken("horse2 battery"), ["hors", "e2 b", "atte", "ry"]);
    assert_eq!(spoken("żółw"), ["żółw"]);
    assert_eq!(super::spoken("t-shirt yo-yo", None), ["t-sh", "irt ", "yo-y", "o"], "hyphens need the list");
    assert_eq!(super::spoken("correct battery", None), ["correct", "battery"]);
    assert!(spoken("").is_empty());
}

proptest! {
    #[test]
    fn generate_yields_n_list_words(words in 0usize..12, seed in 1u64..) {
        let phrase = generate(words, xorshift(seed));
        let split: Vec<&str> = if phrase.is_empty() { vec![] } else { phrase.split(' ').collect() };
        prop_assert_eq!(split.len(), words);
        prop_assert!(split.iter().all(|w| is_word(w)));
        prop_assert_eq!(spoken(&phrase), split);
    }

    #[test]
    fn generated_phrases_estimate_near_their_entropy(seed in 1u64..) {
        let phrase = generate(DEFAULT_WORDS, xorshift(seed));
        let words: Vec<&str> = phrase.split(' ').collect();
        let distinct: HashSet<&&str> = words.iter().collect();
        prop_assume!(distinct.len() == DEFAULT_WORDS);
        prop_assume!(words.iter().all(|w| !estimate::COMMON.contains(w)));
        let bits = estimate_bits(&phrase);
        prop_assert!(bits <= generated_bits(DEFAULT_WORDS) + 1e-9, "{phrase}: {bits}");
        prop_assert!(bits > 70.0, "{phrase}: {bits}");
    }

    #[test]
    fn random_printable_strings_of_20_are_strong(seed in 1u64..) {
        let mut next = xorshift(seed);
        let phrase: String = (0..20).map(|_| char::from(b'!' + (next() % 94) as u8)).collect();
        prop_assert!(!is_weak(&phrase), "{phrase}: {}", estimate_bits(&phrase));
    }

    #[test]
    fn estimates_never_panic_and_are_finite(text in "\\PC{0,80}") {
        let bits = estimate_bits(&text);
        prop_assert!(bits.is_finite() && bits >= 0.0);
        prop_assert_eq!(spoken(&text).is_empty(), text.is_empty());
    }
}
