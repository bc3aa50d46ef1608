//! The order in which a country's lines are offered: what was asked for
//! (for a general crisis message, a suicide line, then a general support
//! line, before a line for one kind of trouble), then the person's language,
//! then lines for everyone before lines for a specific audience, then open
//! before closed, then the better-backed line (its own page, then two
//! publishers, then one), then the curator's order.
//!
//! "Speaks the person's language" means: the line lists it, or the line
//! lists no language (no source says) and the language is the main one of
//! the line's country — a national line is presumed to answer in the
//! country's main language for ranking only; its `languages` stay empty in
//! the answer. When no line of the country speaks the language, a line that
//! offers interpretation counts as speaking it, unless it is meant for an
//! audience the person did not ask for.

use super::Filters;
use crate::dataset::{Country, Resource, TermSet, Vocabulary};
use crate::domain::{LanguageCode, OpenState};
use std::cmp::Reverse;

/// The topics that come first when a request names none.
pub const DEFAULT_TOPICS: [&str; 2] = ["suicide", "emotional-support"];

pub fn default_topics(vocabulary: &Vocabulary) -> TermSet {
    DEFAULT_TOPICS
        .iter()
        .filter_map(|id| vocabulary.parse(id))
        .fold(TermSet::EMPTY, TermSet::union)
}

/// How well a line fits a message that names no topic (a person in crisis,
/// most often with thoughts of suicide): 0 a suicide line, 1 a general
/// support line, 2 a support line also for one kind of trouble (violence,
/// addiction…), 3 a line only for such trouble.
fn general_fit(topics: TermSet, default_topics: TermSet, suicide: TermSet) -> u8 {
    let specialised = !topics.difference(default_topics).is_empty();
    match (
        topics.intersects(suicide),
        topics.intersects(default_topics),
        specialised,
    ) {
        (true, _, _) => 0,
        (false, true, false) => 1,
        (false, true, true) => 2,
        (false, false, _) => 3,
    }
}

/// A line that may be offered in an answer, before and after ranking: the
/// line, whether it is open at the time of the request, and its country.
pub struct LineOffer<'a> {
    pub resource: &'a Resource,
    pub state: Option<OpenState>,
    /// The country the line belongs to (another one than the person's for a
    /// line that serves it, or for a candidate country).
    pub home: &'a Country,
}

impl LineOffer<'_> {
    /// The line is meant for an audience the request did not name (a
    /// children's line for a request that does not say the person is a child).
    pub fn for_other_audiences(&self, filters: &Filters) -> bool {
        let audiences = self.resource.audiences;
        !audiences.is_empty() && !audiences.intersects(filters.audiences)
    }

    /// Lists `language`, or lists none and `language` is the main language
    /// of its country.
    fn speaks(&self, language: LanguageCode) -> bool {
        let languages = &self.resource.languages;
        languages.contains(&language)
            || (languages.is_empty() && self.home.main_language() == Some(language))
    }
}

/// Lines that pass the filters, best first. A filter that would leave no
/// line is dropped (and `relaxed` says so): a person must always get a line.
pub fn rank<'a>(
    resources: impl Iterator<Item = LineOffer<'a>>,
    language: LanguageCode,
    filters: &Filters,
    default_topics: TermSet,
    suicide: TermSet,
) -> (Vec<LineOffer<'a>>, Relaxed) {
    let all: Vec<LineOffer<'a>> = resources.collect();
    let mut relaxed = Relaxed::default();
    let channel_match = |r: &LineOffer<'_>| {
        r.resource
            .channels()
            .any(|c| filters.channels & c.bit() != 0)
    };
    let topic_match = |r: &LineOffer<'_>| r.resource.topics.intersects(filters.topics);

    let mut kept: Vec<LineOffer<'a>> = Vec::with_capacity(all.len());
    let any_topic = filters.topics.is_empty() || all.iter().any(topic_match);
    let any_channel = filters.channels == 0
        || all.iter().any(|r| {
            channel_match(r) && (!any_topic || filters.topics.is_empty() || topic_match(r))
        });
    relaxed.topics = !any_topic && !all.is_empty();
    relaxed.channels = !any_channel && !all.is_empty();
    for ranked in all {
        let topic_ok = !any_topic || filters.topics.is_empty() || topic_match(&ranked);
        let channel_ok = !any_channel || filters.channels == 0 || channel_match(&ranked);
        if topic_ok && channel_ok {
            kept.push(ranked);
        }
    }

    let wanted_topics = if filters.topics.is_empty() {
        default_topics
    } else {
        filters.topics
    };
    let nobody_speaks = !kept.iter().any(|r| r.speaks(language));
    // `sort_by_key` is stable, so equal keys keep the curator's order.
    kept.sort_by_key(|ranked| {
        let resource = ranked.resource;
        let audience = if resource.audiences.is_empty() {
            1
        } else if resource.audiences.intersects(filters.audiences) {
            0
        } else {
            2
        };
        let language_match =
            ranked.speaks(language) || (nobody_speaks && resource.interpretation && audience < 2);
        let open = match &ranked.state {
            Some(state) if state.is_open() => 0,
            None => 1,
            Some(_) => 2,
        };
        // For a message naming no topic: any crisis line before a line only
        // for another trouble; among lines for the same people, a suicide
        // line, then a general one, then one also for a specific trouble.
        let fit = if filters.topics.is_empty() {
            general_fit(resource.topics, default_topics, suicide)
        } else {
            0
        };
        (
            Reverse(resource.topics.intersects(wanted_topics)),
            Reverse(language_match),
            audience,
            fit,
            open,
            resource.provenance.evidence(),
        )
    });
    (kept, relaxed)
}

/// Which filters were dropped because nothing matched them.
#[derive(Clone, Copy, Debug, Default)]
pub struct Relaxed {
    pub topics: bool,
    pub channels: bool,
}
