//! Reading one cell of a file of answers: a score, yes or no, a number of
//! years, a level, a sector, a country. What a spreadsheet or a collection
//! tool writes for "nothing" (an empty cell, `n/a`, `NA`, `-`) is a blank; a
//! decimal written with a comma (`4,0`) or as Excel writes whole numbers
//! (`4.0`) is read as the number. Anything else is an error that says what
//! the cell should hold.

use dacum_model::survey::{Level, Sector};

/// Whether the cell says "no answer".
pub fn is_blank(cell: &str) -> bool {
    matches!(
        cell.trim().to_lowercase().as_str(),
        "" | "n/a" | "na" | "-" | "—" | "–" | "null" | "none"
    )
}

/// A whole number, also as "4.0" or "4,0"; `Err` with what was there.
fn whole(cell: &str) -> Result<i64, ()> {
    let text = cell.trim().replace(',', ".");
    if let Ok(n) = text.parse::<i64>() {
        return Ok(n);
    }
    match text.split_once('.') {
        Some((whole, zeros)) if !zeros.is_empty() && zeros.bytes().all(|b| b == b'0') => {
            whole.parse::<i64>().map_err(|_| ())
        }
        _ => Err(()),
    }
}

/// A score on the 1–5 scale.
pub fn score(cell: &str) -> Result<Option<u8>, String> {
    if is_blank(cell) {
        return Ok(None);
    }
    match whole(cell) {
        Ok(n @ 1..=5) => Ok(u8::try_from(n).ok()),
        Ok(n) => Err(format!("{n} is outside the scale of 1 to 5")),
        Err(()) => Err(format!(
            "“{}” is not a score: a whole number from 1 to 5, or empty",
            cell.trim()
        )),
    }
}

/// Yes or no, in the partners' languages too (yes/no, y/n, 1/0, true/false,
/// ja/nein, ano/ne, da/nu, taip/ne, ναι/όχι), and "x", a tick on paper.
pub fn yes_no(cell: &str) -> Result<Option<bool>, String> {
    if is_blank(cell) {
        return Ok(None);
    }
    let folded = cell.trim().to_lowercase();
    match folded.as_str() {
        "yes" | "y" | "1" | "true" | "ja" | "ano" | "da" | "taip" | "ναι" | "x" => {
            Ok(Some(true))
        }
        "no" | "n" | "0" | "false" | "nein" | "ne" | "nu" | "όχι" | "οχι" => Ok(Some(false)),
        _ => Err(format!(
            "“{}” is not yes or no (yes/no, y/n, 1/0, or empty)",
            cell.trim()
        )),
    }
}

/// Years in the job: a whole number of years (a decimal is rounded down).
pub fn years(cell: &str) -> Result<Option<u16>, String> {
    if is_blank(cell) {
        return Ok(None);
    }
    let text = cell.trim().replace(',', ".");
    match text.parse::<f64>() {
        Ok(years) if (0.0..=80.0).contains(&years) => {
            // Checked to lie in 0–80 just above.
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let whole = years.floor() as u16;
            Ok(Some(whole))
        }
        Ok(years) => Err(format!("{years} years in the job is not possible")),
        Err(_) => Err(format!(
            "“{}” is not a number of years in the job",
            cell.trim()
        )),
    }
}

/// A level by its key (job-holder) or its name (Job holder).
pub fn level(cell: &str) -> Result<Option<Level>, String> {
    if is_blank(cell) {
        return Ok(None);
    }
    let key = cell.trim().to_lowercase().replace([' ', '_'], "-");
    let key = match key.as_str() {
        "jobholder" | "job-holder" | "officer" | "practitioner" => "job-holder",
        other => other,
    };
    Level::from_key(key).map(Some).ok_or_else(|| {
        format!(
            "“{}” is not a level: job-holder, supervisor, trainer or manager",
            cell.trim()
        )
    })
}

/// A sector by its key (public, private, ngo).
pub fn sector(cell: &str) -> Result<Option<Sector>, String> {
    if is_blank(cell) {
        return Ok(None);
    }
    Sector::from_key(&cell.trim().to_lowercase())
        .map(Some)
        .ok_or_else(|| format!("“{}” is not a sector: public, private or ngo", cell.trim()))
}

/// A two-letter country code, in capitals.
pub fn country(cell: &str) -> Result<String, String> {
    let code = cell.trim().to_uppercase();
    if code.is_empty() || (code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())) {
        Ok(code)
    } else {
        Err(format!(
            "“{}” is not a two-letter country code such as CZ or RO",
            cell.trim()
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_read_as_people_and_tools_write_them() {
        assert_eq!(score("4"), Ok(Some(4)));
        assert_eq!(score(" 4.0 "), Ok(Some(4)));
        assert_eq!(score("4,0"), Ok(Some(4)));
        assert_eq!(score("n/a"), Ok(None));
        assert_eq!(score(""), Ok(None));
        assert!(score("6").unwrap_err().contains("outside the scale"));
        assert!(score("4.5").unwrap_err().contains("not a score"));
        assert!(score("very").unwrap_err().contains("not a score"));
        assert_eq!(yes_no("Ano"), Ok(Some(true)));
        assert_eq!(yes_no("nein"), Ok(Some(false)));
        assert_eq!(yes_no("ΝΑΙ"), Ok(Some(true)));
        assert!(yes_no("maybe").is_err());
        assert_eq!(years("12,5"), Ok(Some(12)));
        assert!(years("-3").is_err());
        assert!(years("ten").is_err());
        assert_eq!(level("Job holder"), Ok(Some(Level::JobHolder)));
        assert_eq!(level("SUPERVISOR"), Ok(Some(Level::Supervisor)));
        assert!(level("boss").is_err());
        assert_eq!(sector("NGO"), Ok(Some(Sector::Ngo)));
        assert_eq!(country("cz"), Ok("CZ".to_owned()));
        assert!(country("Czechia").is_err());
    }
}
