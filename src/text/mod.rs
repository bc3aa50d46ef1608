//! Supportive text: one Fluent bundle per locale folder under `locales/`,
//! chosen by `fluent-langneg` fallback chains that always end in English.

mod check;

use crate::diagnostic::{Diagnostic, Diagnostics};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use unic_langid::LanguageIdentifier;

/// Every other locale is checked against this one, and every chain ends here.
pub const MASTER_LOCALE: &str = "en";
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
}

pub struct Locale {
    /// The folder name, e.g. "pt-BR".
    pub code: String,
    pub tag: LanguageIdentifier,
    pub meta: LocaleMeta,
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
}

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
                source: text,
                bundle,
            });
        }
        if diagnostics.has_errors() {
            return Err(diagnostics);
        }
        let tags = locales.iter().map(|l| l.tag.clone()).collect();
        Ok((
            Self {
                locales,
                tags,
                master,
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

    /// The fallback chain for what the person asked for, best first, always
    /// ending with English: `nl-BE` → `nl` → `en`, `zh-TW` → `zh-Hant` → `en`.
    pub fn chain(&self, requested: &[LanguageIdentifier]) -> Vec<LocaleIndex> {
        let master_tag = &self.tags[self.master];
        let negotiated = negotiate_languages(
            requested,
            &self.tags,
            Some(master_tag),
            NegotiationStrategy::Filtering,
        );
        let mut chain: Vec<LocaleIndex> = negotiated
            .into_iter()
            .filter_map(|tag| self.tags.iter().position(|t| t == tag))
            .collect();
        if !chain.contains(&self.master) {
            chain.push(self.master);
        }
        chain
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
