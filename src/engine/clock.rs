//! Time as the engine sees it. Sessions take a clock so tests can fake time
//! instead of sleeping.

use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// A source of wall-clock time.
pub trait Clock: Send + Sync {
    fn now(&self) -> SystemTime;
}

/// The real clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> SystemTime {
        SystemTime::now()
    }
}

/// The real clock's pace from a chosen start: `now()` is `start` plus the
/// real time elapsed since the clock was made. With `DVA_NOW` a test puts dva
/// at any date while timed exams still count down.
#[derive(Debug, Clone, Copy)]
pub struct ShiftedClock {
    start: SystemTime,
    made: Instant,
}

impl ShiftedClock {
    pub fn starting_at(start: SystemTime) -> Self {
        ShiftedClock {
            start,
            made: Instant::now(),
        }
    }
}

impl Clock for ShiftedClock {
    fn now(&self) -> SystemTime {
        self.start + self.made.elapsed()
    }
}

/// A clock that moves only when told to, for tests.
#[derive(Debug)]
pub struct FakeClock(Mutex<SystemTime>);

impl FakeClock {
    pub fn at(start: SystemTime) -> Self {
        FakeClock(Mutex::new(start))
    }

    pub fn advance(&self, by: Duration) {
        let mut t = self.0.lock().unwrap_or_else(|e| e.into_inner());
        *t += by;
    }
}

impl Clock for FakeClock {
    fn now(&self) -> SystemTime {
        *self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// RFC 3339 timestamp in UTC to the second, as stored and exported. A time
/// before 1970 (which dva never stores) is written as the epoch itself,
/// because the format cannot show it.
pub fn rfc3339(t: SystemTime) -> String {
    humantime::format_rfc3339_seconds(t.max(UNIX_EPOCH)).to_string()
}

/// Read an RFC 3339 timestamp with any offset (`2026-05-04T09:00:00Z`,
/// `2026-05-04T18:00:00+09:00`); `None` for text that is not one, or for a
/// time before 1970.
pub fn parse_rfc3339(s: &str) -> Option<SystemTime> {
    chrono::DateTime::parse_from_rfc3339(s.trim())
        .ok()
        .map(SystemTime::from)
        .filter(|t| *t >= UNIX_EPOCH)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_before_1970_are_refused_and_never_formatted() {
        assert_eq!(parse_rfc3339("1900-01-01T00:00:00Z"), None);
        let early = UNIX_EPOCH - Duration::from_secs(86_400 * 365 * 60);
        assert_eq!(rfc3339(early), "1970-01-01T00:00:00Z");
    }

    #[test]
    fn a_shifted_clock_starts_where_told_and_runs() {
        let start = parse_rfc3339("2026-05-04T18:00:00+09:00").unwrap();
        assert_eq!(rfc3339(start), "2026-05-04T09:00:00Z");
        let c = ShiftedClock::starting_at(start);
        let t = c.now();
        assert!(t >= start && t < start + Duration::from_secs(5));
        assert_eq!(parse_rfc3339("yesterday"), None);
    }
}
