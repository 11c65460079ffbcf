//! The standard-library modules written in Python (functools, dataclasses,
//! json...) are not in the page's wasm (`playground_python::preludes`, feature
//! `lazy-preludes`): trunk copies their compiled files to `py/` beside the page,
//! and a run whose program imports one fetches the missing ones first. Each is
//! fetched once per page: once provided, the interpreter keeps its code.

use playground_python::preludes::{self, LazyPrelude};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Where a lazy prelude's compiled file is, relative to the page. The query is
/// the build's hash of the file: a cache never serves another build's copy.
pub fn url(p: &LazyPrelude) -> String {
    format!("py/{}.pgc?v={:016x}", p.file, p.hash)
}

/// The names shown for what is being loaded (`_pgcollections` is collections).
pub fn shown(missing: &[&LazyPrelude]) -> String {
    missing
        .iter()
        .map(|p| p.file)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Fetches every module of `missing` (all requests at once) and hands each to
/// the interpreter; the first failure is the error, in words for the page.
pub async fn fetch_all(missing: &[&'static LazyPrelude]) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window to fetch from")?;
    let pending: Vec<_> = missing
        .iter()
        .map(|p| (*p, JsFuture::from(window.fetch_with_str(&url(p)))))
        .collect();
    let mut first_err = None;
    for (p, fetch) in pending {
        if let Err(e) = fetch_one(p, fetch).await {
            first_err.get_or_insert(format!(
                "the module {} could not be loaded ({}): {e}",
                p.file,
                url(p)
            ));
        }
    }
    first_err.map_or(Ok(()), Err)
}

async fn fetch_one(p: &LazyPrelude, fetch: JsFuture) -> Result<(), String> {
    let resp: web_sys::Response = fetch
        .await
        .map_err(js_error)?
        .dyn_into()
        .map_err(|_| "the fetch gave no response".to_string())?;
    if !resp.ok() {
        return Err(format!("HTTP {} {}", resp.status(), resp.status_text()));
    }
    let buf = JsFuture::from(resp.array_buffer().map_err(js_error)?)
        .await
        .map_err(js_error)?;
    let bytes = js_sys::Uint8Array::new(&buf).to_vec();
    preludes::provide(p.module, &bytes)
}

fn js_error(e: wasm_bindgen::JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "the request failed".into())
}
