//! The Unicode lookups the algorithm needs, over `tables.bin` decoded once into sorted vectors.
//!
//! The format (see `scripts/gen_tables.py`, which writes it and checks the round trip) is four lists,
//! each a varint count then its entries, keys delta-coded from the previous entry's:
//! combining classes `(Δcode point, class byte)`; primary compositions `(Δfirst, second,
//! zigzag(composite − first))`; canonical then compatibility full decompositions `(Δcode point, length,
//! zigzag(char − code point)…)`. A malformed table (it is compiled in, so never in practice) decodes to
//! what was read before the fault: lookups then find less, nothing panics.
//!
//! Natively the table is compiled in; in the page's runtime worker it is fetched on first use
//! (`lazy-data`: most programs have no non-ASCII identifier and never call `unicodedata`, and the table
//! was ~19 KB gzip of every cold open). A table that could not be fetched decodes as empty: names are
//! then left as written instead of NFKC-normalised.

use std::sync::OnceLock;

struct Decomposed {
    /// (code point, start in `chars`, length), sorted by code point.
    index: Vec<(u32, u32, u8)>,
    chars: Vec<char>,
}

struct Tables {
    classes: Vec<(u32, u8)>,
    compositions: Vec<((u32, u32), char)>,
    canonical: Decomposed,
    compatibility: Decomposed,
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn varint(&mut self) -> Option<u32> {
        let mut n: u32 = 0;
        let mut shift = 0;
        loop {
            let byte = *self.data.get(self.pos)?;
            self.pos += 1;
            n |= u32::from(byte & 0x7F).checked_shl(shift)?;
            shift += 7;
            if byte & 0x80 == 0 {
                return Some(n);
            }
        }
    }

    fn byte(&mut self) -> Option<u8> {
        let byte = *self.data.get(self.pos)?;
        self.pos += 1;
        Some(byte)
    }

    /// `base` plus a zigzag-coded difference.
    fn relative(&mut self, base: u32) -> Option<u32> {
        let z = self.varint()?;
        let delta = (z >> 1) as i64 ^ -((z & 1) as i64);
        u32::try_from(i64::from(base) + delta).ok()
    }
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut t = Tables {
            classes: Vec::new(),
            compositions: Vec::new(),
            canonical: Decomposed { index: Vec::new(), chars: Vec::new() },
            compatibility: Decomposed { index: Vec::new(), chars: Vec::new() },
        };
        let data = lazy_data::table!("tables.bin", "tables.bin").unwrap_or_default();
        let _complete = decode(&mut Reader { data: &data, pos: 0 }, &mut t);
        t
    })
}

fn decode(r: &mut Reader<'_>, t: &mut Tables) -> Option<()> {
    let mut cp = 0u32;
    for _ in 0..r.varint()? {
        cp = cp.checked_add(r.varint()?)?;
        t.classes.push((cp, r.byte()?));
    }
    let mut first = 0u32;
    for _ in 0..r.varint()? {
        first = first.checked_add(r.varint()?)?;
        let second = r.varint()?;
        let composite = char::from_u32(r.relative(first)?)?;
        t.compositions.push(((first, second), composite));
    }
    for d in [&mut t.canonical, &mut t.compatibility] {
        let mut cp = 0u32;
        for _ in 0..r.varint()? {
            cp = cp.checked_add(r.varint()?)?;
            let len = r.varint()?;
            let start = u32::try_from(d.chars.len()).ok()?;
            for _ in 0..len {
                d.chars.push(char::from_u32(r.relative(cp)?)?);
            }
            d.index.push((cp, start, u8::try_from(len).ok()?));
        }
    }
    Some(())
}

/// The canonical combining class of a code point (0 for most).
pub fn canonical_combining_class(c: char) -> u8 {
    let classes = &tables().classes;
    match classes.binary_search_by_key(&(c as u32), |&(cp, _)| cp) {
        Ok(i) => classes[i].1,
        Err(_) => 0,
    }
}

/// The primary composite of `c1` followed by `c2` (Hangul is composed algorithmically elsewhere).
pub(crate) fn composition_table(c1: char, c2: char) -> Option<char> {
    let compositions = &tables().compositions;
    let i = compositions.binary_search_by_key(&(c1 as u32, c2 as u32), |&(k, _)| k).ok()?;
    Some(compositions[i].1)
}

fn lookup(d: &'static Decomposed, c: char) -> Option<&'static [char]> {
    let i = d.index.binary_search_by_key(&(c as u32), |&(cp, _, _)| cp).ok()?;
    let (_, start, len) = d.index[i];
    d.chars.get(start as usize..start as usize + len as usize)
}

pub(crate) fn canonical_fully_decomposed(c: char) -> Option<&'static [char]> {
    lookup(&tables().canonical, c)
}

pub(crate) fn compatibility_fully_decomposed(c: char) -> Option<&'static [char]> {
    lookup(&tables().compatibility, c)
}
