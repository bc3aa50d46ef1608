//! The language decision: the message's evidence weighed against the hints,
//! in one model. Every candidate language `L` gets a score, its
//! log-probability up to a constant:
//!
//! ```text
//! score(L) = evidence(L) / T + hint(L) + place(L)
//! ```
//!
//! - **evidence**: the message's log-likelihood in `L` (nats, from
//!   `Detection::log_likelihoods`, no prior in it), less the best one. The
//!   n-grams of a text are not independent, so the sum over its letters is
//!   far too sure of itself: `T` (`Parameters::temperature`) scales it down.
//!   A language the detector cannot recognise in the message's script (no
//!   model of it, or not one of its languages) gets what a language the
//!   table does not model would: `Parameters::unmodelled` nats a letter. A
//!   text that every model explains badly is likelier in such a language; a
//!   text one model explains well is not. A language written in another
//!   script is ruled out once the message has `SCRIPT_MIN_LETTERS` letters.
//! - **hint**: the person's own settings. `Parameters::hint` for the
//!   `locale`'s language; for an Accept-Language language, that times its
//!   `q` (the strongest of the two counts, never both).
//! - **place**: who writes what where the person is. With a country:
//!   `Parameters::country` × ln(share), the share of its people who write
//!   `L` (CLDR, first and second language; at least `Parameters::floor`,
//!   since people write from anywhere), plus `Parameters::main` for the
//!   country's main language (`Parameters::main_one_word` for a one-word
//!   message). Always, with or without a country: `Parameters::world` ×
//!   ln(millions of speakers in the world), a gentle tie-break.
//!
//! The highest score wins. Then the twin policy (`twins`): between twins
//! whose readers read each other, the person's locale decides. Candidates
//! are the detector's languages of the script, the hinted languages and the
//! country's; a language nothing names is never answered.
//!
//! Only the ratio of the priors to `T` moves the choice; `T` itself sets
//! `confidence`. The values were tuned on the dev set
//! (docs/LANGUAGE-DETECTION.md, "The decision").

use super::twins::{has_twin_readers, read_each_other};
use super::{Hints, LanguageSource, ResolvedLanguage};
use crate::detect::Detection;
use crate::domain::LanguageCode;
use unic_langid::LanguageIdentifier;

/// A message in a script the hinted language is not written in rules it out
/// when it has at least this many letters of that script; fewer (a stray
/// "ok" from a phone set to Japanese) say nothing.
pub const SCRIPT_MIN_LETTERS: usize = 3;

/// Log-odds of evidence against a candidate beyond which no prior brings it
/// back: all the priors together move a language by at most the hint (3),
/// the one-word main language (2), the country's share (0.15 × ln 100) and
/// the world's speakers (0.04 × ln 1,500), under 6 with `TUNED`.
const OUT_OF_REACH: f64 = 10.0;

/// Where the person writes from, as plain data given by the caller (the
/// lookup has the dataset).
#[derive(Clone, Copy, Debug, Default)]
pub struct Setting<'a> {
    /// The country's languages (resources.yaml), its main language first;
    /// empty when the country is unknown.
    pub languages: &'a [LanguageCode],
    /// The country's writers: the percent of its people who write each
    /// language (CLDR, first and second language); `None` when the country
    /// is unknown.
    pub shares: Option<&'a [(LanguageCode, f64)]>,
    /// The world's: millions of speakers of each language, sorted by code
    /// (looked up for every candidate of every message).
    pub world: &'a [(LanguageCode, f64)],
}

/// The decision's few numbers (see the module's comment for the formula).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Parameters {
    /// Nats of log-likelihood worth one nat of log-probability.
    pub temperature: f64,
    /// Log-odds for the locale's language (× q for Accept-Language).
    pub hint: f64,
    /// Exponent of the country's shares.
    pub country: f64,
    /// Share (percent) of a language the country's figures do not list.
    pub floor: f64,
    /// Log-odds for the country's main language…
    pub main: f64,
    /// …and instead, when the message is a single word: one word carries
    /// little evidence, and most of the words people send alone are written
    /// alike in several languages.
    pub main_one_word: f64,
    /// Exponent of the world's millions of speakers.
    pub world: f64,
    /// Log-likelihood (nats a letter) of a text in a language the detector
    /// has no model of.
    pub unmodelled: f64,
    /// Between twins whose readers read each other, the country's main
    /// language wins unless the message's evidence for the other is more
    /// than this (log-odds).
    pub twin_margin: f64,
}

/// Tuned on the dev set's modes (docs/LANGUAGE-DETECTION.md, "The decision").
pub const TUNED: Parameters = Parameters {
    temperature: 8.0,
    hint: 3.0,
    country: 0.15,
    floor: 1.0,
    main: 0.25,
    main_one_word: 2.0,
    world: 0.04,
    unmodelled: -3.5,
    twin_margin: 4.0,
};

/// One candidate and why it scored as it did: codes and numbers, never the
/// message.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reason {
    pub code: LanguageCode,
    /// The detector recognises it in the message's script.
    pub recognised: bool,
    /// Log-likelihood less the best candidate's, over `T` (0 without a message).
    pub evidence: f64,
    pub hint: f64,
    pub place: f64,
    pub score: f64,
}

impl Reason {
    fn prior(&self) -> f64 {
        self.hint + self.place
    }
}

/// The decision and its reasons, the best candidate first.
#[derive(Debug)]
pub struct Decision {
    pub resolved: ResolvedLanguage,
    pub reasons: Vec<Reason>,
}

impl std::fmt::Display for Decision {
    /// `nl (message, Some(0.97)): nl e=0.00 h=0.00 p=-0.30 s=-0.30 | af …`, the
    /// best five candidates.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} ({}, {:?}):",
            self.resolved.code,
            self.resolved.source.as_str(),
            self.resolved.confidence
        )?;
        for reason in self.reasons.iter().take(5) {
            write!(
                f,
                " {}{} e={:.2} h={:.2} p={:.2} s={:.2} |",
                reason.code,
                if reason.recognised { "" } else { "?" },
                reason.evidence,
                reason.hint,
                reason.place,
                reason.score
            )?;
        }
        Ok(())
    }
}

/// A candidate while the decision is made: its evidence in nats.
struct Candidate {
    code: LanguageCode,
    recognised: bool,
    nats: f64,
    hint: f64,
    hint_source: LanguageSource,
    place: f64,
}

/// The language the person writes in (see the module's comment).
pub fn decide(
    detection: Option<&Detection>,
    hints: &Hints,
    setting: &Setting<'_>,
    parameters: &Parameters,
) -> Decision {
    let language_of = |tag: &LanguageIdentifier| LanguageCode::parse(tag.language.as_str());
    // The person's own settings: the locale, then Accept-Language by weight.
    let weights = hints
        .accept_weights
        .iter()
        .copied()
        .chain(std::iter::repeat(1.0));
    let hinted: Vec<(LanguageCode, f64, LanguageSource)> = hints
        .locale
        .as_ref()
        .and_then(language_of)
        .map(|code| (code, 1.0, LanguageSource::Locale))
        .into_iter()
        .chain(
            hints
                .accept_language
                .iter()
                .zip(weights)
                .filter_map(|(tag, q)| {
                    language_of(tag).map(|code| (code, q, LanguageSource::AcceptLanguage))
                }),
        )
        .collect();
    let Some(detection) = detection else {
        return without_message(&hinted, setting);
    };

    let mut candidates: Vec<Candidate> = detection
        .log_likelihoods()
        .iter()
        .map(|&(code, nats)| Candidate {
            code,
            recognised: true,
            nats: f64::from(nats),
            hint: 0.0,
            hint_source: LanguageSource::Message,
            place: 0.0,
        })
        .collect();
    let best_nats = candidates.first().map_or(0.0, |c| c.nats);
    // What a text of this many letters is worth in a language with no model;
    // a decision by script alone has no likelihoods to compare with.
    let unmodelled_nats = match detection.ngrams() {
        0 => best_nats,
        _ => parameters.unmodelled * detection.letters() as f64,
    };
    let name = |code: LanguageCode, candidates: &mut Vec<Candidate>| -> Option<usize> {
        if let Some(index) = candidates.iter().position(|c| c.code == code) {
            return Some(index);
        }
        // Serbian in Latin letters is spelled as Croatian or Bosnian are: a
        // language not weighed here whose readers read a candidate's text
        // takes that candidate's evidence…
        let read_as = match has_twin_readers(code) {
            true => candidates
                .iter()
                .filter(|c| c.recognised && read_each_other(c.code, code))
                .map(|c| c.nats)
                .reduce(f64::max),
            false => None,
        };
        let nats = match read_as {
            Some(nats) => nats,
            // …one written in another script is ruled out…
            None if detection.script_excludes(code)
                && detection.letters() >= SCRIPT_MIN_LETTERS =>
            {
                return None
            }
            // …and one without a model gets what such a language would.
            None => unmodelled_nats,
        };
        candidates.push(Candidate {
            code,
            recognised: false,
            nats,
            hint: 0.0,
            hint_source: LanguageSource::Message,
            place: 0.0,
        });
        Some(candidates.len() - 1)
    };
    for &(code, weight, source) in &hinted {
        if let Some(index) = name(code, &mut candidates) {
            let hint = parameters.hint * weight;
            if hint > candidates[index].hint {
                candidates[index].hint = hint;
                candidates[index].hint_source = source;
            }
        }
    }
    // The country's languages the detector cannot recognise here: it was
    // asked for them, so they may be answered. Others it does not know at
    // all are left to the person's own hints. Not when the detector named
    // one of them by its own words or whatlang: the text is explained.
    let named_unmodelled = detection.unmodelled().contains(&detection.language);
    if let Some(shares) = setting.shares.filter(|_| !named_unmodelled) {
        for &code in detection.unmodelled() {
            let listed =
                shares.iter().any(|(c, _)| *c == code) || setting.languages.contains(&code);
            if listed {
                name(code, &mut candidates);
            }
        }
    }
    // The country's languages not weighed here whose readers read a
    // candidate's text (Serbia's Serbian, for a text in Latin letters).
    for &code in setting
        .languages
        .iter()
        .filter(|&&code| has_twin_readers(code))
    {
        let weighed = candidates.iter().any(|c| c.code == code);
        let read = candidates
            .iter()
            .any(|c| c.recognised && read_each_other(c.code, code));
        if !weighed && read {
            name(code, &mut candidates);
        }
    }
    // Candidates the evidence puts beyond any prior's reach are dropped
    // before the priors are looked up: on a long message, nearly all of them.
    let best = candidates
        .iter()
        .map(|c| c.nats)
        .fold(f64::NEG_INFINITY, f64::max);
    let temperature = parameters.temperature.max(f64::MIN_POSITIVE);
    candidates.retain(|c| c.hint > 0.0 || (c.nats - best) / temperature > -OUT_OF_REACH);
    let one_word = detection.words() <= 1;
    for candidate in &mut candidates {
        candidate.place = place(candidate.code, setting, parameters, one_word);
    }

    let mut reasons: Vec<Reason> = candidates
        .iter()
        .map(|c| {
            let evidence = (c.nats - best) / temperature;
            Reason {
                code: c.code,
                recognised: c.recognised,
                evidence,
                hint: c.hint,
                place: c.place,
                score: evidence + c.hint + c.place,
            }
        })
        .collect();
    reasons.sort_by(|a, b| b.score.total_cmp(&a.score));
    let Some(winner) = reasons.first().copied() else {
        return without_message(&hinted, setting);
    };
    let hint_source_of = |code: LanguageCode| {
        candidates
            .iter()
            .find(|c| c.code == code)
            .map_or(LanguageSource::Message, |c| c.hint_source)
    };

    // Twins whose readers read each other: the person's own setting decides.
    if let Some(&(hint, _, source)) = hinted.first() {
        if hint != winner.code
            && read_each_other(winner.code, hint)
            && reasons.iter().any(|r| r.code == hint)
        {
            return Decision {
                resolved: ResolvedLanguage {
                    code: hint,
                    source,
                    confidence: None,
                },
                reasons,
            };
        }
    }

    // …else the country's main language does, unless the message clearly
    // says the other (a Catalan sentence from Spain stays Catalan) or the
    // person's own setting names the other.
    if let Some(&main) = setting.languages.first() {
        let close = reasons
            .iter()
            .find(|r| r.code == main)
            .is_some_and(|r| r.evidence >= winner.evidence - parameters.twin_margin);
        let hinted_winner = hinted.iter().any(|(code, _, _)| *code == winner.code);
        if main != winner.code && read_each_other(winner.code, main) && close && !hinted_winner {
            return Decision {
                resolved: ResolvedLanguage {
                    code: main,
                    source: LanguageSource::Country,
                    confidence: None,
                },
                reasons,
            };
        }
    }

    let source = source_of(&winner, &reasons, setting, hint_source_of(winner.code));
    let confidence = (source == LanguageSource::Message).then(|| {
        let total: f64 = reasons.iter().map(|r| (r.score - winner.score).exp()).sum();
        round_confidence(1.0 / total)
    });
    Decision {
        resolved: ResolvedLanguage {
            code: winner.code,
            source,
            confidence,
        },
        reasons,
    }
}

/// The log-prior of `code` where the person is: the country's share of its
/// writers (floored) and its main language; the world's speakers always, a
/// gentle tie-break between languages the country does not tell apart.
fn place(
    code: LanguageCode,
    setting: &Setting<'_>,
    parameters: &Parameters,
    one_word: bool,
) -> f64 {
    let share_of = |list: &[(LanguageCode, f64)], missing: f64| {
        list.iter()
            .find(|(c, _)| *c == code)
            .map_or(missing, |(_, share)| *share)
    };
    let speakers = setting
        .world
        .binary_search_by(|(c, _)| c.cmp(&code))
        .map_or(1.0, |index| setting.world[index].1);
    let world = parameters.world * speakers.max(1.0).ln();
    let Some(shares) = setting.shares else {
        return world;
    };
    let floor = parameters.floor.max(f64::MIN_POSITIVE);
    let mut place = parameters.country * (share_of(shares, 0.0).max(floor) / 100.0).ln() + world;
    if setting.languages.first() == Some(&code) {
        place += match one_word {
            true => parameters.main_one_word,
            false => parameters.main,
        };
    }
    place
}

/// Which input decided: the message when its evidence alone picks the
/// winner and outweighs the priors' margin; else the prior that carried the
/// winner (the world's speakers are part of reading the message).
fn source_of(
    winner: &Reason,
    reasons: &[Reason],
    setting: &Setting<'_>,
    hint_source: LanguageSource,
) -> LanguageSource {
    let others = || reasons.iter().filter(|r| r.code != winner.code);
    let evidence_margin = winner.evidence - others().map(|r| r.evidence).fold(f64::MIN, f64::max);
    let best_other_prior = others().map(Reason::prior).fold(f64::MIN, f64::max);
    let prior_margin = winner.prior() - best_other_prior;
    if evidence_margin > 0.0 && (prior_margin <= 0.0 || evidence_margin >= prior_margin) {
        return LanguageSource::Message;
    }
    // What the winner beat: the message's own choice, or else the runner-up
    // of the priors.
    let rival = match evidence_margin > 0.0 {
        true => others().max_by(|a, b| a.prior().total_cmp(&b.prior())),
        false => others().max_by(|a, b| a.evidence.total_cmp(&b.evidence)),
    };
    let (hint_gain, place_gain) = rival.map_or((winner.hint, winner.place), |rival| {
        (winner.hint - rival.hint, winner.place - rival.place)
    });
    if winner.hint > 0.0 && hint_gain >= place_gain {
        hint_source
    } else if place_gain > 0.0 && setting.languages.contains(&winner.code) {
        // The place carried one of the country's own languages. A language
        // the place only made likelier than another reading of the message
        // (English rather than Afrikaans, from Germany) was the message's.
        LanguageSource::Country
    } else {
        LanguageSource::Message
    }
}

/// No message to read: the person's locale (or Accept-Language), else the
/// country's main language, else English.
fn without_message(
    hinted: &[(LanguageCode, f64, LanguageSource)],
    setting: &Setting<'_>,
) -> Decision {
    let (code, source) = match (hinted.first(), setting.languages.first()) {
        (Some(&(code, _, source)), _) => (code, source),
        (None, Some(&main)) => (main, LanguageSource::Country),
        (None, None) => (
            LanguageCode::parse("en").unwrap_or_else(|| unreachable!("en is ISO 639-1")),
            LanguageSource::Default,
        ),
    };
    Decision {
        resolved: ResolvedLanguage {
            code,
            source,
            confidence: None,
        },
        reasons: Vec::new(),
    }
}

fn round_confidence(confidence: f64) -> f64 {
    (confidence * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::{Detection, Script};

    fn lang(code: &str) -> LanguageCode {
        LanguageCode::parse(code).unwrap_or_else(|| panic!("{code}"))
    }

    fn hints(locale: Option<&str>, accept: Option<&str>) -> Hints {
        Hints::parse(locale, None, accept, &mut Vec::new())
    }

    /// A Latin-script message of `letters` letters and `words` words whose
    /// log-likelihoods (nats) are `nats`.
    fn message(nats: &[(&str, f32)], letters: usize, words: usize) -> Detection {
        let nats: Vec<(LanguageCode, f32)> = nats.iter().map(|&(c, n)| (lang(c), n)).collect();
        Detection::from_log_likelihoods(&nats, Script::Latin, letters, words)
            .unwrap_or_else(|| panic!("a detection"))
    }

    const WORLD: [(&str, f64); 6] = [
        ("en", 1500.0),
        ("de", 130.0),
        ("nl", 30.0),
        ("af", 18.0),
        ("ms", 80.0),
        ("id", 200.0),
    ];

    /// A country's languages (main first) and its writers' shares.
    type Country = (&'static [&'static str], &'static [(&'static str, f64)]);

    fn decided(
        detection: Option<&Detection>,
        hints: &Hints,
        country: Option<Country>,
    ) -> ResolvedLanguage {
        let mut world: Vec<(LanguageCode, f64)> =
            WORLD.iter().map(|&(c, n)| (lang(c), n)).collect();
        world.sort_by_key(|(code, _)| *code);
        let (languages, shares): (Vec<LanguageCode>, Option<Vec<(LanguageCode, f64)>>) =
            match country {
                Some((languages, shares)) => (
                    languages.iter().map(|c| lang(c)).collect(),
                    Some(shares.iter().map(|&(c, s)| (lang(c), s)).collect()),
                ),
                None => (Vec::new(), None),
            };
        let setting = Setting {
            languages: &languages,
            shares: shares.as_deref(),
            world: &world,
        };
        decide(detection, hints, &setting, &TUNED).resolved
    }

    const GERMANY: Country = (&["de"], &[("de", 100.0), ("en", 56.0)]);

    #[test]
    fn clear_english_from_germany_is_english() {
        // "i want to die": English well ahead of German on the letters.
        let english = message(&[("en", -30.0), ("de", -52.0), ("nl", -50.0)], 11, 4);
        let got = decided(Some(&english), &hints(None, None), Some(GERMANY));
        assert_eq!(
            (got.code, got.source),
            (lang("en"), LanguageSource::Message)
        );
        assert!(got.confidence.is_some_and(|c| c > 0.5));
    }

    #[test]
    fn a_message_that_cannot_tell_leaves_it_to_the_country() {
        // A word German and English write alike: the country decides.
        let shared = message(&[("en", -12.0), ("de", -12.5)], 4, 1);
        let got = decided(Some(&shared), &hints(None, None), Some(GERMANY));
        assert_eq!(
            (got.code, got.source),
            (lang("de"), LanguageSource::Country)
        );
        assert_eq!(got.confidence, None);
    }

    #[test]
    fn the_locale_outweighs_a_short_message_but_not_a_clear_sentence() {
        let english_phone = hints(Some("en-US"), None);
        let short = message(&[("de", -20.0), ("en", -26.0)], 5, 1);
        let got = decided(Some(&short), &english_phone, None);
        assert_eq!((got.code, got.source), (lang("en"), LanguageSource::Locale));
        let sentence = message(&[("de", -150.0), ("en", -260.0)], 40, 8);
        let got = decided(Some(&sentence), &english_phone, None);
        assert_eq!(
            (got.code, got.source),
            (lang("de"), LanguageSource::Message)
        );
    }

    #[test]
    fn accept_language_counts_by_its_weight() {
        let close = message(&[("nl", -20.0), ("de", -28.0)], 6, 1);
        let strong = decided(Some(&close), &hints(None, Some("de")), None);
        assert_eq!(strong.code, lang("de"));
        let weak = decided(Some(&close), &hints(None, Some("nl, de;q=0.1")), None);
        assert_eq!(weak.code, lang("nl"));
    }

    #[test]
    fn the_locale_decides_between_twins_whose_readers_read_each_other() {
        // Indonesian spelling from a phone set to Malay.
        let indonesian = message(&[("id", -60.0), ("ms", -75.0)], 25, 6);
        let got = decided(Some(&indonesian), &hints(Some("ms-MY"), None), None);
        assert_eq!((got.code, got.source), (lang("ms"), LanguageSource::Locale));
        // Without a hint, Malaysia's main language takes a close call…
        let malaysia: Country = (&["ms", "en"], &[("ms", 90.0), ("en", 60.0), ("id", 1.0)]);
        let close = message(&[("id", -40.0), ("ms", -45.0)], 15, 4);
        let got = decided(Some(&close), &hints(None, None), Some(malaysia));
        assert_eq!(
            (got.code, got.source),
            (lang("ms"), LanguageSource::Country)
        );
        // …but not a message that clearly says the other.
        let clear = message(&[("id", -100.0), ("ms", -160.0)], 40, 9);
        let got = decided(Some(&clear), &hints(None, None), Some(malaysia));
        assert_eq!(got.code, lang("id"));
    }

    #[test]
    fn without_a_message_the_locale_then_the_country_then_english() {
        let got = decided(None, &hints(Some("nl-BE"), None), Some(GERMANY));
        assert_eq!((got.code, got.source), (lang("nl"), LanguageSource::Locale));
        let got = decided(None, &hints(None, None), Some(GERMANY));
        assert_eq!(
            (got.code, got.source),
            (lang("de"), LanguageSource::Country)
        );
        let got = decided(None, &hints(None, None), None);
        assert_eq!(
            (got.code, got.source),
            (lang("en"), LanguageSource::Default)
        );
    }

    #[test]
    fn a_hinted_language_of_another_script_is_ruled_out() {
        // Five Latin letters from a phone set to Russian: not Russian.
        let latin = message(&[("en", -14.0), ("de", -20.0)], 5, 1);
        let got = decided(Some(&latin), &hints(Some("ru-RU"), None), None);
        assert_eq!(got.code, lang("en"));
    }

    #[test]
    fn the_reasons_name_codes_and_numbers_only() {
        let english = message(&[("en", -30.0), ("de", -52.0)], 11, 4);
        let mut world: Vec<(LanguageCode, f64)> =
            WORLD.iter().map(|&(c, n)| (lang(c), n)).collect();
        world.sort_by_key(|(code, _)| *code);
        let setting = Setting {
            world: &world,
            ..Setting::default()
        };
        let decision = decide(Some(&english), &hints(None, None), &setting, &TUNED);
        let shown = decision.to_string();
        assert!(shown.starts_with("en (message"), "{shown}");
        assert!(shown.contains(" de e="), "{shown}");
    }
}
