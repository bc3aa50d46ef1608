//! Opening hours: `24/7`, or weekly ranges in the line's own IANA time zone.
//! Everything is computed in local civil time of that zone, so daylight-saving
//! changes and overnight ranges come out right.

use jiff::civil::{DateTime, Time};
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};

const MINUTES_PER_DAY: u32 = 24 * 60;
const MINUTES_PER_WEEK: u32 = 7 * MINUTES_PER_DAY;

#[derive(Clone, Debug)]
pub enum Hours {
    Always,
    Weekly {
        zone_name: String,
        zone: TimeZone,
        ranges: Vec<WeeklyRange>,
    },
}

/// Open on each of `days` from `from` to `to` (minutes since midnight).
/// `to <= from` means the range runs past midnight into the next day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WeeklyRange {
    /// Bit 0 is Monday … bit 6 is Sunday.
    days: u8,
    from: u32,
    to: u32,
}

/// Whether a line is open at a given instant, and when that changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpenState {
    Always,
    /// Open now; closes at this local time.
    Open {
        closes_at: Time,
        changes_at: Timestamp,
    },
    /// Closed now; opens at this local time, on this day.
    Closed {
        opens_at: Time,
        opens_on: OpensOn,
        /// When it opens, or local midnight if that comes first: "opens
        /// tomorrow" becomes "opens today" then.
        changes_at: Timestamp,
    },
}

/// The day a closed line opens again, as a person would say it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpensOn {
    Today,
    Tomorrow,
    /// Later in the coming week: the day's key, `mon` … `sun`.
    Weekday(&'static str),
}

impl OpensOn {
    /// `today`, `tomorrow` or `mon` … `sun`: the selector the texts use.
    pub fn key(self) -> &'static str {
        match self {
            Self::Today => "today",
            Self::Tomorrow => "tomorrow",
            Self::Weekday(day) => day,
        }
    }
}

/// A week that one phrase can describe: the same interval on every day, or
/// on each day of one run of days ("mon"–"fri", "fri"–"mon").
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Schedule {
    Daily {
        from: String,
        to: String,
    },
    /// `first` and `last` are day keys (`mon` … `sun`), equal for one day.
    Days {
        first: &'static str,
        last: &'static str,
        from: String,
        to: String,
    },
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum HoursError {
    #[error("unknown day `{0}`; use mon, tue, wed, thu, fri, sat, sun, a range like mon-fri, daily, weekdays or weekends")]
    UnknownDay(String),
    #[error("`{0}` is not a time; write HH:MM in 24-hour form, e.g. 09:00 or 22:30")]
    BadTime(String),
    #[error("opens and closes at the same time ({0}); for a whole day use from: \"00:00\" to: \"24:00\"")]
    EmptyRange(String),
    #[error("`{0}` is not an IANA time zone (e.g. Europe/Brussels)")]
    UnknownZone(String),
    #[error("ranges overlap on {0}")]
    Overlap(&'static str),
    #[error("has no ranges")]
    NoRanges,
}

const DAY_NAMES: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

impl WeeklyRange {
    /// `days`: a list of day names or day ranges ("mon-fri"), or one of
    /// `daily`, `weekdays`, `weekends`. Times are "HH:MM"; "24:00" ends a day.
    pub fn parse(days: &[String], from: &str, to: &str) -> Result<Self, HoursError> {
        let mut mask = 0u8;
        for item in days {
            mask |= parse_days(item)?;
        }
        let from_minutes = parse_time(from)?;
        let to_minutes = parse_time(to)?;
        if from_minutes == to_minutes || (from_minutes == MINUTES_PER_DAY) {
            return Err(HoursError::EmptyRange(from.to_string()));
        }
        Ok(Self {
            days: mask,
            from: from_minutes,
            to: to_minutes,
        })
    }

    /// The open intervals in minutes since Monday 00:00, possibly ending
    /// past the end of the week (they wrap into next Monday).
    fn intervals(&self) -> impl Iterator<Item = (u32, u32)> + '_ {
        (0..7u32)
            .filter(move |day| self.days & (1 << day) != 0)
            .map(move |day| {
                let start = day * MINUTES_PER_DAY + self.from;
                let end_in_day = if self.to > self.from {
                    self.to
                } else {
                    self.to + MINUTES_PER_DAY
                };
                (start, day * MINUTES_PER_DAY + end_in_day)
            })
    }

    /// Human-readable form, e.g. "mon-fri 09:00-17:00".
    pub fn describe(&self) -> String {
        let days = match self.days {
            0b111_1111 => "daily".to_string(),
            0b001_1111 => "mon-fri".to_string(),
            0b110_0000 => "sat-sun".to_string(),
            mask => DAY_NAMES
                .iter()
                .enumerate()
                .filter(|(i, _)| mask & (1 << i) != 0)
                .map(|(_, name)| *name)
                .collect::<Vec<_>>()
                .join(","),
        };
        format!(
            "{days} {}-{}",
            format_minutes(self.from),
            format_minutes(self.to)
        )
    }
}

fn parse_days(item: &str) -> Result<u8, HoursError> {
    let item = item.trim().to_ascii_lowercase();
    let index = |name: &str| {
        DAY_NAMES
            .iter()
            .position(|d| *d == name)
            .ok_or_else(|| HoursError::UnknownDay(name.to_string()))
    };
    match item.as_str() {
        "daily" => Ok(0b111_1111),
        "weekdays" => Ok(0b001_1111),
        "weekends" => Ok(0b110_0000),
        _ => match item.split_once('-') {
            Some((first, last)) => {
                let (first, last) = (index(first)?, index(last)?);
                // "fri-mon" wraps over the weekend.
                let mut mask = 0u8;
                let mut day = first;
                loop {
                    mask |= 1 << day;
                    if day == last {
                        break;
                    }
                    day = (day + 1) % 7;
                }
                Ok(mask)
            }
            None => Ok(1 << index(&item)?),
        },
    }
}

fn parse_time(input: &str) -> Result<u32, HoursError> {
    let bad = || HoursError::BadTime(input.to_string());
    let (hours, minutes) = input.trim().split_once(':').ok_or_else(bad)?;
    if hours.len() != 2 || minutes.len() != 2 {
        return Err(bad());
    }
    let hours: u32 = hours.parse().map_err(|_| bad())?;
    let minutes: u32 = minutes.parse().map_err(|_| bad())?;
    match (hours, minutes) {
        (24, 0) => Ok(MINUTES_PER_DAY),
        (0..=23, 0..=59) => Ok(hours * 60 + minutes),
        _ => Err(bad()),
    }
}

fn format_minutes(minutes: u32) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

fn minute_time(minutes: u32) -> Time {
    let minutes = minutes % MINUTES_PER_DAY;
    Time::constant((minutes / 60) as i8, (minutes % 60) as i8, 0, 0)
}

impl Hours {
    pub fn weekly(zone_name: &str, ranges: Vec<WeeklyRange>) -> Result<Self, HoursError> {
        if ranges.is_empty() {
            return Err(HoursError::NoRanges);
        }
        let zone = jiff::tz::db()
            .get(zone_name)
            .map_err(|_| HoursError::UnknownZone(zone_name.to_string()))?;
        let hours = Self::Weekly {
            zone_name: zone_name.to_string(),
            zone,
            ranges,
        };
        hours.check_overlaps()?;
        Ok(hours)
    }

    fn check_overlaps(&self) -> Result<(), HoursError> {
        let Self::Weekly { ranges, .. } = self else {
            return Ok(());
        };
        let mut intervals: Vec<(u32, u32)> =
            ranges.iter().flat_map(WeeklyRange::intervals).collect();
        intervals.sort_unstable();
        let wrapped_end = intervals
            .last()
            .map(|(_, end)| end.saturating_sub(MINUTES_PER_WEEK));
        for pair in intervals.windows(2) {
            if pair[1].0 < pair[0].1 {
                return Err(HoursError::Overlap(
                    DAY_NAMES[(pair[1].0 / MINUTES_PER_DAY) as usize],
                ));
            }
        }
        if let (Some(end), Some((first_start, _))) = (wrapped_end, intervals.first()) {
            if end > *first_start {
                return Err(HoursError::Overlap("mon"));
            }
        }
        Ok(())
    }

    /// A short, language-neutral description: "24/7" or
    /// "mon-fri 09:00-17:00; sat 10:00-14:00 (Europe/Brussels)".
    pub fn describe(&self) -> String {
        match self {
            Self::Always => "24/7".to_string(),
            Self::Weekly {
                zone_name, ranges, ..
            } => {
                let ranges: Vec<String> = ranges.iter().map(WeeklyRange::describe).collect();
                format!("{} ({zone_name})", ranges.join("; "))
            }
        }
    }

    /// The week in one phrase, when it has one: every range opens and closes
    /// at the same times and together they cover one run of days.
    pub fn schedule(&self) -> Option<Schedule> {
        let Self::Weekly { ranges, .. } = self else {
            return None;
        };
        let first = ranges.first()?;
        if ranges
            .iter()
            .any(|r| (r.from, r.to) != (first.from, first.to))
        {
            return None;
        }
        let mask = ranges.iter().fold(0u8, |mask, r| mask | r.days);
        let (from, to) = (format_minutes(first.from), format_minutes(first.to));
        if mask == 0b111_1111 {
            return Some(Schedule::Daily { from, to });
        }
        // A run has exactly one day that starts it: open, the day before not.
        let starts: Vec<usize> = (0..7)
            .filter(|&day| mask & (1 << day) != 0 && mask & (1 << ((day + 6) % 7)) == 0)
            .collect();
        let [start] = starts[..] else {
            return None;
        };
        let length = mask.count_ones() as usize;
        Some(Schedule::Days {
            first: DAY_NAMES[start],
            last: DAY_NAMES[(start + length - 1) % 7],
            from,
            to,
        })
    }

    /// Open or closed at `now`, and the next instant that changes it.
    pub fn state_at(&self, now: Timestamp) -> OpenState {
        let Self::Weekly { zone, ranges, .. } = self else {
            return OpenState::Always;
        };
        let local = now.to_zoned(zone.clone());
        let civil = local.datetime();
        let weekday = civil.weekday().to_monday_zero_offset() as u32;
        let minute = weekday * MINUTES_PER_DAY + civil.hour() as u32 * 60 + civil.minute() as u32;

        let intervals: Vec<(u32, u32)> = ranges.iter().flat_map(WeeklyRange::intervals).collect();
        let open_interval = intervals.iter().find(|(start, end)| {
            (minute >= *start && minute < *end)
                || (minute + MINUTES_PER_WEEK >= *start && minute + MINUTES_PER_WEEK < *end)
        });
        match open_interval {
            Some(&(start, end)) => {
                let end = if minute < start {
                    end - MINUTES_PER_WEEK
                } else {
                    end
                };
                OpenState::Open {
                    closes_at: minute_time(end),
                    changes_at: instant_after(civil, zone, end - minute),
                }
            }
            None => {
                let next_start = intervals
                    .iter()
                    .map(|(start, _)| {
                        if *start > minute {
                            *start
                        } else {
                            start + MINUTES_PER_WEEK
                        }
                    })
                    .min()
                    .unwrap_or(minute + MINUTES_PER_WEEK);
                let days_ahead = next_start / MINUTES_PER_DAY - weekday;
                let opens_on = match days_ahead {
                    0 => OpensOn::Today,
                    1 => OpensOn::Tomorrow,
                    _ => OpensOn::Weekday(DAY_NAMES[(next_start / MINUTES_PER_DAY % 7) as usize]),
                };
                let until_midnight = MINUTES_PER_DAY - minute % MINUTES_PER_DAY;
                OpenState::Closed {
                    opens_at: minute_time(next_start),
                    opens_on,
                    changes_at: instant_after(
                        civil,
                        zone,
                        (next_start - minute).min(until_midnight),
                    ),
                }
            }
        }
    }
}

/// The instant `minutes` local-clock minutes after `civil` (truncated to the
/// minute). Local arithmetic keeps "opens at 09:00" right across DST changes.
fn instant_after(civil: DateTime, zone: &TimeZone, minutes: u32) -> Timestamp {
    let start_of_minute = civil
        .with()
        .second(0)
        .subsec_nanosecond(0)
        .build()
        .unwrap_or(civil);
    let target = start_of_minute
        .checked_add((minutes as i64).minutes())
        .unwrap_or(start_of_minute);
    zone.to_ambiguous_zoned(target)
        .compatible()
        .map(|zoned| zoned.timestamp())
        // A local time that cannot be resolved only happens at the far end of
        // the calendar; a state that never changes is the safe reading.
        .unwrap_or(Timestamp::MAX)
}

impl OpenState {
    pub fn is_open(&self) -> bool {
        !matches!(self, Self::Closed { .. })
    }

    /// When this state stops being true; `None` for a line open 24/7.
    pub fn changes_at(&self) -> Option<Timestamp> {
        match self {
            Self::Always => None,
            Self::Open { changes_at, .. } | Self::Closed { changes_at, .. } => Some(*changes_at),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(zoned: &str) -> Timestamp {
        zoned
            .parse::<jiff::Zoned>()
            .map(|z| z.timestamp())
            .unwrap_or(Timestamp::UNIX_EPOCH)
    }

    fn evenings() -> Hours {
        let range = WeeklyRange::parse(&["daily".into()], "18:30", "22:30");
        Hours::weekly(
            "Europe/Brussels",
            vec![range.unwrap_or_else(|e| panic!("{e}"))],
        )
        .unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn an_evening_line_is_open_in_the_evening_and_closed_in_the_morning() {
        let hours = evenings();
        let open = hours.state_at(at("2026-11-28T20:00[Europe/Brussels]"));
        assert_eq!(
            open,
            OpenState::Open {
                closes_at: Time::constant(22, 30, 0, 0),
                changes_at: at("2026-11-28T22:30[Europe/Brussels]")
            }
        );
        let closed = hours.state_at(at("2026-11-28T09:00[Europe/Brussels]"));
        assert_eq!(
            closed,
            OpenState::Closed {
                opens_at: Time::constant(18, 30, 0, 0),
                opens_on: OpensOn::Today,
                changes_at: at("2026-11-28T18:30[Europe/Brussels]")
            }
        );
        // After closing, it opens tomorrow, and "tomorrow" holds until midnight.
        let late = hours.state_at(at("2026-11-28T23:00[Europe/Brussels]"));
        assert_eq!(
            late,
            OpenState::Closed {
                opens_at: Time::constant(18, 30, 0, 0),
                opens_on: OpensOn::Tomorrow,
                changes_at: at("2026-11-29T00:00[Europe/Brussels]")
            }
        );
    }

    #[test]
    fn a_line_open_one_day_a_week_names_that_day() {
        // Sundays only; Monday 2026-11-30 is six days before.
        let hours = weekly(&[(&["sun"], "10:00", "14:00")]);
        let state = hours.state_at(at("2026-11-30T12:00[Europe/Brussels]"));
        assert!(matches!(
            state,
            OpenState::Closed {
                opens_on: OpensOn::Weekday("sun"),
                ..
            }
        ));
        // Saturday evening it opens tomorrow.
        let saturday = hours.state_at(at("2026-12-05T20:00[Europe/Brussels]"));
        assert!(matches!(
            saturday,
            OpenState::Closed {
                opens_on: OpensOn::Tomorrow,
                ..
            }
        ));
    }

    #[test]
    fn an_overnight_range_runs_past_midnight_and_past_sunday() {
        let range =
            WeeklyRange::parse(&["sun".into()], "22:00", "06:00").unwrap_or_else(|e| panic!("{e}"));
        let hours = Hours::weekly("Europe/Paris", vec![range]).unwrap_or_else(|e| panic!("{e}"));
        // Monday 02:00 is inside Sunday's overnight range.
        assert!(hours
            .state_at(at("2026-11-30T02:00[Europe/Paris]"))
            .is_open());
        assert!(!hours
            .state_at(at("2026-11-30T07:00[Europe/Paris]"))
            .is_open());
        assert!(hours
            .state_at(at("2026-11-29T23:00[Europe/Paris]"))
            .is_open());
    }

    #[test]
    fn opening_time_is_local_across_a_daylight_saving_change() {
        // Europe/Brussels springs forward on 2026-03-29 at 02:00.
        let range = WeeklyRange::parse(&["daily".into()], "09:00", "17:00")
            .unwrap_or_else(|e| panic!("{e}"));
        let hours = Hours::weekly("Europe/Brussels", vec![range]).unwrap_or_else(|e| panic!("{e}"));
        let state = hours.state_at(at("2026-03-29T01:00[Europe/Brussels]"));
        assert_eq!(
            state,
            OpenState::Closed {
                opens_at: Time::constant(9, 0, 0, 0),
                opens_on: OpensOn::Today,
                changes_at: at("2026-03-29T09:00[Europe/Brussels]")
            }
        );
    }

    fn weekly(ranges: &[(&[&str], &str, &str)]) -> Hours {
        let ranges = ranges
            .iter()
            .map(|(days, from, to)| {
                let days: Vec<String> = days.iter().map(|d| d.to_string()).collect();
                WeeklyRange::parse(&days, from, to).unwrap_or_else(|e| panic!("{e}"))
            })
            .collect();
        Hours::weekly("Europe/Brussels", ranges).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn a_week_of_one_interval_on_one_run_of_days_has_a_schedule_in_one_phrase() {
        let days = |first, last, from: &str, to: &str| {
            Some(Schedule::Days {
                first,
                last,
                from: from.into(),
                to: to.into(),
            })
        };
        assert_eq!(
            weekly(&[(&["daily"], "10:00", "22:00")]).schedule(),
            Some(Schedule::Daily {
                from: "10:00".into(),
                to: "22:00".into()
            })
        );
        // Two ranges with the same times that make up the whole week.
        assert_eq!(
            weekly(&[
                (&["weekdays"], "15:00", "03:00"),
                (&["weekends"], "15:00", "03:00")
            ])
            .schedule(),
            Some(Schedule::Daily {
                from: "15:00".into(),
                to: "03:00".into()
            })
        );
        assert_eq!(
            weekly(&[(&["mon-fri"], "09:00", "17:00")]).schedule(),
            days("mon", "fri", "09:00", "17:00")
        );
        assert_eq!(
            weekly(&[(&["mon", "tue", "wed"], "09:00", "24:00")]).schedule(),
            days("mon", "wed", "09:00", "24:00")
        );
        assert_eq!(
            weekly(&[(&["fri-mon"], "18:00", "23:00")]).schedule(),
            days("fri", "mon", "18:00", "23:00")
        );
        assert_eq!(
            weekly(&[(&["sun"], "22:00", "06:00")]).schedule(),
            days("sun", "sun", "22:00", "06:00")
        );
        // No one phrase: days with a gap, or different times.
        assert_eq!(
            weekly(&[(&["mon", "wed"], "09:00", "17:00")]).schedule(),
            None
        );
        assert_eq!(
            weekly(&[
                (&["mon-fri"], "09:00", "17:00"),
                (&["sat"], "10:00", "14:00")
            ])
            .schedule(),
            None
        );
        assert_eq!(Hours::Always.schedule(), None);
    }

    #[test]
    fn bad_days_times_zones_and_overlaps_are_refused() {
        assert!(matches!(
            WeeklyRange::parse(&["funday".into()], "09:00", "17:00"),
            Err(HoursError::UnknownDay(_))
        ));
        assert!(matches!(
            WeeklyRange::parse(&["mon".into()], "9am", "17:00"),
            Err(HoursError::BadTime(_))
        ));
        assert!(matches!(
            WeeklyRange::parse(&["mon".into()], "09:00", "09:00"),
            Err(HoursError::EmptyRange(_))
        ));
        let range = || {
            WeeklyRange::parse(&["mon-fri".into()], "09:00", "17:00")
                .unwrap_or_else(|e| panic!("{e}"))
        };
        assert!(matches!(
            Hours::weekly("Mars/Olympus", vec![range()]),
            Err(HoursError::UnknownZone(_))
        ));
        let late =
            WeeklyRange::parse(&["fri".into()], "16:00", "18:00").unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(
            Hours::weekly("Europe/Brussels", vec![range(), late]),
            Err(HoursError::Overlap("fri"))
        ));
    }
}
