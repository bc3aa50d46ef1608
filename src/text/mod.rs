//! Supportive text: one Fluent bundle per locale folder under `locales/`,
//! chosen by `fluent-langneg` fallback chains that always end in English.

mod check;
mod time;

pub use time::{Clock, TimeFormat, TimeFormatSpec};

use crate::diagnostic::{Diagnostic, Diagnostics};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_langneg::negotiate::filter_matches;
use fluent_langneg::NegotiationStrategy;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use unic_langid::LanguageIdentifier;

/// Every other locale is checked against this one, and every chain ends here.
pub const MASTER_LOCALE: &str = "en";
/// Messages with this prefix label the preview page (`GET /`).
pub const PREVIEW_PREFIX: &str = "preview-";
const FTL_FILE: &str = "crisis.ftl";
const META_FILE: &str = "locale.yaml";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleMeta {
    pub native_name: String,
    pub direction: Direction,
    /// True only once a native speaker has read every message.
    pub reviewed: bool,
    /// How the locale writes a time (CLDR's short time format); 24-hour
    /// "09:00" when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<TimeFormatSpec>,
}

pub struct Locale {
    /// The folder name, e.g. "pt-BR".
    pub code: String,
    pub tag: LanguageIdentifier,
    pub meta: LocaleMeta,
    /// The `time:` of `meta`, validated.
    pub time: TimeFormat,
    /// The Fluent source, kept for the snapshot version.
    source: String,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locale")
            .field("code", &self.code)
            .field("meta", &self.meta)
            .finish()
    }
}

/// Index of a locale in the catalog.
pub type LocaleIndex = usize;

#[derive(Debug)]
pub struct Catalog {
    locales: Vec<Locale>,
    tags: Vec<LanguageIdentifier>,
    master: LocaleIndex,
    /// The preview page's message ids and the variables each uses.
    preview: Vec<(String, Vec<String>)>,
    /// Chains already negotiated, by what was asked for: negotiation with
    /// likely subtags took ~1.3 µs, an eighth of a cached lookup. Keyed by
    /// locale tags only (never the message); bounded, as clients choose them.
    chains: moka::sync::Cache<Vec<LanguageIdentifier>, Arc<[LocaleIndex]>>,
}

/// How many distinct requests' chains `Catalog::chain` remembers.
const REMEMBERED_CHAINS: u64 = 4096;

/// A rendered message and the locale it was rendered in.
pub struct Rendered {
    pub text: String,
    pub locale: LocaleIndex,
}

impl Catalog {
    /// Loads every `locales/<tag>/` folder. Refused whole if any locale has an
    /// error, so a half-translated catalog is never served.
    pub fn load(dir: &Path) -> Result<(Self, Diagnostics), Diagnostics> {
        let mut diagnostics = Diagnostics::default();
        let folders = match std::fs::read_dir(dir) {
            Ok(entries) => {
                let mut folders: Vec<PathBuf> = entries
                    .filter_map(Result::ok)
                    .map(|entry| entry.path())
                    .filter(|path| path.is_dir())
                    .collect();
                folders.sort();
                folders
            }
            Err(error) => {
                diagnostics.push(Diagnostic::error(
                    dir,
                    0,
                    0,
                    format!("cannot read the locales folder: {error}"),
                ));
                return Err(diagnostics);
            }
        };

        let mut sources = Vec::new();
        for folder in folders {
            if let Some(source) = check::read_locale(&folder, &mut diagnostics) {
                sources.push(source);
            }
        }
        let Some(master) = sources.iter().position(|s| s.code == MASTER_LOCALE) else {
            diagnostics.push(Diagnostic::error(
                &dir.join(MASTER_LOCALE).join(FTL_FILE),
                0,
                0,
                "the English master locale is missing; every other locale is checked against it",
            ));
            return Err(diagnostics);
        };
        let master_shape = check::shape(&sources[master]);
        for source in &sources {
            check::compare_with_master(source, &master_shape, &mut diagnostics);
        }
        if diagnostics.has_errors() {
            return Err(diagnostics);
        }

        let mut locales = Vec::with_capacity(sources.len());
        for source in sources {
            let mut bundle = FluentBundle::new_concurrent(vec![source.tag.clone()]);
            // Isolation marks keep numbers and Latin names in order inside
            // right-to-left text; in left-to-right text they only add
            // invisible characters that some chat widgets show as boxes.
            bundle.set_use_isolating(source.meta.direction == Direction::Rtl);
            let text = source.resource.source().to_string();
            let time = match source.meta.time.clone().map(TimeFormat::new) {
                None => TimeFormat::default(),
                Some(Ok(time)) => time,
                Some(Err(problem)) => {
                    diagnostics.push(Diagnostic::error(
                        &source.ftl_path.with_file_name(META_FILE),
                        0,
                        0,
                        format!("time: {problem}"),
                    ));
                    continue;
                }
            };
            if let Err(errors) = bundle.add_resource(source.resource) {
                for error in errors {
                    diagnostics.push(Diagnostic::error(
                        &source.ftl_path,
                        0,
                        0,
                        format!("Fluent: {error}"),
                    ));
                }
                continue;
            }
            locales.push(Locale {
                code: source.code,
                tag: source.tag,
                meta: source.meta,
                time,
                source: text,
                bundle,
            });
        }
        if diagnostics.has_errors() {
            return Err(diagnostics);
        }
        let tags = locales.iter().map(|l| l.tag.clone()).collect();
        let preview = master_shape
            .into_iter()
            .filter(|(id, _)| id.starts_with(PREVIEW_PREFIX))
            .map(|(id, variables)| (id, variables.into_iter().collect()))
            .collect();
        Ok((
            Self {
                locales,
                tags,
                master,
                preview,
                chains: moka::sync::Cache::new(REMEMBERED_CHAINS),
            },
            diagnostics,
        ))
    }

    /// Feeds every locale's text into `hasher`, for the snapshot version.
    pub fn fingerprint(&self, hasher: &mut impl std::hash::Hasher) {
        use std::hash::Hash;
        for locale in &self.locales {
            locale.code.hash(hasher);
            locale.source.hash(hasher);
            locale.meta.native_name.hash(hasher);
            locale.meta.reviewed.hash(hasher);
            format!("{:?}", locale.meta.time).hash(hasher);
        }
    }

    pub fn locales(&self) -> &[Locale] {
        &self.locales
    }

    pub fn locale(&self, index: LocaleIndex) -> &Locale {
        &self.locales[index]
    }

    pub fn master(&self) -> LocaleIndex {
        self.master
    }

    /// The locale a chain renders in: every locale has every message
    /// (`check` refuses one that does not), so it is the chain's first.
    pub fn first(&self, chain: &[LocaleIndex]) -> &Locale {
        &self.locales[chain.first().copied().unwrap_or(self.master)]
    }

    /// The fallback chain for what the person asked for, best first, always
    /// ending with English: `nl-BE` → `nl` → `en`, `zh-TW` → `zh-Hant` → `en`,
    /// `sr-Latn-RS` → `sr-Latn` → `sr` → `en`.
    pub fn chain(&self, requested: &[LanguageIdentifier]) -> Arc<[LocaleIndex]> {
        if let Some(chain) = self.chains.get(requested) {
            return chain;
        }
        let chain: Arc<[LocaleIndex]> = self.negotiate(requested).into();
        self.chains.insert(requested.to_vec(), chain.clone());
        chain
    }

    fn negotiate(&self, requested: &[LanguageIdentifier]) -> Vec<LocaleIndex> {
        let mut chain: Vec<LocaleIndex> = Vec::new();
        for tag in requested {
            // CLDR's parentLocales: Portuguese outside Brazil (pt-AO, pt-MZ,
            // pt-CV…) follows European spelling; filtering alone would take
            // the first `pt-*` folder, Brazil's.
            let european = tag.language.as_str() == "pt"
                && tag.region.is_some_and(|region| region.as_str() != "BR");
            if european {
                if let Some(index) = self.tags.iter().position(|t| {
                    t.language.as_str() == "pt"
                        && t.region.is_some_and(|region| region.as_str() == "PT")
                }) {
                    if !chain.contains(&index) {
                        chain.push(index);
                    }
                }
            }
            let mut found: Vec<LocaleIndex> = filter_matches(
                std::slice::from_ref(tag),
                &self.tags,
                NegotiationStrategy::Filtering,
            )
            .into_iter()
            .filter_map(|found| self.tags.iter().position(|t| t == found))
            .collect();
            // `sr-Latn-RS` matches both `sr` (Cyrillic) and `sr-Latn` as
            // ranges, in folder order: the locale that names the script asked
            // for goes first.
            if let Some(script) = tag.script {
                found.sort_by_key(|&index| self.tags[index].script != Some(script));
            }
            for index in found {
                if !chain.contains(&index) {
                    chain.push(index);
                }
            }
        }
        if !chain.contains(&self.master) {
            chain.push(self.master);
        }
        chain
    }

    /// Every label of the preview page, rendered along `chain`. A variable
    /// comes out as `{name}`, for the page to fill in with its own values.
    pub fn preview_labels(&self, chain: &[LocaleIndex]) -> Vec<(&str, String)> {
        self.preview
            .iter()
            .filter_map(|(id, variables)| {
                let mut args = FluentArgs::new();
                for variable in variables {
                    args.set(variable.as_str(), format!("{{{variable}}}"));
                }
                let rendered = self.render(chain, id, &args)?;
                Some((id.as_str(), rendered.text))
            })
            .collect()
    }

    /// Renders `id` in the first locale of the chain that renders it without
    /// error. Fluent reports a missing variable only in its error list, so a
    /// rendering with any error is treated as failed.
    pub fn render(&self, chain: &[LocaleIndex], id: &str, args: &FluentArgs) -> Option<Rendered> {
        chain.iter().find_map(|&index| {
            let bundle = &self.locales[index].bundle;
            let pattern = bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(args), &mut errors);
            if errors.is_empty() {
                Some(Rendered {
                    text: text.into_owned(),
                    locale: index,
                })
            } else {
                tracing::error!(locale = %self.locales[index].code, message_id = id, errors = ?errors, "a message failed to render; falling back");
                None
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Catalog {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        Catalog::load(&dir)
            .map(|(catalog, _)| catalog)
            .unwrap_or_else(|errors| panic!("{errors:?}"))
    }

    fn codes(catalog: &Catalog, requested: &[&str]) -> Vec<String> {
        let requested: Vec<LanguageIdentifier> = requested
            .iter()
            .map(|tag| tag.parse().unwrap_or_else(|e| panic!("{tag}: {e}")))
            .collect();
        catalog
            .chain(&requested)
            .iter()
            .map(|&index| catalog.locale(index).code.clone())
            .collect()
    }

    #[test]
    fn a_script_in_the_request_picks_the_locale_written_in_it() {
        let catalog = shipped();
        assert_eq!(codes(&catalog, &["sr-Latn-RS"]), ["sr-Latn", "sr", "en"]);
        assert_eq!(codes(&catalog, &["sr-Cyrl-RS"]), ["sr", "en"]);
        assert_eq!(codes(&catalog, &["sr-RS", "sr"]), ["sr", "en"]);
        assert_eq!(codes(&catalog, &["zh-Hant-TW"])[0], "zh-Hant");
        assert_eq!(codes(&catalog, &["nl-BE", "nl"]), ["nl", "en"]);
        assert_eq!(codes(&catalog, &[]), ["en"]);
    }

    #[test]
    fn preview_labels_leave_their_placeholders_for_the_page() {
        let catalog = shipped();
        let english = catalog.preview_labels(&[catalog.master()]);
        assert!(english.len() >= 60, "{}", english.len());
        let call = english.iter().find(|(id, _)| *id == "preview-action-call");
        assert_eq!(call.map(|(_, text)| text.as_str()), Some("Call {number}"));
        // Every locale renders every label itself, with no fallback.
        for (index, locale) in catalog.locales().iter().enumerate() {
            let labels = catalog.preview_labels(&[index]);
            assert_eq!(labels.len(), english.len(), "{}", locale.code);
        }
    }
}
