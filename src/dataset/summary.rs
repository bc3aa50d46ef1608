//! What `check` tells a maintainer besides errors: coverage, how well the
//! lines are backed, how old their sources are, and the lines that need
//! attention.

use super::{Dataset, Resource};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::domain::{months_between, Evidence};
use jiff::civil::Date;
use jiff::ToSpan;
use serde::Serialize;
use std::fmt;
use std::path::Path;

/// Sources older than this are stale: the line may have moved or closed.
pub const STALE_MONTHS: i32 = 24;

#[derive(Debug, Serialize)]
pub struct Summary {
    pub countries: usize,
    pub countries_with_lines: usize,
    pub countries_with_emergency_only: usize,
    pub lines: usize,
    /// Lines per evidence level, strongest first.
    pub evidence: Vec<(Evidence, usize)>,
    /// Lines confirmed on the provider's own page.
    pub lines_checked: usize,
    /// Countries whose emergency numbers were confirmed on the country's own
    /// official page.
    pub emergency_checked: usize,
    /// Lines by the age of their newest source: under 12 months, 12 to 24,
    /// over 24.
    pub newest_source_age: AgeBuckets,
    /// Lines whose newest source is older than `STALE_MONTHS`, and their share.
    pub stale_lines: usize,
    pub stale_share: f64,
    /// Every line's evidence and dates, for `--format json`.
    pub line_ages: Vec<LineAge>,
    pub locales: usize,
    pub unreviewed_locales: Vec<String>,
}

#[derive(Debug, Default, Serialize)]
pub struct AgeBuckets {
    pub under_12_months: usize,
    pub from_12_to_24_months: usize,
    pub over_24_months: usize,
}

#[derive(Debug, Serialize)]
pub struct LineAge {
    pub id: String,
    pub evidence: Evidence,
    pub checked: Option<String>,
    pub newest_source: String,
    pub age_months: i32,
}

impl Summary {
    pub fn of(dataset: &Dataset, locale_review: &[(String, bool)], today: Date) -> Self {
        let lines: Vec<&Resource> = dataset
            .countries()
            .iter()
            .flat_map(|c| &c.resources)
            .collect();
        let with_lines = dataset
            .countries()
            .iter()
            .filter(|c| !c.resources.is_empty())
            .count();
        let evidence = Evidence::ALL
            .into_iter()
            .map(|level| {
                let count = lines
                    .iter()
                    .filter(|r| r.provenance.evidence() == level)
                    .count();
                (level, count)
            })
            .collect();
        let mut buckets = AgeBuckets::default();
        let line_ages: Vec<LineAge> = lines
            .iter()
            .map(|r| {
                let newest = r.provenance.newest_source();
                let age = months_between(newest.earliest(), today);
                match age {
                    ..12 => buckets.under_12_months += 1,
                    12..=STALE_MONTHS => buckets.from_12_to_24_months += 1,
                    _ => buckets.over_24_months += 1,
                }
                LineAge {
                    id: r.id.clone(),
                    evidence: r.provenance.evidence(),
                    checked: r.provenance.checked().map(|d| d.to_string()),
                    newest_source: newest.to_string(),
                    age_months: age,
                }
            })
            .collect();
        let stale_lines = buckets.over_24_months;
        Self {
            countries: dataset.countries().len(),
            countries_with_lines: with_lines,
            countries_with_emergency_only: dataset.countries().len() - with_lines,
            lines: lines.len(),
            evidence,
            lines_checked: lines
                .iter()
                .filter(|r| r.provenance.checked().is_some())
                .count(),
            emergency_checked: dataset
                .countries()
                .iter()
                .filter(|c| c.emergency.provenance.checked().is_some())
                .count(),
            newest_source_age: buckets,
            stale_lines,
            stale_share: if lines.is_empty() {
                0.0
            } else {
                stale_lines as f64 / lines.len() as f64
            },
            line_ages,
            locales: locale_review.len(),
            unreviewed_locales: locale_review
                .iter()
                .filter(|(_, reviewed)| !reviewed)
                .map(|(code, _)| code.clone())
                .collect(),
        }
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "ok: {} countries ({} with lines, {} with an emergency number only), {} lines",
            self.countries,
            self.countries_with_lines,
            self.countries_with_emergency_only,
            self.lines
        )?;
        let levels: Vec<String> = self
            .evidence
            .iter()
            .map(|(level, count)| format!("{count} {}", level.as_str()))
            .collect();
        writeln!(f, "    evidence: {}", levels.join(", "))?;
        writeln!(
            f,
            "    checked with the provider: {} lines; emergency numbers of {} countries",
            self.lines_checked, self.emergency_checked
        )?;
        let ages = &self.newest_source_age;
        writeln!(
            f,
            "    newest source: {} lines under 12 months old, {} 12 to 24 months, {} over 24 months",
            ages.under_12_months, ages.from_12_to_24_months, ages.over_24_months
        )?;
        writeln!(
            f,
            "    {} lines ({:.0} %) rest on sources older than {STALE_MONTHS} months",
            self.stale_lines,
            self.stale_share * 100.0
        )?;
        write!(
            f,
            "    {} locales, {} not yet reviewed by a native speaker",
            self.locales,
            self.unreviewed_locales.len()
        )
    }
}

/// A warning per line whose newest source is older than `STALE_MONTHS`,
/// at the line's `id`, saying how old and how well backed it is.
pub fn staleness_warnings(dataset: &Dataset, path: &Path, today: Date) -> Diagnostics {
    let mut warnings = Diagnostics::default();
    let Ok(limit) = today.checked_sub(STALE_MONTHS.months()) else {
        return warnings;
    };
    for resource in dataset.countries().iter().flat_map(|c| &c.resources) {
        let newest = resource.provenance.newest_source();
        if newest.earliest() >= limit {
            continue;
        }
        let (line, column) = resource.defined_at;
        let backing = match resource.provenance.evidence() {
            Evidence::SingleSource => ", from a single listing",
            Evidence::Conflict => ", and its sources disagree",
            Evidence::Corroborated | Evidence::Provider => "",
        };
        warnings.push(Diagnostic::warning(
            path,
            line,
            column,
            format!(
                "`{}` rests on sources older than {STALE_MONTHS} months (newest {newest}, {} months old){backing}; confirm it on the line's own page and add that source",
                resource.id,
                months_between(newest.earliest(), today)
            ),
        ));
    }
    warnings
}
