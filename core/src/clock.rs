//! UK clock time: Greenwich Mean Time in winter, British Summer Time (an hour ahead) from
//! 01:00 GMT on the last Sunday in March to 01:00 GMT on the last Sunday in October (Summer
//! Time Order 2002). Deadlines counted in hours, such as the 72 hours for telling the
//! Information Commissioner about a breach, run in elapsed time, so across a clock change
//! the deadline's clock time moves by an hour; this module does that arithmetic.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Weekday};

/// Why a clock time cannot start a count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClockError {
    /// The time was skipped when the clocks went forward (01:00 to 01:59 on the last Sunday
    /// in March).
    Skipped,
    /// The result is beyond the dates the app can represent.
    OutOfRange,
}

impl ClockError {
    /// The message for the user, in GOV.UK style.
    pub fn message(self) -> &'static str {
        match self {
            ClockError::Skipped => "That time did not happen in the UK: the clocks went forward from 1am to 2am. Enter the time as it showed on the clock",
            ClockError::OutOfRange => "Enter a real date and time",
        }
    }
}

/// 01:00 GMT on the last Sunday of `month` in `year`.
fn change_instant(year: i32, month: u32) -> Option<NaiveDateTime> {
    let first_of_next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    let last_day = first_of_next.pred_opt()?;
    let back = last_day.weekday().days_since(Weekday::Sun);
    let sunday = last_day - Duration::days(i64::from(back));
    Some(sunday.and_time(NaiveTime::from_hms_opt(1, 0, 0)?))
}

/// Whether British Summer Time is in force at this instant, given in GMT (UTC).
pub fn is_summer_time(utc: NaiveDateTime) -> bool {
    let year = utc.year();
    match (change_instant(year, 3), change_instant(year, 10)) {
        (Some(start), Some(end)) => utc >= start && utc < end,
        _ => false,
    }
}

/// The UK clock time at an instant given in GMT (UTC).
pub fn to_clock(utc: NaiveDateTime) -> NaiveDateTime {
    if is_summer_time(utc) {
        utc + Duration::hours(1)
    } else {
        utc
    }
}

/// The instant, in GMT (UTC), a UK clock time stands for. A time the clocks showed twice
/// (01:00 to 01:59 on the last Sunday in October) is taken as the first, in summer time, so
/// a deadline counted from it is the earlier one; a skipped time is an error.
pub fn to_utc(clock: NaiveDateTime) -> Result<NaiveDateTime, ClockError> {
    let as_summer = clock - Duration::hours(1);
    if is_summer_time(as_summer) {
        return Ok(as_summer);
    }
    if is_summer_time(clock) {
        // Read as GMT it falls in summer time, and read as BST it does not: the skipped hour.
        return Err(ClockError::Skipped);
    }
    Ok(clock)
}

/// The UK clock time `hours` elapsed hours after the clock time `from`.
pub fn hours_after(from: NaiveDateTime, hours: i64) -> Result<NaiveDateTime, ClockError> {
    let start = to_utc(from)?;
    let end = start.checked_add_signed(Duration::hours(hours)).ok_or(ClockError::OutOfRange)?;
    Ok(to_clock(end))
}

/// Whether the clock time is in summer time, for saying "BST" or "GMT" next to it.
pub fn zone_name(clock: NaiveDateTime) -> &'static str {
    match to_utc(clock) {
        Ok(utc) if is_summer_time(utc) => "BST",
        _ => "GMT",
    }
}

#[cfg(test)]
mod tests;
