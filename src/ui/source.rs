//! The program: an editor (a plain textarea over the highlighted text, line
//! numbers, the executing line and a syntax error's line marked), which is
//! what runs. Test hooks: the textbox named `Python source` holds exactly the
//! program; a `code` element inside the panel named `Python source` has the
//! same text, one `.ln` per line (`.ln.current`: the executing line).
//!
//! Keys in the editor: Tab / Shift+Tab indent and dedent by four spaces,
//! Enter keeps the indentation (one more level after a `:`), Ctrl/Cmd+Enter
//! runs, Escape leaves the editor (so a keyboard user is never trapped).

use crate::ui::console::escape;
use engine::source::highlight_line;
use wasm_bindgen::JsCast;
use web_sys::{HtmlDocument, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourceProps {
    pub source: AttrValue,
    pub file: AttrValue,
    /// The executing line (0-based).
    pub current: Option<usize>,
    /// A syntax error: (line 1-based, column 1-based, message).
    pub error: Option<(usize, usize, AttrValue)>,
    pub editable: bool,
    /// Whether the text is the lesson's own (Reset is offered when not).
    pub edited: bool,
    pub on_edit: Callback<String>,
    /// Ctrl/Cmd+Enter: run this text (the editor's, at the keystroke).
    pub on_run: Callback<String>,
    pub on_reset: Callback<()>,
    /// A `.py` file opened or dropped onto the editor: (name, text).
    pub on_open: Callback<(String, String)>,
}

/// The longest file the editor opens (as a link may carry).
const MAX_OPEN_BYTES: f64 = 100.0 * 1024.0;

/// Reads `file` and hands (name, text) to `cb` (a file too big or not text: a message instead).
fn open_file(file: web_sys::File, cb: Callback<(String, String)>) {
    let name = file.name();
    if file.size() > MAX_OPEN_BYTES {
        cb.emit((
            name,
            format!(
                "# This file is {:.0} KB: the playground opens programs of at most 100 KB.\n",
                file.size() / 1024.0
            ),
        ));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
        let text = text.ok().and_then(|t| t.as_string()).unwrap_or_default();
        cb.emit((name, text));
    });
}

fn copy_to_clipboard(text: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.navigator().clipboard().write_text(text);
    }
}

/// The highlighted program as HTML: one `span.ln` per line (built as one
/// string: a 2,000-line program re-renders in a few milliseconds).
pub fn highlighted(src: &str, current: Option<usize>, error: Option<usize>) -> String {
    let mut h = String::with_capacity(src.len() * 2 + 64);
    let mut lines: Vec<&str> = src.split('\n').collect();
    if lines.last() == Some(&"") && lines.len() > 1 {
        lines.pop();
    }
    let n = lines.len();
    for (i, line) in lines.into_iter().enumerate() {
        h.push_str("<span class=\"ln");
        if current == Some(i) {
            h.push_str(" current");
        }
        if error == Some(i) {
            h.push_str(" error");
        }
        h.push_str("\">");
        for (t, s) in highlight_line(line) {
            if t.class().is_empty() {
                escape(&s, &mut h);
            } else {
                h.push_str("<span class=\"");
                h.push_str(t.class());
                h.push_str("\">");
                escape(&s, &mut h);
                h.push_str("</span>");
            }
        }
        if i + 1 < n || src.ends_with('\n') {
            h.push('\n');
        }
        h.push_str("</span>");
    }
    h
}

/// Byte offset in `s` of UTF-16 offset `u` (a textarea's selection).
fn byte_at(s: &str, u: u32) -> usize {
    let mut n = 0u32;
    for (i, c) in s.char_indices() {
        if n >= u {
            return i;
        }
        n += c.len_utf16() as u32;
    }
    s.len()
}

fn utf16_len(s: &str) -> u32 {
    s.encode_utf16().count() as u32
}

/// Replaces the selection with `text` as typing would (the browser's undo keeps it).
fn insert(ta: &HtmlTextAreaElement, text: &str) {
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.dyn_into::<HtmlDocument>().ok());
    let done = doc
        .map(|d| {
            d.exec_command_with_show_ui_and_value("insertText", false, text)
                .unwrap_or(false)
        })
        .unwrap_or(false);
    if !done {
        let v = ta.value();
        let (a, b) = (
            ta.selection_start().ok().flatten().unwrap_or(0),
            ta.selection_end().ok().flatten().unwrap_or(0),
        );
        let (ba, bb) = (byte_at(&v, a), byte_at(&v, b));
        ta.set_value(&format!("{}{}{}", &v[..ba], text, &v[bb..]));
        let at = a + utf16_len(text);
        let _ = ta.set_selection_range(at, at);
    }
}

/// Tab, Shift+Tab, Enter, Ctrl/Cmd+Enter and Escape (see the module's doc).
fn on_key(e: &KeyboardEvent, ta: &HtmlTextAreaElement, on_run: &Callback<String>) {
    let v = ta.value();
    let start = ta.selection_start().ok().flatten().unwrap_or(0);
    let end = ta.selection_end().ok().flatten().unwrap_or(0);
    let (bs, be) = (byte_at(&v, start), byte_at(&v, end));
    let line_start = v[..bs].rfind('\n').map(|i| i + 1).unwrap_or(0);
    match e.key().as_str() {
        "Enter" if e.ctrl_key() || e.meta_key() => {
            e.prevent_default();
            on_run.emit(v.clone());
        }
        "Enter" if !e.shift_key() && !e.alt_key() => {
            e.prevent_default();
            let line = &v[line_start..bs];
            let indent: String = line.chars().take_while(|c| *c == ' ').collect();
            let extra = if line.trim_end().ends_with(':') {
                "    "
            } else {
                ""
            };
            insert(ta, &format!("\n{indent}{extra}"));
        }
        "Tab" if !e.ctrl_key() && !e.meta_key() && !e.alt_key() => {
            e.prevent_default();
            let multi = v[bs..be].contains('\n');
            if !multi && !e.shift_key() {
                // Indent to the next multiple of four.
                let col = v[line_start..bs].chars().count();
                insert(ta, &" ".repeat(4 - col % 4));
                return;
            }
            // (De)indent every line the selection touches.
            let block_end = v[be..].find('\n').map(|i| be + i).unwrap_or(v.len());
            let block_end = if be > bs && v[..be].ends_with('\n') {
                be - 1
            } else {
                block_end
            };
            let block = &v[line_start..block_end];
            let new: Vec<String> = block
                .split('\n')
                .map(|l| {
                    if e.shift_key() {
                        let n = l.chars().take(4).take_while(|c| *c == ' ').count();
                        l[n..].to_string()
                    } else if l.is_empty() {
                        String::new()
                    } else {
                        format!("    {l}")
                    }
                })
                .collect();
            let new = new.join("\n");
            if new == block {
                return;
            }
            let a = utf16_len(&v[..line_start]);
            let _ = ta.set_selection_range(a, a + utf16_len(block));
            insert(ta, &new);
            if multi {
                let _ = ta.set_selection_range(a, a + utf16_len(&new));
            } else {
                // One line dedented: the caret moves left with its text.
                let removed = utf16_len(block) - utf16_len(&new);
                let at = start.saturating_sub(removed).max(a);
                let _ = ta.set_selection_range(at, at);
            }
        }
        "Escape" => {
            let _ = ta.blur();
        }
        _ => {}
    }
}

#[component]
pub fn Source(p: &SourceProps) -> Html {
    let copied = use_state(|| false);
    let area = use_node_ref();
    let onclick = {
        let src = p.source.clone();
        let copied = copied.clone();
        Callback::from(move |_| {
            copy_to_clipboard(&src);
            copied.set(true);
        })
    };
    let oninput = {
        let cb = p.on_edit.clone();
        Callback::from(move |e: InputEvent| {
            cb.emit(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };
    let onkeydown = {
        let on_run = p.on_run.clone();
        let editable = p.editable;
        Callback::from(move |e: KeyboardEvent| {
            let ta: HtmlTextAreaElement = e.target_unchecked_into();
            if editable || e.key() == "Escape" {
                on_key(&e, &ta, &on_run);
            }
        })
    };
    let reset = {
        let cb = p.on_reset.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    // The textarea keeps the caret: its value is set only when the text
    // changed from outside (a parameter, Reset, another lesson).
    {
        let area = area.clone();
        use_effect_with(p.source.clone(), move |src| {
            if let Some(ta) = area.cast::<HtmlTextAreaElement>() {
                if ta.value() != **src {
                    ta.set_value(src);
                }
            }
        });
    }
    let on_file = {
        let cb = p.on_open.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(f) = input.files().and_then(|l| l.get(0)) {
                open_file(f, cb.clone());
            }
            input.set_value("");
        })
    };
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let ondrop = {
        let cb = p.on_open.clone();
        let editable = p.editable;
        Callback::from(move |e: DragEvent| {
            let file = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|l| l.get(0));
            if let (Some(f), true) = (file, editable) {
                e.prevent_default();
                open_file(f, cb.clone());
            }
        })
    };
    let err_line = p.error.as_ref().map(|(l, _, _)| l.saturating_sub(1));
    let html = highlighted(&p.source, p.current, err_line);
    let lines = p.source.split('\n').count();
    html! {
        <section class="panel source-panel" aria-label="Python source">
            <div class="panel-head">
                <h2>{"Python source "}<span class="file">{p.file.clone()}</span></h2>
                <div class="head-buttons">
                    if p.editable {
                        <label class="small button-like" title="Open a .py file (or drop one onto the editor)">
                            {"Open…"}
                            <input type="file" class="visually-hidden" accept=".py,text/x-python,text/plain"
                                onchange={on_file} />
                        </label>
                    }
                    if p.edited && p.editable {
                        <button type="button" class="small" onclick={reset}
                            title="Restore the lesson's program">{"Reset"}</button>
                    }
                    <button type="button" class="small" {onclick}>{ if *copied { "Copied" } else { "Copy" } }</button>
                </div>
            </div>
            <div class={classes!("editor", (!p.editable).then_some("readonly"))} {ondragover} {ondrop}>
                <pre class="source" aria-hidden="true">
                    <code>{ Html::from_html_unchecked(AttrValue::from(html)) }</code>
                </pre>
                <textarea ref={area} class="source-input" aria-label="Python source" spellcheck="false"
                    autocomplete="off" autocapitalize="off" wrap="off" rows={lines.to_string()}
                    readonly={!p.editable} aria-readonly={(!p.editable).to_string()}
                    aria-invalid={p.error.is_some().to_string()}
                    aria-describedby={p.error.is_some().then_some("syntax-error")}
                    {oninput} {onkeydown} />
            </div>
            if let Some((line, col, msg)) = &p.error {
                <p id="syntax-error" class="syntax-error" role="alert">
                    {format!("line {line}, column {col}: {msg}")}
                </p>
            }
        </section>
    }
}
