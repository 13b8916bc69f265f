//! Tests of the permalink codec, split by concern; this file holds the shared generators.
//!
//! No property-testing crate: a small seeded generator makes the same "random" states and links on
//! every run, so a failure is reproducible from its iteration number alone.

mod errors;
mod fuzz;
mod pinned;
mod roundtrip;
mod sizes;

use super::*;

/// SplitMix64: tiny, seedable, good enough to spread test inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn coin(&mut self) -> bool {
        self.next() & 1 == 1
    }

    /// Text mixing code-like ASCII, whitespace, accents, CJK, emoji, controls and NUL.
    fn text(&mut self, max_chars: usize) -> String {
        const PIECES: &[&str] = &[
            "class ",
            "relationship(",
            "\"",
            "'",
            "\n",
            "    ",
            "\t",
            "\r\n",
            "é",
            "ß",
            "Ωμέγα",
            "日本語",
            "🙂",
            "👩‍⚕️",
            "\u{0}",
            "\u{7f}",
            "\u{202e}",
            "#",
            "%",
            "&<>",
            "\\",
            "Column(Integer, primary_key=True)",
        ];
        let len = self.below(max_chars + 1);
        let mut s = String::new();
        while s.chars().count() < len {
            if self.coin() {
                s.push_str(PIECES[self.below(PIECES.len())]);
            } else {
                let c = char::from_u32(self.below(0x11_0000) as u32).unwrap_or('x');
                s.push(c);
            }
        }
        s
    }

    fn state(&mut self) -> PlaygroundState {
        let mut positions = BTreeMap::new();
        for _ in 0..self.below(12) {
            let name = self.text(20);
            let name = if name.is_empty() { "t".to_owned() } else { name };
            let span = if self.coin() { 2_000 } else { limits::MAX_COORDINATE as usize };
            let x = self.below(2 * span + 1) as i32 - span as i32;
            let y = self.below(2 * span + 1) as i32 - span as i32;
            positions.insert(name, (x, y));
        }
        let themes = [Theme::System, Theme::Light, Theme::Dark];
        let models_len = if self.coin() { 40 } else { 3_000 };
        let script_len = if self.coin() { 40 } else { 1_500 };
        let example = ["parent-child", "medical-chatbot", "x", "a_b-9"][self.below(4)];
        PlaygroundState {
            models: self.text(models_len),
            script: self.text(script_len),
            example: self.coin().then(|| example.to_owned()),
            positions,
            view: View {
                panes: Panes {
                    models: self.coin(),
                    script: self.coin(),
                    diagram: self.coin(),
                    output: self.coin(),
                    tables: self.coin(),
                    lesson: self.coin(),
                },
                theme: themes[self.below(3)],
            },
        }
    }
}
