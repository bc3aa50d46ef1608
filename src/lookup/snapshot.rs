//! Everything one answer needs, loaded and validated together, and swapped
//! as a whole: a request sees either the old snapshot or the new one.

use crate::dataset::{parse_dataset_with, Dataset, Validation};
use crate::detect::Detector;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::domain::LanguageCode;
use crate::lookup::AnswerCache;
use crate::text::Catalog;
use jiff::Timestamp;
use std::hash::{Hash, Hasher};
use std::path::Path;
use std::sync::{Arc, Mutex};

#[derive(Debug)]
pub struct Snapshot {
    pub dataset: Dataset,
    pub catalog: Catalog,
    /// Shared between snapshots: its models are large and only depend on
    /// the set of shipped languages.
    pub detector: Arc<Detector>,
    /// Answers built from this snapshot only: a reload starts a new cache, so
    /// an old answer can never be served after a swap.
    pub answers: AnswerCache,
    /// Changes whenever the dataset or any locale changes.
    pub version: String,
    pub loaded_at: Timestamp,
}

impl Snapshot {
    /// Reads and validates the dataset and every locale. Refused whole on any
    /// error; the `Ok` side carries warnings.
    pub fn load(data: &Path, locales: &Path) -> Result<(Self, Diagnostics), Diagnostics> {
        Self::load_with(data, locales, Validation::Serving)
    }

    pub fn load_with(
        data: &Path,
        locales: &Path,
        validation: Validation,
    ) -> Result<(Self, Diagnostics), Diagnostics> {
        let yaml = std::fs::read_to_string(data).map_err(|error| {
            Diagnostics(vec![Diagnostic::error(
                data,
                0,
                0,
                format!("cannot read the dataset: {error}"),
            )])
        });
        let dataset = yaml
            .as_ref()
            .map_err(Clone::clone)
            .and_then(|yaml| parse_dataset_with(data, yaml, validation));
        let catalog = Catalog::load(locales);
        let ((dataset, mut warnings), (catalog, catalog_warnings)) = match (dataset, catalog) {
            (Ok(dataset), Ok(catalog)) => (dataset, catalog),
            (dataset, catalog) => {
                let mut errors = Diagnostics::default();
                if let Err(e) = dataset {
                    errors.extend(e);
                }
                if let Err(e) = catalog {
                    errors.extend(e);
                }
                return Err(errors);
            }
        };
        warnings.extend(catalog_warnings);

        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        yaml.unwrap_or_default().hash(&mut hasher);
        catalog.fingerprint(&mut hasher);
        let version = format!("{:016x}", hasher.finish());

        let detector = shared_detector(&catalog);
        Ok((
            Self {
                dataset,
                catalog,
                detector,
                answers: crate::lookup::new_answer_cache(),
                version,
                loaded_at: Timestamp::now(),
            },
            warnings,
        ))
    }
}

/// The detector for the catalog's languages, built once per process and
/// rebuilt only when a reload changes the set of languages: building one
/// loads language models, far slower than the rest of a reload.
fn shared_detector(catalog: &Catalog) -> Arc<Detector> {
    static CURRENT: Mutex<Option<(Vec<LanguageCode>, Arc<Detector>)>> = Mutex::new(None);
    let mut languages: Vec<LanguageCode> = catalog
        .locales()
        .iter()
        .filter_map(|locale| LanguageCode::parse(locale.tag.language.as_str()))
        .collect();
    languages.sort();
    languages.dedup();
    let mut current = CURRENT
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some((known, detector)) = current.as_ref() {
        if *known == languages {
            return detector.clone();
        }
    }
    let detector = Arc::new(Detector::new(languages.iter().copied()));
    *current = Some((languages, detector.clone()));
    detector
}
