//! Where the page's work comes from at startup, and where it is kept: the URL fragment (a shared link),
//! the autosave in localStorage, or the first-visit lesson.
//!
//! Rules (issue 7): every change is autosaved (and the address loses its now-stale fragment); a reload
//! restores it; opening a link never silently
//! destroys unsaved work — if the autosave differs from the link, it is kept as "previous work" (also in
//! localStorage) and the banner offers the way back. A bad link (truncated, corrupted, from a newer
//! version, oversized, hostile) is reported in the banner and the autosaved work loads instead. A link
//! only ever yields text and numbers (`permalink::decode`); its code runs like typed code, nothing more.
//!
//! Never lose the learner's page (issue 16): code is marked "running" before it runs and "ran cleanly"
//! after; code whose run crashed, was stopped or never finished (the tab died) is remembered by hash,
//! and at start-up such code (autosave or link) is loaded into the editors but not run, with a notice
//! and a Run button. Autosave tells the truth: a failed save is shown until a save succeeds, and when
//! another tab saved different work since this tab last did, that work is kept as previous work
//! before this tab's replaces it; tabs say hello over a `BroadcastChannel`, so each knows of the other.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use super::state::{AppState, Notice};
use crate::gallery;
use crate::permalink::{self, PlaygroundState};

const WORK_KEY: &str = "ormplay-work";
const PREVIOUS_KEY: &str = "ormplay-previous-work";
/// The tab that wrote `WORK_KEY` last.
const WRITER_KEY: &str = "ormplay-work-writer";
/// The hash of the code whose run has started and not yet ended.
const RUNNING_KEY: &str = "ormplay-running";
/// Hashes of code whose run crashed, was stopped or never ended (newest last, a few kept).
const CRASHED_KEY: &str = "ormplay-crashed";
const CRASHED_KEPT: usize = 16;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

fn load(key: &str) -> Option<PlaygroundState> {
    let text = storage()?.get_item(key).ok().flatten()?;
    serde_json::from_str(&text).ok()
}

/// Saves `state` under `key`; `Err` says why it could not be kept (storage full or unavailable).
fn save(key: &str, state: &PlaygroundState) -> Result<(), String> {
    let storage = storage().ok_or("this browser offers no storage to this page (a private window?)")?;
    let json = serde_json::to_string(state).map_err(|e| e.to_string())?;
    storage.set_item(key, &json).map_err(|e| {
        let name = e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.name())).unwrap_or_default();
        if name.contains("Quota") {
            "the browser's storage for this page is full".to_string()
        } else {
            format!("the browser refused to store it ({})", name.if_empty("unknown reason"))
        }
    })
}

trait IfEmpty {
    fn if_empty(self, other: &str) -> String;
}

impl IfEmpty for String {
    fn if_empty(self, other: &str) -> String {
        if self.is_empty() { other.to_string() } else { self }
    }
}

fn get_text(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

fn set_text(key: &str, value: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(key, value);
    }
}

/// A short fingerprint of a pair of texts (FNV-1a, 64 bits, as hex): enough to recognise code again.
pub fn code_hash(models: &str, script: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in models.bytes().chain([0]).chain(script.bytes()) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

fn crashed_list() -> Vec<String> {
    get_text(CRASHED_KEY).and_then(|t| serde_json::from_str(&t).ok()).unwrap_or_default()
}

fn set_crashed_list(list: &[String]) {
    let start = list.len().saturating_sub(CRASHED_KEPT);
    if let Ok(json) = serde_json::to_string(&list[start..]) {
        set_text(CRASHED_KEY, &json);
    }
}

/// Before a run: this code is running (if the tab dies now, the next start knows).
pub fn mark_running(models: &str, script: &str) {
    set_text(RUNNING_KEY, &code_hash(models, script));
}

/// After a clean answer: this code runs without harming the page.
pub fn mark_clean(models: &str, script: &str) {
    forget_running();
    let hash = code_hash(models, script);
    let mut list = crashed_list();
    if list.contains(&hash) {
        list.retain(|h| *h != hash);
        set_crashed_list(&list);
    }
}

/// After a fatal error or Stop: this code is not run again by itself at start-up.
pub fn mark_crashed(models: &str, script: &str) {
    forget_running();
    remember_crash(code_hash(models, script));
}

/// The run ended without telling anything about the code (the runtime was unavailable).
pub fn forget_running() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(RUNNING_KEY);
    }
}

fn remember_crash(hash: String) {
    let mut list = crashed_list();
    list.retain(|h| *h != hash);
    list.push(hash);
    set_crashed_list(&list);
}

/// Whether this code crashed, froze or was stopped the last time it ran.
fn did_not_finish(state: &PlaygroundState) -> bool {
    crashed_list().contains(&code_hash(&state.models, &state.script))
}

/// At start-up: a run that was still marked running never ended (the tab died with it).
fn collect_unfinished_run() {
    if let Some(hash) = get_text(RUNNING_KEY) {
        forget_running();
        remember_crash(hash);
    }
}

fn not_run_notice(source: &str) -> Notice {
    Notice {
        text: format!(
            "{source} is loaded but not run: the last time it ran it crashed, froze or was stopped. \
             Fix it, or run it anyway."
        ),
        error: true,
        offer_previous: false,
        offer_run: true,
    }
}

fn remove(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

/// The fragment of the page's address, without the `#` (empty when there is none).
pub fn current_fragment() -> String {
    let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_string()
}

/// Decides what the page opens with, puts it into `state` and says so in the banner. Returns whether
/// the loaded code should run now (not if it crashed, froze or was stopped the last time it ran).
pub fn restore(state: AppState) -> bool {
    collect_unfinished_run();
    state.previous.set(load(PREVIOUS_KEY));
    let saved = load(WORK_KEY);
    if let Some(saved) = &saved {
        remember_written(saved);
    }
    let fragment = current_fragment();
    if fragment.is_empty() {
        let from_autosave = saved.is_some();
        state.apply(saved.unwrap_or_else(|| gallery::first_visit().state()));
        if from_autosave && did_not_finish(&state.snapshot()) {
            state.notice.set(Some(not_run_notice("Your autosaved work")));
            return false;
        }
        return true;
    }
    open_link(state, &fragment, saved)
}

/// Opens a shared link over `saved` work (the autosave, or what is on the page now). Returns whether
/// the code it loaded should run now.
pub fn open_link(state: AppState, fragment: &str, saved: Option<PlaygroundState>) -> bool {
    match permalink::decode(fragment) {
        Ok(linked) => {
            let differs = saved.as_ref().is_some_and(|s| s.models != linked.models || s.script != linked.script);
            let notice = match saved {
                Some(previous) if differs => {
                    keep_previous(state, previous);
                    Notice::with_previous("Opened a shared link. Your previous work is kept: you can go back to it.")
                }
                _ => Notice::info("Opened a shared link."),
            };
            let unsafe_code = did_not_finish(&linked);
            state.apply(linked);
            if unsafe_code {
                state.notice.set(Some(not_run_notice("The shared link's code")));
                return false;
            }
            state.notice.set(Some(notice));
            true
        }
        Err(error) => {
            let fallback =
                if saved.is_some() { "Your autosaved work is loaded instead." } else { "A lesson is loaded instead." };
            state.apply(saved.unwrap_or_else(|| gallery::first_visit().state()));
            state.notice.set(Some(Notice::error(format!("{error} {fallback}"))));
            !did_not_finish(&state.snapshot())
        }
    }
}

/// Keeps `previous` as the work to go back to (replacing older previous work).
pub fn keep_previous(state: AppState, previous: PlaygroundState) {
    if let Err(why) = save(PREVIOUS_KEY, &previous) {
        state.save_problem.set(Some(format!("Your previous work could not be kept: {why}.")));
    }
    state.previous.set(Some(previous));
}

/// Swaps the page's work with the previous work, so the swap can be undone the same way.
pub fn restore_previous(state: AppState) {
    let Some(previous) = state.previous.get_untracked() else { return };
    let current = state.snapshot();
    state.apply(previous);
    keep_previous(state, current);
    state
        .notice
        .set(Some(Notice::with_previous("Your previous work is back. The work you left is kept as previous work.")));
}

/// Forgets the previous work (the banner's dismiss).
pub fn forget_previous(state: AppState) {
    remove(PREVIOUS_KEY);
    state.previous.set(None);
}

/// Saves the work on every change of any input. The address's fragment is dropped at the same time:
/// once the work is autosaved (just opened, or edited since it was shared) the link is stale, and a
/// reload must restore the autosave rather than open the link again over the person's edits.
pub fn install_autosave(state: AppState) {
    Effect::new(move |_| {
        let snapshot = state.tracked_snapshot();
        keep_other_tabs_work(state, &snapshot);
        match save(WORK_KEY, &snapshot) {
            Ok(()) => {
                set_text(WRITER_KEY, &tab_id());
                remember_written(&snapshot);
                state.save_problem.set(None);
            }
            Err(why) => state.save_problem.set(Some(format!(
                "Not saved: {why}. Your work is still on this page; share a link or copy it to keep it."
            ))),
        }
        clear_fragment();
    });
    install_tab_awareness(state);
}

thread_local! {
    /// This tab's id (random, per page load), and the work it last read or wrote under `WORK_KEY`.
    static TAB: (String, std::cell::RefCell<Option<(String, String)>>) =
        (format!("{:x}", (js_sys::Math::random() * 1e15) as u64), std::cell::RefCell::new(None));
}

fn tab_id() -> String {
    TAB.with(|t| t.0.clone())
}

fn remember_written(state: &PlaygroundState) {
    TAB.with(|t| *t.1.borrow_mut() = Some((state.models.clone(), state.script.clone())));
}

/// If another tab saved different work since this tab last read or wrote the autosave, that work is
/// kept as previous work before this tab's replaces it (so two tabs never silently erase each other).
fn keep_other_tabs_work(state: AppState, ours: &PlaygroundState) {
    let writer = get_text(WRITER_KEY);
    if writer.is_none() || writer.as_deref() == Some(tab_id().as_str()) {
        return;
    }
    let Some(stored) = load(WORK_KEY) else { return };
    let known = TAB.with(|t| t.1.borrow().clone());
    let unseen = known.is_none_or(|(m, s)| m != stored.models || s != stored.script);
    let different = stored.models != ours.models || stored.script != ours.script;
    if unseen && different {
        keep_previous(state, stored);
        state.notice.set(Some(Notice::with_previous(
            "Another tab saved different work: it is kept as previous work, and this tab's work is saved.",
        )));
    }
}

/// Tabs greet each other on a `BroadcastChannel`: a new tab says hello, the others answer, and both
/// show that ormplay is open twice (each tab autosaves; the other's work is kept as previous work).
fn install_tab_awareness(state: AppState) {
    let Ok(channel) = web_sys::BroadcastChannel::new("ormplay-tabs") else { return };
    let me = tab_id();
    let reply_channel = channel.clone();
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
        let text = event.data().as_string().unwrap_or_default();
        let Some((kind, from)) = text.split_once(':') else { return };
        if from == me {
            return;
        }
        if kind == "hello" {
            let _ = reply_channel.post_message(&JsValue::from_str(&format!("here:{me}")));
        }
        state.other_tab.set(Some(
            "ormplay is open in another tab too. Each tab autosaves its own work; when both change it, the other \
             tab's version is kept as previous work."
                .into(),
        ));
    });
    channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    let _ = channel.post_message(&JsValue::from_str(&format!("hello:{}", tab_id())));
    // The channel and its handler live as long as the page.
    on_message.forget();
    std::mem::forget(channel);
}

fn clear_fragment() {
    let Some(window) = web_sys::window() else { return };
    if current_fragment().is_empty() {
        return;
    }
    let location = window.location();
    let url = format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
