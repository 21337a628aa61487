//! Email addresses and UK telephone numbers: checks with GOV.UK messages, and the warning for
//! personal email services the agreements say not to send sensitive information to.

/// The message for an email address that is not in the right form.
pub const EMAIL_FORMAT: &str = "Enter an email address in the correct format, like name@example.com";
/// The message for a telephone number that is not a UK number.
pub const PHONE_FORMAT: &str = "Enter a UK telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192";
/// The most characters in an email address (RFC 5321 path limit less the angle brackets).
pub const EMAIL_LIMIT: usize = 254;

/// Personal (consumer) email services. Lincolnshire Police's security requirements say not
/// to send sensitive information to "insecure internet domain addresses, such as Google mail,
/// Hotmail, Yahoo" (seed 000 App 3); this list names those services and their siblings.
const PERSONAL_DOMAINS: &[&str] = &[
    "aol.com",
    "aol.co.uk",
    "btinternet.com",
    "gmail.com",
    "gmx.co.uk",
    "gmx.com",
    "googlemail.com",
    "hotmail.co.uk",
    "hotmail.com",
    "icloud.com",
    "live.co.uk",
    "live.com",
    "mac.com",
    "mail.com",
    "me.com",
    "msn.com",
    "outlook.com",
    "proton.me",
    "protonmail.com",
    "sky.com",
    "talktalk.net",
    "virginmedia.com",
    "yahoo.co.uk",
    "yahoo.com",
    "ymail.com",
];

/// Checks an email address as typed (surrounding spaces and pasted line breaks are ignored).
/// Returns the address as it will be read.
pub fn email(value: &str) -> Result<&str, String> {
    let address = value.trim();
    if address.chars().count() > EMAIL_LIMIT {
        return Err(format!("Email address must be {EMAIL_LIMIT} characters or fewer"));
    }
    // The HTML specification allows a domain without a dot ("name@localhost"); an address
    // another organisation can reach needs one, with a top-level domain of letters.
    let domain = address.rsplit_once('@').map_or("", |(_, domain)| domain);
    let top_level = domain.rsplit_once('.').map_or("", |(_, top)| top);
    if !is_html_email(address) || top_level.chars().count() < 2 || !top_level.chars().all(char::is_alphabetic) {
        return Err(EMAIL_FORMAT.to_owned());
    }
    Ok(address)
}

/// The personal email service an address belongs to, if it is one.
pub fn personal_email_domain(address: &str) -> Option<&'static str> {
    let domain = address.trim().rsplit_once('@')?.1.to_ascii_lowercase();
    PERSONAL_DOMAINS.iter().copied().find(|&personal| personal == domain)
}

/// The warning shown for an address at a personal email service.
pub fn personal_email_warning(domain: &str) -> String {
    format!(
        "{domain} is a personal email service. Do not send sensitive information to it: use a secure work email address"
    )
}

/// Checks a UK telephone number, allowing spaces, hyphens, brackets and +44 or 0044.
/// Returns the number as 10 or 11 digits starting with 0.
pub fn uk_phone(value: &str) -> Result<String, String> {
    let compact: String = value.chars().filter(|c| !c.is_whitespace() && !matches!(c, '-' | '(' | ')' | '.')).collect();
    let national = match compact.strip_prefix("+44").or_else(|| compact.strip_prefix("0044")) {
        Some(rest) => format!("0{}", rest.strip_prefix('0').unwrap_or(rest)),
        None => compact,
    };
    let digits_ok = national.bytes().all(|b| b.is_ascii_digit()) && (10..=11).contains(&national.len());
    let prefix_ok =
        national.starts_with('0') && matches!(national.as_bytes().get(1), Some(b'1'..=b'3' | b'5' | b'7'..=b'9'));
    if digits_ok && prefix_ok {
        Ok(national)
    } else {
        Err(PHONE_FORMAT.to_owned())
    }
}

/// A "valid email address" as the HTML specification defines it (what `<input type=email>`
/// accepts): a local part of letters, digits and ``.!#$%&'*+/=?^_`{|}~-``, an `@`, and a
/// domain of dot-separated labels of letters, digits and inner hyphens, each 1 to 63 long.
/// Internationalised domains are accepted in their `xn--` form, as browsers send them.
fn is_html_email(address: &str) -> bool {
    let Some((local, domain)) = address.split_once('@') else { return false };
    let local_ok =
        !local.is_empty() && local.bytes().all(|b| b.is_ascii_alphanumeric() || b".!#$%&'*+/=?^_`{|}~-".contains(&b));
    let label_ok = |label: &str| {
        (1..=63).contains(&label.len())
            && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !label.starts_with('-')
            && !label.ends_with('-')
    };
    local_ok && domain.split('.').all(label_ok)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn emails_follow_the_html_rules_and_need_a_real_domain() {
        for good in ["name@example.com", " a.b+c@lincs.police.uk\n", "o'neill@school.sch.uk", "x@xn--bcher-kva.example"]
        {
            assert!(email(good).is_ok(), "{good}");
        }
        for bad in [
            "",
            "name",
            "name@",
            "@example.com",
            "name@localhost",
            "a b@example.com",
            "name@example.c0m",
            "a@@example.com",
            "a@-example.com",
            "a@example-.com",
            "a@exa_mple.com",
            "a@example..com",
            "ł@example.com",
        ] {
            assert_eq!(email(bad), Err(EMAIL_FORMAT.to_owned()), "{bad}");
        }
        let long = format!("{}@example.com", "a".repeat(250));
        assert_eq!(email(&long), Err("Email address must be 254 characters or fewer".to_owned()));
    }

    #[test]
    fn personal_domains_are_recognised_in_any_case() {
        assert_eq!(personal_email_domain("Someone@GMail.com"), Some("gmail.com"));
        assert_eq!(personal_email_domain("a@hotmail.co.uk"), Some("hotmail.co.uk"));
        assert_eq!(personal_email_domain("a@lincolnshire.gov.uk"), None);
        assert_eq!(personal_email_domain("no-at-sign"), None);
    }

    #[test]
    fn uk_phone_numbers_in_the_forms_people_type() {
        for (typed, read) in [
            ("01632 960 001", "01632960001"),
            ("07700-900-982", "07700900982"),
            ("+44 808 157 0192", "08081570192"),
            ("+44 (0)1522 212365", "01522212365"),
            ("0044 1632 960001", "01632960001"),
            ("0800 111 111", "0800111111"),
        ] {
            assert_eq!(uk_phone(typed), Ok(read.to_owned()), "{typed}");
        }
        for bad in ["", "999", "+33 1 23 45 67 89", "01632 960 001 ext 2", "0463 960 0011", "01632 9600", "ten"] {
            assert_eq!(uk_phone(bad), Err(PHONE_FORMAT.to_owned()), "{bad}");
        }
    }

    proptest! {
        #[test]
        fn any_typed_email_or_phone_is_handled(value in "\\PC{0,300}") {
            let _ = email(&value);
            let _ = personal_email_domain(&value);
            let _ = uk_phone(&value);
        }
    }
}
