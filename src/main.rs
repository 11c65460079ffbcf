fn main() {
    async_playground::panic::set_panic_hook();
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
        .expect("index.html has a #app element");
    async_playground::mount(root, None);
}
