//! How a date is read from a session file: exactly `YYYY-MM-DD` (or the
//! six-digit signed year jiff writes for years outside 0–9999). jiff alone also
//! takes "2025-03-11T10:00" or "20250311" and quietly keeps only the date, so a
//! time that a partner typed would vanish on the next save; here any other
//! spelling is an error, which the file layer reports with its line and column.
//!
//! Used as `#[serde(deserialize_with = "…::option")]` on every date field.

use std::fmt;

use jiff::civil::Date;
use serde::de::{self, Deserialize, Deserializer, Visitor};

/// A date field that may be blank (`None`, or missing under `#[serde(default)]`).
pub fn option<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Date>, D::Error> {
    Option::<Strict>::deserialize(deserializer).map(|date| date.map(|Strict(date)| date))
}

struct Strict(Date);

impl<'de> Deserialize<'de> for Strict {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(StrictVisitor)
    }
}

struct StrictVisitor;

impl Visitor<'_> for StrictVisitor {
    type Value = Strict;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a date written YYYY-MM-DD")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Strict, E> {
        let refused = || {
            E::custom(format!(
                "a date is written YYYY-MM-DD (e.g. \"2025-03-11\"), without a time; found \"{text}\""
            ))
        };
        if !has_date_shape(text) {
            return Err(refused());
        }
        text.parse::<Date>().map(Strict).map_err(|_| {
            E::custom(format!(
                "\"{text}\" is not a date of the calendar (written YYYY-MM-DD)"
            ))
        })
    }
}

/// `YYYY-MM-DD`, or `±YYYYYY-MM-DD`: digits and dashes in those places, nothing else.
fn has_date_shape(text: &str) -> bool {
    let bytes = text.as_bytes();
    let year_digits = match bytes.first() {
        Some(b'+' | b'-') => 7,
        _ => 4,
    };
    let shape: Vec<u8> = bytes
        .iter()
        .enumerate()
        .map(|(i, &b)| match b {
            b'0'..=b'9' => b'9',
            b'+' | b'-' if i == 0 => b'+',
            other => other,
        })
        .collect();
    let expected: &[u8] = if year_digits == 7 {
        b"+999999-99-99"
    } else {
        b"9999-99-99"
    };
    shape == expected
}

#[cfg(test)]
mod tests {
    use super::has_date_shape;

    #[test]
    fn only_the_date_itself_has_the_shape_of_a_date() {
        for good in ["2025-03-11", "0001-01-01", "+010000-01-01", "-000044-03-15"] {
            assert!(has_date_shape(good), "{good}");
        }
        for bad in [
            "2025-03-11T10:00",
            "2025-03-11 10:00",
            "20250311",
            "2025-3-11",
            " 2025-03-11",
            "2025-03-11Z",
            "",
            "+2025-03-11",
        ] {
            assert!(!has_date_shape(bad), "{bad}");
        }
    }
}
