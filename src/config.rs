//! The host page's configuration of an embedded widget, read from the element's attributes.
//! Bad values never break the page: each is ignored with one warning naming the attribute,
//! and the default is used. Values are only ever used as text or as checked `http(s)` links.

use crate::content::Lang;

/// The default emergency numbers: 112 (national emergency) and 108 (ambulance).
pub const DEFAULT_NUMBERS: [&str; 2] = ["112", "108"];

/// A link the host offers on some results (its pharmacist chat, its teleconsultation).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    /// An absolute `http:` or `https:` URL.
    pub url: String,
    /// The host's label for it, if given (otherwise the widget's own words).
    pub label: Option<String>,
}

/// What the host asked for, after checking.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Config {
    /// The language the host chose (`None`: from the page, then the browser).
    pub lang: Option<Lang>,
    /// The emergency numbers, most important first.
    pub numbers: Vec<String>,
    /// Shown on `pharmacist` results.
    pub pharmacist: Option<Link>,
    /// Shown on `doctor_today` and `doctor_soon` results.
    pub doctor: Option<Link>,
    /// The pharmacy's WhatsApp number, digits only with the country code (`919876543210`),
    /// for a `wa.me` link on `pharmacist`, `doctor_soon` and `doctor_today` results.
    pub whatsapp: Option<String>,
    /// No intro block.
    pub compact: bool,
}

/// One ignored attribute, for a `console.warn`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// The attribute's name.
    pub attribute: &'static str,
    /// What was wrong and what is used instead.
    pub message: String,
}

impl Config {
    /// Reads the attributes through `get` (attribute name to value, `None` when absent).
    pub fn from_attributes(get: impl Fn(&str) -> Option<String>) -> (Config, Vec<Warning>) {
        let mut warnings = Vec::new();
        let mut warn = |attribute: &'static str, message: String| {
            warnings.push(Warning { attribute, message })
        };
        let lang = get("lang").and_then(|v| {
            let lang = Lang::from_tag(v.trim());
            if lang.is_none() {
                warn(
                    "lang",
                    format!("unknown language \"{v}\"; using the page's or the browser's"),
                );
            }
            lang
        });
        let numbers = match get("emergency-numbers") {
            None => default_numbers(),
            Some(v) => parse_numbers(&v).unwrap_or_else(|| {
                warn(
                    "emergency-numbers",
                    format!(
                        "\"{v}\" is not a comma-separated list of phone numbers; using 112,108"
                    ),
                );
                default_numbers()
            }),
        };
        let mut link = |url_attr: &'static str, label_attr: &str| {
            let url = get(url_attr)?;
            if !is_web_url(&url) {
                warn(
                    url_attr,
                    format!("\"{url}\" is not an http: or https: URL; no link is shown"),
                );
                return None;
            }
            let label = get(label_attr)
                .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|l| !l.is_empty())
                .map(|l| l.chars().take(80).collect());
            Some(Link {
                url: url.trim().to_owned(),
                label,
            })
        };
        let pharmacist = link("pharmacist-url", "pharmacist-label");
        let doctor = link("doctor-url", "doctor-label");
        let whatsapp = get("pharmacist-whatsapp").and_then(|v| {
            let number = parse_whatsapp(&v);
            if number.is_none() {
                warn(
                    "pharmacist-whatsapp",
                    format!(
                        "\"{v}\" is not a phone number with its country code (+ and 10 to 15 \
                         digits, or 91 and 10 digits); no WhatsApp link is shown"
                    ),
                );
            }
            number
        });
        let compact = get("compact").is_some_and(|v| v != "false");
        let config = Config {
            lang,
            numbers,
            pharmacist,
            doctor,
            whatsapp,
            compact,
        };
        (config, warnings)
    }
}

fn default_numbers() -> Vec<String> {
    DEFAULT_NUMBERS.iter().map(|n| n.to_string()).collect()
}

/// `"112, 108"` to `["112", "108"]`; `None` unless every entry is a phone number
/// (digits, an optional leading `+`, 2 to 15 digits) and there are 1 to 4 of them.
pub fn parse_numbers(value: &str) -> Option<Vec<String>> {
    let numbers: Vec<String> = value.split(',').map(|n| n.trim().to_owned()).collect();
    let ok = (1..=4).contains(&numbers.len())
        && numbers.iter().all(|n| {
            let digits = n.strip_prefix('+').unwrap_or(n);
            (2..=15).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
        });
    ok.then_some(numbers)
}

/// A WhatsApp number as `wa.me` takes it (digits only, with the country code): `+` then 10 to
/// 15 digits, or, without `+`, an Indian number written as 91 and 10 digits; spaces and dashes
/// are allowed and removed. A bare 10-digit number (no country code) and a number starting
/// with 0 (a trunk prefix, not a country code) are refused: `wa.me` would reach someone else.
pub fn parse_whatsapp(value: &str) -> Option<String> {
    let compact: String = value
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '-'))
        .collect();
    let (digits, plus) = match compact.strip_prefix('+') {
        Some(rest) => (rest, true),
        None => (compact.as_str(), false),
    };
    let ok = digits.bytes().all(|b| b.is_ascii_digit())
        && !digits.starts_with('0')
        && if plus {
            (10..=15).contains(&digits.len())
        } else {
            digits.len() == 12 && digits.starts_with("91")
        };
    ok.then(|| digits.to_owned())
}

/// An absolute `http:` or `https:` URL with a host, and nothing that could break out of an
/// attribute (spaces, quotes, angle brackets, control characters).
pub fn is_web_url(value: &str) -> bool {
    let v = value.trim();
    let lower = v.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    match rest {
        Some(rest) => {
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            !host.is_empty()
                && v.len() <= 2048
                && !v
                    .chars()
                    .any(|c| c.is_whitespace() || c.is_control() || "\"'<>`\\".contains(c))
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(pairs: &[(&str, &str)]) -> (Config, Vec<Warning>) {
        Config::from_attributes(|name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn no_attributes_give_the_defaults_without_warnings() {
        let (config, warnings) = read(&[]);
        assert_eq!(config.numbers, ["112", "108"]);
        assert_eq!(config.lang, None);
        assert!(config.pharmacist.is_none() && config.doctor.is_none() && !config.compact);
        assert_eq!(config.whatsapp, None);
        assert!(warnings.is_empty());
    }

    #[test]
    fn good_attributes_are_used() {
        let (config, warnings) = read(&[
            ("lang", "hi"),
            ("emergency-numbers", " 102 , +911123456789"),
            ("pharmacist-url", "https://pharmacy.example/chat?x=1"),
            ("pharmacist-label", "  Chat   with our pharmacist "),
            ("doctor-url", "http://doc.example"),
            ("pharmacist-whatsapp", " +91 98765-43210 "),
            ("compact", ""),
        ]);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(config.lang, Some(Lang::Hi));
        assert_eq!(config.numbers, ["102", "+911123456789"]);
        let pharmacist = config.pharmacist.unwrap();
        assert_eq!(
            pharmacist.label.as_deref(),
            Some("Chat with our pharmacist")
        );
        assert_eq!(config.doctor.unwrap().label, None);
        assert_eq!(config.whatsapp.as_deref(), Some("919876543210"));
        assert!(config.compact);
    }

    #[test]
    fn bad_attributes_warn_once_each_and_fall_back() {
        let (config, warnings) = read(&[
            ("lang", "xx"),
            ("emergency-numbers", "112,call us"),
            ("pharmacist-url", "javascript:alert(1)"),
            ("doctor-url", "https://x.example/\"><script>"),
            ("pharmacist-whatsapp", "javascript:alert(1)"),
        ]);
        let named: Vec<_> = warnings.iter().map(|w| w.attribute).collect();
        assert_eq!(
            named,
            [
                "lang",
                "emergency-numbers",
                "pharmacist-url",
                "doctor-url",
                "pharmacist-whatsapp"
            ]
        );
        assert!(warnings[4].message.contains("javascript:alert(1)"));
        assert_eq!(config.numbers, ["112", "108"]);
        assert!(config.pharmacist.is_none() && config.doctor.is_none());
        assert_eq!(config.whatsapp, None);
        assert_eq!(config.lang, None);
    }

    #[test]
    fn only_web_urls_pass() {
        for good in [
            "https://a.example",
            "HTTP://a.example/x#y",
            "https://a.example:8443/p?q=1",
        ] {
            assert!(is_web_url(good), "{good}");
        }
        for bad in [
            "javascript:alert(1)",
            " JaVaScRiPt:alert(1)",
            "data:text/html,x",
            "//a.example",
            "https://",
            "https:///path",
            "ftp://a.example",
            "https://a.example/ x",
        ] {
            assert!(!is_web_url(bad), "{bad}");
        }
    }

    #[test]
    fn numbers_must_be_phone_numbers() {
        assert_eq!(parse_numbers("112"), Some(vec!["112".to_string()]));
        for bad in ["", "1", "11a", "112,,108", "1,2,3,4,5", "+", "tel:112"] {
            assert_eq!(parse_numbers(bad), None, "{bad}");
        }
    }

    #[test]
    fn whatsapp_numbers_need_their_country_code() {
        for (good, digits) in [
            ("+91 98765 43210", "919876543210"),
            ("+91-98765-43210", "919876543210"),
            ("919876543210", "919876543210"),
            ("91 98765 43210", "919876543210"),
            ("+4915112345678", "4915112345678"),
            ("+1 202 555 0123", "12025550123"),
            (" +123456789012345 ", "123456789012345"),
        ] {
            assert_eq!(parse_whatsapp(good).as_deref(), Some(digits), "{good}");
        }
        for bad in [
            "",
            "+",
            "javascript:alert(1)",
            "abc",
            "+91 98765 4321x",
            "12345678901234567890",
            "+12345678901234567890",
            "9876543210",
            "09876543210",
            "+09876543210",
            "0091 98765 43210",
            "+91 9876",
            "9198765432101",
            "+91 98765 43210?text=hi",
            "+91.98765.43210",
            "+91 ९८७६५ ४३२१०",
        ] {
            assert_eq!(parse_whatsapp(bad), None, "{bad}");
        }
    }
}
