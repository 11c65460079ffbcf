//! A Python interpreter for Async Playground: a hand-written parser, a
//! bytecode compiler and a VM with explicit frames, built-in types and
//! modules, and asyncio as a Python port of CPython 3.11's own (run by this
//! VM on the driver's clock). Pure Rust: the CLI and the page share it.
//!
//! Drive a program with `Program::new` then `tick()` until `Tick::Done`:
//! `Tick::Wait { secs }` asks the driver to let the clock advance.

pub mod alloc;
pub mod ast;
pub mod attrs;
pub mod builtins;
pub mod code;
pub mod compile;
#[rustfmt::skip]
pub mod dirtables;
pub mod dunders;
pub mod excgroup;
pub mod exec;
pub mod fastasync;
pub mod finalize;
pub mod format;
pub mod introspect;
pub mod io;
pub mod lexer;
pub mod lines;
pub mod marshal;
pub mod methods;
pub mod modules;
pub mod omap;
pub mod ops;
pub mod pagetrace;
pub mod parser;
pub mod pattern;
pub mod preludes;
pub mod pyset;
pub mod sha512;
pub mod stdlib_names;
pub mod taskstep;
pub mod teardown;
pub mod timefmt;
pub mod types;
#[rustfmt::skip]
#[cfg(not(feature = "no-unicode-names"))]
pub mod unicode_names;
pub mod value;
pub mod vm;

use crate::code::{Code, CodeKind, Op};
use crate::omap::OMap;
use crate::types::ExcKind;
use crate::value::*;
use crate::vm::*;
use engine::clock::Clock;
pub use engine::program::Tick;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// What the interpreter needs from its driver.
pub trait Host {
    /// Seconds on the program's clock.
    fn now(&self) -> f64;
    /// Bytes of memory in use (for the memory limit); 0 if unknown.
    fn used_bytes(&self) -> usize {
        0
    }
    /// Whether the run must end now, and why (checked every 1,024 steps, in
    /// native loops and nested runs too, which cannot pause for the driver).
    fn should_stop(&self) -> Option<String> {
        None
    }
    /// `time.sleep(secs)` began (the driver gets `Tick::Wait { blocking: true }` next).
    fn block(&self, _secs: f64) {}
    /// `time.sleep(secs)` where the run cannot pause (in a generator a builtin
    /// consumes, `list(g)`): the clock moves on now, as the driver would have.
    fn sleep_now(&self, _secs: f64) {}
    /// Something was printed.
    fn on_output(&self) {}
}

/// A host on a clock, with nothing else.
pub struct ClockHost(pub Rc<dyn Clock>);
impl Host for ClockHost {
    fn now(&self) -> f64 {
        self.0.now()
    }
    fn sleep_now(&self, secs: f64) {
        self.0.advance_now(secs);
    }
    fn used_bytes(&self) -> usize {
        alloc::used()
    }
}

pub struct Options {
    /// `sys.argv[1:]`.
    pub args: Vec<String>,
    /// pyref's `--seed N`: replaces the argument of every `random.seed(...)`.
    pub seed: Option<engine::random::Seed>,
    pub timestamps: bool,
    pub max_steps: u64,
    pub max_bytes: usize,
    /// Ops per `tick()` at most (the interpreter returns to its driver this often).
    pub slice: u64,
    /// Keep the record the page draws from (`Program::page`).
    pub trace: bool,
    /// Line events of the program's own file (issue 14).
    pub lines: lines::LineMode,
    /// Stop at this line event (1-based), capturing every task's frames there.
    pub stop_at_line: Option<u64>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            args: Vec::new(),
            seed: None,
            timestamps: false,
            max_steps: 100_000_000,
            max_bytes: 256 << 20,
            slice: 10_000,
            trace: false,
            lines: lines::LineMode::Off,
            stop_at_line: None,
        }
    }
}

impl Options {
    /// The options of `python3 tools/pyref.py FILE.py ARGS...`: `--seed N` and
    /// `--timestamps` anywhere before `--`, every other argument (and all after
    /// `--`) the program's `sys.argv[1:]`. Err: a message for a bad `--seed`.
    pub fn from_pyref_args(args: &[String]) -> Result<Options, String> {
        let mut opts = Options::default();
        let mut i = 0;
        while i < args.len() {
            match args[i].as_str() {
                "--" => {
                    opts.args.extend(args[i + 1..].iter().cloned());
                    break;
                }
                "--seed" => {
                    let v = args.get(i + 1).ok_or("--seed needs a value (an integer)")?;
                    opts.seed =
                        Some(engine::random::Seed::parse(v).map_err(|e| format!("--seed: {e}"))?);
                    i += 1;
                }
                "--timestamps" => opts.timestamps = true,
                a => opts.args.push(a.to_string()),
            }
            i += 1;
        }
        Ok(opts)
    }
}

/// How a run ended.
#[derive(Clone, Debug, PartialEq)]
pub enum Ended {
    Running,
    /// Exit status (0 ran to the end; 1 an uncaught exception; sys.exit's code).
    Exited(i32),
    /// A limit or Stop ended it (the message says which).
    Stopped(String),
}

pub struct Program {
    pub vm: Vm,
    pub src: Rc<str>,
    pub filename: Rc<str>,
    pub ended: Ended,
    slice: u64,
}

/// CPython's report of a syntax error (what pyref prints), and exit status 1.
/// A program's syntax error, for an editor to mark.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxInfo {
    /// 1-based line and column (in characters) of the caret.
    pub line: u32,
    pub col: u32,
    /// `SyntaxError: invalid syntax` (the last line CPython prints).
    pub message: String,
    /// All that CPython prints for it.
    pub text: String,
}

/// The syntax error of `src`, or None when it compiles.
pub fn syntax_error(src: &str, filename: &str) -> Option<SyntaxInfo> {
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    let e = match parser::parse(src) {
        Err(e) => e,
        Ok(module) => compile::compile_module(&module, filename, src).err()?,
    };
    Some(SyntaxInfo {
        line: e.line,
        col: e.col,
        message: format!("{}: {}", e.kind, e.msg),
        text: format_syntax_error(&e, filename, src),
    })
}

pub fn format_syntax_error(e: &ast::SyntaxError, filename: &str, src: &str) -> String {
    let mut out = format!("  File \"{}\", line {}\n", filename, e.line);
    let line = match &e.text {
        Some(t) => Some(t.as_str()),
        None => src.split('\n').nth(e.line.saturating_sub(1) as usize),
    };
    if let Some(text) = line {
        let rtext = text.trim_end_matches(['\n', '\r']);
        let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
        let spaces = rtext.chars().count() - ltext.chars().count();
        out.push_str(&format!("    {ltext}\n"));
        let offset = e.col as i64;
        let mut end = if e.end_col == 0 {
            offset
        } else {
            e.end_col as i64
        };
        if offset == end || end == -1 {
            end = offset + 1;
        }
        let colno = offset - 1 - spaces as i64;
        let end_colno = end - 1 - spaces as i64;
        if colno >= 0 {
            let caretspace: String = ltext
                .chars()
                .take(colno as usize)
                .map(|c| if c.is_whitespace() { c } else { ' ' })
                .collect();
            let n = (end_colno - colno).max(0) as usize;
            out.push_str(&format!("    {}{}\n", caretspace, "^".repeat(n)));
        }
    }
    out.push_str(&format!("{}: {}\n", e.kind, e.msg));
    out
}

impl Drop for Program {
    /// Frees the run's objects, cycles included (see `teardown`).
    fn drop(&mut self) {
        self.vm.fin.disable();
        crate::finalize::set_current(&self.vm.fin);
        let vm = &mut self.vm;
        let mut roots: Vec<Value> = vm.modules.values().cloned().collect();
        roots.extend(vm.main_module.take().map(Value::Dict));
        roots.push(Value::Dict(vm.builtins.clone()));
        roots.extend(std::mem::take(&mut *vm.task_ids.borrow_mut()));
        roots.extend(vm.last_stop_value.take());
        let mut frames = std::mem::take(&mut vm.frames);
        frames.extend(std::mem::take(&mut *vm.frame_pool.borrow_mut()));
        vm.modules.clear();
        let keep = vm
            .types
            .classes
            .values()
            .chain(vm.types.excs.values())
            .map(|c| Rc::as_ptr(c) as *const u8 as usize)
            .collect();
        teardown::sweep(roots, frames, &keep);
        // The built-in classes are this VM's too: their MROs hold themselves.
        for c in vm.types.classes.values().chain(vm.types.excs.values()) {
            c.mro.borrow_mut().clear();
            c.cache.clear();
            let d = std::mem::take(&mut *c.dict.borrow_mut());
            teardown::sweep(d.into_iter().map(|(_, v)| v).collect(), Vec::new(), &keep);
        }
    }
}

impl Program {
    /// Parses and compiles `src`. A syntax error is returned as the text
    /// CPython prints for it.
    pub fn new(
        src: &str,
        filename: &str,
        opts: Options,
        host: Rc<dyn Host>,
    ) -> Result<Program, String> {
        let src = src.strip_prefix('\u{feff}').unwrap_or(src);
        let module = parser::parse(src).map_err(|e| format_syntax_error(&e, filename, src))?;
        let traced = opts.lines != lines::LineMode::Off || opts.stop_at_line.is_some();
        let (code, warnings) = compile::compile_program(&module, filename, src, traced)
            .map_err(|e| format_syntax_error(&e, filename, src))?;
        let mem_base = host.used_bytes();
        format::set_max_str_digits(format::INT_MAX_STR_DIGITS);
        let types = Rc::new(types::Types::new());
        let scratch_code = Rc::new(Code {
            name: Rc::from("<native>"),
            qualname: Rc::from("<native>"),
            filename: Rc::from("<native>"),
            kind: CodeKind::Function,
            argcount: 0,
            kwonlycount: 0,
            posonlycount: 0,
            has_varargs: false,
            has_varkw: false,
            varnames: vec![],
            cellvars: vec![],
            freevars: vec![],
            cell_params: vec![],
            ops: vec![Op::ReturnValue],
            lines: vec![0],
            consts: vec![],
            names: vec![],
            first_line: 0,
            is_lambda: false,
            gcache: Default::default(),
            slots: Default::default(),
            twin: Default::default(),
        });
        let mut argv = vec![filename.to_string()];
        argv.extend(opts.args.iter().cloned());
        let mut vm = Vm {
            frames: Vec::new(),
            types,
            builtins: DictObj::new(OMap::new()),
            modules: OMap::new(),
            steps: 0,
            limits: Limits {
                max_steps: opts.max_steps,
                max_bytes: opts.max_bytes,
            },
            slice_left: opts.slice,
            nested: 0,
            pending_pause: None,
            out: io::Output::new(opts.timestamps),
            host,
            argv,
            filename: Rc::from(filename),
            source: Rc::from(src),
            warned: Default::default(),
            random: engine::random::Random::new(&engine::random::Seed::from_i64(0)),
            gauss_next: None,
            seed_override: opts.seed.clone(),
            rngs: Vec::new(),
            stop_reason: None,
            native_depth: Cell::new(0),
            task_ids: RefCell::new(Vec::new()),
            trace: opts
                .trace
                .then(|| Box::new(pagetrace::PageTrace::new(filename))),
            lines: traced.then(|| {
                Box::new(lines::Lines {
                    mode: if opts.lines == lines::LineMode::Off {
                        lines::LineMode::Record
                    } else {
                        opts.lines
                    },
                    stop_at: opts.stop_at_line,
                    ..Default::default()
                })
            }),
            main_module: None,
            alloc_estimate: 0,
            last_raise: exec::RaiseKind::New,
            escaped: false,
            last_stop_value: None,
            scratch_code,
            frame_pool: Default::default(),
            arg_pool: Default::default(),
            future_await: None,
            sleep_code: None,
            future_init: None,
            fin: Default::default(),
            asyncgen_hooks: (Value::None, Value::None),
            recursion_limit: vm::RECURSION_LIMIT,
            unretrieved_hook: None,
            unraisable: Vec::new(),
            repr_stack: Default::default(),
            stack_base: Cell::new(0),
            mem_base,
            countdown: 1024,
            eq_keys: Default::default(),
            #[cfg(feature = "opprofile")]
            prof: Default::default(),
        };
        builtins::install(&mut vm);
        let mut g = OMap::new();
        g.insert(Key(Value::str("__name__")), Value::str("__main__"));
        g.insert(Key(Value::str("__file__")), Value::str(filename));
        g.insert(
            Key(Value::str("__builtins__")),
            Value::Dict(vm.builtins.clone()),
        );
        let globals = DictObj::new(g);
        vm.main_module = Some(globals.clone());
        let func = Function::module_body(code, globals, "<module>");
        let frame = vm.new_frame(&func, Entry::Module);
        vm.frames.push(frame);
        vm.fin.enabled.set(true);
        // Compile-time warnings, as the warnings module prints them.
        for (line, msg) in warnings {
            vm.write_stderr(&format!("{filename}:{line}: SyntaxWarning: {msg}\n"));
            if let Some(text) = src.lines().nth(line as usize - 1) {
                vm.write_stderr(&format!("  {}\n", text.trim()));
            }
        }
        Ok(Program {
            vm,
            src: Rc::from(src),
            filename: Rc::from(filename),
            ended: Ended::Running,
            slice: opts.slice,
        })
    }

    /// Runs the next slice of the program.
    pub fn tick(&mut self) -> Tick {
        if self.ended != Ended::Running {
            return Tick::Done;
        }
        self.vm.slice_left = self.slice;
        self.vm.stack_base.set(crate::vm::stack_addr());
        crate::finalize::set_current(&self.vm.fin);
        let r = self.vm.run();
        self.report_unraisable();
        match r {
            Ok(RunEnd::Returned(_)) => {
                self.ended = Ended::Exited(0);
                self.at_exit();
                self.finish_trace();
                Tick::Done
            }
            Ok(RunEnd::Paused(Pause::Budget)) | Ok(RunEnd::Paused(Pause::Iteration)) => {
                Tick::Progress
            }
            Ok(RunEnd::Paused(Pause::Select(secs))) => Tick::Wait {
                secs,
                blocking: false,
            },
            Ok(RunEnd::Paused(Pause::Sleep(secs))) => Tick::Wait {
                secs,
                blocking: true,
            },
            Err(e) => {
                self.vm.frames.clear();
                if let Some(reason) = self.vm.stop_reason.take() {
                    self.vm.write_stderr(&format!("{reason}\n"));
                    self.ended = Ended::Stopped(reason.clone());
                    self.finish_trace();
                    return Tick::Error(reason);
                }
                let status = self.report(&e.exc);
                self.ended = Ended::Exited(status);
                self.at_exit();
                self.finish_trace();
                Tick::Done
            }
        }
    }

    /// CPython's last collection at exit closes the generators still
    /// suspended in a block, in the order they were made (`finalize.rs`).
    fn at_exit(&mut self) {
        // After the program: no line events (a tracer is gone by then).
        let lines = self.vm.lines.take();
        if self.vm.stop_reason.is_none() {
            for q in self.vm.fin.unawaited_at_exit() {
                self.vm.warn_unawaited(&q, true);
            }
            for o in self.vm.fin.unretrieved_at_exit() {
                let _ = self.vm.finalize(crate::finalize::Final::Unretrieved(o));
                self.report_unraisable();
            }
        }
        for f in self.vm.fin.at_exit() {
            if self.vm.stop_reason.is_some() {
                break;
            }
            let _ = self.vm.finalize(f);
            self.report_unraisable();
        }
        self.vm.lines = lines;
        self.vm.fin.disable();
    }

    /// What finalizers raised: "Exception ignored in: ..." and the traceback.
    fn report_unraisable(&mut self) {
        for (what, exc) in std::mem::take(&mut self.vm.unraisable) {
            let text = self.format_traceback(&exc);
            self.vm
                .write_stderr(&format!("Exception ignored in: {what}\n{text}"));
        }
    }

    fn finish_trace(&mut self) {
        let now = self.vm.host.now();
        if let Some(tr) = self.vm.trace.as_mut() {
            tr.finish(now);
        }
    }

    /// Line events so far (0 when the program is not traced by line).
    pub fn line_count(&self) -> u64 {
        self.vm.lines.as_ref().map_or(0, |l| l.count)
    }

    /// Returns to the driver after the next line event (Step line).
    pub fn pause_after_next_line(&mut self) {
        let n = self.line_count() + 1;
        if let Some(l) = self.vm.lines.as_mut() {
            l.pause_at = Some(n);
        }
    }

    /// The record the page draws from (with `Options::trace`).
    pub fn page(&self) -> Option<&pagetrace::PageTrace> {
        self.vm.trace.as_deref()
    }

    /// Seconds on the program's clock.
    pub fn now(&self) -> f64 {
        self.vm.host.now()
    }

    /// Prints an uncaught exception (or handles SystemExit); returns the exit status.
    fn report(&mut self, exc: &Value) -> i32 {
        if self.vm.exc_is(exc, ExcKind::SystemExit) {
            let code = builtins::exception_attr(&mut self.vm, exc, "code")
                .ok()
                .flatten()
                .unwrap_or(Value::None);
            return match code {
                Value::None => 0,
                Value::Int(i) => i as i32,
                Value::Bool(b) => b as i32,
                other => {
                    let s = self.vm.to_str(&other).unwrap_or_default();
                    self.vm.write_stderr(&format!("{s}\n"));
                    1
                }
            };
        }
        let text = self.format_traceback(exc);
        self.vm.write_stderr(&text);
        1
    }

    /// The traceback pyref prints: the program's own frames, chained exceptions.
    pub fn format_traceback(&mut self, exc: &Value) -> String {
        self.vm.format_traceback(exc)
    }

    pub fn stdout(&self) -> String {
        self.vm.out.text(io::Stream::Stdout)
    }
    pub fn stderr(&self) -> String {
        self.vm.out.text(io::Stream::Stderr)
    }
    pub fn exit_status(&self) -> i32 {
        match &self.ended {
            // As a process's status: `sys.exit(-1)` is 255.
            Ended::Exited(c) => *c & 0xff,
            Ended::Stopped(_) => 1,
            Ended::Running => 0,
        }
    }
}

impl Vm {
    /// The traceback pyref prints: the program's own frames, chained exceptions.
    pub fn format_traceback(&mut self, exc: &Value) -> String {
        let src = self.source.clone();
        let lines: Vec<&str> = src.lines().collect();
        let mut chain: Vec<(Value, &'static str)> = Vec::new();
        let mut cur = Some(exc.clone());
        while let Some(e) = cur {
            if chain.iter().any(|(c, _)| c.is(&e)) || chain.len() > 100 {
                break;
            }
            let (cause, ctx, suppress) = match exc_data(&e) {
                Some(d) => (d.cause.clone(), d.context.clone(), d.suppress_context),
                None => (None, None, false),
            };
            if let Some(c) = cause {
                chain.push((e, "cause"));
                cur = Some(c);
            } else if let (Some(c), false) = (ctx, suppress) {
                chain.push((e, "context"));
                cur = Some(c);
            } else {
                chain.push((e, ""));
                cur = None;
            }
        }
        let mut out = String::new();
        for (i, (e, _)) in chain.iter().rev().enumerate() {
            if i > 0 {
                let link = chain[chain.len() - 1 - i].1;
                out.push_str(if link == "cause" {
                    "\nThe above exception was the direct cause of the following exception:\n\n"
                } else {
                    "\nDuring handling of the above exception, another exception occurred:\n\n"
                });
            }
            let tb: Vec<TbEntry> = exc_data(e).map(|d| d.traceback.clone()).unwrap_or_default();
            let frames: Vec<&TbEntry> = tb
                .iter()
                .rev()
                .filter(|t| *t.filename == *self.filename)
                .collect();
            if !frames.is_empty() {
                out.push_str("Traceback (most recent call last):\n");
                for f in frames {
                    out.push_str(&format!(
                        "  File \"{}\", line {}, in {}\n",
                        f.filename, f.line, f.name
                    ));
                    if f.line > 0 && (f.line as usize) <= lines.len() {
                        out.push_str(&format!("    {}\n", lines[f.line as usize - 1].trim()));
                    }
                }
            }
            out.push_str(&self.exception_only(e));
        }
        out
    }

    pub fn exception_only(&mut self, e: &Value) -> String {
        let Value::Instance(inst) = e else {
            return String::new();
        };
        let cls = inst.class.borrow().clone();
        let module = match cls.module() {
            Some(Value::Str(m)) => m.to_string(),
            _ => "builtins".into(),
        };
        let name = if module == "__main__" || module == "builtins" {
            cls.qualname.to_string()
        } else {
            format!("{}.{}", module, cls.qualname)
        };
        let s = if self.exc_is(e, ExcKind::BaseExceptionGroup)
            && cls.lookup_name(&crate::name!("__str__")).is_none()
        {
            let d = exc_data(e).map(|d| d.args.clone()).unwrap_or_default();
            let msg = d
                .first()
                .map(|m| self.to_str(m).unwrap_or_default())
                .unwrap_or_default();
            let n = match d.get(1) {
                Some(Value::List(l)) => l.borrow().len(),
                Some(Value::Tuple(t)) => t.len(),
                _ => 0,
            };
            format!(
                "{} ({} sub-exception{})",
                msg,
                n,
                if n == 1 { "" } else { "s" }
            )
        } else {
            match self.to_str(e) {
                Ok(s) => s,
                Err(_) => "<exception str() failed>".into(),
            }
        };
        let mut out = if s.is_empty() {
            format!("{name}\n")
        } else {
            format!("{name}: {s}\n")
        };
        // The notes (`add_note`), as 3.11's traceback.format_exception_only.
        let notes = inst.dict.borrow().get("__notes__").cloned();
        match notes {
            None => {}
            Some(Value::List(_) | Value::Tuple(_)) => {
                let items = self
                    .iterate(notes.as_ref().expect("notes"))
                    .unwrap_or_default();
                for n in items {
                    let text = match &n {
                        Value::Str(t) => t.to_string(),
                        _ => self
                            .to_str(&n)
                            .unwrap_or_else(|_| "<note str() failed>".into()),
                    };
                    for line in text.split('\n') {
                        out.push_str(line);
                        out.push('\n');
                    }
                }
            }
            Some(other) => {
                let r = self
                    .repr(&other)
                    .unwrap_or_else(|_| "<__notes__ repr() failed>".into());
                out.push_str(&r);
                out.push('\n');
            }
        }
        out
    }
}

/// Runs a program to its end on a virtual clock (the CLI and the tests).
pub fn run_virtual(src: &str, filename: &str, opts: Options) -> (String, String, i32) {
    let clock = Rc::new(engine::clock::VirtualClock::new());
    let host: Rc<dyn Host> = Rc::new(ClockHost(clock.clone()));
    let mut p = match Program::new(src, filename, opts, host) {
        Ok(p) => p,
        Err(msg) => return (String::new(), msg, 1),
    };
    loop {
        match p.tick() {
            Tick::Progress => {}
            Tick::Wait { secs, .. } => clock.advance(secs),
            Tick::Done => break,
            Tick::Error(_) => break,
        }
    }
    #[cfg(feature = "opprofile")]
    {
        let mut v: Vec<_> = p.vm.prof.values().collect();
        v.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
        let total: u64 = v.iter().map(|(_, n)| n).sum();
        eprintln!("opprofile: {total} ops");
        for (c, n) in v.iter().take(40) {
            eprintln!(
                "{n:>12} {:5.1}%  {} (line {})",
                *n as f64 * 100.0 / total as f64,
                c.name,
                c.first_line
            );
        }
    }
    (p.stdout(), p.stderr(), p.exit_status())
}

/// Runs `src` to its end on a virtual clock, keeping the page's record
/// (`Program::page`); a syntax error is returned as CPython's text.
pub fn run_traced(src: &str, filename: &str, mut opts: Options) -> Result<Program, String> {
    opts.trace = true;
    run_to_end(src, filename, opts)
}

/// Runs `src` on a virtual clock until it ends (or stops).
fn run_to_end(src: &str, filename: &str, opts: Options) -> Result<Program, String> {
    let clock = Rc::new(engine::clock::VirtualClock::new());
    let host: Rc<dyn Host> = Rc::new(ClockHost(clock.clone()));
    let mut p = Program::new(src, filename, opts, host)?;
    loop {
        match p.tick() {
            Tick::Progress => {}
            Tick::Wait { secs, .. } => clock.advance(secs),
            Tick::Done | Tick::Error(_) => break,
        }
    }
    Ok(p)
}

/// Runs `src` on a virtual clock to its `n`th line event (1-based) and returns
/// every task's frames there (what the frames panel shows; the CLI's `--frames N`),
/// or Ok(None) when the run has fewer line events; a syntax error as CPython's text.
pub fn capture_frames(
    src: &str,
    filename: &str,
    mut opts: Options,
    n: u64,
) -> Result<(Option<lines::Capture>, u64), String> {
    opts.stop_at_line = Some(n);
    let mut p = run_to_end(src, filename, opts)?;
    let l = p.vm.lines.as_mut().expect("a traced run");
    Ok((l.captured.take(), l.count))
}

/// A program run on a virtual clock to chosen line events, in slices, forward
/// only: the frames panel's way to a moment without holding the page (a later
/// moment continues from where the last one stopped; an earlier one needs a new
/// cursor).
pub struct LineCursor {
    prog: Program,
    clock: Rc<engine::clock::VirtualClock>,
    ended: bool,
}

impl LineCursor {
    pub fn new(src: &str, filename: &str, mut opts: Options) -> Result<LineCursor, String> {
        opts.lines = lines::LineMode::Record;
        opts.trace = false;
        opts.slice = opts.slice.min(2_000);
        let clock = Rc::new(engine::clock::VirtualClock::new());
        let host: Rc<dyn Host> = Rc::new(ClockHost(clock.clone()));
        Ok(LineCursor {
            prog: Program::new(src, filename, opts, host)?,
            clock,
            ended: false,
        })
    }

    /// Line events run so far.
    pub fn reached(&self) -> u64 {
        self.prog.line_count()
    }

    /// Whether line event `n` can still be reached (it is ahead, and the run goes on).
    pub fn can_reach(&self, n: u64) -> bool {
        !self.ended && n > self.reached()
    }

    /// A capture shows at most `n` tasks (the running one always).
    pub fn max_tasks(&mut self, n: usize) {
        if let Some(l) = self.prog.vm.lines.as_mut() {
            l.max_tasks = Some(n);
        }
    }

    /// Aims at line event `n` (call `step` until it answers).
    pub fn seek(&mut self, n: u64) {
        if let Some(l) = self.prog.vm.lines.as_mut() {
            l.capture_at = Some(n);
            l.captured = None;
        }
    }

    /// Runs one slice: None while on the way; Some(Some(frames)) at the line
    /// event sought, Some(None) when the program ended before it.
    pub fn step(&mut self) -> Option<Option<lines::Capture>> {
        if self.ended {
            return Some(None);
        }
        let tick = self.prog.tick();
        if let Some(c) = self.prog.vm.lines.as_mut().and_then(|l| l.captured.take()) {
            return Some(Some(c));
        }
        match tick {
            Tick::Progress => None,
            Tick::Wait { secs, .. } => {
                self.clock.advance(secs);
                None
            }
            Tick::Done | Tick::Error(_) => {
                self.ended = true;
                Some(None)
            }
        }
    }
}

/// What `warm_up` runs: the common paths of an asyncio program (tasks, gather
/// of a generator, sleeps, a queue, a lock, a traceback caught).
const WARM_UP: &str = r#"import asyncio
async def work(q, lock, i):
    await asyncio.sleep(i / 10)
    async with lock:
        await q.put(f'{i!r:>3}')
    return i
async def main():
    q, lock = asyncio.Queue(), asyncio.Lock()
    t = asyncio.create_task(work(q, lock, 9))
    r = await asyncio.gather(*(work(q, lock, i) for i in range(3)))
    while not q.empty():
        print(q.get_nowait(), r, [x * 2 for x in r], {1: 2.5})
    try:
        await asyncio.wait_for(t, 0.1)
    except asyncio.TimeoutError:
        pass
asyncio.run(main())
"#;

/// The warm-up in steps, each a task of its own in the page (together they
/// were one long task of 150-280 ms just after load): step 0 compiles the
/// asyncio prelude, step 1 runs `import asyncio`, step 2 the small program.
/// Returns whether there is a next step.
pub fn warm_up_step(i: u32) -> bool {
    match i {
        0 => modules::precompile_asyncio(),
        1 => drop(run_virtual(
            "import asyncio\n",
            "<warm-up>",
            Options::default(),
        )),
        _ => {
            drop(warm_up());
            return false;
        }
    }
    true
}

/// Compiles the asyncio prelude ahead of the first program (once per thread)
/// and runs a small asyncio program as the page does (recorded, by line): a
/// page calls it when idle, so that the first Run pays neither for the
/// prelude nor for the browser compiling the interpreter's code on first use.
pub fn warm_up() -> (String, String, i32) {
    modules::precompile_asyncio();
    let opts = Options {
        trace: true,
        lines: lines::LineMode::Record,
        ..Options::default()
    };
    run_virtual(WARM_UP, "<warm-up>", opts)
}
