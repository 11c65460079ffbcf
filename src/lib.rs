//! Async Playground: the lessons of a Python asyncio lecture, and any program
//! of the supported subset, run live in the browser by a Python interpreter
//! (`playground-python`) on an asyncio-faithful event loop; lessons and the
//! record of a run come from the `engine` crate.

pub mod app;
pub mod bench;
pub mod download;
pub mod hooks;
pub mod panic;
pub mod preload;
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
