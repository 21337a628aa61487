//! UK postcodes, NHS numbers, reference numbers and whole numbers: checks with GOV.UK
//! messages that also return the value written the standard way.

/// The message for anything that is not a real UK postcode.
pub const POSTCODE_FORMAT: &str = "Enter a real postcode, like SW1A 1AA";
/// The message for a 10-digit number whose check digit is wrong.
pub const NHS_CHECK: &str = "Enter a real NHS number, like 943 476 5919";

/// Checks a UK postcode in any case and spacing; returns it in capitals with one space
/// before the last three characters ("sw1a1aa" is "SW1A 1AA").
pub fn postcode(value: &str) -> Result<String, String> {
    let compact: String = value.chars().filter(|c| !c.is_whitespace()).flat_map(char::to_uppercase).collect();
    let split = compact.len().checked_sub(3).filter(|_| compact.is_ascii());
    let Some((outward, inward)) = split.map(|at| compact.split_at(at)) else {
        return Err(POSTCODE_FORMAT.to_owned());
    };
    if (outward == "GIR" && inward == "0AA") || (valid_outward(outward) && valid_inward(inward)) {
        Ok(format!("{outward} {inward}"))
    } else {
        Err(POSTCODE_FORMAT.to_owned())
    }
}

/// Area and district: A9, A99, AA9, AA99, A9A or AA9A, with the letters Royal Mail allows
/// in each position.
fn valid_outward(outward: &str) -> bool {
    let b = outward.as_bytes();
    let letter =
        |i: usize, allowed: &str| b.get(i).is_some_and(|c| c.is_ascii_uppercase() && allowed.as_bytes().contains(c));
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    const FIRST: &str = "ABCDEFGHIJKLMNOPRSTUWYZ";
    const SECOND: &str = "ABCDEFGHKLMNOPQRSTUVWXY";
    const THIRD: &str = "ABCDEFGHJKPSTUW";
    const FOURTH: &str = "ABEHMNPRVWXY";
    match b.len() {
        2 => letter(0, FIRST) && digit(1),
        3 => letter(0, FIRST) && ((digit(1) && (digit(2) || letter(2, THIRD))) || (letter(1, SECOND) && digit(2))),
        4 => letter(0, FIRST) && letter(1, SECOND) && digit(2) && (digit(3) || letter(3, FOURTH)),
        _ => false,
    }
}

/// Sector and unit: a digit and two letters, never C, I, K, M, O or V.
fn valid_inward(inward: &str) -> bool {
    let b = inward.as_bytes();
    b.len() == 3 && b[0].is_ascii_digit() && b[1..].iter().all(|c| b"ABDEFGHJLNPQRSTUWXYZ".contains(c))
}

/// Checks an NHS number (spaces and hyphens allowed) and its modulus 11 check digit; returns
/// it as "943 476 5919".
pub fn nhs_number(value: &str, label: &str) -> Result<String, String> {
    let digits: Vec<u32> =
        value.chars().filter(|c| !c.is_whitespace() && *c != '-').map(|c| c.to_digit(10).unwrap_or(u32::MAX)).collect();
    if digits.len() != 10 || digits.iter().any(|&d| d > 9) {
        return Err(format!("{label} must be 10 numbers, like 943 476 5919"));
    }
    if nhs_check_digit(&digits[..9]) != Some(digits[9]) {
        return Err(NHS_CHECK.to_owned());
    }
    let text: String = digits.iter().filter_map(|&d| char::from_digit(d, 10)).collect();
    Ok(format!("{} {} {}", &text[..3], &text[3..6], &text[6..]))
}

/// The check digit for the first nine digits, or `None` when no tenth digit can make the
/// number valid (a remainder of 10).
pub fn nhs_check_digit(first_nine: &[u32]) -> Option<u32> {
    let sum: u32 = first_nine.iter().zip((2..=10).rev()).map(|(digit, weight)| digit * weight).sum();
    match 11 - sum % 11 {
        11 => Some(0),
        10 => None,
        check => Some(check),
    }
}

/// Checks a reference number such as a NICHE occurrence number: letters, numbers, spaces,
/// hyphens and slashes, with at least one letter or number. Returns it on one line.
pub fn reference(value: &str, label: &str) -> Result<String, String> {
    let reference = super::single_line(value);
    let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, ' ' | '-' | '/');
    if reference.chars().all(allowed) && reference.chars().any(|c| c.is_ascii_alphanumeric()) {
        Ok(reference)
    } else {
        Err(format!("{label} must only include letters, numbers, spaces, hyphens and slashes"))
    }
}

/// Checks a whole number between optional bounds.
pub fn whole_number(value: &str, label: &str, min: Option<u64>, max: Option<u64>) -> Result<u64, String> {
    let typed = value.trim();
    let number = typed
        .bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| typed.parse::<u64>().ok())
        .flatten()
        .ok_or_else(|| format!("{label} must be a whole number, like 7"))?;
    match (min, max) {
        (Some(min), Some(max)) if number < min || number > max => {
            Err(format!("{label} must be between {min} and {max}"))
        }
        (Some(min), None) if number < min => Err(format!("{label} must be {min} or more")),
        (None, Some(max)) if number > max => Err(format!("{label} must be {max} or less")),
        _ => Ok(number),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn postcodes_in_every_format_are_accepted_and_tidied() {
        for (typed, read) in [
            ("SW1A 1AA", "SW1A 1AA"),
            ("sw1a1aa", "SW1A 1AA"),
            (" LN5 7PH\n", "LN5 7PH"),
            ("M1 1AE", "M1 1AE"),
            ("B33 8TH", "B33 8TH"),
            ("CR2 6XH", "CR2 6XH"),
            ("DN55 1PT", "DN55 1PT"),
            ("W1A 0AX", "W1A 0AX"),
            ("OX5 2NX", "OX5 2NX"),
            ("gir 0aa", "GIR 0AA"),
        ] {
            assert_eq!(postcode(typed), Ok(read.to_owned()), "{typed}");
        }
        for bad in
            ["", "SW1A", "SW1A 1A", "QW1 1AA", "AJ1 1AA", "SW1A 1AC", "12345", "SW1A 1AA 1", "ŁN5 7PH", "A1I 1AA"]
        {
            assert_eq!(postcode(bad), Err(POSTCODE_FORMAT.to_owned()), "{bad}");
        }
    }

    #[test]
    fn nhs_numbers_need_ten_numbers_and_the_right_check_digit() {
        assert_eq!(nhs_number("9434765919", "NHS number"), Ok("943 476 5919".to_owned()));
        assert_eq!(nhs_number(" 943-476-5919 ", "NHS number"), Ok("943 476 5919".to_owned()));
        assert_eq!(nhs_number("9434765918", "NHS number"), Err(NHS_CHECK.to_owned()));
        for bad in ["", "943476591", "94347659190", "943476591x", "٩٤٣٤٧٦٥٩١٩"] {
            assert_eq!(
                nhs_number(bad, "NHS number"),
                Err("NHS number must be 10 numbers, like 943 476 5919".to_owned()),
                "{bad}"
            );
        }
    }

    #[test]
    fn references_and_whole_numbers() {
        assert_eq!(reference(" 43/12345/25 ", "Reference"), Ok("43/12345/25".to_owned()));
        assert_eq!(
            reference("12345; DROP", "Reference"),
            Err("Reference must only include letters, numbers, spaces, hyphens and slashes".to_owned())
        );
        assert!(reference("--", "Reference").is_err());
        assert_eq!(whole_number(" 7 ", "Age", Some(0), Some(25)), Ok(7));
        assert_eq!(whole_number("7.5", "Age", None, None), Err("Age must be a whole number, like 7".to_owned()));
        assert_eq!(whole_number("-1", "Age", Some(0), None), Err("Age must be a whole number, like 7".to_owned()));
        assert_eq!(whole_number("26", "Age", Some(0), Some(25)), Err("Age must be between 0 and 25".to_owned()));
        assert_eq!(whole_number("1", "Count", Some(2), None), Err("Count must be 2 or more".to_owned()));
        assert!(whole_number("99999999999999999999999", "Age", None, None).is_err());
    }

    fn letter_from(set: &'static str) -> impl Strategy<Value = char> + Clone {
        prop::sample::select(set.chars().collect::<Vec<_>>())
    }

    /// Every shape of valid postcode, built from the letters allowed in each position.
    fn valid_postcode() -> impl Strategy<Value = String> {
        let first = letter_from("ABCDEFGHIJKLMNOPRSTUWYZ");
        let second = letter_from("ABCDEFGHKLMNOPQRSTUVWXY");
        let third = letter_from("ABCDEFGHJKPSTUW");
        let fourth = letter_from("ABEHMNPRVWXY");
        let unit = letter_from("ABDEFGHJLNPQRSTUWXYZ");
        let outward = prop_oneof![
            (first.clone(), 0u8..10).prop_map(|(a, d)| format!("{a}{d}")),
            (first.clone(), 0u8..100).prop_map(|(a, d)| format!("{a}{d}")),
            (first.clone(), second.clone(), 0u8..10).prop_map(|(a, b, d)| format!("{a}{b}{d}")),
            (first.clone(), second.clone(), 10u8..100).prop_map(|(a, b, d)| format!("{a}{b}{d}")),
            (first.clone(), 0u8..10, third).prop_map(|(a, d, c)| format!("{a}{d}{c}")),
            (first, second, 0u8..10, fourth).prop_map(|(a, b, d, c)| format!("{a}{b}{d}{c}")),
        ];
        (outward, 0u8..10, unit.clone(), unit).prop_map(|(out, d, x, y)| format!("{out} {d}{x}{y}"))
    }

    proptest! {
        #[test]
        fn valid_postcodes_are_accepted_in_any_case_and_spacing(code in valid_postcode(), lower in any::<bool>(), spaced in any::<bool>()) {
            let mut typed = if spaced { code.clone() } else { code.replace(' ', "") };
            if lower {
                typed = typed.to_lowercase();
            }
            prop_assert_eq!(postcode(&typed), Ok(code));
        }

        #[test]
        fn postcodes_are_read_the_same_after_tidying(value in "[A-Za-z0-9 ]{0,10}") {
            if let Ok(tidy) = postcode(&value) {
                prop_assert_eq!(postcode(&tidy), Ok(tidy.clone()));
            }
        }

        #[test]
        fn nhs_numbers_with_a_computed_check_digit_are_valid(first in prop::collection::vec(0u32..10, 9)) {
            let Some(check) = nhs_check_digit(&first) else { return Ok(()) };
            let typed: String = first.iter().chain([&check]).map(u32::to_string).collect();
            prop_assert!(nhs_number(&typed, "NHS number").is_ok());
        }

        #[test]
        fn changing_one_digit_of_an_nhs_number_is_always_caught(
            first in prop::collection::vec(0u32..10, 9), at in 0usize..10, by in 1u32..10,
        ) {
            let Some(check) = nhs_check_digit(&first) else { return Ok(()) };
            let mut digits: Vec<u32> = first.iter().copied().chain([check]).collect();
            digits[at] = (digits[at] + by) % 10;
            let typed: String = digits.iter().map(u32::to_string).collect();
            prop_assert!(nhs_number(&typed, "NHS number").is_err());
        }

        #[test]
        fn any_typed_identifier_is_handled(value in "\\PC{0,40}") {
            let _ = postcode(&value);
            let _ = nhs_number(&value, "NHS number");
            let _ = reference(&value, "Reference");
            let _ = whole_number(&value, "Age", Some(0), Some(25));
        }
    }
}
