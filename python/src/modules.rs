//! Modules: `time`, `random`, `sys`, `os`, `math`, `itertools`,
//! `collections`, `heapq`, `_pg` (the driver's hooks), and the modules
//! written in Python (`prelude/*.py`): `asyncio`, `argparse`, `functools`...

use crate::builtins::native;
use crate::omap::OMap;
use crate::types::{Builtin, ExcKind};
use crate::value::*;
use crate::vm::*;
use engine::random::{Random, Seed};
use std::cell::RefCell;
use std::rc::Rc;

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Str, Value)];

fn module(name: &str, items: Vec<(&str, Value)>) -> Value {
    let mut m = OMap::new();
    m.insert(Key(Value::str("__name__")), Value::str(name));
    for (k, v) in items {
        m.insert(Key(Value::str(k)), v);
    }
    Value::Module(Rc::new(ModuleObj {
        name: Rc::from(name),
        dict: DictObj::new(m),
    }))
}

impl Vm {
    pub fn import(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.modules.get(name) {
            return Ok(m.clone());
        }
        let m = match name {
            "time" => module(
                "time",
                vec![
                    ("perf_counter", native("perf_counter", t_now)),
                    ("monotonic", native("monotonic", t_now)),
                    ("time", native("time", t_time)),
                    ("sleep", native("sleep", t_sleep)),
                    ("perf_counter_ns", native("perf_counter_ns", t_now_ns)),
                    ("monotonic_ns", native("monotonic_ns", t_now_ns)),
                    ("gmtime", native("gmtime", crate::timefmt::t_gmtime)),
                    ("localtime", native("localtime", crate::timefmt::t_gmtime)),
                    ("mktime", native("mktime", crate::timefmt::t_mktime)),
                    ("strftime", native("strftime", crate::timefmt::t_strftime)),
                    ("asctime", native("asctime", crate::timefmt::t_asctime)),
                    ("ctime", native("ctime", crate::timefmt::t_ctime)),
                    (
                        "struct_time",
                        Value::Class(crate::timefmt::new_struct_time_class(self)),
                    ),
                    ("timezone", Value::Int(0)),
                    ("altzone", Value::Int(0)),
                    ("daylight", Value::Int(0)),
                    (
                        "tzname",
                        Value::tuple(vec![Value::str("UTC"), Value::str("UTC")]),
                    ),
                ],
            ),
            "random" => module(
                "random",
                vec![
                    ("seed", native("seed", r_seed)),
                    ("random", native("random", r_random)),
                    ("randint", native("randint", r_randint)),
                    ("randrange", native("randrange", r_randrange)),
                    ("uniform", native("uniform", r_uniform)),
                    ("choice", native("choice", r_choice)),
                    ("choices", native("choices", r_choices)),
                    ("shuffle", native("shuffle", r_shuffle)),
                    ("sample", native("sample", r_sample)),
                    ("randbytes", native("randbytes", r_randbytes)),
                    ("getrandbits", native("getrandbits", r_getrandbits)),
                    ("gauss", native("gauss", r_dist)),
                    ("normalvariate", native("normalvariate", r_dist)),
                    ("lognormvariate", native("lognormvariate", r_dist)),
                    ("expovariate", native("expovariate", r_dist)),
                    ("paretovariate", native("paretovariate", r_dist)),
                    ("weibullvariate", native("weibullvariate", r_dist)),
                    ("triangular", native("triangular", r_dist)),
                ],
            ),
            "sys" => {
                let argv = Value::list(self.argv.iter().map(|a| Value::str(a)).collect());
                let stdout = self.stream_obj("stdout");
                let stderr = self.stream_obj("stderr");
                module(
                    "sys",
                    vec![
                        ("argv", argv),
                        ("stdout", stdout),
                        ("stderr", stderr),
                        ("exit", native("exit", sys_exit)),
                        ("exc_info", native("exc_info", sys_exc_info)),
                        ("exception", native("exception", sys_exception)),
                        (
                            "set_int_max_str_digits",
                            native("set_int_max_str_digits", sys_set_max_digits),
                        ),
                        (
                            "get_int_max_str_digits",
                            native("get_int_max_str_digits", sys_get_max_digits),
                        ),
                        ("maxsize", Value::Int(i64::MAX)),
                        ("version", Value::str("3.11.7 (Async Playground)")),
                        ("platform", Value::str("linux")),
                        (
                            "getrecursionlimit",
                            native("getrecursionlimit", sys_getrecursionlimit),
                        ),
                        (
                            "setrecursionlimit",
                            native("setrecursionlimit", sys_setrecursionlimit),
                        ),
                        (
                            "set_asyncgen_hooks",
                            native("set_asyncgen_hooks", sys_set_asyncgen_hooks),
                        ),
                        (
                            "get_asyncgen_hooks",
                            native("get_asyncgen_hooks", sys_get_asyncgen_hooks),
                        ),
                    ],
                )
            }
            // ABC and abstractmethod are `_pgbuiltins`' (ops.rs' IN_PYTHON).
            "abc" => module("abc", vec![]),
            "os" => module(
                "os",
                vec![
                    ("urandom", native("urandom", r_randbytes)),
                    ("getpid", native("getpid", os_getpid)),
                    ("sep", Value::str("/")),
                    ("linesep", Value::str("\n")),
                    ("name", Value::str("posix")),
                    ("environ", Value::Dict(DictObj::new(OMap::new()))),
                ],
            ),
            "math" => module(
                "math",
                vec![
                    ("sqrt", native("sqrt", m_sqrt)),
                    ("floor", native("floor", m_floor)),
                    ("ceil", native("ceil", m_floor)),
                    ("trunc", native("trunc", m_floor)),
                    ("pi", Value::Float(std::f64::consts::PI)),
                    ("e", Value::Float(std::f64::consts::E)),
                    ("tau", Value::Float(std::f64::consts::TAU)),
                    ("inf", Value::Float(f64::INFINITY)),
                    ("nan", Value::Float(f64::NAN)),
                    ("isnan", native("isnan", m_pred)),
                    ("isinf", native("isinf", m_pred)),
                    ("isfinite", native("isfinite", m_pred)),
                    ("fabs", native("fabs", m_f1)),
                    ("exp", native("exp", m_f1)),
                    ("log", native("log", m_log)),
                    ("log2", native("log2", m_f1)),
                    ("log10", native("log10", m_f1)),
                    ("sin", native("sin", m_f1)),
                    ("cos", native("cos", m_f1)),
                    ("tan", native("tan", m_f1)),
                    ("atan", native("atan", m_f1)),
                    ("asin", native("asin", m_f1)),
                    ("acos", native("acos", m_f1)),
                    ("degrees", native("degrees", m_f1)),
                    ("radians", native("radians", m_f1)),
                    ("sinh", native("sinh", m_f1)),
                    ("cosh", native("cosh", m_f1)),
                    ("tanh", native("tanh", m_f1)),
                    ("asinh", native("asinh", m_f1)),
                    ("acosh", native("acosh", m_f1)),
                    ("atanh", native("atanh", m_f1)),
                    ("expm1", native("expm1", m_f1)),
                    ("log1p", native("log1p", m_f1)),
                    ("exp2", native("exp2", m_f1)),
                    ("cbrt", native("cbrt", m_f1)),
                    ("ulp", native("ulp", m_f1)),
                    ("remainder", native("remainder", m_f2)),
                    ("nextafter", native("nextafter", m_f2)),
                    ("atan2", native("atan2", m_f2)),
                    ("copysign", native("copysign", m_f2)),
                    ("fmod", native("fmod", m_f2)),
                    ("pow", native("pow", m_f2)),
                    ("isqrt", native("isqrt", m_isqrt)),
                    ("comb", native("comb", m_comb)),
                    ("perm", native("perm", m_comb)),
                    ("lcm", native("lcm", m_gcd)),
                    ("prod", native("prod", m_prod)),
                    ("gcd", native("gcd", m_gcd)),
                    ("factorial", native("factorial", m_factorial)),
                    ("hypot", native("hypot", m_hypot)),
                    ("dist", native("dist", m_dist)),
                    ("fsum", native("fsum", m_fsum)),
                    ("modf", native("modf", m_modf)),
                    ("frexp", native("frexp", m_frexp)),
                    ("ldexp", native("ldexp", m_ldexp)),
                    ("isclose", native("isclose", m_isclose)),
                ],
            ),
            "itertools" => module(
                "itertools",
                vec![
                    ("repeat", native("repeat", it_repeat)),
                    ("count", native("count", it_count)),
                    ("cycle", native("cycle", it_cycle)),
                    ("islice", native("islice", it_islice)),
                    ("chain", native("chain", it_chain)),
                ],
            ),
            "collections" => module(
                "collections",
                vec![
                    ("deque", Value::Class(self.types.cls(Builtin::Deque))),
                    (
                        "defaultdict",
                        Value::Class(self.types.cls(Builtin::DefaultDict)),
                    ),
                ],
            ),
            "__future__" => {
                // The compiler acts on the features; the module only has to be
                // importable (its values are the names, not `_Feature` objects).
                let names = crate::compile::FUTURE_FEATURES;
                let mut items: Vec<(&str, Value)> =
                    names.iter().map(|n| (*n, Value::str(n))).collect();
                items.push((
                    "all_feature_names",
                    Value::list(names.iter().map(|n| Value::str(n)).collect()),
                ));
                module("__future__", items)
            }
            "heapq" => module(
                "heapq",
                vec![
                    ("heappush", native("heappush", h_push)),
                    ("heappop", native("heappop", h_pop)),
                    ("heapify", native("heapify", h_heapify)),
                ],
            ),
            "_pg" => module(
                "_pg",
                vec![
                    ("time", native("time", t_now)),
                    ("select", native("select", pg_select)),
                    ("event", native("event", pg_event)),
                    ("iscoroutine", native("iscoroutine", pg_iscoroutine)),
                    ("coro_info", native("coro_info", pg_coro_info)),
                    (
                        "on_unretrieved",
                        native("on_unretrieved", pg_on_unretrieved),
                    ),
                    (
                        "watch_unretrieved",
                        native("watch_unretrieved", pg_watch_unretrieved),
                    ),
                    (
                        "format_exception",
                        native("format_exception", pg_format_exception),
                    ),
                    (
                        "fast_paths",
                        native("fast_paths", crate::fastasync::install),
                    ),
                    (
                        "sleep_timer",
                        native("sleep_timer", crate::fastasync::sleep_timer_native),
                    ),
                    ("twins", native("twins", crate::fastasync::twins)),
                    (
                        "loop_twins",
                        native("loop_twins", crate::fastasync::loop_twins),
                    ),
                    (
                        "gather_natives",
                        native("gather_natives", crate::fastasync::gather_natives),
                    ),
                    (
                        "loop_natives",
                        native("loop_natives", crate::taskstep::install_loop),
                    ),
                    (
                        "task_natives",
                        native("task_natives", crate::taskstep::install),
                    ),
                    (
                        "step_enter",
                        native("step_enter", crate::fastasync::step_enter),
                    ),
                    (
                        "step_yielded",
                        native("step_yielded", crate::fastasync::step_yielded),
                    ),
                    ("agens", native("agens", pg_agens)),
                    ("rng_new", native("rng_new", pg_rng_new)),
                    ("rng_call", native("rng_call", pg_rng_call)),
                    ("exec", native("exec", pg_exec)),
                    ("caller", native("caller", pg_caller)),
                    ("loaded", native("loaded", pg_loaded)),
                ],
            ),
            "os.path" => {
                let os = self.import("os")?;
                self.get_attr(&os, "path")?
            }
            _ if crate::preludes::is_prelude(name) => self.source_module(name)?,
            _ => {
                // A submodule: its parent is imported first (and fails first).
                let msg = match name.split_once('.') {
                    Some((top, _)) => {
                        self.import(top)?;
                        if matches!(top, "asyncio" | "collections" | "json" | "logging") {
                            format!("No module named '{name}'")
                        } else {
                            format!("No module named '{name}'; '{top}' is not a package")
                        }
                    }
                    None => format!("No module named '{name}'"),
                };
                let msg = if crate::stdlib_names::in_stdlib(name) {
                    format!("{msg} (a module of Python's standard library that the playground does not have)")
                } else {
                    msg
                };
                let e = self.err(ExcKind::ModuleNotFoundError, msg);
                if let Some(mut d) = crate::vm::exc_data(&e.exc) {
                    d.import = Some(Box::new([Value::str(name), Value::None]));
                }
                return Err(e);
            }
        };
        self.modules.insert(Rc::from(name), m.clone());
        Ok(m)
    }

    /// A module written in Python (compiled ahead: `marshal`), run on first import.
    fn source_module(&mut self, name: &str) -> PyResult<Value> {
        let code = crate::preludes::code(name).map_err(|e| {
            let msg = match e {
                crate::preludes::CodeError::NotLoaded => crate::preludes::not_loaded_message(name),
                crate::preludes::CodeError::Bad(e) => format!("{name}: {e}"),
            };
            self.err(ExcKind::ImportError, msg)
        })?;
        let mut g = OMap::new();
        g.insert(Key(Value::str("__name__")), Value::str(name));
        let globals = DictObj::new(g);
        let m = Value::Module(Rc::new(ModuleObj {
            name: Rc::from(name),
            dict: globals.clone(),
        }));
        self.modules.insert(Rc::from(name), m.clone());
        let func = Function::module_body(code, globals, name);
        let frame = self.new_frame(&func, Entry::Nested);
        self.frames.push(frame);
        if let Err(e) = self.run_nested() {
            self.modules.shift_remove(name);
            return Err(e);
        }
        Ok(m)
    }

    fn stream_obj(&mut self, which: &str) -> Value {
        let cls = crate::types::new_class(
            "TextIOWrapper",
            vec![self.types.cls(Builtin::Object)],
            None,
            "_io",
        );
        let f: NativeFnPtr = if which == "stdout" {
            stream_write_out
        } else {
            stream_write_err
        };
        cls.dict
            .borrow_mut()
            .insert(Rc::from("write"), native("write", f));
        cls.dict
            .borrow_mut()
            .insert(Rc::from("flush"), native("flush", stream_flush));
        let inst = Instance {
            class: RefCell::new(cls),
            dict: RefCell::new(crate::attrs::AttrMap::new()),
            exc: None,
        };
        inst.dict
            .borrow_mut()
            .insert(Rc::from("name"), Value::string(format!("<{which}>")));
        Value::Instance(Rc::new(inst))
    }

    fn random_mut(&mut self) -> &mut Random {
        &mut self.random
    }
}

fn stream_write_out(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    match a.get(1) {
        Some(Value::Str(s)) => {
            let n = s.chars().count();
            vm.write_stdout(s);
            Ok(Value::Int(n as i64))
        }
        // The oracle's sys.stdout is pyref's StampedOut, whose write() calls
        // s.splitlines() first.
        Some(v @ Value::Bytes(_)) => Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            vm.type_name(v)
        ))),
        Some(v) => Err(vm.attr_error(v, "splitlines")),
        None => {
            Err(vm.type_error("StampedOut.write() missing 1 required positional argument: 's'"))
        }
    }
}
fn stream_write_err(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    match a.get(1) {
        Some(Value::Str(s)) => {
            let n = s.chars().count();
            vm.write_stderr(s);
            Ok(Value::Int(n as i64))
        }
        Some(v) => Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            vm.type_name(v)
        ))),
        None => Err(vm.type_error("write() takes exactly one argument (0 given)")),
    }
}
fn stream_flush(_vm: &mut Vm, _n: &NativeFn, _a: Args, _kw: Kw) -> PyResult<Value> {
    Ok(Value::None)
}

// ---------------------------------------------------------------- time

fn t_now(vm: &mut Vm, _n: &NativeFn, _a: Args, _kw: Kw) -> PyResult<Value> {
    Ok(Value::Float(vm.host.now()))
}
fn t_now_ns(vm: &mut Vm, _n: &NativeFn, _a: Args, _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int((vm.host.now() * 1e9) as i64))
}
fn t_time(vm: &mut Vm, _n: &NativeFn, _a: Args, _kw: Kw) -> PyResult<Value> {
    Ok(Value::Float(1_764_000_000.0 + vm.host.now()))
}
fn t_sleep(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let Some(v) = a.first() else {
        return Err(vm.type_error("time.sleep() takes exactly one argument (0 given)"));
    };
    let secs = vm.to_f64(v).map_err(|_| {
        vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))
    })?;
    // A run inside a builtin's loop (nested), or with a pause already asked
    // for (`list(map(time.sleep, ...))`), cannot pause for this sleep: the
    // clock moves on now instead (the driver would have moved it as much).
    let now_only = vm.nested > 0 || vm.pending_pause.is_some();
    if !now_only {
        vm.host.block(secs);
    }
    if vm.trace.is_some() {
        let (now, line) = (vm.host.now(), vm.user_line());
        if let Some(tr) = vm.trace.as_mut() {
            tr.block(now, secs, line);
        }
    }
    if now_only {
        vm.host.sleep_now(secs);
    } else {
        vm.pending_pause = Some(Pause::Sleep(secs));
    }
    Ok(Value::None)
}

// ---------------------------------------------------------------- random

/// Keyword arguments of a native function whose parameters are `params`
/// (name, default), placed among the positional ones: what the function
/// reads as `a`.
fn bind_kw(
    vm: &Vm,
    a: Args,
    kw: Kw,
    fname: &str,
    params: &[(&str, Value)],
) -> PyResult<Vec<Value>> {
    // A C function (no dot in its name) words an unknown keyword as getargs.c.
    let unexpected = |k: &str| {
        if fname.contains('.') {
            format!("{fname}() got an unexpected keyword argument '{k}'")
        } else {
            format!("'{k}' is an invalid keyword argument for {fname}()")
        }
    };
    if kw.is_empty() {
        return Ok(a.to_vec());
    }
    let mut out: Vec<Option<Value>> = a.iter().cloned().map(Some).collect();
    if out.len() < params.len() {
        out.resize(params.len(), None);
    }
    for (k, v) in kw {
        let Some(i) = params.iter().position(|(n, _)| *n == &**k) else {
            return Err(vm.type_error(unexpected(k)));
        };
        if out[i].is_some() {
            return Err(vm.type_error(format!("{fname}() got multiple values for argument '{k}'")));
        }
        out[i] = Some(v.clone());
    }
    let last = out.iter().rposition(Option::is_some).map_or(0, |i| i + 1);
    Ok(out[..last]
        .iter()
        .enumerate()
        .map(|(i, v)| v.clone().unwrap_or_else(|| params[i].1.clone()))
        .collect())
}

fn r_seed(vm: &mut Vm, _n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    let a = &bind_kw(
        vm,
        a,
        kw,
        "Random.seed",
        &[("a", Value::None), ("version", Value::Int(2))],
    )?[..];
    let seed = if let Some(s) = vm.seed_override.clone() {
        s
    } else {
        match a.first() {
            None | Some(Value::None) => Seed::from_i64(0),
            Some(Value::Int(i)) => Seed::from_i64(*i),
            Some(Value::Bool(b)) => Seed::from_i64(*b as i64),
            Some(Value::BigInt(b)) => {
                Seed::parse(&b.to_string()).map_err(|e| vm.err(ExcKind::ValueError, e))?
            }
            Some(Value::Float(f)) => {
                // CPython hashes floats for seeding.
                Seed::from_i64(hash_f64(*f).abs())
            }
            Some(Value::Str(s)) => crate::sha512::seed_from_str(s.as_bytes()),
            Some(Value::Bytes(b)) => crate::sha512::seed_from_str(b),
            Some(v) => {
                return Err(vm.type_error(format!(
                    "The only supported seed types are: None,\n\
                     int, float, str, bytes, and bytearray. not {}",
                    vm.type_name(v)
                )))
            }
        }
    };
    vm.random = Random::new(&seed);
    vm.gauss_next = None;
    Ok(Value::None)
}

/// random.py's distributions, with its arithmetic (the same floats as CPython).
fn r_dist(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    let name = &*n.name;
    let params: &[(&str, Option<f64>)] = match name {
        "gauss" | "normalvariate" => &[("mu", Some(0.0)), ("sigma", Some(1.0))],
        "lognormvariate" => &[("mu", None), ("sigma", None)],
        "expovariate" => &[("lambd", None)],
        "paretovariate" => &[("alpha", None)],
        "weibullvariate" => &[("alpha", None), ("beta", None)],
        _ => &[
            ("low", Some(0.0)),
            ("high", Some(1.0)),
            ("mode", Some(f64::NAN)),
        ],
    };
    let fname = format!("Random.{name}");
    if a.len() > params.len() {
        return Err(vm.type_error(format!(
            "{fname}() takes from 1 to {} positional arguments but {} were given",
            params.len() + 1,
            a.len() + 1
        )));
    }
    let pv: Vec<(&str, Value)> = params.iter().map(|(k, _)| (*k, Value::None)).collect();
    let given = bind_kw(vm, a, kw, &fname, &pv)?;
    let mut x = Vec::with_capacity(params.len());
    let mut missing = Vec::new();
    for (i, (k, d)) in params.iter().enumerate() {
        match given.get(i) {
            // triangular's mode=None
            Some(Value::None) if *k == "mode" => x.push(f64::NAN),
            Some(v) if !(v.is_none() && i >= a.len() && d.is_some()) => x.push(vm.to_f64(v)?),
            _ => match d {
                Some(d) => x.push(*d),
                None => {
                    missing.push(format!("'{k}'"));
                    x.push(0.0);
                }
            },
        }
    }
    if !missing.is_empty() {
        let k = missing.len();
        return Err(vm.type_error(format!(
            "{fname}() missing {k} required positional argument{}: {}",
            if k == 1 { "" } else { "s" },
            missing.join(" and ")
        )));
    }
    let zero = |vm: &Vm| vm.err(ExcKind::ZeroDivisionError, "float division by zero");
    let r = match name {
        "gauss" => {
            let z = match vm.gauss_next.take() {
                Some(z) => z,
                None => {
                    let x2pi = vm.random_mut().random() * std::f64::consts::TAU;
                    let g2rad = (-2.0 * (1.0 - vm.random_mut().random()).ln()).sqrt();
                    vm.gauss_next = Some(x2pi.sin() * g2rad);
                    x2pi.cos() * g2rad
                }
            };
            x[0] + z * x[1]
        }
        "normalvariate" | "lognormvariate" => {
            let magic = 4.0 * (-0.5f64).exp() / 2.0f64.sqrt();
            let z = loop {
                let u1 = vm.random_mut().random();
                let u2 = 1.0 - vm.random_mut().random();
                let z = magic * (u1 - 0.5) / u2;
                if z * z / 4.0 <= -u2.ln() {
                    break z;
                }
            };
            let v = x[0] + z * x[1];
            if name == "lognormvariate" {
                v.exp()
            } else {
                v
            }
        }
        "expovariate" => {
            if x[0] == 0.0 {
                return Err(zero(vm));
            }
            -(1.0 - vm.random_mut().random()).ln() / x[0]
        }
        "paretovariate" => {
            if x[0] == 0.0 {
                return Err(zero(vm));
            }
            let u = 1.0 - vm.random_mut().random();
            u.powf(-1.0 / x[0])
        }
        "weibullvariate" => {
            if x[1] == 0.0 {
                return Err(zero(vm));
            }
            let u = 1.0 - vm.random_mut().random();
            x[0] * (-u.ln()).powf(1.0 / x[1])
        }
        _ => {
            let (mut low, mut high, mode) = (x[0], x[1], x[2]);
            let mut u = vm.random_mut().random();
            let mut c = if mode.is_nan() {
                0.5
            } else {
                if high == low {
                    // ZeroDivisionError caught: `low` as it was given.
                    return Ok(given.first().cloned().unwrap_or(Value::Float(low)));
                }
                (mode - low) / (high - low)
            };
            if u > c {
                u = 1.0 - u;
                c = 1.0 - c;
                std::mem::swap(&mut low, &mut high);
            }
            low + (high - low) * (u * c).sqrt()
        }
    };
    Ok(Value::Float(r))
}
/// `_pg.rng_new()`: a new stream for a `random.Random` (its index).
fn pg_rng_new(vm: &mut Vm, _n: &NativeFn, _a: Args, _kw: Kw) -> PyResult<Value> {
    if vm.rngs.len() >= 100_000 {
        return Err(vm.err(ExcKind::MemoryError, "too many random.Random instances"));
    }
    vm.rngs.push((Random::new(&Seed::from_i64(0)), None));
    Ok(Value::Int(vm.rngs.len() as i64 - 1))
}

/// `_pg.rng_call(i, name, *args, **kw)`: the `random` module's function
/// `name` on stream `i` (a `random.Random`'s methods: CPython's module
/// functions are the bound methods of one hidden instance).
fn pg_rng_call(vm: &mut Vm, _n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    let (Some(Value::Int(i)), Some(Value::Str(name))) = (a.first(), a.get(1)) else {
        return Err(vm.type_error("rng_call(index, name, ...)"));
    };
    let i = *i as usize;
    if i >= vm.rngs.len() {
        return Err(vm.type_error("rng_call: no such stream"));
    }
    let m = vm.import("random")?;
    let f = vm.get_attr(&m, name)?;
    let (rng, gauss) = std::mem::replace(&mut vm.rngs[i], (Random::new(&Seed::from_i64(0)), None));
    let saved = (
        std::mem::replace(&mut vm.random, rng),
        std::mem::replace(&mut vm.gauss_next, gauss),
        vm.seed_override.take(),
    );
    let r = vm.call_value(&f, a[2..].to_vec(), kw.to_vec());
    let rng = std::mem::replace(&mut vm.random, saved.0);
    let gauss = std::mem::replace(&mut vm.gauss_next, saved.1);
    vm.seed_override = saved.2;
    vm.rngs[i] = (rng, gauss);
    r
}

fn r_random(vm: &mut Vm, _n: &NativeFn, _a: Args, _kw: Kw) -> PyResult<Value> {
    Ok(Value::Float(vm.random_mut().random()))
}

fn randbelow(vm: &mut Vm, n: i64) -> PyResult<i64> {
    if n <= 0 {
        return Err(vm.err(ExcKind::ValueError, "empty range"));
    }
    Ok(vm.random_mut().randbelow(n as u64) as i64)
}

fn r_randint(vm: &mut Vm, _n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    let a = &bind_kw(
        vm,
        a,
        kw,
        "Random.randint",
        &[("a", Value::None), ("b", Value::None)],
    )?[..];
    if a.len() != 2 {
        return Err(vm.type_error(format!(
            "Random.randint() missing {} required positional argument{}",
            2 - a.len().min(2),
            if a.len() == 1 {
                ": 'b'"
            } else {
                "s: 'a' and 'b'"
            }
        )));
    }
    // Small ints first (asyncq's hot path); then ints of any size.
    if let (Value::Int(lo), Value::Int(hi)) = (&a[0], &a[1]) {
        if let Some(w) = hi.checked_sub(*lo).and_then(|d| d.checked_add(1)) {
            if w > 0 {
                return Ok(Value::Int(lo + randbelow(vm, w)?));
            }
        }
    }
    let bound = |vm: &mut Vm, v: &Value| match crate::ops::to_big(v) {
        Some(b) => Ok(b),
        None => vm.index_of(v).map(num_bigint::BigInt::from),
    };
    let lo = bound(vm, &a[0])?;
    let hi = bound(vm, &a[1])?;
    let width: num_bigint::BigInt = &hi - &lo + 1;
    if width <= num_bigint::BigInt::from(0) {
        return Err(vm.err(
            ExcKind::ValueError,
            format!(
                "empty range for randrange() ({}, {}, {})",
                lo,
                &hi + 1,
                width
            ),
        ));
    }
    // CPython's `_randbelow`: getrandbits of the width's length until below it.
    let r = match num_traits::ToPrimitive::to_i64(&width) {
        Some(w) => num_bigint::BigInt::from(randbelow(vm, w)?),
        None => loop {
            let b = getrandbits_big(vm, width.bits() as u32);
            if b < width {
                break b;
            }
        },
    };
    Ok(Value::from_bigint(lo + r))
}

/// `getrandbits(k)` of any size: CPython's 32-bit words, least significant first.
fn getrandbits_big(vm: &mut Vm, k: u32) -> num_bigint::BigInt {
    let words = vm.random_mut().getrandbits_words(k);
    let mut b = num_bigint::BigInt::from(0);
    for (i, w) in words.iter().enumerate() {
        b += num_bigint::BigInt::from(*w) << (32 * i);
    }
    b
}
fn r_randrange(vm: &mut Vm, _n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    let a = &bind_kw(
        vm,
        a,
        kw,
        "Random.randrange",
        &[
            ("start", Value::None),
            ("stop", Value::None),
            ("step", Value::Int(1)),
        ],
    )?[..];
    // `stop=None`: randrange(start) when step is 1 (random.py's check).
    let a = match a {
        [start, Value::None, rest @ ..] => {
            if rest
                .first()
                .is_some_and(|s| !matches!(s, Value::Int(1) | Value::Bool(true)))
            {
                return Err(vm.type_error("Missing a non-None stop argument"));
            }
            std::slice::from_ref(start)
        }
        _ => a,
    };
    let ints: Vec<i64> = a.iter().map(|v| vm.index_of(v)).collect::<PyResult<_>>()?;
    match ints.len() {
        1 => {
            if ints[0] <= 0 {
                return Err(vm.err(ExcKind::ValueError, "empty range for randrange()"));
            }
            Ok(Value::Int(randbelow(vm, ints[0])?))
        }
        2 => {
            let w = ints[1] - ints[0];
            if w <= 0 {
                return Err(vm.err(
                    ExcKind::ValueError,
                    format!(
                        "empty range for randrange() ({}, {}, {})",
                        ints[0], ints[1], w
                    ),
                ));
            }
            Ok(Value::Int(ints[0] + randbelow(vm, w)?))
        }
        3 => {
            let (start, stop, step) = (ints[0], ints[1], ints[2]);
            let w = stop - start;
            if step == 0 {
                return Err(vm.err(ExcKind::ValueError, "zero step for randrange()"));
            }
            let n = if step > 0 {
                (w + step - 1) / step
            } else {
                (w + step + 1) / step
            };
            if n <= 0 {
                return Err(vm.err(
                    ExcKind::ValueError,
                    format!("empty range for randrange() ({start}, {stop}, {step})"),
                ));
            }
            Ok(Value::Int(start + step * randbelow(vm, n)?))
        }
        _ => Err(vm.type_error("randrange expected 1 to 3 arguments")),
    }
}
fn r_uniform(vm: &mut Vm, _n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    let arg = |i: usize, name: &str| {
        a.get(i)
            .or_else(|| kw.iter().find(|(k, _)| &**k == name).map(|(_, v)| v))
            .cloned()
    };
    let (Some(x), Some(y)) = (arg(0, "a"), arg(1, "b")) else {
        let missing: Vec<String> = [("a", 0), ("b", 1)]
            .iter()
            .filter(|(n, i)| arg(*i, n).is_none())
            .map(|(n, _)| format!("'{n}'"))
            .collect();
        let k = missing.len();
        return Err(vm.type_error(format!(
            "Random.uniform() missing {k} required positional argument{}: {}",
            if k == 1 { "" } else { "s" },
            missing.join(" and ")
        )));
    };
    let x = vm.to_f64(&x)?;
    let y = vm.to_f64(&y)?;
    let r = vm.random_mut().random();
    Ok(Value::Float(x + (y - x) * r))
}
fn r_choice(vm: &mut Vm, _n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    let a = &bind_kw(vm, a, kw, "Random.choice", &[("seq", Value::None)])?[..];
    let seq = a.first().cloned().unwrap_or(Value::None);
    let n = vm.len(&seq)?;
    if n == 0 {
        return Err(vm.err(ExcKind::IndexError, "Cannot choose from an empty sequence"));
    }
    let i = randbelow(vm, n as i64)?;
    vm.get_item(&seq, &Value::Int(i))
}
fn r_choices(vm: &mut Vm, _n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    let popv = a.first().cloned().unwrap_or(Value::None);
    let n = vm.len(&popv)?;
    let get = |name: &str, pos: usize| {
        a.get(pos).cloned().or_else(|| {
            kw.iter()
                .find(|(k, _)| &**k == name)
                .map(|(_, v)| v.clone())
        })
    };
    let k = match get("k", 99) {
        Some(v) => vm.index_of(&v)?,
        None => 1,
    };
    let weights = get("weights", 1).filter(|w| !w.is_none());
    let cum = get("cum_weights", 99).filter(|w| !w.is_none());
    let mut out = Vec::new();
    if weights.is_none() && cum.is_none() {
        // [population[floor(random() * n)] for i in _repeat(None, k)]
        for _ in 0..k.max(0) {
            let r = vm.random_mut().random();
            let i = (r * n as f64).floor() as i64;
            out.push(vm.get_item(&popv, &Value::Int(i))?);
        }
        return Ok(Value::list(out));
    }
    let cumw: Vec<f64> = match (weights, cum) {
        (Some(w), _) => {
            let ws = vm.iterate(&w)?;
            let mut acc = 0.0;
            let mut c = Vec::new();
            for x in ws {
                acc += vm.to_f64(&x)?;
                c.push(acc);
            }
            c
        }
        (None, Some(c)) => vm
            .iterate(&c)?
            .iter()
            .map(|x| vm.to_f64(x))
            .collect::<PyResult<_>>()?,
        _ => unreachable!(),
    };
    if cumw.len() != n {
        return Err(vm.err(
            ExcKind::ValueError,
            "The number of weights does not match the population",
        ));
    }
    let total = *cumw.last().unwrap_or(&0.0);
    if total <= 0.0 {
        return Err(vm.err(
            ExcKind::ValueError,
            "Total of weights must be greater than zero",
        ));
    }
    let hi = n - 1;
    for _ in 0..k.max(0) {
        let r = vm.random_mut().random() * total;
        // bisect_right(cum_weights, r, 0, hi)
        let (mut lo, mut h) = (0usize, hi);
        while lo < h {
            let mid = (lo + h) / 2;
            if r < cumw[mid] {
                h = mid;
            } else {
                lo = mid + 1;
            }
        }
        out.push(vm.get_item(&popv, &Value::Int(lo as i64))?);
    }
    Ok(Value::list(out))
}
fn r_shuffle(vm: &mut Vm, _n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    let a = &bind_kw(vm, a, kw, "Random.shuffle", &[("x", Value::None)])?[..];
    let x = a.first().cloned().unwrap_or(Value::None);
    if let Value::List(l) = &x {
        let n = l.borrow().len();
        for i in (1..n).rev() {
            let j = randbelow(vm, i as i64 + 1)? as usize;
            l.borrow_mut().swap(i, j);
        }
        return Ok(Value::None);
    }
    // random.py's loop over any sequence: x[i], x[j] = x[j], x[i].
    let n = vm.len(&x)? as i64;
    for i in (1..n).rev() {
        let j = randbelow(vm, i + 1)?;
        let (vi, vj) = (Value::Int(i), Value::Int(j));
        let xj = vm.get_item(&x, &vj)?;
        let xi = vm.get_item(&x, &vi)?;
        vm.set_item(&x, vi, xj)?;
        vm.set_item(&x, vj, xi)?;
    }
    Ok(Value::None)
}

/// The indices random.sample picks from a population of `n` (its two
/// algorithms, the same calls of _randbelow).
fn sample_indices(vm: &mut Vm, n: i64, k: i64) -> PyResult<Vec<i64>> {
    if k < 0 || k > n {
        return Err(vm.err(
            ExcKind::ValueError,
            "Sample larger than population or is negative",
        ));
    }
    let k = k as usize;
    let mut result = vec![0i64; k];
    let mut setsize: i64 = 21;
    if k > 5 {
        setsize += 4i64.pow(((k * 3) as f64).log(4.0).ceil() as u32);
    }
    if n <= setsize {
        let mut pool: Vec<i64> = (0..n).collect();
        for (i, slot) in result.iter_mut().enumerate() {
            let j = randbelow(vm, n - i as i64)? as usize;
            *slot = pool[j];
            pool[j] = pool[n as usize - i - 1];
        }
    } else {
        let mut selected = std::collections::HashSet::new();
        for slot in result.iter_mut() {
            let mut j = randbelow(vm, n)?;
            while selected.contains(&j) {
                j = randbelow(vm, n)?;
            }
            selected.insert(j);
            *slot = j;
        }
    }
    Ok(result)
}

fn r_sample(vm: &mut Vm, _n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    let popv = a.first().cloned().unwrap_or(Value::None);
    if !matches!(
        popv,
        Value::List(_)
            | Value::Tuple(_)
            | Value::Str(_)
            | Value::Range(_)
            | Value::Bytes(_)
            | Value::Deque(_)
            | Value::Instance(_)
    ) {
        return Err(
            vm.type_error("Population must be a sequence.  For dicts or sets, use sorted(d).")
        );
    }
    let n = vm.len(&popv)? as i64;
    let get = |name: &str, pos: usize| {
        a.get(pos)
            .or_else(|| kw.iter().find(|(k, _)| &**k == name).map(|(_, v)| v))
            .cloned()
    };
    let Some(k) = get("k", 1) else {
        return Err(vm.type_error("Random.sample() missing 1 required positional argument: 'k'"));
    };
    let k = vm.index_of(&k)?;
    if let Some(counts) = get("counts", 99).filter(|c| !c.is_none()) {
        // cum_counts = list(accumulate(counts)); sample(range(total), k) and bisect.
        let mut cum = Vec::new();
        let mut acc = Value::Int(0);
        for (i, c) in vm.iterate(&counts)?.into_iter().enumerate() {
            acc = if i == 0 {
                c
            } else {
                vm.binary_op(crate::ast::BinOp::Add, &acc, &c, false)?
            };
            cum.push(acc.clone());
        }
        if cum.len() as i64 != n {
            return Err(vm.err(
                ExcKind::ValueError,
                "The number of counts does not match the population",
            ));
        }
        let total = match cum.pop() {
            Some(Value::Int(t)) => t,
            Some(Value::Bool(b)) => b as i64,
            _ => return Err(vm.type_error("Counts must be integers")),
        };
        if total <= 0 {
            return Err(vm.err(
                ExcKind::ValueError,
                "Total of counts must be greater than zero",
            ));
        }
        let mut out = Vec::new();
        for s in sample_indices(vm, total, k)? {
            // bisect_right(cum_counts, s)
            let (mut lo, mut hi) = (0usize, cum.len());
            while lo < hi {
                let mid = (lo + hi) / 2;
                if vm.lt(&Value::Int(s), &cum[mid])? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            out.push(vm.get_item(&popv, &Value::Int(lo as i64))?);
        }
        return Ok(Value::list(out));
    }
    let mut out = Vec::new();
    for j in sample_indices(vm, n, k)? {
        out.push(vm.get_item(&popv, &Value::Int(j))?);
    }
    Ok(Value::list(out))
}
fn r_randbytes(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let n = vm.index_of(a.first().unwrap_or(&Value::Int(0)))?;
    if n < 0 {
        return Err(vm.err(ExcKind::ValueError, "negative argument not allowed"));
    }
    vm.check_alloc(n as usize / 8)?;
    let b = vm.random_mut().randbytes(n as usize);
    Ok(Value::Bytes(Rc::from(b)))
}
fn r_getrandbits(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let k = vm.index_of(a.first().unwrap_or(&Value::Int(0)))?;
    if k < 0 {
        return Err(vm.err(ExcKind::ValueError, "number of bits must be non-negative"));
    }
    Ok(Value::from_bigint(getrandbits_big(vm, k as u32)))
}

// ---------------------------------------------------------------- sys / os

/// `sys.exc_info()`: the exception being handled, as (type, value, traceback).
fn sys_exc_info(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    Ok(match sys_exception(vm, n, a, kw)? {
        Value::None => Value::tuple(vec![Value::None, Value::None, Value::None]),
        e => {
            let tb = vm.get_attr(&e, "__traceback__")?;
            Value::tuple(vec![vm.class_of(&e), e, tb])
        }
    })
}

/// `sys.exception()`: the exception being handled, or None.
fn sys_exception(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kw(vm, n, kw)?;
    if !a.is_empty() {
        return Err(vm.type_error(format!(
            "sys.{}() takes no arguments ({} given)",
            n.name,
            a.len()
        )));
    }
    Ok(vm.handled_exception().unwrap_or(Value::None))
}

fn sys_exit(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    // PyErr_SetObject(SystemExit, None) makes an exception without args.
    Err(vm.err_args(
        ExcKind::SystemExit,
        a.iter().take(1).filter(|v| !v.is_none()).cloned().collect(),
    ))
}
fn sys_getrecursionlimit(vm: &mut Vm, _n: &NativeFn, _a: Args, _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}
/// `sys.setrecursionlimit(n)`: deeper runs up to `MAX_RECURSION_LIMIT` frames.
fn sys_setrecursionlimit(vm: &mut Vm, _n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("setrecursionlimit() takes no keyword arguments"));
    }
    if a.len() != 1 {
        return Err(vm.type_error(format!(
            "setrecursionlimit() takes exactly one argument ({} given)",
            a.len()
        )));
    }
    let n = match &a[0] {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => i64::MAX,
        v => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )))
        }
    };
    if n > i32::MAX as i64 || n < i32::MIN as i64 {
        return Err(vm.err(
            ExcKind::OverflowError,
            "Python int too large to convert to C int",
        ));
    }
    if n < 1 {
        return Err(vm.err(
            ExcKind::ValueError,
            "recursion limit must be greater or equal than 1",
        ));
    }
    let depth = vm.frames.len() as i64;
    if depth >= n {
        return Err(vm.err(
            ExcKind::RecursionError,
            format!(
                "cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"
            ),
        ));
    }
    vm.recursion_limit = (n as usize).min(crate::vm::MAX_RECURSION_LIMIT);
    Ok(Value::None)
}

/// `sys.set_asyncgen_hooks(firstiter=..., finalizer=...)`: an argument not
/// given leaves its hook as it was.
fn sys_set_asyncgen_hooks(vm: &mut Vm, _n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    let mut hooks = vm.asyncgen_hooks.clone();
    for (i, name) in ["firstiter", "finalizer"].into_iter().enumerate() {
        let v = a
            .get(i)
            .or_else(|| kw.iter().find(|(k, _)| &**k == name).map(|(_, v)| v));
        if let Some(v) = v {
            if !v.is_none() && !vm.is_callable(v) {
                return Err(
                    vm.type_error(format!("callable {name} expected, got {}", vm.type_name(v)))
                );
            }
            if i == 0 {
                hooks.0 = v.clone();
            } else {
                hooks.1 = v.clone();
            }
        }
    }
    vm.asyncgen_hooks = hooks;
    Ok(Value::None)
}

fn sys_get_asyncgen_hooks(vm: &mut Vm, _n: &NativeFn, _a: Args, _kw: Kw) -> PyResult<Value> {
    let (f, l) = vm.asyncgen_hooks.clone();
    Ok(Value::tuple(vec![f, l]))
}

/// `_pg.agens(op, agen)`: asyncio's weak set of async generators
/// (`loop._asyncgens`): op "add", "discard", "clear" or "live" (a list).
/// `_pg.exec(source, globals)`: runs generated code (namedtuple's and
/// dataclasses' methods, as CPython makes them with exec) in the dict
/// `globals`. Its frames are `<string>`'s, as CPython's, so no traceback shows them.
fn pg_exec(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let (Some(Value::Str(src)), Some(Value::Dict(globals))) = (a.first(), a.get(1)) else {
        return Err(vm.type_error("_pg.exec(source, globals)"));
    };
    let code = crate::parser::parse(src)
        .and_then(|m| crate::compile::compile_module(&m, "<string>", src))
        .map_err(|e| vm.err(ExcKind::SyntaxError, e.msg))?;
    let func = Function::module_body(code, globals.clone(), "<module>");
    let frame = vm.new_frame(&func, Entry::Nested);
    vm.frames.push(frame);
    vm.run_nested()?;
    Ok(Value::None)
}

/// `_pg.caller()`: (file, line, function name) of the innermost frame of the
/// program's own file (logging's findCaller: the preludes' frames are skipped).
fn pg_caller(vm: &mut Vm, _n: &NativeFn, _a: Args, _kw: Kw) -> PyResult<Value> {
    let found = vm
        .frames
        .iter()
        .rev()
        .find(|f| *f.code.filename == *vm.filename)
        .map(|f| (f.code.filename.clone(), f.line(), f.code.name.clone()));
    Ok(match found {
        Some((file, line, name)) => Value::tuple(vec![
            Value::Str(file),
            Value::Int(line as i64),
            Value::Str(name),
        ]),
        None => Value::tuple(vec![
            Value::str("(unknown file)"),
            Value::Int(0),
            Value::str("(unknown function)"),
        ]),
    })
}

/// `_pg.loaded(name)`: whether module `name` has been imported.
fn pg_loaded(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(match a.first() {
        Some(Value::Str(s)) => vm.modules.contains_key(&**s),
        _ => false,
    }))
}

fn pg_agens(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let op = match a.first() {
        Some(Value::Str(s)) => s.clone(),
        _ => return Err(vm.type_error("_pg.agens(op, agen)")),
    };
    let g = match a.get(1) {
        Some(Value::Gen(g)) => Some(g.clone()),
        _ => None,
    };
    match (&*op, g) {
        ("add", Some(g)) => vm.fin.agens_add(&g),
        ("discard", Some(g)) => vm.fin.agens_discard(&g),
        ("clear", _) => vm.fin.agens_clear(),
        ("live", _) => {
            let v = vm.fin.agens_live().into_iter().map(Value::Gen).collect();
            return Ok(Value::list(v));
        }
        _ => {}
    }
    Ok(Value::None)
}
fn os_getpid(_vm: &mut Vm, _n: &NativeFn, _a: Args, _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(4242))
}

// ---------------------------------------------------------------- math

/// A METH_O function of math: one positional argument, no keywords.
fn math1(vm: &Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("math.{}() takes no keyword arguments", n.name)));
    }
    if a.len() != 1 {
        return Err(vm.type_error(format!(
            "math.{}() takes exactly one argument ({} given)",
            n.name,
            a.len()
        )));
    }
    Ok(())
}

fn m_sqrt(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    math1(vm, n, a, kw)?;
    let x = vm.to_f64(a.first().unwrap_or(&Value::None))?;
    if x < 0.0 {
        return Err(vm.err(ExcKind::ValueError, "math domain error"));
    }
    Ok(Value::Float(x.sqrt()))
}
fn m_floor(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    math1(vm, n, a, kw)?;
    let v = a.first().cloned().unwrap_or(Value::None);
    if let Value::Int(_) | Value::BigInt(_) | Value::Bool(_) = v {
        return Ok(Value::from_bigint(
            crate::ops::to_big(&v).unwrap_or_default(),
        ));
    }
    let x = vm.to_f64(&v)?;
    let r = match &*n.name {
        "floor" => x.floor(),
        "ceil" => x.ceil(),
        _ => x.trunc(),
    };
    match crate::format::float_to_int(r) {
        Some(b) => Ok(Value::from_bigint(b)),
        None => Err(vm.fmt_err(crate::format::float_to_int_error(x))),
    }
}
/// `math.modf(x)`: (fractional part, integral part), both with x's sign
/// (CPython's: an infinity gives (±0.0, ±inf), a NaN (nan, nan)).
fn m_modf(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    math1(vm, n, a, kw)?;
    let x = vm.to_f64(a.first().unwrap_or(&Value::None))?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        (x.fract().copysign(x), x.trunc())
    };
    Ok(Value::tuple_of([Value::Float(frac), Value::Float(int)]))
}
fn m_pred(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    math1(vm, n, a, kw)?;
    let x = vm.to_f64(a.first().unwrap_or(&Value::None))?;
    Ok(Value::Bool(match &*n.name {
        "isnan" => x.is_nan(),
        "isinf" => x.is_infinite(),
        _ => x.is_finite(),
    }))
}
fn m_f1(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    math1(vm, n, a, kw)?;
    let x = vm.to_f64(a.first().unwrap_or(&Value::None))?;
    let r = match &*n.name {
        "fabs" => x.abs(),
        "exp" => x.exp(),
        "log2" => x.log2(),
        "log10" => x.log10(),
        "sin" => x.sin(),
        "cos" => x.cos(),
        "tan" => x.tan(),
        "asin" => x.asin(),
        "acos" => x.acos(),
        // CPython's radToDeg and degToRad constants.
        "degrees" => x * (180.0 / std::f64::consts::PI),
        "radians" => x * (std::f64::consts::PI / 180.0),
        "sinh" => clib::sinh(x),
        "cosh" => clib::cosh(x),
        "tanh" => clib::tanh(x),
        "asinh" => clib::asinh(x),
        "acosh" => clib::acosh(x),
        "atanh" => clib::atanh(x),
        "expm1" => clib::expm1(x),
        "log1p" => clib::log1p(x),
        "exp2" => clib::exp2(x),
        "cbrt" => clib::cbrt(x),
        "ulp" => {
            // math_ulp: the gap to the next float away from zero.
            let x = x.abs();
            if !x.is_finite() {
                return Ok(Value::Float(x));
            }
            let up = next_after(x, f64::INFINITY);
            return Ok(Value::Float(if up.is_infinite() {
                x - next_after(x, 0.0)
            } else {
                up - x
            }));
        }
        _ => x.atan(),
    };
    if r.is_nan() && !x.is_nan() {
        return Err(vm.err(ExcKind::ValueError, "math domain error"));
    }
    if r.is_infinite() && x.is_finite() {
        // math_1's can_overflow: a range error for these, a domain error otherwise.
        if matches!(&*n.name, "exp" | "expm1" | "sinh" | "cosh" | "exp2") {
            return Err(vm.err(ExcKind::OverflowError, "math range error"));
        }
        return Err(vm.err(ExcKind::ValueError, "math domain error"));
    }
    Ok(Value::Float(r))
}
/// The natural log of `v`, as CPython's loghelper: an int too big for a
/// float is taken as x * 2**e (x correctly rounded) and logged in pieces.
fn log_of(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Value::BigInt(b) = v {
        if b.sign() != num_bigint::Sign::Plus {
            return Err(vm.err(ExcKind::ValueError, "math domain error"));
        }
        let bits = b.bits();
        if bits > 1000 {
            // The top 55 bits, a sticky bit for the rest: one rounding to 53.
            let shift = bits - 55;
            let top: num_bigint::BigInt = &**b >> shift;
            let mut m = num_traits::ToPrimitive::to_u64(&top).unwrap_or(0);
            if b.trailing_zeros().unwrap_or(0) < shift {
                m |= 1;
            }
            let x = m as f64 / (1u64 << 55) as f64;
            return Ok(x.ln() + std::f64::consts::LN_2 * bits as f64);
        }
    }
    let x = vm.to_f64(v)?;
    if x <= 0.0 {
        return Err(vm.err(ExcKind::ValueError, "math domain error"));
    }
    Ok(x.ln())
}
fn m_log(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let x = log_of(vm, a.first().unwrap_or(&Value::None))?;
    match a.get(1) {
        Some(b) => {
            let b = log_of(vm, b)?;
            if b == 0.0 {
                return Err(vm.err(ExcKind::ZeroDivisionError, "float division by zero"));
            }
            Ok(Value::Float(x / b))
        }
        None => Ok(Value::Float(x)),
    }
}
fn m_gcd(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let lcm = &*n.name == "lcm";
    let mut g = num_bigint::BigInt::from(if lcm { 1 } else { 0 });
    for v in a {
        let x = big_arg(vm, v)?;
        g = if lcm {
            num_traits::Signed::abs(&num_integer::Integer::lcm(&g, &x))
        } else {
            num_integer::Integer::gcd(&g, &x)
        };
    }
    Ok(Value::from_bigint(g))
}
fn big_arg(vm: &Vm, v: &Value) -> PyResult<num_bigint::BigInt> {
    crate::ops::to_big(v)
        .filter(|_| !matches!(v, Value::Float(_)))
        .ok_or_else(|| {
            vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            ))
        })
}
/// atan2, copysign, fmod, pow: two floats (math_2 and math_pow's special cases).
fn m_f2(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("math.{}() takes no keyword arguments", n.name)));
    }
    if a.len() != 2 {
        return Err(vm.type_error(format!("{} expected 2 arguments, got {}", n.name, a.len())));
    }
    let (x, y) = (vm.to_f64(&a[0])?, vm.to_f64(&a[1])?);
    let r = match &*n.name {
        // atan2(y, x): the first argument is y.
        "atan2" => x.atan2(y),
        "copysign" => x.copysign(y),
        "nextafter" => return Ok(Value::Float(next_after(x, y))),
        "remainder" => {
            // m_remainder: x - n*y, n the integer nearest x/y (ties to even).
            if x.is_finite() && y.is_finite() {
                if y == 0.0 {
                    return Err(vm.err(ExcKind::ValueError, "math domain error"));
                }
                let (ax, ay) = (x.abs(), y.abs());
                let m = ax % ay;
                let c = ay - m;
                let r = if m < c {
                    m
                } else if m > c {
                    -c
                } else {
                    m - 2.0 * ((0.5 * (ax - m)) % ay)
                };
                return Ok(Value::Float(1f64.copysign(x) * r));
            }
            if x.is_nan() {
                return Ok(Value::Float(x));
            }
            if y.is_nan() {
                return Ok(Value::Float(y));
            }
            if x.is_infinite() {
                return Err(vm.err(ExcKind::ValueError, "math domain error"));
            }
            return Ok(Value::Float(x));
        }
        "fmod" => {
            if y.is_infinite() && x.is_finite() {
                x
            } else {
                x % y
            }
        }
        _ => {
            if x == 0.0 && y < 0.0 && y.is_finite() {
                return Err(vm.err(ExcKind::ValueError, "math domain error"));
            }
            x.powf(y)
        }
    };
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(vm.err(ExcKind::ValueError, "math domain error"));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.err(ExcKind::OverflowError, "math range error"));
    }
    Ok(Value::Float(r))
}
fn m_isqrt(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    math1(vm, n, a, kw)?;
    let x = big_arg(vm, &a[0])?;
    if x.sign() == num_bigint::Sign::Minus {
        return Err(vm.err(ExcKind::ValueError, "isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(x.sqrt()))
}
/// comb(n, k) and perm(n, k=None).
fn m_comb(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", n.name)));
    }
    let perm = &*n.name == "perm";
    let (lo, hi) = if perm { (1, 2) } else { (2, 2) };
    if a.len() < lo || a.len() > hi {
        return Err(vm.type_error(if lo == hi {
            format!("{} expected {} arguments, got {}", n.name, lo, a.len())
        } else if a.len() < lo {
            format!(
                "{} expected at least {} argument, got {}",
                n.name,
                lo,
                a.len()
            )
        } else {
            format!(
                "{} expected at most {} arguments, got {}",
                n.name,
                hi,
                a.len()
            )
        }));
    }
    let big_n = big_arg(vm, &a[0])?;
    let k = match a.get(1) {
        Some(v) if !v.is_none() => big_arg(vm, v)?,
        _ => big_n.clone(),
    };
    if big_n.sign() == num_bigint::Sign::Minus {
        return Err(vm.err(ExcKind::ValueError, "n must be a non-negative integer"));
    }
    if k.sign() == num_bigint::Sign::Minus {
        return Err(vm.err(ExcKind::ValueError, "k must be a non-negative integer"));
    }
    if k > big_n {
        return Ok(Value::Int(0));
    }
    let k = if !perm && &big_n - &k < k {
        &big_n - &k
    } else {
        k
    };
    let Some(k) = num_traits::ToPrimitive::to_u64(&k).filter(|&k| k <= i64::MAX as u64) else {
        return Err(vm.err(
            ExcKind::OverflowError,
            "min(n - k, k) must not exceed 9223372036854775807",
        ));
    };
    // The result has about k * bits(n) bits: the memory limit says no first.
    let bits = k.saturating_mul(big_n.bits().max(1));
    vm.check_alloc((bits / 64) as usize)?;
    let mut r = num_bigint::BigInt::from(1);
    for i in 0..k {
        // Each step counts (a long product is stopped by the step budget).
        vm.native_steps(1)?;
        r *= &big_n - i;
        if !perm {
            r /= i + 1;
        }
    }
    Ok(Value::from_bigint(r))
}
/// prod(iterable, *, start=1): `*` over the items.
fn m_prod(vm: &mut Vm, _n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    if a.len() != 1 {
        return Err(vm.type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            a.len()
        )));
    }
    let mut acc = match kw.iter().find(|(k, _)| &**k == "start") {
        Some((_, v)) => v.clone(),
        None => Value::Int(1),
    };
    for x in vm.iterate(&a[0])? {
        acc = vm.binary_op(crate::ast::BinOp::Mul, &acc, &x, false)?;
    }
    Ok(acc)
}
fn m_factorial(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    math1(vm, n, a, kw)?;
    let n = vm.index_of(a.first().unwrap_or(&Value::None))?;
    if n < 0 {
        return Err(vm.err(
            ExcKind::ValueError,
            "factorial() not defined for negative values",
        ));
    }
    if n > 20000 {
        return Err(vm.err(ExcKind::MemoryError, ""));
    }
    let mut r = num_bigint::BigInt::from(1);
    for i in 2..=n {
        r *= i;
    }
    Ok(Value::from_bigint(r))
}
fn m_hypot(vm: &mut Vm, _n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("hypot() takes no keyword arguments"));
    }
    let mut v = Vec::with_capacity(a.len());
    for x in a {
        v.push(vm.to_f64(x)?.abs());
    }
    Ok(Value::Float(vector_norm(v)))
}
/// dist(p, q): the Euclidean distance of two points of one dimension.
fn m_dist(vm: &mut Vm, _n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("dist() takes no keyword arguments"));
    }
    if a.len() != 2 {
        return Err(vm.type_error(format!("dist expected 2 arguments, got {}", a.len())));
    }
    let mut pts = Vec::new();
    for p in a {
        pts.push(vm.iterate(p)?);
    }
    if pts[0].len() != pts[1].len() {
        return Err(vm.err(
            ExcKind::ValueError,
            "both points must have the same number of dimensions",
        ));
    }
    let mut v = Vec::with_capacity(pts[0].len());
    for (p, q) in pts[0].iter().zip(&pts[1]) {
        v.push((vm.to_f64(p)? - vm.to_f64(q)?).abs());
    }
    Ok(Value::Float(vector_norm(v)))
}
/// CPython 3.11's `vector_norm` (mathmodule.c): the norm of |values|,
/// correctly rounded in all but rare cases (hypot and dist).
fn vector_norm(mut vec: Vec<f64>) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for &x in &vec {
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
    }
    norm_scaled(&mut vec, max, found_nan)
}
fn norm_scaled(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134217729.0; // 2**27 + 1
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * norm_scaled(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = ldexp_exact(1.0, -max_e);
    let (mut csum, mut frac) = (1.0f64, 0.0f64);
    let add = |csum: &mut f64, frac: &mut f64, x: f64| {
        let old = *csum;
        *csum += x;
        *frac += (old - *csum) + x;
    };
    for &x in vec.iter() {
        let x = x * scale;
        let t = x * T27;
        let hi = t - (t - x);
        let lo = x - hi;
        add(&mut csum, &mut frac, hi * hi);
        add(&mut csum, &mut frac, 2.0 * hi * lo);
        add(&mut csum, &mut frac, lo * lo);
    }
    let h = (csum - 1.0 + frac).sqrt();
    let t = h * T27;
    let hi = t - (t - h);
    let lo = h - hi;
    add(&mut csum, &mut frac, -hi * hi);
    add(&mut csum, &mut frac, -2.0 * hi * lo);
    add(&mut csum, &mut frac, -lo * lo);
    let x = csum - 1.0 + frac;
    (h + x / (2.0 * h)) / scale
}
/// The C library's functions (CPython calls libm's): Rust's own differ in
/// the last digit for some (its `cbrt` is correctly rounded, glibc's says
/// `cbrt(27.0)` is 3.0000000000000004). The page (wasm) has Rust's.
#[cfg(not(target_arch = "wasm32"))]
mod clib {
    mod c {
        extern "C" {
            pub fn sinh(x: f64) -> f64;
            pub fn cosh(x: f64) -> f64;
            pub fn tanh(x: f64) -> f64;
            pub fn asinh(x: f64) -> f64;
            pub fn acosh(x: f64) -> f64;
            pub fn atanh(x: f64) -> f64;
            pub fn expm1(x: f64) -> f64;
            pub fn log1p(x: f64) -> f64;
            pub fn exp2(x: f64) -> f64;
        }
    }
    macro_rules! wrap {
        ($($f:ident),*) => {$(
            pub fn $f(x: f64) -> f64 {
                // SAFETY: a pure libm function of one double.
                unsafe { c::$f(x) }
            }
        )*};
    }
    wrap!(sinh, cosh, tanh, asinh, acosh, atanh, expm1, log1p, exp2);
    pub(super) use super::glibc_cbrt as cbrt;
}
#[cfg(target_arch = "wasm32")]
mod clib {
    pub fn sinh(x: f64) -> f64 {
        x.sinh()
    }
    pub fn cosh(x: f64) -> f64 {
        x.cosh()
    }
    pub fn tanh(x: f64) -> f64 {
        x.tanh()
    }
    pub fn asinh(x: f64) -> f64 {
        x.asinh()
    }
    pub fn acosh(x: f64) -> f64 {
        x.acosh()
    }
    pub fn atanh(x: f64) -> f64 {
        x.atanh()
    }
    pub fn expm1(x: f64) -> f64 {
        x.exp_m1()
    }
    pub fn log1p(x: f64) -> f64 {
        x.ln_1p()
    }
    pub fn exp2(x: f64) -> f64 {
        x.exp2()
    }
    pub(super) use super::glibc_cbrt as cbrt;
}
/// glibc's `cbrt` (sysdeps/ieee754/dbl-64/s_cbrt.c): the binary's own
/// `cbrt` symbol is compiler-builtins' (correctly rounded), not libm's, and
/// the page has no glibc: the same digits everywhere.
#[allow(clippy::excessive_precision)]
fn glibc_cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.2599210498948731648; // 2^(1/3)
    const SQR_CBRT2: f64 = 1.5874010519681994748; // 2^(2/3)
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    let (xm, xe) = frexp(x.abs());
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let u = 0.354895765043919860
        + ((1.50819193781584896
            + ((-2.11499494167371287
                + ((2.44693122563534430
                    + ((-1.83469277483613086
                        + (0.784932344976639262 - 0.145263899385486377 * xm) * xm)
                        * xm))
                    * xm))
                * xm))
            * xm);
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    ldexp_exact(if x > 0.0 { ym } else { -ym }, xe / 3)
}

/// C's nextafter: the next float after x toward y.
fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let b = x.to_bits();
    let away = (y > x) == (x > 0.0);
    f64::from_bits(if away { b + 1 } else { b - 1 })
}
/// C's frexp: x = m * 2**e with 0.5 <= |m| < 1 (x itself for 0, inf, nan; e 0).
fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, adj) = if x.abs() < f64::MIN_POSITIVE {
        (x * 2f64.powi(54), -54)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i32 - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e + adj)
}
/// C's ldexp, correctly rounded (None: the result overflows).
fn ldexp_checked(x: f64, i: i64) -> Option<f64> {
    if x == 0.0 || !x.is_finite() {
        return Some(x);
    }
    let (m, e) = frexp(x);
    let e = e as i64 + i.clamp(-10_000, 10_000);
    if e > 1024 {
        return None;
    }
    if e >= -1021 {
        let bits = m.to_bits();
        let b = (bits & !(0x7ffu64 << 52)) | (((e + 1022) as u64) << 52);
        return Some(f64::from_bits(b));
    }
    // Subnormal: the 53-bit mantissa shifted right, rounded half to even.
    let mant = (m.abs() * 2f64.powi(53)) as u64;
    let shift = (-1021 - e) as u32;
    let r = if shift >= 64 {
        0
    } else {
        let q = mant >> shift;
        let rem = mant & ((1u64 << shift) - 1);
        let half = 1u64 << (shift - 1);
        if rem > half || (rem == half && q & 1 == 1) {
            q + 1
        } else {
            q
        }
    };
    // r < 2^53: its bits are the subnormal r * 2^-1074 (2^52 is the least normal).
    Some(f64::from_bits(r).copysign(x))
}
fn ldexp_exact(x: f64, i: i32) -> f64 {
    ldexp_checked(x, i as i64).unwrap_or(f64::INFINITY)
}
fn m_frexp(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    math1(vm, n, a, kw)?;
    let (m, e) = frexp(vm.to_f64(&a[0])?);
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}
fn m_ldexp(vm: &mut Vm, _n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("math.ldexp() takes no keyword arguments"));
    }
    if a.len() != 2 {
        return Err(vm.type_error(format!("ldexp expected 2 arguments, got {}", a.len())));
    }
    let x = vm.to_f64(&a[0])?;
    let i = match &a[1] {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(b) => {
            if b.sign() == num_bigint::Sign::Minus {
                -10_000
            } else {
                10_000
            }
        }
        _ => return Err(vm.type_error("Expected an int as second argument to ldexp.")),
    };
    match ldexp_checked(x, i) {
        Some(r) => Ok(Value::Float(r)),
        None => Err(vm.err(ExcKind::OverflowError, "math range error")),
    }
}
/// fsum(iterable): CPython's msum (Shewchuk's partials, half-even across them).
fn m_fsum(vm: &mut Vm, n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    math1(vm, n, a, kw)?;
    let items = vm.iterate(&a[0])?;
    let mut p: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    let mut lo = 0.0f64;
    for item in &items {
        let mut x = vm.to_f64(item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(vm.err(ExcKind::OverflowError, "intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.err(ExcKind::ValueError, "-inf + inf in fsum"));
        }
        return Ok(Value::Float(special_sum));
    }
    let mut hi = 0.0f64;
    let mut n = p.len();
    if n > 0 {
        n -= 1;
        hi = p[n];
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}
fn m_isclose(vm: &mut Vm, _n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    for (i, name) in ["a", "b"].into_iter().enumerate() {
        if a.get(i).is_none() {
            return Err(vm.type_error(format!(
                "isclose() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    let x = vm.to_f64(&a[0])?;
    let y = vm.to_f64(&a[1])?;
    let rel = match kw.iter().find(|(k, _)| &**k == "rel_tol") {
        Some((_, v)) => vm.to_f64(v)?,
        None => 1e-9,
    };
    let abs = match kw.iter().find(|(k, _)| &**k == "abs_tol") {
        Some((_, v)) => vm.to_f64(v)?,
        None => 0.0,
    };
    Ok(Value::Bool(
        x == y || (x - y).abs() <= (rel * x.abs().max(y.abs())).max(abs),
    ))
}

/// Reads the asyncio prelude's code now, if no run has yet (the page's
/// warm-up does it in a task of its own).
pub fn precompile_asyncio() {
    let _ = crate::preludes::code("asyncio");
}

// ---------------------------------------------------------------- itertools

fn iter_value(it: IterObj) -> Value {
    Value::Iter(Rc::new(RefCell::new(it)))
}
fn it_repeat(vm: &mut Vm, _n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    let v = a.first().cloned().unwrap_or(Value::None);
    let times = a
        .get(1)
        .or_else(|| kw.iter().find(|(k, _)| &**k == "times").map(|(_, v)| v));
    let left = match times {
        Some(t) => Some(vm.index_of(t)?.max(0)),
        None => None,
    };
    Ok(iter_value(IterObj::Repeat { v, left }))
}
fn it_count(vm: &mut Vm, _n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    let a = &bind_kw(
        vm,
        a,
        kw,
        "count",
        &[("start", Value::Int(0)), ("step", Value::Int(1))],
    )?[..];
    Ok(iter_value(IterObj::Count {
        n: a.first().cloned().unwrap_or(Value::Int(0)),
        step: a.get(1).cloned().unwrap_or(Value::Int(1)),
    }))
}
fn it_cycle(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let it = vm.get_iter(a.first().unwrap_or(&Value::None))?;
    Ok(iter_value(IterObj::Cycle {
        it: Some(it),
        saved: vec![],
        i: 0,
    }))
}
fn it_islice(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    if a.len() < 2 || a.len() > 4 {
        return Err(vm.type_error(format!(
            "islice expected {} 2 arguments, got {}",
            if a.len() < 2 { "at least" } else { "at most" },
            a.len()
        )));
    }
    // islice_new: PyNumber_AsSsize_t with the error cleared (-1).
    let ssize = |vm: &mut Vm, v: &Value| -> i64 {
        match v {
            Value::BigInt(_) => -1,
            _ => vm.index_of(v).unwrap_or(-1),
        }
    };
    const STOP: &str =
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let (mut start, mut stop, mut step) = (0i64, -1i64, 1i64);
    if a.len() == 2 {
        if !a[1].is_none() {
            stop = ssize(vm, &a[1]);
            if stop == -1 {
                return Err(vm.err(ExcKind::ValueError, STOP));
            }
        }
    } else {
        if !a[1].is_none() {
            start = ssize(vm, &a[1]);
        }
        if !a[2].is_none() {
            stop = ssize(vm, &a[2]);
            if stop == -1 {
                return Err(vm.err(ExcKind::ValueError, STOP));
            }
        }
    }
    if start < 0 || stop < -1 {
        return Err(vm.err(
            ExcKind::ValueError,
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
        ));
    }
    if let Some(v) = a.get(3) {
        if !v.is_none() {
            step = ssize(vm, v);
        }
    }
    if step < 1 {
        return Err(vm.err(
            ExcKind::ValueError,
            "Step for islice() must be a positive integer or None.",
        ));
    }
    let it = vm.get_iter(&a[0])?;
    Ok(iter_value(IterObj::Islice {
        it,
        next: start,
        stop: if stop == -1 { None } else { Some(stop) },
        step,
        i: 0,
    }))
}
fn it_chain(_vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    Ok(iter_value(IterObj::Chain {
        its: a.to_vec(),
        i: 0,
        src: None,
    }))
}
fn it_chain_from_iterable(vm: &mut Vm, n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    if a.len() != 1 {
        return Err(vm.type_error(format!(
            "{}() takes exactly one argument ({} given)",
            n.name,
            a.len()
        )));
    }
    let src = vm.get_iter(&a[0])?;
    Ok(iter_value(IterObj::Chain {
        its: Vec::new(),
        i: 0,
        src: Some(src),
    }))
}
/// `chain.from_iterable`, the one attribute of `itertools.chain`.
pub fn chain_attr(name: &str) -> Option<Value> {
    (name == "from_iterable").then(|| native("from_iterable", it_chain_from_iterable))
}

// ---------------------------------------------------------------- heapq

fn heap_list(vm: &Vm, v: Option<&Value>) -> PyResult<Rc<ListObj>> {
    match v {
        Some(Value::List(l)) => Ok(l.clone()),
        _ => Err(vm.type_error("heap argument must be a list")),
    }
}
/// `_siftdown` moving values, not copies, while the leading numbers decide
/// (`quick_lt`). Err(pos): stopped at `pos` (the heap whole again) where
/// Python's comparison must decide.
fn sift_down_quick(h: &mut [Value], start: usize, mut pos: usize) -> Result<(), usize> {
    let item = std::mem::replace(&mut h[pos], Value::None);
    while pos > start {
        let parent = (pos - 1) >> 1;
        match quick_lt(&item, &h[parent]) {
            Some(true) => {
                h[pos] = std::mem::replace(&mut h[parent], Value::None);
                pos = parent;
            }
            Some(false) => break,
            None => {
                h[pos] = item;
                return Err(pos);
            }
        }
    }
    h[pos] = item;
    Ok(())
}

/// `_siftup`'s descent to a leaf (the smaller child moves up each level),
/// moving values while `quick_lt` decides. Err(pos, child): the heap is
/// whole with the item at `pos`, whose children Python's comparison must
/// order. Ok(pos): the item is at leaf `pos`.
fn sift_up_quick(h: &mut [Value], mut pos: usize) -> Result<usize, usize> {
    let end = h.len();
    let item = std::mem::replace(&mut h[pos], Value::None);
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end {
            match quick_lt(&h[child], &h[right]) {
                Some(true) => {}
                Some(false) => child = right,
                None => {
                    h[pos] = item;
                    return Err(pos);
                }
            }
        }
        h[pos] = std::mem::replace(&mut h[child], Value::None);
        pos = child;
        child = 2 * pos + 1;
    }
    h[pos] = item;
    Ok(pos)
}

fn sift_down(vm: &mut Vm, h: &Rc<ListObj>, start: usize, pos: usize) -> PyResult<()> {
    let r = sift_down_quick(&mut h.borrow_mut(), start, pos);
    match r {
        Ok(()) => Ok(()),
        Err(pos) => sift_down_slow(vm, h, start, pos),
    }
}

fn sift_down_slow(vm: &mut Vm, h: &Rc<ListObj>, start: usize, mut pos: usize) -> PyResult<()> {
    let item = h.borrow()[pos].clone();
    while pos > start {
        let parent = (pos - 1) >> 1;
        let p = h.borrow()[parent].clone();
        let lt = match quick_lt(&item, &p) {
            Some(lt) => lt,
            None => vm.lt(&item, &p)?,
        };
        if lt {
            h.borrow_mut()[pos] = p;
            pos = parent;
            continue;
        }
        break;
    }
    h.borrow_mut()[pos] = item;
    Ok(())
}

/// `a < b` for heap entries whose order shows in their leading numbers (the
/// loop's `(when, seq, handle)`, `(priority, item)`): None when it takes
/// Python's comparison (a tie past the numbers, other types, NaN).
#[inline]
fn quick_lt(a: &Value, b: &Value) -> Option<bool> {
    let num = |x: &Value, y: &Value| -> Option<std::cmp::Ordering> {
        match (x, y) {
            (Value::Int(p), Value::Int(q)) => Some(p.cmp(q)),
            (Value::Float(p), Value::Float(q)) => p.partial_cmp(q),
            _ => None,
        }
    };
    match (a, b) {
        (Value::Tuple(x), Value::Tuple(y)) => {
            for (p, q) in x.iter().zip(y.iter()).take(2) {
                match num(p, q)? {
                    std::cmp::Ordering::Equal => continue,
                    o => return Some(o.is_lt()),
                }
            }
            None
        }
        _ => num(a, b).map(|o| o.is_lt()),
    }
}
fn sift_up(vm: &mut Vm, h: &Rc<ListObj>, start: usize) -> PyResult<()> {
    let r = sift_up_quick(&mut h.borrow_mut(), start);
    match r {
        Ok(leaf) => sift_down(vm, h, start, leaf),
        Err(pos) => sift_up_slow(vm, h, start, pos),
    }
}

/// `_siftup` from `pos` on (the item that started at `start` is at `pos`).
fn sift_up_slow(vm: &mut Vm, h: &Rc<ListObj>, start: usize, mut pos: usize) -> PyResult<()> {
    let end = h.borrow().len();
    let item = h.borrow()[pos].clone();
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end {
            let quick = {
                let hb = h.borrow();
                quick_lt(&hb[child], &hb[right])
            };
            let lt = match quick {
                Some(lt) => lt,
                None => {
                    let (c, r) = (h.borrow()[child].clone(), h.borrow()[right].clone());
                    vm.lt(&c, &r)?
                }
            };
            if !lt {
                child = right;
            }
        }
        let c = h.borrow()[child].clone();
        h.borrow_mut()[pos] = c;
        pos = child;
        child = 2 * pos + 1;
    }
    h.borrow_mut()[pos] = item;
    sift_down(vm, h, start, pos)
}
fn h_push(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let h = heap_list(vm, a.first())?;
    h.borrow_mut()
        .push(a.get(1).cloned().unwrap_or(Value::None));
    let n = h.borrow().len();
    sift_down(vm, &h, 0, n - 1)?;
    Ok(Value::None)
}
fn h_pop(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let h = heap_list(vm, a.first())?;
    let last = h.borrow_mut().pop();
    let Some(last) = last else {
        return Err(vm.err(ExcKind::IndexError, "index out of range"));
    };
    if h.borrow().is_empty() {
        return Ok(last);
    }
    let ret = std::mem::replace(&mut h.borrow_mut()[0], last);
    sift_up(vm, &h, 0)?;
    Ok(ret)
}
fn h_heapify(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let h = heap_list(vm, a.first())?;
    let n = h.borrow().len();
    for i in (0..n / 2).rev() {
        sift_up(vm, &h, i)?;
    }
    Ok(Value::None)
}

// ---------------------------------------------------------------- _pg

fn pg_select(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let t = vm.to_f64(a.first().unwrap_or(&Value::Float(0.0)))?;
    vm.pending_pause = Some(Pause::Select(t));
    Ok(Value::None)
}
fn pg_event(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    if let Some(Value::Str(kind)) = a.first() {
        vm.trace_event(kind, &a[1..]);
    }
    Ok(Value::None)
}
/// asyncio.iscoroutine (3.11): a coroutine, a generator, or an object with
/// collections.abc.Coroutine's methods (anext()'s awaitables have them).
fn pg_iscoroutine(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(match a.first() {
        Some(Value::Gen(g)) => g.kind != GenKind::AsyncGenerator,
        Some(Value::ASend(_)) => true,
        Some(v @ Value::Instance(_)) => {
            let mut all = true;
            for m in ["__await__", "send", "throw", "close"] {
                all &= vm.special(v, &crate::omap::intern(m)).is_some();
            }
            all
        }
        _ => false,
    }))
}
fn sys_set_max_digits(vm: &mut Vm, _n: &NativeFn, a: Args, kw: Kw) -> PyResult<Value> {
    let v = match (a.first(), kw.first()) {
        (Some(v), None) if a.len() == 1 => v.clone(),
        (None, Some((k, v))) if kw.len() == 1 && &**k == "maxdigits" => v.clone(),
        _ => {
            return Err(vm.type_error(format!(
                "set_int_max_str_digits() takes exactly one argument ({} given)",
                a.len() + kw.len()
            )))
        }
    };
    let n = match v {
        Value::Int(n) => n,
        Value::Bool(b) => b as i64,
        other => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(&other)
            )))
        }
    };
    if n != 0 && n < 640 {
        return Err(vm.err(
            ExcKind::ValueError,
            "maxdigits must be 0 or larger than 640",
        ));
    }
    crate::format::set_max_str_digits(n as usize);
    Ok(Value::None)
}

fn sys_get_max_digits(_vm: &mut Vm, _n: &NativeFn, _a: Args, _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(crate::format::max_str_digits() as i64))
}

fn pg_coro_info(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    match a.first() {
        Some(Value::Gen(g)) => {
            // A running coroutine's frame is on the VM's stack, not in the object.
            let running = vm.frames.iter().rev().find_map(|f| match &f.entry {
                crate::vm::Entry::Gen(gg, _) if Rc::ptr_eq(gg, g) => Some(f.line()),
                _ => None,
            });
            let line = match (&*g.frame.borrow(), running) {
                (_, Some(line)) => line,
                (Some(f), _) if g.started.get() => f.line(),
                _ => g.code.first_line,
            };
            Ok(Value::tuple(vec![
                Value::Str(g.qualname.clone()),
                Value::Str(g.code.filename.clone()),
                Value::Int(line as i64),
            ]))
        }
        _ => Ok(Value::None),
    }
}

/// `_pg.on_unretrieved(f)`: `f(fut)` is called for a future freed with an
/// exception nobody retrieved (CPython's `Future.__del__`: "Task exception
/// was never retrieved"; see `finalize.rs`).
fn pg_on_unretrieved(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    vm.unretrieved_hook = a.first().cloned();
    Ok(Value::None)
}

/// `_pg.format_exception(exc)`: the traceback pyref prints for `exc` (the
/// program's own frames), for the loop's exception handler's log.
fn pg_format_exception(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    let e = a.first().cloned().unwrap_or(Value::None);
    Ok(Value::string(vm.format_traceback(&e)))
}

/// `_pg.watch_unretrieved(fut)`: `fut` was given an exception; if it is still
/// alive at exit with the exception unretrieved, it is logged then (CPython's
/// last collection runs its `__del__`).
fn pg_watch_unretrieved(vm: &mut Vm, _n: &NativeFn, a: Args, _kw: Kw) -> PyResult<Value> {
    if let Some(Value::Instance(i)) = a.first() {
        vm.fin.watch(i);
    }
    Ok(Value::None)
}
