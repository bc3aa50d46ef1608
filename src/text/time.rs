//! How a locale writes the time a line opens or closes: CLDR's short time
//! format, kept in each `locale.yaml` as a pattern, a clock and the
//! day-period words, written with Latin digits like the phone numbers
//! beside it.

use jiff::civil::Time;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// `time:` in `locale.yaml`, as written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimeFormatSpec {
    /// `{hour}` and `{minute}`, and `{period}` for clocks with day periods:
    /// "{hour}:{minute}", "{hour}:{minute} {period}", "{period} {hour}:{minute}".
    pub pattern: String,
    pub clock: Clock,
    /// "09:00" rather than "9:00".
    #[serde(default)]
    pub pad_hour: bool,
    /// The day-period word from each hour on (`"00": AM`, `"12": PM`), for
    /// 12-hour and Swahili clocks.
    #[serde(default)]
    pub periods: BTreeMap<String, String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Clock {
    /// 0–23.
    #[serde(rename = "24")]
    TwentyFour,
    /// 1–12 with a day period.
    #[serde(rename = "12")]
    Twelve,
    /// East African time: the hours count from 06:00 and 18:00 ("saa 3
    /// asubuhi" is 09:00), with a day period.
    Swahili,
}

/// A validated time format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeFormat {
    spec: TimeFormatSpec,
    /// The period word for each hour of the day.
    period_of_hour: [String; 24],
}

impl Default for TimeFormat {
    /// "09:00": what a locale without a `time:` block gets.
    fn default() -> Self {
        Self {
            spec: TimeFormatSpec {
                pattern: "{hour}:{minute}".into(),
                clock: Clock::TwentyFour,
                pad_hour: true,
                periods: BTreeMap::new(),
            },
            period_of_hour: Default::default(),
        }
    }
}

impl TimeFormat {
    pub fn new(spec: TimeFormatSpec) -> Result<Self, String> {
        for placeholder in ["{hour}", "{minute}"] {
            if !spec.pattern.contains(placeholder) {
                return Err(format!(
                    "time pattern `{}` lacks {placeholder}",
                    spec.pattern
                ));
            }
        }
        let needs_periods = spec.clock != Clock::TwentyFour;
        let has_placeholder = spec.pattern.contains("{period}");
        if needs_periods != has_placeholder {
            return Err(format!(
                "time pattern `{}`: a {} clock {} {{period}}",
                spec.pattern,
                match spec.clock {
                    Clock::TwentyFour => "24-hour",
                    Clock::Twelve => "12-hour",
                    Clock::Swahili => "Swahili",
                },
                if needs_periods { "needs" } else { "has no" }
            ));
        }
        let mut period_of_hour: [String; 24] = Default::default();
        if needs_periods {
            let mut starts = Vec::with_capacity(spec.periods.len());
            for (hour, word) in &spec.periods {
                match hour.parse::<usize>() {
                    Ok(start) if hour.len() == 2 && start < 24 => starts.push((start, word)),
                    _ => return Err(format!("time period hour `{hour}` is not 00 to 23")),
                }
            }
            // Keys are two-digit strings, so the map's order is the hours'.
            if starts.first().map(|(start, _)| *start) != Some(0) {
                return Err("time periods must start at hour 00".into());
            }
            for (hour, slot) in period_of_hour.iter_mut().enumerate() {
                if let Some((_, word)) = starts.iter().rev().find(|(start, _)| *start <= hour) {
                    slot.clone_from(word);
                }
            }
        }
        Ok(Self {
            spec,
            period_of_hour,
        })
    }

    pub fn format(&self, time: Time) -> String {
        let hour = time.hour() as usize;
        let shown = match self.spec.clock {
            Clock::TwentyFour => hour,
            Clock::Twelve => match hour % 12 {
                0 => 12,
                h => h,
            },
            Clock::Swahili => match (hour + 6) % 12 {
                0 => 12,
                h => h,
            },
        };
        let hour_text = if self.spec.pad_hour {
            format!("{shown:02}")
        } else {
            shown.to_string()
        };
        let period = &self.period_of_hour[hour];
        self.spec
            .pattern
            .replace("{hour}", &hour_text)
            .replace("{minute}", &format!("{:02}", time.minute()))
            .replace("{period}", period)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn time(text: &str) -> Time {
        text.parse().unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    fn format(spec: TimeFormatSpec, at: &str) -> String {
        TimeFormat::new(spec)
            .map(|f| f.format(time(at)))
            .unwrap_or_else(|e| e)
    }

    fn twelve_hour(pattern: &str, periods: &[(u8, &str)]) -> TimeFormatSpec {
        TimeFormatSpec {
            pattern: pattern.into(),
            clock: Clock::Twelve,
            pad_hour: false,
            periods: periods
                .iter()
                .map(|(h, w)| (format!("{h:02}"), w.to_string()))
                .collect(),
        }
    }

    #[test]
    fn a_twelve_hour_clock_names_the_period() {
        let en = twelve_hour("{hour}:{minute}\u{202f}{period}", &[(0, "AM"), (12, "PM")]);
        assert_eq!(format(en.clone(), "09:00"), "9:00\u{202f}AM");
        assert_eq!(format(en.clone(), "00:30"), "12:30\u{202f}AM");
        assert_eq!(format(en, "21:45"), "9:45\u{202f}PM");
        let ko = twelve_hour("{period} {hour}:{minute}", &[(0, "오전"), (12, "오후")]);
        assert_eq!(format(ko, "13:05"), "오후 1:05");
    }

    #[test]
    fn the_swahili_clock_counts_from_six() {
        let sw = TimeFormatSpec {
            pattern: "saa {hour}:{minute} {period}".into(),
            clock: Clock::Swahili,
            pad_hour: false,
            periods: [
                ("00", "usiku"),
                ("06", "asubuhi"),
                ("12", "mchana"),
                ("16", "jioni"),
                ("19", "usiku"),
            ]
            .into_iter()
            .map(|(h, w)| (h.to_string(), w.to_string()))
            .collect(),
        };
        assert_eq!(format(sw.clone(), "09:00"), "saa 3:00 asubuhi");
        assert_eq!(format(sw.clone(), "06:00"), "saa 12:00 asubuhi");
        assert_eq!(format(sw, "21:30"), "saa 3:30 usiku");
    }

    #[test]
    fn a_twenty_four_hour_clock_pads_as_the_locale_does() {
        assert_eq!(TimeFormat::default().format(time("09:05")), "09:05");
        let fi = TimeFormatSpec {
            pattern: "{hour}.{minute}".into(),
            clock: Clock::TwentyFour,
            pad_hour: false,
            periods: BTreeMap::new(),
        };
        assert_eq!(format(fi, "09:05"), "9.05");
    }

    #[test]
    fn patterns_that_cannot_be_filled_are_refused() {
        let no_period = twelve_hour("{hour}:{minute}", &[(0, "AM"), (12, "PM")]);
        assert!(TimeFormat::new(no_period).is_err());
        let late_start = twelve_hour("{hour}:{minute} {period}", &[(6, "AM"), (12, "PM")]);
        assert!(TimeFormat::new(late_start).is_err());
    }
}
