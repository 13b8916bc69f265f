//! [`Cell`]: one value in a row, as the rest of ormplay sees database values — SQLite's five storage
//! classes, so what the page shows is exactly what SQLite stored (a `Boolean` column holds the integer 1;
//! turning it back into `True` is the job of the engine's result processors, as in SQLAlchemy).

use std::cmp::Ordering;

/// A database value: one of SQLite's storage classes.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Null,
    Integer(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

impl Cell {
    /// The cell as a SQL shell shows it in a grid: `NULL`, `1`, `2.5`, `text`, `X'00FF'`.
    pub fn display(&self) -> String {
        match self {
            Cell::Null => "NULL".into(),
            Cell::Integer(n) => n.to_string(),
            Cell::Real(f) => real_text(*f),
            Cell::Text(s) => s.clone(),
            Cell::Blob(b) => blob_literal(b),
        }
    }

    /// SQLite's storage class name, as `typeof()` gives it.
    pub fn type_name(&self) -> &'static str {
        match self {
            Cell::Null => "null",
            Cell::Integer(_) => "integer",
            Cell::Real(_) => "real",
            Cell::Text(_) => "text",
            Cell::Blob(_) => "blob",
        }
    }

    fn rank(&self) -> u8 {
        match self {
            Cell::Null => 0,
            Cell::Integer(_) | Cell::Real(_) => 1,
            Cell::Text(_) => 2,
            Cell::Blob(_) => 3,
        }
    }
}

/// A real as SQLite's shell prints it: integral values keep a `.0`.
fn real_text(f: f64) -> String {
    if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e15 { format!("{f:.1}") } else { f.to_string() }
}

fn blob_literal(bytes: &[u8]) -> String {
    let hex: String = bytes.iter().map(|b| format!("{b:02X}")).collect();
    format!("X'{hex}'")
}

/// In JSON (the CLI's `--trace`, the conformance output): `null`, an integer, a number with a fraction
/// or exponent (a real, even `1.0`), a string, and a blob as `{"blob": "00FF"}` (JSON has no bytes).
/// In a binary format (the page's wire, postcard, which is not self-describing): a plain tagged enum,
/// [`BinaryCell`], so reading it back needs no `deserialize_any`.
impl serde::Serialize for Cell {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        if !serializer.is_human_readable() {
            return serde::Serialize::serialize(&BinaryCellRef::from(self), serializer);
        }
        match self {
            Cell::Null => serializer.serialize_none(),
            Cell::Integer(n) => serializer.serialize_i64(*n),
            Cell::Real(f) => serializer.serialize_f64(*f),
            Cell::Text(s) => serializer.serialize_str(s),
            Cell::Blob(b) => {
                let mut map = serializer.serialize_map(Some(1))?;
                map.serialize_entry("blob", &b.iter().map(|b| format!("{b:02X}")).collect::<String>())?;
                map.end()
            }
        }
    }
}

impl<'de> serde::Deserialize<'de> for Cell {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if !deserializer.is_human_readable() {
            return <BinaryCell as serde::Deserialize>::deserialize(deserializer).map(Cell::from);
        }
        deserializer.deserialize_any(CellVisitor)
    }
}

/// [`Cell`]'s shape in binary formats (read side).
#[derive(serde::Deserialize)]
enum BinaryCell {
    Null,
    Integer(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

/// [`Cell`]'s shape in binary formats (write side: borrows, so serialising copies nothing). The
/// variants are in [`BinaryCell`]'s order: postcard writes a variant as its index.
#[derive(serde::Serialize)]
enum BinaryCellRef<'a> {
    Null,
    Integer(i64),
    Real(f64),
    Text(&'a str),
    Blob(&'a [u8]),
}

impl<'a> From<&'a Cell> for BinaryCellRef<'a> {
    fn from(cell: &'a Cell) -> Self {
        match cell {
            Cell::Null => BinaryCellRef::Null,
            Cell::Integer(n) => BinaryCellRef::Integer(*n),
            Cell::Real(f) => BinaryCellRef::Real(*f),
            Cell::Text(s) => BinaryCellRef::Text(s),
            Cell::Blob(b) => BinaryCellRef::Blob(b),
        }
    }
}

impl From<BinaryCell> for Cell {
    fn from(cell: BinaryCell) -> Self {
        match cell {
            BinaryCell::Null => Cell::Null,
            BinaryCell::Integer(n) => Cell::Integer(n),
            BinaryCell::Real(f) => Cell::Real(f),
            BinaryCell::Text(s) => Cell::Text(s),
            BinaryCell::Blob(b) => Cell::Blob(b),
        }
    }
}

struct CellVisitor;

impl<'de> serde::de::Visitor<'de> for CellVisitor {
    type Value = Cell;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("null, a number, a string or {\"blob\": hex}")
    }

    fn visit_unit<E>(self) -> Result<Cell, E> {
        Ok(Cell::Null)
    }

    fn visit_none<E>(self) -> Result<Cell, E> {
        Ok(Cell::Null)
    }

    fn visit_i64<E>(self, n: i64) -> Result<Cell, E> {
        Ok(Cell::Integer(n))
    }

    fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<Cell, E> {
        i64::try_from(n).map(Cell::Integer).map_err(|_| E::custom("integer out of SQLite's range"))
    }

    fn visit_f64<E>(self, f: f64) -> Result<Cell, E> {
        Ok(Cell::Real(f))
    }

    fn visit_str<E>(self, s: &str) -> Result<Cell, E> {
        Ok(Cell::Text(s.to_string()))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Cell, A::Error> {
        use serde::de::Error;
        let Some((key, hex)) = map.next_entry::<String, String>()? else { return Err(A::Error::custom("empty map")) };
        if key != "blob" || hex.len() % 2 != 0 {
            return Err(A::Error::custom("a blob is {\"blob\": hex}"));
        }
        let bytes: Option<Vec<u8>> =
            (0..hex.len()).step_by(2).map(|i| hex.get(i..i + 2).and_then(|h| u8::from_str_radix(h, 16).ok())).collect();
        bytes.map(Cell::Blob).ok_or_else(|| A::Error::custom("a blob's hex digits"))
    }
}

/// SQLite's own order for values of mixed classes (as `ORDER BY` sorts them): NULL < numbers (by value)
/// < text (by bytes, the BINARY collation) < blobs (by bytes). A stable order for display and tests.
pub fn compare_cells(a: &Cell, b: &Cell) -> Ordering {
    match (a, b) {
        (Cell::Integer(x), Cell::Integer(y)) => x.cmp(y),
        (Cell::Integer(x), Cell::Real(y)) => (*x as f64).total_cmp(y),
        (Cell::Real(x), Cell::Integer(y)) => x.total_cmp(&(*y as f64)),
        (Cell::Real(x), Cell::Real(y)) => x.total_cmp(y),
        (Cell::Text(x), Cell::Text(y)) => x.as_bytes().cmp(y.as_bytes()),
        (Cell::Blob(x), Cell::Blob(y)) => x.cmp(y),
        _ => a.rank().cmp(&b.rank()),
    }
}
