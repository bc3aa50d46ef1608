//! The table's file format, shared by the generator and the reader.
//!
//! All numbers little-endian:
//!
//! | offset | what |
//! | --- | --- |
//! | 0 | `MAGIC` |
//! | 8 | u32: number of languages L |
//! | 12 | u32: bucket bits B (2^B buckets) |
//! | 16 | f32: nats per unit of a stored value |
//! | 20 | f32: the value of unit 0 (the lowest stored log-probability) |
//! | 24 | 5 × f32: the weight of each n-gram order (1–5) baked into the values |
//! | 44 | u32: length of the records in bytes |
//! | 48 | L × 12 bytes: code (4 bytes, ASCII, zero-padded), script (u8, `Script as u8`), 3 zero bytes, f32: the language's lowest unigram log-probability |
//! | … | (2^B + 1) × u32: the byte offset of each bucket's first record |
//! | … | records |
//!
//! A record is one n-gram: u16 fingerprint, u8 count, then `count` pairs
//! (u8 language, u8 value). Its bucket and fingerprint come from
//! `ngram_hash`: an n-gram's characters folded from its last to its first,
//! so that a text's suffix n-grams at one position hash incrementally.

/// The first eight bytes of a table.
pub const MAGIC: [u8; 8] = *b"LANGID01";
/// Bytes of the fixed header, before the languages.
pub const HEADER: usize = 48;
/// Bytes per language entry.
pub const LANGUAGE_ENTRY: usize = 12;
/// The longest n-gram.
pub const MAX_ORDER: usize = 5;

const SEED: u64 = 0x243F_6A88_85A3_08D3;

/// One step of the n-gram hash: `state` after one more character (to the
/// left of those already folded in).
#[inline]
pub fn hash_step(state: u64, c: char) -> u64 {
    (state ^ u64::from(c as u32)).wrapping_mul(0x0000_0100_0000_01B3 | (1 << 63))
}

/// The start state of the n-gram hash.
#[inline]
pub fn hash_start() -> u64 {
    SEED
}

/// The final mix (MurmurHash3's fmix64): every bit of the state reaches the
/// bucket and the fingerprint bits.
#[inline]
pub fn hash_finish(state: u64) -> u64 {
    let mut h = state;
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    h
}

/// The hash of a whole n-gram (for the generator).
pub fn ngram_hash(ngram: &str) -> u64 {
    let mut state = hash_start();
    for c in ngram.chars().rev() {
        state = hash_step(state, c);
    }
    hash_finish(state)
}

/// The fingerprint stored in a record.
#[inline]
pub fn fingerprint(hash: u64) -> u16 {
    (hash >> 48) as u16
}

/// The bucket of a hash in a table of 2^`bits` buckets.
#[inline]
pub fn bucket(hash: u64, bits: u32) -> usize {
    (hash & ((1u64 << bits) - 1)) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_suffix_hashed_letter_by_letter_equals_the_whole_ngram_hashed() {
        let window = ['ą', 'b', 'c', 'd', 'e'];
        let mut state = hash_start();
        for n in 1..=window.len() {
            state = hash_step(state, window[window.len() - n]);
            let suffix: String = window[window.len() - n..].iter().collect();
            assert_eq!(hash_finish(state), ngram_hash(&suffix), "{suffix}");
        }
        assert_ne!(ngram_hash("ab"), ngram_hash("ba"));
    }
}
