//! The end of a run: every object the program made is garbage, but reference
//! cycles (a function and its module's globals, a class and its methods, an
//! object that refers to itself) would keep it alive forever, since `Rc` has no
//! cycle collector. A page runs many programs in one process, so each run would
//! leak its heap (and the asyncio prelude's) and count it against the next run's
//! memory limit. [`sweep`] empties every container reachable from the roots, one
//! at a time with an explicit work list (a 10^6-deep nested list is flattened,
//! not dropped recursively, which would overflow the native stack).

use crate::value::*;
use crate::vm::Frame;

/// Empties everything reachable from `roots` (see the module doc).
/// `keep`: the addresses of the interpreter's own classes (not the program's).
pub fn sweep(roots: Vec<Value>, frames: Vec<Box<Frame>>, keep: &std::collections::HashSet<usize>) {
    let mut work: Vec<Value> = roots;
    for mut f in frames {
        take_frame(&mut f, &mut work);
    }
    while let Some(v) = work.pop() {
        take(&v, &mut work, keep);
        // `v` is dropped here, shallow: its contents are on the work list.
    }
}

fn take_frame(f: &mut Frame, work: &mut Vec<Value>) {
    work.extend(std::mem::take(&mut f.stack));
    work.extend(std::mem::take(&mut f.locals).into_iter().flatten());
    work.extend(std::mem::take(&mut f.exc_stack));
    for c in std::mem::take(&mut f.cells) {
        work.extend(c.borrow_mut().take());
    }
    work.push(Value::Dict(f.globals.clone()));
    if let Some(ns) = f.ns.take() {
        work.push(Value::Dict(ns));
    }
}

fn take_dict(d: &DictObj, work: &mut Vec<Value>) {
    let m = std::mem::take(&mut *d.map.borrow_mut());
    for (k, v) in m {
        work.push(k.0);
        work.push(v);
    }
    if let Some(f) = &d.default {
        work.push(f.clone());
    }
}

fn take(v: &Value, work: &mut Vec<Value>, keep: &std::collections::HashSet<usize>) {
    match v {
        Value::List(l) => work.append(&mut l.borrow_mut()),
        Value::Tuple(t) => work.extend(t.iter().cloned()),
        Value::Dict(d) => take_dict(d, work),
        Value::Set(s) => {
            let mut set = s.set.borrow_mut();
            work.extend(set.values());
            set.clear();
        }
        Value::Deque(d) => work.extend(std::mem::take(&mut d.borrow_mut().items)),
        Value::Func(f) => {
            work.push(Value::Dict(f.globals.clone()));
            work.extend(f.defaults.iter().cloned());
            work.extend(f.kwdefaults.iter().map(|(_, v)| v.clone()));
            for c in &f.closure {
                work.extend(c.borrow_mut().take());
            }
            if let Some(d) = f.dict.borrow_mut().take() {
                work.push(Value::Dict(d));
            }
        }
        Value::Native(n) => work.push(n.data.clone()),
        Value::NativeMethod(m) => {
            work.push(m.0.clone());
            work.push(m.1.data.clone());
        }
        Value::Method(m) => {
            work.push(m.0.clone());
            work.push(m.1.clone());
        }
        Value::Class(c) => {
            // Built-in classes belong to the interpreter, not to the program.
            if !keep.contains(&v.id()) {
                let d = std::mem::take(&mut *c.dict.borrow_mut());
                work.extend(d.into_iter().map(|(_, v)| v));
                c.mro.borrow_mut().clear();
                c.cache.clear();
            }
        }
        Value::Instance(i) => {
            let vals = i.dict.borrow_mut().take_values();
            work.extend(vals);
            if let Some(e) = &i.exc {
                let mut e = e.borrow_mut();
                work.extend(std::mem::take(&mut e.args));
                work.extend(e.context.take());
                work.extend(e.cause.take());
                work.append(&mut e.frames_kept);
            }
            work.push(Value::Class(i.class.borrow().clone()));
        }
        Value::Gen(g) => {
            if let Some(mut f) = g.frame.borrow_mut().take() {
                take_frame(&mut f, work);
            }
        }
        Value::Iter(it) => {
            let old = std::mem::replace(&mut *it.borrow_mut(), IterObj::Done);
            match old {
                IterObj::Seq { seq: x, .. } | IterObj::Reversed { seq: x, .. } => work.push(x),
                IterObj::DictKeys { d, .. }
                | IterObj::DictValues { d, .. }
                | IterObj::DictItems { d, .. } => work.push(Value::Dict(d)),
                IterObj::Set { set, .. } => work.push(Value::Set(set)),
                IterObj::Enumerate { it, n } => work.extend([it, n]),
                IterObj::Zip { its, .. } => work.extend(its),
                IterObj::Map { f, its } => {
                    work.push(f);
                    work.extend(its);
                }
                IterObj::Filter { f, it } | IterObj::Callable { f, sentinel: it } => {
                    work.extend([f, it])
                }
                IterObj::Count { n, step } => work.extend([n, step]),
                IterObj::FutureAwait { fut, .. } => work.push(fut),
                IterObj::CoroWrapper(g) => work.push(Value::Gen(g)),
                IterObj::Repeat { v, .. } => work.push(v),
                IterObj::Cycle { it, saved, .. } => {
                    work.extend(it);
                    work.extend(saved);
                }
                IterObj::Islice { it, .. } => work.push(it),
                IterObj::Chain { its, src, .. } => {
                    work.extend(its);
                    work.extend(src);
                }
                IterObj::Range { .. } | IterObj::Str { .. } | IterObj::Done => {}
            }
        }
        Value::Module(m) => take_dict(&m.dict, work),
        Value::Property(p) => work.extend(p.iter().cloned()),
        Value::StaticMethod(f) | Value::ClassMethod(f) => work.push((**f).clone()),
        Value::Super(s) => {
            work.push(Value::Class(s.0.clone()));
            work.push(s.1.clone());
        }
        Value::Cell(c) => work.extend(c.borrow_mut().take()),
        Value::DictView(d) => work.push(Value::Dict(d.0.clone())),
        Value::ASend(a) => {
            work.push(Value::Gen(a.gen.clone()));
            work.push(a.value.clone());
        }
        Value::None
        | Value::NotImplemented
        | Value::Ellipsis
        | Value::Bool(_)
        | Value::Int(_)
        | Value::BigInt(_)
        | Value::Float(_)
        | Value::Str(_)
        | Value::Bytes(_)
        | Value::Range(_)
        | Value::Slice(_)
        | Value::Traceback(_)
        | Value::Code(_) => {}
    }
}
