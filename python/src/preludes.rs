//! The modules written in Python (`prelude/*.py`), compiled ahead
//! (`marshal`), and which of them a page loads lazily.
//!
//! `asyncio`, `argparse` and `_pgbuiltins` are always in the binary. The
//! standard-library preludes (`LAZY`: functools, collections' Python half,
//! contextlib, typing, dataclasses, copy, bisect, operator, string, logging,
//! json, datetime) are too, except in a wasm build with the feature `lazy-preludes` (the
//! page's): there the host reads a program's imports with [`missing`], fetches
//! those files and hands them over with [`provide`] before the run. A lazy
//! module imported without having been provided raises an ImportError that
//! says so ([`not_loaded_message`]). Native builds (the CLI, the tests) never
//! leave a prelude out, whatever features the workspace unifies.

use crate::code::{Code, Op};
use crate::value::{Str, Value};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// A standard-library prelude a page may load lazily.
#[derive(Debug)]
pub struct LazyPrelude {
    /// The module's name (`_pgcollections` is collections' Python half).
    pub module: &'static str,
    /// Its compiled file: `prelude/<file>.pgc` here, `py/<file>.pgc` beside the page.
    pub file: &'static str,
    /// The lazy preludes its own code may import (any scope): checked against
    /// the compiled code by the tests.
    pub imports: &'static [&'static str],
    /// FNV-1a of its `.pgc` (computed at compile time: the bytes themselves
    /// are not in a lazy build), so a page never runs a stale copy.
    pub hash: u64,
}

/// FNV-1a, 64 bits.
pub const fn fnv1a(b: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < b.len() {
        h ^= b[i] as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
        i += 1;
    }
    h
}

macro_rules! lazy {
    ($module:literal, $file:literal, [$($dep:literal),*]) => {
        LazyPrelude {
            module: $module,
            file: $file,
            imports: &[$($dep),*],
            hash: fnv1a(include_bytes!(concat!("prelude/", $file, ".pgc"))),
        }
    };
}

/// The standard-library preludes, and the lazy preludes each imports.
pub const LAZY: [LazyPrelude; 13] = [
    lazy!("functools", "functools", ["_pgcollections"]),
    lazy!("_pgcollections", "collections", []),
    lazy!("contextlib", "contextlib", ["functools"]),
    lazy!("typing", "typing", ["_pgcollections"]),
    lazy!(
        "dataclasses",
        "dataclasses",
        ["copy", "typing", "functools"]
    ),
    lazy!("copy", "copy", []),
    lazy!("bisect", "bisect", []),
    lazy!("operator", "operator", []),
    lazy!("string", "string", []),
    lazy!("logging", "logging", []),
    lazy!("json", "json", ["_pgcollections"]),
    lazy!("contextvars", "contextvars", []),
    lazy!("datetime", "datetime", ["operator"]),
];

/// The names of the native `collections` that are read from `_pgcollections`
/// on first use (`ops.rs`' `IN_PYTHON`).
const COLLECTIONS_IN_PYTHON: [&str; 4] = ["Counter", "namedtuple", "OrderedDict", "ChainMap"];

/// The lazy prelude named `module`.
pub fn lazy_prelude(module: &str) -> Option<&'static LazyPrelude> {
    LAZY.iter().find(|p| p.module == module)
}

/// The compiled preludes in this binary.
fn built_in(module: &str) -> Option<&'static [u8]> {
    Some(match module {
        "asyncio" => include_bytes!("prelude/asyncio.pgc"),
        "argparse" => include_bytes!("prelude/argparse.pgc"),
        "_pgbuiltins" => include_bytes!("prelude/pgbuiltins.pgc"),
        _ => return built_in_stdlib(module),
    })
}

#[cfg(not(all(feature = "lazy-preludes", target_arch = "wasm32")))]
fn built_in_stdlib(module: &str) -> Option<&'static [u8]> {
    #[cfg(test)]
    if WITHHELD.with(|w| w.borrow().iter().any(|m| m == module)) {
        return None;
    }
    Some(match module {
        "functools" => include_bytes!("prelude/functools.pgc"),
        "_pgcollections" => include_bytes!("prelude/collections.pgc"),
        "contextlib" => include_bytes!("prelude/contextlib.pgc"),
        "typing" => include_bytes!("prelude/typing.pgc"),
        "dataclasses" => include_bytes!("prelude/dataclasses.pgc"),
        "copy" => include_bytes!("prelude/copy.pgc"),
        "bisect" => include_bytes!("prelude/bisect.pgc"),
        "operator" => include_bytes!("prelude/operator.pgc"),
        "string" => include_bytes!("prelude/string.pgc"),
        "logging" => include_bytes!("prelude/logging.pgc"),
        "json" => include_bytes!("prelude/json.pgc"),
        "contextvars" => include_bytes!("prelude/contextvars.pgc"),
        "datetime" => include_bytes!("prelude/datetime.pgc"),
        _ => return None,
    })
}

/// The page's build: the standard-library preludes are fetched, not built in.
#[cfg(all(feature = "lazy-preludes", target_arch = "wasm32"))]
fn built_in_stdlib(_module: &str) -> Option<&'static [u8]> {
    None
}

#[cfg(test)]
thread_local! {
    /// Lazy preludes a test treats as left out of the binary.
    static WITHHELD: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Tests only: treat `modules` as left out of this binary (as the page's build
/// does), or none again with an empty list; the code already read is forgotten.
#[cfg(test)]
pub(crate) fn withhold_for_test(modules: &[&str]) {
    WITHHELD.with(|w| *w.borrow_mut() = modules.iter().map(|m| m.to_string()).collect());
    COMPILED.with(|c| c.borrow_mut().clear());
}

thread_local! {
    /// The preludes' code, read once per thread (and the lazy ones the host
    /// provided): code objects are immutable (their inline caches are keyed
    /// by dict layouts, unique across runs), so every run reuses them.
    static COMPILED: RefCell<HashMap<String, Rc<Code>>> = RefCell::new(HashMap::new());
}

/// Whether `module` is a prelude (built in or lazy).
pub fn is_prelude(module: &str) -> bool {
    built_in(module).is_some() || lazy_prelude(module).is_some()
}

/// Why a prelude's code could not be had.
pub enum CodeError {
    /// A lazy prelude the host has not provided.
    NotLoaded,
    /// Its compiled bytes do not read.
    Bad(String),
}

/// The code of a prelude module, read once per thread.
pub(crate) fn code(module: &str) -> Result<Rc<Code>, CodeError> {
    if let Some(c) = COMPILED.with(|c| c.borrow().get(module).cloned()) {
        return Ok(c);
    }
    let bytes = built_in(module).ok_or(CodeError::NotLoaded)?;
    let code = crate::marshal::load(bytes).map_err(CodeError::Bad)?;
    COMPILED.with(|c| c.borrow_mut().insert(module.to_string(), code.clone()));
    Ok(code)
}

/// The ImportError's message for a lazy prelude that was not provided.
pub fn not_loaded_message(module: &str) -> String {
    let shown = if module == "_pgcollections" {
        "collections"
    } else {
        module
    };
    format!(
        "the module '{shown}' could not be loaded in the page (the page loads a \
         standard-library module before a run, for the imports written in the program)"
    )
}

/// Hands over a lazy prelude's compiled file (`py/<file>.pgc`) read by the
/// host: it is checked (the build's hash) and read now, and serves every run
/// of this thread from then on.
pub fn provide(module: &str, bytes: &[u8]) -> Result<(), String> {
    let p = lazy_prelude(module).ok_or_else(|| format!("{module} is not a lazy prelude"))?;
    if fnv1a(bytes) != p.hash {
        return Err(format!(
            "{}.pgc ({} bytes) is not the file this page was built with",
            p.file,
            bytes.len()
        ));
    }
    let code = crate::marshal::load(bytes).map_err(|e| format!("{}.pgc: {e}", p.file))?;
    COMPILED.with(|c| c.borrow_mut().insert(module.to_string(), code));
    Ok(())
}

/// Whether `module`'s code is at hand (built in, or provided).
pub fn is_available(module: &str) -> bool {
    COMPILED.with(|c| c.borrow().contains_key(module)) || built_in(module).is_some()
}

/// The lazy preludes a run of `src` may import, with their own imports
/// (transitively): every `import` statement of the program, in any scope,
/// counts, run or not. Empty for a program that does not compile (its run
/// shows the syntax error).
pub fn needed(src: &str) -> Vec<&'static LazyPrelude> {
    // An import statement names its module in the text: most programs name
    // none, and are not parsed twice.
    let text_names = |p: &LazyPrelude| src.contains(p.module) || src.contains(p.file);
    if !LAZY.iter().any(text_names) {
        return Vec::new();
    }
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    let Ok(module) = crate::parser::parse(src) else {
        return Vec::new();
    };
    let Ok(code) = crate::compile::compile_module(&module, "<imports>", src) else {
        return Vec::new();
    };
    let mut out: Vec<&'static LazyPrelude> = Vec::new();
    let mut todo = lazy_imports(&code);
    while let Some(m) = todo.pop() {
        if let Some(p) = lazy_prelude(m) {
            if !out.iter().any(|q| q.module == p.module) {
                out.push(p);
                todo.extend(p.imports.iter().copied());
            }
        }
    }
    out.sort_by_key(|p| LAZY.iter().position(|q| q.module == p.module));
    out
}

/// The lazy preludes a run of `src` needs that are not at hand yet (always
/// none but in the page's build).
pub fn missing(src: &str) -> Vec<&'static LazyPrelude> {
    let mut v = needed(src);
    v.retain(|p| !is_available(p.module));
    v
}

/// Every module a code object (and the code nested in it) imports, with the
/// names a `from` import reads from it: `(module, None)` for `import module`.
pub fn imports(code: &Code) -> Vec<(Str, Option<Vec<Str>>)> {
    let mut out = Vec::new();
    let mut stack = vec![code];
    while let Some(c) = stack.pop() {
        for (k, op) in c.ops.iter().enumerate() {
            if let Op::ImportName(i) = op {
                let name = c.names[(i & 0x7fff_ffff) as usize].clone();
                out.push((name, from_names(c, k)));
            }
        }
        for k in &c.consts {
            if let Value::Code(inner) = k {
                stack.push(inner);
            }
        }
    }
    out
}

/// The names a `from` import at op `k` reads: the `ImportFrom` ops between
/// it and its closing `Pop` (each followed by the store of its name).
fn from_names(c: &Code, k: usize) -> Option<Vec<Str>> {
    let mut names = Vec::new();
    for op in &c.ops[k + 1..] {
        match op {
            Op::ImportFrom(n) => names.push(c.names[*n as usize].clone()),
            Op::Pop if !names.is_empty() => return Some(names),
            Op::StoreName(_)
            | Op::StoreFast(_)
            | Op::StoreGlobal(_)
            | Op::StoreDeref(_)
            | Op::TraceLine(_) => {}
            _ => return None,
        }
    }
    None
}

/// The lazy preludes that a code object's imports load.
fn lazy_imports(code: &Code) -> Vec<&'static str> {
    let mut out = Vec::new();
    for (name, from) in imports(code) {
        let top = name.split('.').next().unwrap_or("");
        let loads = match top {
            // The native collections reads these from its Python half.
            "collections" => from
                .as_ref()
                .is_none_or(|names| names.iter().any(|n| COLLECTIONS_IN_PYTHON.contains(&&**n))),
            _ => true,
        };
        let module = if top == "collections" {
            "_pgcollections"
        } else {
            top
        };
        if loads {
            if let Some(p) = lazy_prelude(module) {
                if !out.contains(&p.module) {
                    out.push(p.module);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(v: &[&LazyPrelude]) -> Vec<&'static str> {
        v.iter().map(|p| p.module).collect()
    }

    fn compile(src: &str) -> Rc<Code> {
        let ast = crate::parser::parse(src).expect("parses");
        crate::compile::compile_module(&ast, "<t>", src).expect("compiles")
    }

    #[test]
    fn needed_follows_imports_in_every_scope_and_the_preludes_own() {
        // dataclasses imports copy, typing and functools; typing and
        // functools import collections' Python half.
        assert_eq!(
            names(&needed("import dataclasses\n")),
            [
                "functools",
                "_pgcollections",
                "typing",
                "dataclasses",
                "copy"
            ]
        );
        // A from-import in a nested function of a method.
        let src = "import asyncio\nclass C:\n    def m(self):\n        def f():\n            \
                   from json import dumps as d\n            return d\n        return f\n";
        assert_eq!(names(&needed(src)), ["_pgcollections", "json"]);
        // In a comprehension, a lambda's default, a try and an if never run.
        let src = "x = [1 for _ in ()]\nif False:\n    try:\n        import bisect, string\n    \
                   except ImportError:\n        pass\n";
        assert_eq!(names(&needed(src)), ["bisect", "string"]);
        // Only the names of collections written in Python need its Python half.
        assert!(needed("from collections import deque, defaultdict\n").is_empty());
        assert_eq!(
            names(&needed("from collections import deque, Counter\n")),
            ["_pgcollections"]
        );
        assert_eq!(names(&needed("import collections\n")), ["_pgcollections"]);
        assert_eq!(names(&needed("import logging.handlers\n")), ["logging"]);
        // datetime imports operator (its `index`).
        assert_eq!(
            names(&needed("from datetime import date\n")),
            ["operator", "datetime"]
        );
        // Names in strings and comments do not count; a program with no
        // lazy import (the lessons) needs none.
        assert!(needed("# import json\nprint('import typing')\n").is_empty());
        for lesson in engine::lessons::Lesson::ALL {
            let src = lesson.python(&lesson.defaults());
            assert!(needed(&src).is_empty(), "{}", lesson.name());
        }
        // A program that does not compile needs none (its run says why).
        assert!(needed("import json\nif\n").is_empty());
    }

    /// Each lazy prelude's `imports` are the lazy preludes its compiled code
    /// imports; the built-in preludes import none but those asyncio imports
    /// only once the program has (`_pg.loaded`).
    #[test]
    fn the_table_matches_the_preludes_code() {
        for p in &LAZY {
            let bytes = built_in_stdlib(p.module).expect("built in natively");
            assert_eq!(fnv1a(bytes), p.hash);
            let code = crate::marshal::load(bytes).unwrap();
            let mut found = lazy_imports(&code);
            found.sort();
            let mut table = p.imports.to_vec();
            table.sort();
            assert_eq!(found, table, "{}", p.module);
        }
        for (m, expected) in [
            ("asyncio", &["contextvars", "functools", "logging"][..]),
            ("argparse", &[]),
            ("_pgbuiltins", &[]),
        ] {
            let code = crate::marshal::load(built_in(m).unwrap()).unwrap();
            let mut found = lazy_imports(&code);
            found.sort();
            assert_eq!(found, expected, "{m}");
        }
        let src = include_str!("prelude/asyncio.py");
        assert_eq!(src.matches("import functools").count(), 1);
        assert!(src.contains("if _pg.loaded('functools'):\n        import functools"));
        assert!(
            src.contains("if not _pg.loaded('logging'):\n        return None\n    import logging")
        );
        // Task.__init__ and Runner._lazy_init.
        assert_eq!(src.matches("import contextvars").count(), 2);
        assert_eq!(
            src.matches("if _pg.loaded('contextvars'):\n").count(),
            2,
            "each import of contextvars only once the program has"
        );
    }

    /// The page's `index.html` has trunk copy each lazy prelude to `py/`.
    #[test]
    fn the_page_ships_every_lazy_prelude() {
        let html = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../index.html"));
        for p in &LAZY {
            let link = format!(
                "<link data-trunk rel=\"copy-file\" href=\"python/src/prelude/{}.pgc\" data-target-path=\"py\" />",
                p.file
            );
            assert!(html.contains(&link), "index.html lacks {link}");
        }
        assert_eq!(html.matches("rel=\"copy-file\"").count(), LAZY.len());
    }

    #[test]
    fn imports_lists_modules_and_from_names() {
        let code =
            compile("import a.b as c, d\nfrom e import f, g as h\ndef k():\n    from m import n\n");
        let got: Vec<(String, Option<Vec<String>>)> = imports(&code)
            .into_iter()
            .map(|(m, f)| {
                (
                    m.to_string(),
                    f.map(|f| f.iter().map(|n| n.to_string()).collect()),
                )
            })
            .collect();
        let s = |x: &str| x.to_string();
        assert_eq!(
            got,
            [
                (s("a.b"), None),
                (s("d"), None),
                (s("e"), Some(vec![s("f"), s("g")])),
                (s("m"), Some(vec![s("n")])),
            ]
        );
    }

    /// A lazy prelude left out and not provided: its import says so plainly;
    /// provided (checked by its hash), it runs.
    #[test]
    fn a_module_not_provided_is_a_plain_import_error() {
        withhold_for_test(&["json", "_pgcollections"]);
        let src =
            "try:\n    import json\nexcept ImportError as e:\n    print(type(e).__name__, e)\n";
        let (out, err, _) = crate::run_virtual(src, "x.py", Default::default());
        assert_eq!(
            out,
            "ImportError the module 'json' could not be loaded in the page (the page loads a \
             standard-library module before a run, for the imports written in the program)\n",
            "{err}"
        );
        assert_eq!(names(&missing("import json\n")), ["_pgcollections", "json"]);
        let json = include_bytes!("prelude/json.pgc");
        assert!(provide("json", &json[..json.len() - 1]).is_err());
        assert!(provide("asyncio", json).is_err());
        provide("json", json).unwrap();
        provide("_pgcollections", include_bytes!("prelude/collections.pgc")).unwrap();
        assert!(missing("import json\n").is_empty());
        let (out, err, _) = crate::run_virtual(
            "import json\nprint(json.dumps({'a': [1, 2]}))\n",
            "x.py",
            Default::default(),
        );
        assert_eq!(out, "{\"a\": [1, 2]}\n", "{err}");
        withhold_for_test(&[]);
    }
}
