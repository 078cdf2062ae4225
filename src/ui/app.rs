//! The two pages' roots and the frame they share: skip link, header, navigation, the
//! routed screen and the footer.

use super::assessment::Opened;
use super::language::LanguageSwitch;
use super::router::{provide_router, Router};
use super::widgets::{IgnoredNotice, NotFound};
use super::{accessibility::AccessibilityStatement, document::DocumentPage, list_page::ListPage, person::PersonPage};
use crate::route::{AssessmentScreen, Page, Route};
use crate::strings as s;
use leptos::prelude::*;

/// `<main>`: the skip link moves focus there.
const MAIN_ID: &str = "hoofdinhoud";

/// The tip list, documents, people and the accessibility statement: `index.html`.
#[component]
pub fn TipsApp() -> impl IntoView {
    let router = provide_router(Page::Tips);
    let route = router.route();
    // Typing in the search box changes the route on every keystroke; the list must stay
    // mounted (keeping focus and caret), so the screen switches only on what it shows.
    let screen = Memo::new(move |_| route.with(|r| if r.is_list() { Route::Home } else { r.clone() }));
    frame(router, route, move || match screen.get() {
        Route::Home | Route::List(_) => view! { <ListPage /> }.into_any(),
        Route::Read { doc, anchor } => view! { <DocumentPage slug=doc anchor=anchor /> }.into_any(),
        Route::Person(slug) => view! { <PersonPage slug=slug /> }.into_any(),
        Route::Accessibility => view! { <AccessibilityStatement /> }.into_any(),
        // Not found under the self-assessment: the router is already loading that page.
        ref elsewhere @ Route::NotFound(_) if Page::of(elsewhere) == Page::Assessment => ().into_any(),
        Route::NotFound(_) => view! { <NotFound /> }.into_any(),
        // The router is already loading `zelfevaluatie.html`.
        Route::Assessment(_) | Route::Statement(_) | Route::Dimension(_) | Route::NewAction(_) => ().into_any(),
    })
}

/// The self-assessment: `zelfevaluatie.html`, a page of its own so the tip list ships
/// without its code.
#[component]
pub fn AssessmentApp() -> impl IntoView {
    let router = provide_router(Page::Assessment);
    super::assessment::provide_store();
    let route = router.route();
    let screen = Memo::new(move |_| {
        route.with(|r| match r {
            Route::Assessment(screen) => Some(Some((*screen, None, None))),
            Route::Statement(id) => {
                Some(Some((AssessmentScreen::Checklist, Some(Opened::Statement(id.clone())), None)))
            }
            Route::Dimension(id) => {
                Some(Some((AssessmentScreen::Checklist, Some(Opened::Dimension(id.clone())), None)))
            }
            Route::NewAction(what) => Some(Some((AssessmentScreen::Plan, None, Some(what.clone())))),
            Route::NotFound(_) if Page::of(r) == Page::Assessment => Some(None),
            _ => None,
        })
    });
    frame(router, route, move || match screen.get() {
        Some(Some((screen, opened, action_for))) => {
            view! { <super::assessment::AssessmentPage screen opened action_for /> }.into_any()
        }
        Some(None) => view! { <NotFound /> }.into_any(),
        // The router is already loading the tips page.
        None => ().into_any(),
    })
}

/// What both pages share: skip link, header with the main menu, notices, the routed
/// screen and the footer. Links to the other page name its file (see `Router::href`).
///
/// `route` must be the memo the screen is derived from: the focus move below then runs
/// after the new screen is rendered, not before.
fn frame(router: Router, route: Memo<Route>, screen: impl Fn() -> AnyView + Send + Sync + 'static) -> impl IntoView {
    let ignored = router.ignored();
    // The theme may name the organisation (rebranding without touching Rust).
    let organisation = super::theme::organisation_name();
    super::theme::apply_title(organisation.as_deref());

    // Move focus to the new screen's heading, so keyboard and screen-reader users
    // land where the content changed instead of at the top of the page.
    Effect::new(move |previous: Option<Route>| {
        let current = route.get();
        if previous.is_some_and(|p| p != current && !(p.is_list() && current.is_list())) {
            focus_main_heading();
        }
        current
    });

    let home = router.href(&Route::Home);
    let page = router.page();
    // The header is hidden in embed mode; the switch then leads the content.
    let embedded = super::embed::active();
    view! {
        <a class="skip-link" href="#hoofdinhoud" on:click=skip_to_main>
            {s::SKIP_LINK}
        </a>
        <header class="site-header">
            <div class="site-header__inner">
                <a class="brand" href=home.clone()>
                    <span class="brand__logo" aria-hidden="true"></span>
                    <span class="brand__text">
                        <span class="brand__name">{s::APP_NAME}</span>
                        {organisation.map(|o| view! { <span class="brand__org">{o}</span> })}
                    </span>
                </a>
                <nav aria-label=s::NAV_LABEL>
                    <ul class="main-nav">
                        <li>
                            <a href=home aria-current=move || route.get().is_list().then_some("page")>
                                {s::NAV_TIPS}
                            </a>
                        </li>
                        <li>
                            <a
                                href=router.href(&Route::Assessment(AssessmentScreen::Checklist))
                                aria-current=move || (Page::of(&route.get()) == Page::Assessment).then_some("page")
                            >
                                {s::NAV_ASSESSMENT}
                            </a>
                        </li>
                    </ul>
                </nav>
                {(!embedded).then(|| view! { <LanguageSwitch route page /> })}
            </div>
        </header>
        <main id=MAIN_ID tabindex="-1">
            {embedded
                .then(|| {
                    view! {
                        <p class="language-switch__embedded">
                            <LanguageSwitch route page />
                        </p>
                    }
                })}
            <super::pwa::AppNotices />
            <IgnoredNotice ignored=ignored />
            {screen}
        </main>
        <footer class="site-footer">
            <p>{s::FOOTER_SOURCE}</p>
            <p>
                <a href=router.href(&Route::Accessibility)>{s::ACCESSIBILITY_STATEMENT}</a>
            </p>
        </footer>
    }
}

/// The skip link targets `<main>`; with hash routing a plain `href="#…"` would be
/// read as a route, so we move focus ourselves and keep the URL as it is.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    super::dom::focus_id(MAIN_ID, super::dom::Scroll::AsIs);
}

fn focus_main_heading() {
    use wasm_bindgen::JsCast;
    let heading = document().query_selector("main h1").ok().flatten();
    if let Some(h1) = heading.and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok()) {
        super::dom::focus(&h1, super::dom::Scroll::AsIs);
    }
}
