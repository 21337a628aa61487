//! A conservative strength estimate for a passphrase the user typed, in bits.
//!
//! The passphrase is priced as the cheapest way to build it from pieces an attacker would try,
//! like a much smaller zxcvbn (the estimate is the minimum total over all ways of cutting the
//! passphrase into these pieces, found by dynamic programming):
//!
//! | piece | bits |
//! |---|---|
//! | one character | log2 of the alphabet in use (below) |
//! | an EFF wordlist word | log2(7776) ≈ 12.925 |
//! | one of the most common passwords ([`COMMON`], most common first) | log2(rank + 1) |
//! | a word-like run of 3 or more letters (below) | 12.925 for each started 10 letters |
//! | a whole run of 2 letters with a vowel ("is", "my") | log2(100) ≈ 6.6 |
//! | a sequence of 3 or more (`abc`, `975`, `qwerty`, `!@#`) | one character's bits + 1 |
//! | a repeat of 3 or more characters seen earlier (`aaa`, `abcabc`) | 1 + log2(position) + log2(length) |
//! | a year from 1900 to 2099 | log2(200) ≈ 7.6 |
//!
//! Words (list, common or word-like) match in any case and with common substitutions undone
//! (`0`→o, `1` and `!`→i, `3`→e, `4` and `@`→a, `5` and `$`→s, `7`→t), costing one more bit
//! for any capital and one more for any substitution; one space, hyphen, dot or underscore
//! after a word is free. So "correct horse battery staple" costs 4 × 12.925 ≈ 51.7 bits (with
//! spaces, hyphens or dots; run together it costs less, 38.8, as the 18 letters after
//! "correct" are one word-like run), and a generated six-word passphrase 77.5 bits.
//!
//! The alphabet in use is the sum of the classes the passphrase has characters from: 26
//! lowercase, 26 uppercase, 10 digits, 33 other ASCII characters (space and symbols) and, for
//! any character outside ASCII, 100 more: larger than any one of the classes, since such a
//! character may come from a big script, but far below the size of Unicode, since a person
//! typing one mostly uses a few accented letters or the letters of one script.
//!
//! A word-like run is letters only, written in lowercase, Capitalised or UPPERCASE, and, when
//! it is plain ASCII, has a vowel (a, e, i, o, u or y) and no more than five consonants in a
//! row: a self-chosen word ("horse") or a few run together. It must be a whole run of letters
//! (between non-letters, the ends, or at a capital after a lowercase letter, as in
//! "CorrectHorse"), or reach from a list word or common password to the run's end or to the
//! next list word or common password. So "CorrectHorseBatteryStaple" is four words, while
//! random letters cannot be cut into many cheap pieces. A self-chosen word is worth less than
//! a word drawn at random from 7,776 (people choose common words), so pricing it as one
//! is, if anything, generous; runs of more than ten letters count as more words.
//!
//! Leaning conservative: random lowercase letters that happen to look like words are rated
//! below their true strength, and only the first 256 characters are looked at (the rest
//! add nothing), which also bounds the work for pasted text.

use super::{is_separator, Wordlist, BITS_PER_WORD};
use std::sync::OnceLock;

/// Only this many characters are analysed; any after them add nothing.
const MAX_ANALYSED_CHARS: usize = 256;
/// The longest piece looked up in the word lists (the wordlist's longest word is 9).
const LONGEST_LOOKUP: usize = 10;
/// The shortest word, sequence or repeat.
const SHORTEST_PIECE: usize = 3;
/// A word-like run costs one word for each started this many letters.
const LETTERS_PER_WORD: usize = 10;
/// The states of the search: after any piece; after a list word or common password (a
/// word-like run may follow inside a run of letters); after a word-like run that stopped
/// inside a run of letters (only a list word or common password may follow).
const FREE: usize = 0;
const AFTER_WORD: usize = 1;
const NEEDS_WORD: usize = 2;
const STATES: usize = 3;
/// A whole run of two letters with a vowel ("is", "my"): about 100 such English words.
const SHORT_WORD_BITS: f64 = 6.643_856_189_774_724;
/// Consonants in a row beyond which an ASCII run does not look like a word.
const MAX_CONSONANT_RUN: usize = 5;

/// Some of the most used passwords, most common first, from published lists of breached
/// passwords (such as the NCSC's 2019 list of the 100,000 most used).
pub const COMMON: &[&str] = &[
    "123456",
    "password",
    "123456789",
    "12345678",
    "12345",
    "qwerty",
    "1234567",
    "111111",
    "1234567890",
    "123123",
    "abc123",
    "1234",
    "password1",
    "iloveyou",
    "1q2w3e4r",
    "000000",
    "qwerty123",
    "zaq12wsx",
    "dragon",
    "sunshine",
    "princess",
    "letmein",
    "654321",
    "monkey",
    "football",
    "1qaz2wsx",
    "123321",
    "qwertyuiop",
    "superman",
    "asdfghjkl",
    "welcome",
    "baseball",
    "liverpool",
    "shadow",
    "master",
    "admin",
    "hello",
    "freedom",
    "whatever",
    "trustno1",
    "starwars",
    "charlie",
    "michael",
    "jennifer",
    "computer",
    "secret",
    "summer",
    "flower",
    "chelsea",
    "arsenal",
    "changeme",
    "access",
    "qazwsx",
    "login",
    "batman",
];

/// Keyboard rows whose runs, forwards or backwards, are sequences.
const KEYBOARD_ROWS: &[&str] = &["qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890", "!@#$%^&*()"];

/// The estimated strength of a typed passphrase in bits (see the module documentation);
/// 0 for an empty one.
pub fn estimate_bits(passphrase: &str, list: &Wordlist) -> f64 {
    let chars: Vec<char> = passphrase.chars().take(MAX_ANALYSED_CHARS).collect();
    if chars.is_empty() {
        return 0.0;
    }
    Analysis::new(chars, list).cheapest()
}

/// A piece of the passphrase that an attacker would guess as one.
#[derive(Clone, Copy)]
struct Piece {
    /// Where it ends (it starts where the search is).
    end: usize,
    /// The state of the search after it.
    next: usize,
    /// Its price in bits.
    cost: f64,
    kind: Kind,
}

/// What a piece is, which decides the states it may follow.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A list word or common password: may follow anything.
    Word,
    /// A word-like run: at the start of a run of letters, or right after a list word.
    WordLike,
    /// Anything else: not straight after a word-like run that stopped inside a run.
    Other,
}

impl Kind {
    fn may_follow(self, state: usize, at_boundary: bool) -> bool {
        match self {
            Kind::Word => true,
            Kind::WordLike => at_boundary || state == AFTER_WORD,
            Kind::Other => at_boundary || state != NEEDS_WORD,
        }
    }
}

/// A passphrase prepared for pricing.
struct Analysis<'a> {
    list: &'a Wordlist,
    chars: Vec<char>,
    /// Each character lowercased, with common substitutions undone.
    canon: Vec<char>,
    /// The bits of one character drawn from the alphabet in use.
    char_bits: f64,
    /// For each position, the longest run starting there that also starts earlier.
    repeats: Vec<usize>,
}

impl<'a> Analysis<'a> {
    fn new(chars: Vec<char>, list: &'a Wordlist) -> Analysis<'a> {
        let canon = chars.iter().map(|&c| canonical(c)).collect();
        let char_bits = alphabet_size(&chars).log2();
        let repeats = longest_earlier_matches(&chars);
        Analysis { list, chars, canon, char_bits, repeats }
    }

    /// The cheapest way to build the whole passphrase from pieces.
    fn cheapest(&self) -> f64 {
        let n = self.chars.len();
        let mut best = vec![[f64::INFINITY; STATES]; n + 1];
        best[0][FREE] = 0.0;
        let mut pieces = Vec::new();
        for start in 0..n {
            pieces.clear();
            self.pieces_at(start, &mut pieces);
            let boundary = self.is_boundary(start);
            for state in [FREE, AFTER_WORD, NEEDS_WORD] {
                let here = best[start][state];
                for piece in pieces.iter().filter(|piece| here.is_finite() && piece.kind.may_follow(state, boundary)) {
                    let slot = &mut best[piece.end][piece.next];
                    *slot = slot.min(here + piece.cost);
                }
            }
        }
        best[n].iter().copied().fold(f64::INFINITY, f64::min)
    }

    /// Every piece that starts at `start`.
    fn pieces_at(&self, start: usize, out: &mut Vec<Piece>) {
        out.push(Piece { end: start + 1, next: FREE, cost: self.char_bits, kind: Kind::Other });
        self.words(start, out);
        self.word_like(start, out);
        let mut other = |end: usize, cost: f64| out.push(Piece { end, next: FREE, cost, kind: Kind::Other });
        self.sequences(start, &mut other);
        self.repeat(start, &mut other);
        self.year(start, &mut other);
    }

    /// Whether a letter run starts or ends at `at`: the ends, a non-letter on either side,
    /// or a capital after a lowercase letter ("CorrectHorse").
    fn is_boundary(&self, at: usize) -> bool {
        let (Some(&before), Some(&after)) = (self.canon.get(at.wrapping_sub(1)), self.canon.get(at)) else {
            return true;
        };
        !before.is_alphabetic()
            || !after.is_alphabetic()
            || (self.chars[at - 1].is_lowercase() && self.chars[at].is_uppercase())
    }

    /// List words and common passwords starting at `start`.
    fn words(&self, start: usize, out: &mut Vec<Piece>) {
        let longest = LONGEST_LOOKUP.min(self.chars.len() - start);
        for end in start + SHORTEST_PIECE..=start + longest {
            let key: String = self.canon[start..end].iter().collect();
            let list = self.list.contains(&key).then_some(BITS_PER_WORD);
            let common = common_rank(&key).map(|rank| (rank as f64 + 1.0).log2());
            for bits in list.into_iter().chain(common) {
                let word = Piece { end, next: AFTER_WORD, cost: bits + self.extras(start, end), kind: Kind::Word };
                self.with_separator(word, out);
            }
        }
    }

    /// One bit for any capital in `start..end` and one for any substitution.
    fn extras(&self, start: usize, end: usize) -> f64 {
        let mut shape = Shape::default();
        for at in start..end {
            shape.push(self.canon[at], self.chars[at], at == start);
        }
        shape.extras()
    }

    /// Word-like runs of letters starting at `start`: a whole run, or one reaching from a
    /// list word, where one that stops inside a run must be followed by a list word.
    fn word_like(&self, start: usize, out: &mut Vec<Piece>) {
        let whole_from_here = self.is_boundary(start);
        let mut shape = Shape::default();
        for end in start + 1..=self.chars.len() {
            let c = self.canon[end - 1];
            if !c.is_alphabetic() || !shape.push(c, self.chars[end - 1], end - 1 == start) {
                return;
            }
            let (len, boundary) = (end - start, self.is_boundary(end));
            if !shape.is_word_like() || len < SHORTEST_PIECE && !(len == 2 && whole_from_here && boundary) {
                continue;
            }
            let words = if len < SHORTEST_PIECE {
                SHORT_WORD_BITS
            } else {
                BITS_PER_WORD * len.div_ceil(LETTERS_PER_WORD) as f64
            };
            let next = if boundary { FREE } else { NEEDS_WORD };
            self.with_separator(Piece { end, next, cost: words + shape.extras(), kind: Kind::WordLike }, out);
        }
    }

    /// Adds a word piece, and the same piece taking one separator after it for free.
    fn with_separator(&self, word: Piece, out: &mut Vec<Piece>) {
        if self.chars.get(word.end).copied().is_some_and(is_separator) {
            let next = if word.next == NEEDS_WORD { FREE } else { word.next };
            out.push(Piece { end: word.end + 1, next, ..word });
        }
        out.push(word);
    }

    /// Alphabet or digit runs with a steady step of 1 or 2, and keyboard-row runs.
    fn sequences(&self, start: usize, relax: &mut impl FnMut(usize, f64)) {
        let longest = self.stepped_run(start).max(self.keyboard_run(start));
        for end in start + SHORTEST_PIECE..=start + longest {
            relax(end, self.char_bits + 1.0);
        }
    }

    /// The length of the run from `start` whose characters (all lowercase, all uppercase or
    /// all digits) go up or down by a steady 1 or 2.
    fn stepped_run(&self, start: usize) -> usize {
        let chars = &self.chars[start..];
        let (Some(&first), Some(&second)) = (chars.first(), chars.get(1)) else { return chars.len() };
        let step = i64::from(u32::from(second)) - i64::from(u32::from(first));
        if !(1..=2).contains(&step.abs()) {
            return 1;
        }
        let steady = |pair: &[char]| {
            same_class(pair[0], pair[1]) && i64::from(u32::from(pair[1])) - i64::from(u32::from(pair[0])) == step
        };
        1 + chars.windows(2).take_while(|pair| steady(pair)).count()
    }

    /// The length of the longest keyboard-row run from `start`, forwards or backwards.
    fn keyboard_run(&self, start: usize) -> usize {
        let typed: Vec<char> = self.chars[start..].iter().map(|c| c.to_ascii_lowercase()).collect();
        KEYBOARD_ROWS
            .iter()
            .flat_map(|row| [row.chars().collect::<Vec<_>>(), row.chars().rev().collect()])
            .map(|row| row_run(&row, &typed))
            .max()
            .unwrap_or(0)
    }

    /// A repeat of an earlier run, of any length from 3 to the longest found.
    fn repeat(&self, start: usize, relax: &mut impl FnMut(usize, f64)) {
        for len in SHORTEST_PIECE..=self.repeats[start] {
            relax(start + len, 1.0 + (start as f64).log2() + (len as f64).log2());
        }
    }

    /// A year from 1900 to 2099.
    fn year(&self, start: usize, relax: &mut impl FnMut(usize, f64)) {
        let Some(digits) = self.chars.get(start..start + 4) else { return };
        let text: String = digits.iter().collect();
        if digits.iter().all(char::is_ascii_digit) && (text.starts_with("19") || text.starts_with("20")) {
            relax(start + 4, 200f64.log2());
        }
    }
}

/// The running shape of a letter run, to tell whether it looks like a word.
#[derive(Default)]
struct Shape {
    capitals: bool,
    substituted: bool,
    first_capital: bool,
    later_capital: bool,
    later_lowercase: bool,
    ascii: bool,
    vowel: bool,
    consonants: usize,
}

impl Shape {
    /// Adds a letter (`canon` undone, `typed` as typed); false once the run can no longer
    /// look like a word however it goes on.
    fn push(&mut self, canon: char, typed: char, first: bool) -> bool {
        self.capitals |= typed.is_uppercase();
        self.substituted |= typed.to_ascii_lowercase() != canon;
        if first {
            self.first_capital = typed.is_uppercase();
            self.ascii = true;
        } else {
            self.later_capital |= typed.is_uppercase();
            self.later_lowercase |= typed.is_lowercase();
        }
        self.ascii &= canon.is_ascii();
        if matches!(canon, 'a' | 'e' | 'i' | 'o' | 'u' | 'y') {
            self.vowel = true;
            self.consonants = 0;
        } else {
            self.consonants += 1;
        }
        let cased = !self.later_capital || (self.first_capital && !self.later_lowercase);
        cased && (!self.ascii || self.consonants <= MAX_CONSONANT_RUN)
    }

    fn is_word_like(&self) -> bool {
        !self.ascii || self.vowel
    }

    /// One bit for any capital and one for any substitution.
    fn extras(&self) -> f64 {
        f64::from(u8::from(self.capitals)) + f64::from(u8::from(self.substituted))
    }
}

/// How far `typed` follows `row` from wherever its first character is in the row.
fn row_run(row: &[char], typed: &[char]) -> usize {
    let Some(at) = typed.first().and_then(|first| row.iter().position(|key| key == first)) else { return 0 };
    row[at..].iter().zip(typed).take_while(|(key, c)| key == c).count()
}

/// Whether two characters are both lowercase ASCII letters, both uppercase, or both digits.
fn same_class(a: char, b: char) -> bool {
    (a.is_ascii_lowercase() && b.is_ascii_lowercase())
        || (a.is_ascii_uppercase() && b.is_ascii_uppercase())
        || (a.is_ascii_digit() && b.is_ascii_digit())
}

/// A character lowercased (ASCII) with the common substitutions undone.
fn canonical(c: char) -> char {
    match c {
        '0' => 'o',
        '1' | '!' => 'i',
        '3' => 'e',
        '4' | '@' => 'a',
        '5' | '$' => 's',
        '7' => 't',
        _ => c.to_ascii_lowercase(),
    }
}

/// The rank (from 1) of a canonical piece among the common passwords.
fn common_rank(key: &str) -> Option<usize> {
    static CANONICAL: OnceLock<Vec<String>> = OnceLock::new();
    let list = CANONICAL.get_or_init(|| COMMON.iter().map(|word| word.chars().map(canonical).collect()).collect());
    list.iter().position(|word| word == key).map(|index| index + 1)
}

/// A test for a class of characters.
type CharTest = fn(&char) -> bool;

/// The size of the alphabet in use: the sum of the classes present.
fn alphabet_size(chars: &[char]) -> f64 {
    let has = |test: fn(&char) -> bool| chars.iter().any(test);
    let classes: [(CharTest, u32); 5] = [
        (char::is_ascii_lowercase, 26),
        (char::is_ascii_uppercase, 26),
        (char::is_ascii_digit, 10),
        (|c| c.is_ascii() && !c.is_ascii_alphanumeric(), 33),
        (|c| !c.is_ascii(), 100),
    ];
    f64::from(classes.iter().filter(|(test, _)| has(*test)).map(|(_, size)| size).sum::<u32>())
}

/// For each position, the length of the longest run starting there that also starts at an
/// earlier position (overlapping allowed, so "aaaa" repeats from its second character).
fn longest_earlier_matches(chars: &[char]) -> Vec<usize> {
    let n = chars.len();
    let mut longest = vec![0; n];
    // later[j]: common prefix length of chars[i + 1..] and chars[j..] (the row for i + 1).
    let mut later = vec![0usize; n + 1];
    let mut row = vec![0usize; n + 1];
    for i in (0..n).rev() {
        row.fill(0);
        for j in 0..i {
            if chars[i] == chars[j] {
                row[j] = 1 + later[j + 1];
            }
        }
        longest[i] = row[..i].iter().copied().max().unwrap_or(0);
        std::mem::swap(&mut row, &mut later);
    }
    longest
}
