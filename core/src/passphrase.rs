//! Passphrases for sealed files: generated from the EFF large wordlist, estimated when typed,
//! and laid out for reading aloud over the phone.
//!
//! - [`Wordlist`] is the list, read from its text: the app's page fetches the file
//!   [`WORDLIST_FILE`] when a page first needs it, so the list is not part of the first load.
//! - [`generate`] picks words uniformly from the 7,776-word list with the random source the UI
//!   passes in (`crypto.getRandomValues`); this module has no randomness of its own. Each word
//!   carries log2(7776) ≈ 12.925 bits, so the default six words give about 77.5 bits.
//! - [`estimate_bits`] is a deliberately conservative estimate for a passphrase the user typed
//!   (see the `estimate` module for the model), and [`is_weak`] compares it with
//!   [`WEAK_BELOW_BITS`].
//! - [`spoken`] splits a passphrase into the pieces the UI shows, numbered and in large type,
//!   for reading aloud: the words of a word passphrase, otherwise groups of four characters.
//!
//! The wordlist is the EFF large wordlist (Electronic Frontier Foundation, 2016, CC BY 3.0 US),
//! stored one word a line in `core/assets/eff_large_wordlist.txt` without the dice numbers. The
//! app must show [`CREDIT`] wherever it offers generated passphrases.

use std::fmt;

mod estimate;

pub use estimate::estimate_bits;

/// The credit the CC BY 3.0 US licence of the wordlist asks for; the UI shows it.
pub const CREDIT: &str = "Words from the EFF large wordlist by the Electronic Frontier Foundation, CC BY 3.0 US";
/// How many words the list holds (6 dice: 6^5).
pub const WORDS: usize = 7776;
/// How many words a generated passphrase has unless the user asks for more.
pub const DEFAULT_WORDS: usize = 6;
/// The entropy of one word picked uniformly from the list: log2(7776).
pub const BITS_PER_WORD: f64 = 12.924_812_503_605_78;
/// A passphrase estimated below this many bits is weak.
pub const WEAK_BELOW_BITS: f64 = 60.0;

/// The largest multiple of [`WORDS`] that fits in a `u16` (8 × 7776): random values at or
/// above it are rejected, so every word is equally likely.
const ACCEPT_BELOW: u16 = (WORDS * 8) as u16;

/// The name the app's build gives the list's file (copied from `core/assets`).
pub const WORDLIST_FILE: &str = "eff_large_wordlist.txt";

/// The word list passphrases are made from and typed ones are checked against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wordlist {
    /// Lowercase words in byte order, so lookups can binary search.
    words: Vec<Box<str>>,
}

/// Why a text is not the wordlist: the app reports it and offers the user's own passphrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordlistError(String);

impl fmt::Display for WordlistError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the word list file is not the EFF large wordlist: {}", self.0)
    }
}

impl Wordlist {
    /// Reads the list: [`WORDS`] lowercase words (letters and hyphens), one a line, each
    /// after the one before in byte order.
    pub fn parse(text: &str) -> Result<Wordlist, WordlistError> {
        let words: Vec<Box<str>> = text.lines().map(Box::from).collect();
        if words.len() != WORDS {
            return Err(WordlistError(format!("expected {WORDS} lines, found {}", words.len())));
        }
        if let Some(bad) =
            words.iter().find(|w| w.is_empty() || !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
        {
            return Err(WordlistError(format!("{bad:?} is not a lowercase word")));
        }
        if let Some(pair) = words.windows(2).find(|pair| pair[0] >= pair[1]) {
            return Err(WordlistError(format!("{:?} comes after {:?}", pair[1], pair[0])));
        }
        Ok(Wordlist { words })
    }

    /// The word at `index` (0 to 7775) of the list.
    pub fn word(&self, index: usize) -> Option<&str> {
        self.words.get(index).map(|word| &**word)
    }

    /// Whether `candidate` is a word of the list, exactly (lowercase).
    pub fn contains(&self, candidate: &str) -> bool {
        self.words.binary_search_by(|word| (**word).cmp(candidate)).is_ok()
    }
}

/// The list index a random value stands for, or `None` when rejection sampling drops it.
pub fn index_for(random: u16) -> Option<usize> {
    (random < ACCEPT_BELOW).then_some(usize::from(random) % WORDS)
}

/// A passphrase of `words` words picked uniformly from the list, lowercase, joined by single
/// spaces. `next_u16` is the random source (from `crypto.getRandomValues` in the browser);
/// values of 62,208 or more are skipped, so a source that never gives a smaller one loops.
pub fn generate(list: &Wordlist, words: usize, mut next_u16: impl FnMut() -> u16) -> String {
    let mut picked = Vec::with_capacity(words);
    while picked.len() < words {
        if let Some(chosen) = index_for(next_u16()).and_then(|index| list.word(index)) {
            picked.push(chosen);
        }
    }
    picked.join(" ")
}

/// The entropy of a generated passphrase of `words` words.
pub fn generated_bits(words: usize) -> f64 {
    words as f64 * BITS_PER_WORD
}

/// Whether the estimate for a typed passphrase is below [`WEAK_BELOW_BITS`].
pub fn is_weak(passphrase: &str, list: &Wordlist) -> bool {
    estimate_bits(passphrase, list) < WEAK_BELOW_BITS
}

/// The pieces to show, numbered, for reading a passphrase aloud. A passphrase of words
/// separated by single spaces (list words, or two or more words of letters; without the
/// list, only the latter) gives its words, so the UI can say "words separated by single spaces"; anything else gives its
/// characters in groups of four, spaces included as typed (the UI should make a space in a
/// group visible). Empty for "".
pub fn spoken(passphrase: &str, list: Option<&Wordlist>) -> Vec<String> {
    match spaced_words(passphrase, list) {
        Some(words) => words.into_iter().map(str::to_owned).collect(),
        None => groups_of_four(passphrase),
    }
}

/// Characters that may follow a word for free in the estimate.
fn is_separator(c: char) -> bool {
    matches!(c, ' ' | '-' | '.' | '_')
}

/// The words of a passphrase made of list words separated by single spaces, or of two or
/// more words of letters separated so; `None` for anything else.
fn spaced_words<'a>(passphrase: &'a str, list: Option<&Wordlist>) -> Option<Vec<&'a str>> {
    let words: Vec<&str> = passphrase.split(' ').collect();
    let listed = |w: &&str| list.is_some_and(|list| list.contains(&w.to_ascii_lowercase()));
    let lettered = |w: &&str| !w.is_empty() && w.chars().all(char::is_alphabetic);
    (words.iter().all(listed) || (words.len() > 1 && words.iter().all(lettered))).then_some(words)
}

/// The passphrase's characters in groups of four.
fn groups_of_four(passphrase: &str) -> Vec<String> {
    let chars: Vec<char> = passphrase.chars().collect();
    chars.chunks(4).map(|chunk| chunk.iter().collect()).collect()
}

#[cfg(test)]
mod tests;
