//! Round trip: any state → link → the identical state.

use super::*;

#[test]
fn generated_states_round_trip() {
    let mut rng = Rng(7);
    for i in 0..600 {
        let state = rng.state();
        let link = encode(&state);
        assert_eq!(decode(&link).as_ref(), Ok(&state), "iteration {i}");
        assert_eq!(encode(&state), link, "encoding is deterministic (iteration {i})");
    }
}

#[test]
fn empty_and_default_states_round_trip() {
    let empty = PlaygroundState::default();
    assert_eq!(decode(&encode(&empty)), Ok(empty));
    let hidden = PlaygroundState {
        view: View {
            panes: Panes { models: false, script: false, diagram: false, output: false, tables: false, lesson: false },
            theme: Theme::Dark,
        },
        ..Default::default()
    };
    assert_eq!(decode(&encode(&hidden)), Ok(hidden));
}

#[test]
fn non_ascii_and_extreme_values_round_trip() {
    let mut positions = BTreeMap::new();
    positions.insert("用户".to_owned(), (-limits::MAX_COORDINATE, limits::MAX_COORDINATE));
    positions.insert("x".repeat(limits::MAX_TABLE_NAME), (0, -1));
    let state = PlaygroundState {
        models: "class Ünïcödé(Base):\n    名前 = Column(String)  # 🙂\u{0}\r\n".to_owned(),
        script: "print('👩‍⚕️', \"\\u202e\")\u{202e}".to_owned(),
        example: Some("self-referential-tree".to_owned()),
        positions,
        view: View::default(),
    };
    assert_eq!(decode(&encode(&state)), Ok(state));
}

#[test]
fn link_is_url_fragment_safe() {
    let link = encode(&Rng(3).state());
    assert!(link.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'), "{link}");
}

#[test]
fn decode_accepts_hash_whole_url_and_whitespace() {
    let state = PlaygroundState::from_code("a = 1\n", "print(a)\n");
    let link = encode(&state);
    for wrapped in [format!("#{link}"), format!("https://example.org/ormplay/index.html#{link}"), format!("  {link}\n")]
    {
        assert_eq!(decode(&wrapped).as_ref(), Ok(&state), "{wrapped}");
    }
}

#[test]
fn large_code_within_the_cap_round_trips() {
    let models = "x = Column(Integer)  # padding\n".repeat(20_000);
    let state = PlaygroundState::from_code(&models, "print(1)\n");
    assert!(models.len() > 500_000 && models.len() < MAX_STATE_BYTES - 1_000);
    assert_eq!(decode(&encode(&state)), Ok(state));
}
