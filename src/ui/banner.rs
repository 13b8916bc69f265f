//! The banner under the header: what happened to the page's work — a link opened (and where the
//! previous work went), a link that could not be opened and why, a lesson that replaced edited work.
//! When previous work is kept, it offers the way back.

use leptos::prelude::*;

use super::persist::{forget_previous, restore_previous};
use super::runner::run_now;
use super::state::use_state;

#[component]
pub fn Banner() -> impl IntoView {
    let state = use_state();
    let back = move |_| {
        restore_previous(state);
        run_now(state);
    };
    let dismiss = move |_| state.notice.set(None);
    let forget = move |_| {
        forget_previous(state);
        state.notice.set(None);
    };
    let bars = move || {
        let problem = state.save_problem.get().map(|text| {
            view! { <div class="banner error" data-testid="save-status" role="alert"><p class="banner-text">{text}</p></div> }
        });
        let tabs = state.other_tab.get().map(|text| {
            view! { <div class="banner" data-testid="tab-status" role="status"><p class="banner-text">{text}</p></div> }
        });
        (problem, tabs)
    };
    // A notice speaks of the code in the editors (loaded, not run, run it anyway): it waits until both
    // editors hold that code.
    let notice = move || {
        state.notice.get().filter(|_| state.editors_up.get() >= 2).map(|notice| {
            let offer = notice.offer_previous && state.previous.with(Option::is_some);
            let offer_run = notice.offer_run;
            view! {
                <div class="banner" class:error=notice.error data-testid="notice" role=if notice.error { "alert" } else { "status" }>
                    <p class="banner-text">{notice.text}</p>
                    <div class="banner-actions">
                        {offer_run.then(|| view! {
                            <button class="button small primary" data-testid="run-anyway" on:click=move |_| {
                                state.notice.set(None);
                                run_now(state);
                            }>"Run it"</button>
                        })}
                        {offer.then(|| view! {
                            <button class="button small" data-testid="restore-previous" on:click=back>"Back to previous work"</button>
                            <button class="button small" data-testid="forget-previous" on:click=forget>"Forget it"</button>
                        })}
                        <button class="button small icon" aria-label="Dismiss" title="Dismiss" on:click=dismiss>"×"</button>
                    </div>
                </div>
            }
        })
    };
    view! { {bars} {notice} }
}
