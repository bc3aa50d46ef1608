//! The order in which a country's lines are offered: what was asked for,
//! then the person's language, then lines for everyone before lines for a
//! specific audience, then open before closed, then the curator's order.

use super::Filters;
use crate::dataset::{Resource, TermSet, Vocabulary};
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

/// A line with its state at the time of the request.
pub struct Ranked<'a> {
    pub resource: &'a Resource,
    pub state: Option<OpenState>,
}

/// Lines that pass the filters, best first. A filter that would leave no
/// line is dropped (and `relaxed` says so): a person must always get a line.
pub fn rank<'a>(
    resources: impl Iterator<Item = Ranked<'a>>,
    language: LanguageCode,
    filters: &Filters,
    default_topics: TermSet,
) -> (Vec<Ranked<'a>>, Relaxed) {
    let all: Vec<Ranked<'a>> = resources.collect();
    let mut relaxed = Relaxed::default();
    let channel_match = |r: &Ranked<'_>| {
        r.resource
            .channels()
            .any(|c| filters.channels & c.bit() != 0)
    };
    let topic_match = |r: &Ranked<'_>| r.resource.topics.intersects(filters.topics);

    let mut kept: Vec<Ranked<'a>> = Vec::with_capacity(all.len());
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
        let open = match &ranked.state {
            Some(state) if state.is_open() => 0,
            None => 1,
            Some(_) => 2,
        };
        (
            Reverse(resource.topics.intersects(wanted_topics)),
            Reverse(resource.languages.contains(&language)),
            audience,
            open,
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
