//! Controlled vocabularies (topics, audiences) defined in `resources.yaml`
//! itself, and the channels the program knows how to reach.

/// The ids of a vocabulary, in file order. A term's index is its bit in a
/// `TermSet`, so a vocabulary holds at most 64 terms.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    ids: Vec<String>,
    descriptions: Vec<String>,
}

pub const MAX_TERMS: usize = 64;

impl Vocabulary {
    pub(crate) fn new(ids: Vec<String>, descriptions: Vec<String>) -> Self {
        Self { ids, descriptions }
    }

    /// Each id with what it means, for documentation endpoints.
    pub fn terms(&self) -> impl Iterator<Item = (&str, &str)> {
        self.ids
            .iter()
            .zip(&self.descriptions)
            .map(|(id, d)| (id.as_str(), d.as_str()))
    }

    pub fn ids(&self) -> &[String] {
        &self.ids
    }

    pub fn parse(&self, id: &str) -> Option<TermSet> {
        self.ids
            .iter()
            .position(|known| known == id)
            .map(|index| TermSet(1 << index))
    }

    pub fn names(&self, set: TermSet) -> impl Iterator<Item = &str> {
        self.ids
            .iter()
            .enumerate()
            .filter(move |(index, _)| set.0 & (1 << index) != 0)
            .map(|(_, id)| id.as_str())
    }
}

/// A set of terms of one vocabulary, as a bit set: cheap to copy, compare
/// and hash into a cache key.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct TermSet(u64);

impl TermSet {
    pub const EMPTY: Self = Self(0);

    pub fn union(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }

    pub fn intersects(self, other: Self) -> bool {
        self.0 & other.0 != 0
    }

    /// The terms of `self` that are not in `other`.
    pub fn difference(self, other: Self) -> Self {
        Self(self.0 & !other.0)
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

/// How a person can reach a line. Each maps to one field of a resource.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Channel {
    Phone,
    Sms,
    Chat,
    Whatsapp,
}

impl Channel {
    pub const ALL: [Self; 4] = [Self::Phone, Self::Sms, Self::Chat, Self::Whatsapp];

    pub fn parse(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|channel| channel.id() == id)
    }

    pub fn id(self) -> &'static str {
        match self {
            Self::Phone => "phone",
            Self::Sms => "sms",
            Self::Chat => "chat",
            Self::Whatsapp => "whatsapp",
        }
    }

    pub fn bit(self) -> u8 {
        1 << (self as u8)
    }
}
