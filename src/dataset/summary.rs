//! What `check` tells a maintainer besides errors: coverage, and the lines
//! that need attention.

use super::{Dataset, Evidence};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::snapshot::Snapshot;
use jiff::civil::Date;
use jiff::ToSpan;
use serde::Serialize;
use std::fmt;
use std::path::Path;

#[derive(Debug, Serialize)]
pub struct Summary {
    pub countries: usize,
    pub countries_with_lines: usize,
    pub countries_with_emergency_only: usize,
    pub lines: usize,
    pub single_source_lines: usize,
    pub conflict_lines: usize,
    pub stale_lines: usize,
    pub locales: usize,
    pub unreviewed_locales: Vec<String>,
}

impl Summary {
    pub fn of(snapshot: &Snapshot, today: Date) -> Self {
        let dataset = &snapshot.dataset;
        let lines = || dataset.countries().iter().flat_map(|c| &c.resources);
        let with_lines = dataset
            .countries()
            .iter()
            .filter(|c| !c.resources.is_empty())
            .count();
        Self {
            countries: dataset.countries().len(),
            countries_with_lines: with_lines,
            countries_with_emergency_only: dataset.countries().len() - with_lines,
            lines: lines().count(),
            single_source_lines: lines()
                .filter(|r| r.evidence == Evidence::SingleSource)
                .count(),
            conflict_lines: lines().filter(|r| r.evidence == Evidence::Conflict).count(),
            stale_lines: lines().filter(|r| is_stale(r.verified, today)).count(),
            locales: snapshot.catalog.locales().len(),
            unreviewed_locales: snapshot
                .catalog
                .locales()
                .iter()
                .filter(|l| !l.meta.reviewed)
                .map(|l| l.code.clone())
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
        writeln!(
            f,
            "    {} single-source lines, {} with conflicting sources, {} not verified in 12 months",
            self.single_source_lines, self.conflict_lines, self.stale_lines
        )?;
        write!(
            f,
            "    {} locales, {} not yet reviewed by a native speaker",
            self.locales,
            self.unreviewed_locales.len()
        )
    }
}

fn is_stale(verified: Date, today: Date) -> bool {
    today
        .checked_sub(12.months())
        .is_ok_and(|limit| verified < limit)
}

/// A warning per line not verified in the last 12 months, and per line
/// only one publisher lists, each at the line's `id`.
pub fn staleness_warnings(dataset: &Dataset, path: &Path, today: Date) -> Diagnostics {
    let mut warnings = Diagnostics::default();
    for resource in dataset.countries().iter().flat_map(|c| &c.resources) {
        let (line, column) = resource.defined_at;
        if is_stale(resource.verified, today) {
            warnings.push(Diagnostic::warning(
                path,
                line,
                column,
                format!(
                    "`{}` was last verified on {}; check it against its source again and update `verified`",
                    resource.id, resource.verified
                ),
            ));
        }
        if resource.evidence == Evidence::SingleSource {
            warnings.push(Diagnostic::warning(
                path,
                line,
                column,
                format!(
                    "`{}` is listed by a single source; confirm it on the line's official page or a second publisher",
                    resource.id
                ),
            ));
        }
    }
    warnings
}
