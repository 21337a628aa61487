//! Shared-computer protection: after a spell without use, warn, then clear everything
//! entered. The UI reads the clock and the user's activity; this module decides what to show.
//!
//! The idle time comes from the organisation publishing InfoShare (a `<meta>` tag in
//! `index.html`, default [`DEFAULT_IDLE_MINUTES`]). When it has passed, a warning counts down
//! [`GRACE_SECONDS`]; only "Keep working" stops it, and at zero the visit's work is wiped.

/// Minutes without use before the warning, unless the publisher sets another value.
pub const DEFAULT_IDLE_MINUTES: u32 = 10;
/// The longest idle time a publisher may set: a working day.
pub const MAX_IDLE_MINUTES: u32 = 8 * 60;
/// Seconds the warning counts down before everything is cleared.
pub const GRACE_SECONDS: u64 = 120;

/// When to warn and when to clear.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IdlePolicy {
    pub idle_minutes: u32,
}

/// What the idle clock says now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdleState {
    Active,
    /// The warning is showing, with this many whole seconds left.
    Warning {
        seconds_left: u64,
    },
    /// Time is up: clear everything.
    Expired,
}

impl Default for IdlePolicy {
    fn default() -> IdlePolicy {
        IdlePolicy { idle_minutes: DEFAULT_IDLE_MINUTES }
    }
}

impl IdlePolicy {
    /// The policy a publisher configured: whole minutes from 1 to [`MAX_IDLE_MINUTES`]; the
    /// default for anything else (missing, blank, zero, too large or not a number).
    pub fn configured(minutes: Option<&str>) -> IdlePolicy {
        minutes
            .and_then(|text| text.trim().parse::<u32>().ok())
            .filter(|minutes| (1..=MAX_IDLE_MINUTES).contains(minutes))
            .map_or_else(IdlePolicy::default, |idle_minutes| IdlePolicy { idle_minutes })
    }

    /// The state after `idle_ms` milliseconds without use (a negative span, from a clock
    /// set back, counts as none).
    pub fn state(self, idle_ms: f64) -> IdleState {
        let idle_seconds = (idle_ms.max(0.0) / 1000.0) as u64;
        let warn_at = u64::from(self.idle_minutes) * 60;
        match idle_seconds.checked_sub(warn_at) {
            None => IdleState::Active,
            Some(into_warning) if into_warning < GRACE_SECONDS => {
                IdleState::Warning { seconds_left: GRACE_SECONDS - into_warning }
            }
            Some(_) => IdleState::Expired,
        }
    }

    /// "10 minutes", for telling the user how long they were away.
    pub fn idle_text(self) -> String {
        minutes_text(u64::from(self.idle_minutes))
    }
}

fn minutes_text(minutes: u64) -> String {
    if minutes == 1 {
        "1 minute".to_owned()
    } else {
        format!("{minutes} minutes")
    }
}

/// The time left as the warning says it: "2 minutes", "1 minute 30 seconds", "45 seconds".
/// Screen readers hear it when it changes, so it moves in steps of 15 seconds.
pub fn countdown_text(seconds_left: u64) -> String {
    let rounded = seconds_left.div_ceil(15) * 15;
    let (minutes, seconds) = (rounded / 60, rounded % 60);
    match (minutes, seconds) {
        (0, seconds) => format!("{seconds} seconds"),
        (minutes, 0) => minutes_text(minutes),
        (minutes, seconds) => format!("{} {seconds} seconds", minutes_text(minutes)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINUTE: f64 = 60_000.0;

    #[test]
    fn a_publisher_sets_whole_minutes_within_limits() {
        assert_eq!(IdlePolicy::configured(Some("5")).idle_minutes, 5);
        assert_eq!(IdlePolicy::configured(Some(" 30 ")).idle_minutes, 30);
        for bad in [None, Some(""), Some("0"), Some("-3"), Some("ten"), Some("2.5"), Some("481")] {
            assert_eq!(IdlePolicy::configured(bad), IdlePolicy::default(), "{bad:?}");
        }
        assert_eq!(IdlePolicy::configured(Some("480")).idle_minutes, MAX_IDLE_MINUTES);
    }

    #[test]
    fn ten_idle_minutes_warn_then_two_more_clear() {
        let policy = IdlePolicy::default();
        assert_eq!(policy.state(0.0), IdleState::Active);
        assert_eq!(policy.state(-5.0 * MINUTE), IdleState::Active);
        assert_eq!(policy.state(10.0 * MINUTE - 1.0), IdleState::Active);
        assert_eq!(policy.state(10.0 * MINUTE), IdleState::Warning { seconds_left: 120 });
        assert_eq!(policy.state(11.0 * MINUTE + 59_999.0), IdleState::Warning { seconds_left: 1 });
        assert_eq!(policy.state(12.0 * MINUTE), IdleState::Expired);
        assert_eq!(policy.state(f64::MAX), IdleState::Expired);
    }

    #[test]
    fn the_countdown_is_spoken_in_steps_of_fifteen_seconds() {
        assert_eq!(countdown_text(120), "2 minutes");
        assert_eq!(countdown_text(119), "2 minutes");
        assert_eq!(countdown_text(105), "1 minute 45 seconds");
        assert_eq!(countdown_text(60), "1 minute");
        assert_eq!(countdown_text(44), "45 seconds");
        assert_eq!(countdown_text(1), "15 seconds");
        assert_eq!(IdlePolicy { idle_minutes: 1 }.idle_text(), "1 minute");
    }
}
