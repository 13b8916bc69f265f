//! Each kind of bad link gets its own error and a message a person can act on.

use super::*;

/// Builds a link from raw bytes (version byte first), bypassing the encoder.
fn raw_link(bytes: &[u8]) -> String {
    BASE64URL.encode(bytes)
}

/// A version-1 link whose payload is any bytes: lets tests craft hostile payloads that the real
/// encoder would never write, with a valid check so they reach the payload parser.
fn v1_link_with_payload(payload: &[u8]) -> String {
    let mut bytes = vec![1];
    bytes.extend(v1::check(payload).to_le_bytes());
    bytes.extend(deflate::compress(v1::DICTIONARY, payload));
    raw_link(&bytes)
}

#[test]
fn empty_link() {
    assert_eq!(decode(""), Err(LinkError::Empty));
    assert_eq!(decode("  #  "), Err(LinkError::Empty));
    assert_eq!(decode("https://x.org/#"), Err(LinkError::Empty));
}

#[test]
fn truncated_links_say_truncated() {
    let link = encode(&crate::gallery::first_visit().state());
    for cut in [link.len() - 1, link.len() - 2, link.len() / 2, 5, 2] {
        let err = decode(&link[..cut]).expect_err("a cut link must not open");
        assert!(matches!(err, LinkError::Truncated | LinkError::Corrupted), "cut at {cut}: {err:?}");
    }
    assert_eq!(decode(&link[..link.len() / 2]), Err(LinkError::Truncated));
    assert_eq!(decode(&link[..link.len() - 1]), Err(LinkError::Truncated));
    assert_eq!(decode("A"), Err(LinkError::Truncated), "one character is not even a byte");
}

#[test]
fn corrupted_links_say_corrupted() {
    let link = encode(&crate::gallery::first_visit().state());
    let mut changed = link.clone().into_bytes();
    changed[link.len() / 2] = if changed[link.len() / 2] == b'A' { b'B' } else { b'A' };
    let changed = String::from_utf8(changed).expect("ascii");
    assert_eq!(decode(&changed), Err(LinkError::Corrupted));
    assert_eq!(decode(&format!("{}!{}", &link[..10], &link[11..])), Err(LinkError::Corrupted));
    assert_eq!(decode("this is not a link at all"), Err(LinkError::Corrupted));
}

#[test]
fn future_and_unknown_versions() {
    let mut bytes = BASE64URL.decode(encode(&PlaygroundState::default())).expect("own link");
    bytes[0] = 2;
    assert_eq!(decode(&raw_link(&bytes)), Err(LinkError::FutureVersion(2)));
    bytes[0] = 255;
    let err = decode(&raw_link(&bytes)).expect_err("future");
    assert_eq!(err, LinkError::FutureVersion(255));
    assert!(err.to_string().contains("newer version of ormplay"), "{err}");
    bytes[0] = 0;
    assert_eq!(decode(&raw_link(&bytes)), Err(LinkError::Corrupted));
}

#[test]
fn oversized_link_is_refused_before_decoding() {
    let huge = "A".repeat(MAX_LINK_CHARS + 1);
    assert_eq!(decode(&huge), Err(LinkError::TooLarge));
}

#[test]
fn decompression_bomb_stops_at_the_cap() {
    // 64 MiB of zeros compresses to ~64 KB; decoding must stop at MAX_STATE_BYTES, not allocate it all.
    let bomb = vec![0u8; 64 << 20];
    let link = v1_link_with_payload(&bomb);
    assert!(link.len() < MAX_LINK_CHARS, "the bomb itself is a small link ({} chars)", link.len());
    assert_eq!(decode(&link), Err(LinkError::TooLarge));
    let too_much_code = PlaygroundState::from_code(&"#".repeat(MAX_STATE_BYTES + 1), "");
    assert_eq!(decode(&encode(&too_much_code)), Err(LinkError::TooLarge));
    assert_eq!(too_much_code.check_limits(), Err(LinkError::TooLarge));
}

#[test]
fn hostile_payloads_are_rejected() {
    // Well-formed deflate with a valid check, but not a valid StateV1.
    assert_eq!(decode(&v1_link_with_payload(b"")), Err(LinkError::Corrupted));
    assert_eq!(decode(&v1_link_with_payload(&[0xff; 40])), Err(LinkError::Corrupted));
    let mut payload = postcard_state_bytes(&PlaygroundState::default());
    payload.push(0);
    assert_eq!(decode(&v1_link_with_payload(&payload)), Err(LinkError::Corrupted), "trailing bytes");
    // Valid StateV1 shapes carrying values ormplay never writes.
    let bad_id = PlaygroundState { example: Some("<script>alert(1)</script>".to_owned()), ..Default::default() };
    assert!(matches!(decode(&encode(&bad_id)), Err(LinkError::Rejected(_))));
    let mut far = PlaygroundState::default();
    far.positions.insert("users".to_owned(), (i32::MIN, 0));
    assert!(matches!(decode(&encode(&far)), Err(LinkError::Rejected(_))));
    let mut many = PlaygroundState::default();
    for i in 0..=limits::MAX_POSITIONS {
        many.positions.insert(format!("t{i}"), (0, 0));
    }
    assert!(matches!(decode(&encode(&many)), Err(LinkError::Rejected(_))));
}

fn postcard_state_bytes(state: &PlaygroundState) -> Vec<u8> {
    // The body of a real link, inflated: the exact payload the encoder wrote.
    let bytes = BASE64URL.decode(encode(state)).expect("own link");
    deflate::decompress(v1::DICTIONARY, &bytes[3..], MAX_STATE_BYTES).expect("own link inflates")
}

#[test]
fn every_message_is_a_sentence_for_people() {
    let all = [
        LinkError::Empty,
        LinkError::Truncated,
        LinkError::Corrupted,
        LinkError::FutureVersion(9),
        LinkError::TooLarge,
        LinkError::Rejected("an invalid example name"),
    ];
    for err in all {
        let message = err.to_string();
        assert!(message.starts_with("This link"), "{message}");
        assert!(message.ends_with('.'), "{message}");
        assert!(!message.contains("deflate") && !message.contains("base64"), "no jargon: {message}");
    }
}
