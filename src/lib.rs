//! Async Playground: the lessons of a Python asyncio lecture, run live in the
//! browser by an asyncio-faithful event loop (the `engine` crate).

pub mod app;
pub mod download;
pub mod hooks;
pub mod prog;
pub mod runner;
pub mod snapshot;
pub mod state;
pub mod ui;
pub mod url;

pub use app::{App, AppProps};

/// Mounts the playground into `root`; `query` overrides the page's URL.
pub fn mount(root: web_sys::Element, query: Option<String>) -> yew::AppHandle<App> {
    yew::Renderer::<App>::with_root_and_props(
        root,
        AppProps {
            query: query.map(Into::into),
        },
    )
    .render()
}
