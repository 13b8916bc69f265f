//! Fuzzed links never panic: random bytes, random base64url, and truncations and bit flips of real
//! links all come back as `Ok` or a `LinkError`, and never open as different code unnoticed.

use super::*;

const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Decodes and, when it opens, checks that the result satisfies the limits (what the page relies on).
fn decode_safely(link: &str) -> Result<PlaygroundState, LinkError> {
    let result = decode(link);
    if let Ok(state) = &result {
        assert_eq!(state.check_limits(), Ok(()), "an opened link must be within limits");
    }
    result
}

#[test]
fn random_strings_never_panic() {
    let mut rng = Rng(11);
    for _ in 0..3_000 {
        let len = rng.below(300);
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        let _ = decode_safely(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn random_base64url_never_panics_and_rarely_opens() {
    let mut rng = Rng(12);
    let mut opened = 0;
    for i in 0..5_000 {
        let len = rng.below(400);
        let mut link: String = (0..len).map(|_| char::from(ALPHABET[rng.below(ALPHABET.len())])).collect();
        if i % 2 == 0 && !link.is_empty() {
            link.replace_range(0..1, "A"); // version byte 0..3: exercise the v1 path more often
            link.insert(1, 'Q');
        }
        if decode_safely(&link).is_ok() {
            opened += 1;
        }
    }
    assert!(opened <= 2, "{opened} random links opened; the check should stop nearly all");
}

#[test]
fn truncations_of_real_links_never_open() {
    for lesson in crate::gallery::LESSONS {
        let link = lesson.link();
        for cut in 0..link.len() {
            let result = decode_safely(&link[..cut]);
            assert!(result.is_err(), "{} cut at {cut} opened", lesson.id);
        }
    }
}

#[test]
fn bit_flips_of_real_links_are_caught() {
    let mut rng = Rng(13);
    let mut undetected = 0;
    let mut total = 0;
    for lesson in crate::gallery::LESSONS {
        let bytes = BASE64URL.decode(lesson.link()).expect("own link");
        for bit in 0..bytes.len() * 8 {
            let mut flipped = bytes.clone();
            flipped[bit / 8] ^= 1 << (bit % 8);
            total += 1;
            if decode_safely(&BASE64URL.encode(&flipped)).is_ok_and(|state| state != lesson.state()) {
                undetected += 1;
            }
        }
        // And a few multi-byte smashes.
        for _ in 0..50 {
            let mut smashed = bytes.clone();
            for _ in 0..1 + rng.below(4) {
                let at = rng.below(smashed.len());
                smashed[at] = rng.next() as u8;
            }
            let _ = decode_safely(&BASE64URL.encode(&smashed));
        }
    }
    // A 16-bit check lets about 1 in 65,536 corruptions through; allow a handful over ~70k flips.
    assert!(undetected <= 5, "{undetected} of {total} bit flips opened as different code");
}
