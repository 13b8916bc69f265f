//! The page's wire format: what the page (main thread) and its runtime worker (`src/worker.rs`, run in
//! a Web Worker by `web/worker.js`) say to each other, as postcard bytes (a `Uint8Array` in the
//! message, transferred rather than copied).
//!
//! The page sends texts ([`Request`]) and gets back plain run data ([`Response`]): the core's own
//! types (`RunOutput`, `TableSnapshot`, `ConsoleEntry`), which derive both serde directions so that a
//! result round-trips unchanged. Binary rather than JSON because decoding is what the page's wasm
//! carries: JSON's parser and the buffering that internally tagged, untagged and flattened serde
//! types need (`deserialize_any`) were ~60 KB gzip of the page. So the run data's types use only
//! what a non-self-describing format can read back — externally tagged enums, no `flatten`, no
//! `untagged`, no `skip_serializing_if` — and `Cell` picks its binary shape by
//! `is_human_readable()` (the CLI's JSON keeps its plain values).
//!
//! A core field that is a `&'static str` drawn from a fixed set (a change's verb) is read back with a
//! `deserialize_with` helper here that maps the text to the same static string and rejects anything else.

use crate::console::ConsoleEntry;
use crate::db::TableSnapshot;
use crate::pyconsole::ConsoleInput;
use crate::run::RunOutput;
use crate::trace::Trace;
use serde::{Deserialize, Deserializer, Serialize};

/// What the page asks of its runtime.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Request {
    /// Run models.py then script.py; the runtime keeps the committed database for the console.
    Run { models: String, script: String },
    /// Run SQL typed into the console against the runtime's database.
    Sql { sql: String },
    /// Evaluate Python typed into the console in the last run's interpreter.
    Python { source: String },
    /// The CREATE TABLE statements of the models, in a dialect ("sqlite", "postgresql").
    Ddl { models: String, dialect: String },
    /// The timeline of the run whose answer carried `key` (see [`Response::Ran`]).
    Trace { key: u64 },
}

/// What the runtime answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Response {
    /// A finished run (a Python exception is a finished run too), and the console database's tables.
    /// The run's timeline stays in the runtime (`output.trace` is `None`): it is most of a big run's
    /// data and only the timeline tab shows it, so the page asks for it with [`Request::Trace`] and
    /// `trace_key` (0: this run kept no timeline). `commits` are the output tab's "what changed" lines.
    /// `tables` are the console database's; `output.tables` is left empty (the page shows only those).
    Ran { output: Box<RunOutput>, tables: Vec<TableSnapshot>, commits: Vec<CommitLine>, trace_key: u64 },
    /// The timeline asked for, or `None` when the runtime no longer holds it (a newer run replaced it).
    Trace { trace: Option<Box<Trace>> },
    /// The console's statements and results, and the database's tables after them.
    Sql { entries: Vec<ConsoleEntry>, tables: Vec<TableSnapshot> },
    /// The Python console's input and what came of it, and the database's tables after it.
    Python { entry: ConsoleInput, tables: Vec<TableSnapshot> },
    /// The models' DDL (or, when the models have errors, SQL comments saying which).
    Ddl { text: String },
    /// The request could not be read (a bug in the page, never the learner's input).
    BadRequest { message: String },
}

/// One "what changed" line of the output tab ([`crate::trace::summary::CommitSummary`] as text) and
/// the timeline step it opens.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CommitLine {
    pub step: usize,
    pub text: String,
}

impl CommitLine {
    /// The lines of a run's timeline.
    pub fn of(trace: &Trace) -> Vec<CommitLine> {
        crate::trace::summary::commits(trace).iter().map(|c| CommitLine { step: c.step, text: c.text() }).collect()
    }
}

impl Request {
    pub fn encode(&self) -> Vec<u8> {
        // Plain strings and enums: serialising cannot fail.
        postcard::to_allocvec(self).unwrap_or_default()
    }

    pub fn decode(bytes: &[u8]) -> Result<Request, String> {
        postcard::from_bytes(bytes).map_err(|e| format!("the page's request could not be read: {e}"))
    }
}

impl Response {
    pub fn encode(&self) -> Vec<u8> {
        postcard::to_allocvec(self).unwrap_or_else(|e| {
            let fallback = Response::BadRequest { message: format!("the result could not be encoded: {e}") };
            postcard::to_allocvec(&fallback).unwrap_or_default()
        })
    }

    pub fn decode(bytes: &[u8]) -> Result<Response, String> {
        postcard::from_bytes(bytes).map_err(|e| format!("the runtime's answer could not be read: {e}"))
    }
}

/// `&'static str`, spelled so that serde's derive does not take the field for a borrow of the input
/// (which would make the whole type deserialisable from `'static` text only).
pub type StaticStr = &'static str;

fn one_of<'de, D: Deserializer<'de>>(d: D, known: &[&'static str]) -> Result<&'static str, D::Error> {
    let text = String::deserialize(d)?;
    known
        .iter()
        .find(|k| **k == text)
        .copied()
        .ok_or_else(|| serde::de::Error::custom(format!("unexpected value {text:?}, expected one of {known:?}")))
}

/// `Outcome::Affected::verb`.
pub fn affected_verb<'de, D: Deserializer<'de>>(d: D) -> Result<&'static str, D::Error> {
    one_of(d, &["inserted", "updated", "deleted"])
}
