//! The run loop: executes the top frame's ops until the base frame returns
//! or the run pauses.

use crate::code::{CodeKind, Op};
use crate::omap::OMap;
use crate::types::ExcKind;
use crate::value::*;
use crate::vm::*;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// How many ops run between two checks of the budgets.
const CHECK_EVERY: u64 = 1024;

impl Vm {
    /// Runs until the base frame (Module or Nested entry) returns, an
    /// exception escapes it, or the run pauses (only when not nested).
    pub fn run(&mut self) -> PyResult<RunEnd> {
        // The countdown to the next check survives across calls: a program
        // whose every run is short (a loop around `time.sleep`, a nested call
        // per `next()`) still has its steps counted and its limits checked.
        let mut countdown = self.countdown;
        let r = self.run_loop(&mut countdown);
        self.countdown = countdown;
        r
    }

    /// Counts `n` steps done by native code (a native loop over an endless
    /// iterator runs no op): the same checks as the run loop's.
    pub fn native_steps(&mut self, n: u64) -> PyResult<()> {
        if self.countdown > n {
            self.countdown -= n;
            return Ok(());
        }
        self.countdown = CHECK_EVERY;
        self.check_limits(CHECK_EVERY)
    }

    /// Counts `n` steps of native work that a native frame does in one op
    /// and ends the driver's slice once they spend it (the run pauses before
    /// the frame's next op), as that many ops would.
    pub fn spend(&mut self, n: u64) -> PyResult<()> {
        self.native_steps(n)?;
        if self.nested == 0 {
            if self.slice_left <= n {
                self.slice_left = 0;
                self.pending_pause.get_or_insert(Pause::Budget);
            } else {
                self.slice_left -= n;
            }
        }
        Ok(())
    }

    fn check_limits(&mut self, done: u64) -> PyResult<()> {
        self.steps += done;
        if self.steps > self.limits.max_steps {
            self.stop_reason = Some(format!(
                "the program was stopped after {} steps (the playground's limit)",
                self.limits.max_steps
            ));
            return Err(self.err(ExcKind::SystemExit, ""));
        }
        if self.mem_used() > self.limits.max_bytes {
            self.stop_reason = Some(format!(
                "the program was stopped: it used more than {} MB of memory (the playground's limit)",
                self.limits.max_bytes >> 20
            ));
            return Err(self.err(ExcKind::SystemExit, ""));
        }
        if let Some(why) = self.host.should_stop() {
            self.stop_reason = Some(why);
            return Err(self.err(ExcKind::SystemExit, ""));
        }
        Ok(())
    }

    fn run_loop(&mut self, countdown: &mut u64) -> PyResult<RunEnd> {
        loop {
            if let Some(p) = self.pending_pause.take() {
                if self.nested == 0 {
                    return Ok(RunEnd::Paused(p));
                }
                // A nested run (a method called by native code) cannot pause: a
                // pause for the driver's stepping waits for the outer loop.
                if p == Pause::Iteration {
                    self.pending_pause = Some(p);
                }
            }
            if self.fin.pending.get() {
                self.run_finalizers()?;
            }
            *countdown -= 1;
            if *countdown == 0 {
                *countdown = CHECK_EVERY;
                self.check_limits(CHECK_EVERY)?;
                if self.nested == 0 {
                    if self.slice_left <= CHECK_EVERY {
                        self.slice_left = 0;
                        return Ok(RunEnd::Paused(Pause::Budget));
                    }
                    self.slice_left -= CHECK_EVERY;
                }
            }
            let r = self.step();
            match r {
                Ok(None) => {}
                Ok(Some(v)) => return Ok(RunEnd::Returned(v)),
                Err(e) => {
                    if self.stop_reason.is_some() {
                        return Err(e);
                    }
                    if self.escaped {
                        self.escaped = false;
                        return Err(e);
                    }
                    let here = !matches!(self.last_raise, RaiseKind::Reraise);
                    self.last_raise = RaiseKind::New;
                    if let Err(e) = self.raise_in_frame(e, here) {
                        self.escaped = false;
                        return Err(e);
                    }
                }
            }
        }
    }

    #[inline]
    fn pop(&mut self) -> Value {
        self.frames
            .last_mut()
            .expect("frame")
            .stack
            .pop()
            .expect("stack underflow")
    }
    #[inline]
    fn push(&mut self, v: Value) {
        self.frames.last_mut().expect("frame").stack.push(v);
    }
    #[inline]
    fn top(&mut self) -> &mut Value {
        self.frames
            .last_mut()
            .expect("frame")
            .stack
            .last_mut()
            .expect("stack underflow")
    }
    fn popn(&mut self, n: usize) -> Vec<Value> {
        let st = &mut self.frames.last_mut().expect("frame").stack;
        let at = st.len() - n;
        st.split_off(at)
    }

    /// The top `n` values as a call's arguments (a pooled vector, see `take_args`).
    #[inline]
    fn pop_args(&mut self, n: usize) -> Vec<Value> {
        let mut v = self.take_args(n);
        let st = &mut self.frames.last_mut().expect("frame").stack;
        let at = st.len() - n;
        v.extend(st.drain(at..));
        v
    }

    /// Keeps where name `i` of the running code was found (`AttrSlots`).
    #[inline]
    fn remember_slot(&mut self, i: u32, slot: u8) {
        if let Some(c) = self
            .frames
            .last()
            .and_then(|f| f.code.slots.get(i as usize))
        {
            c.set(slot);
        }
    }

    fn called(&mut self, c: Called) {
        if let Called::Value(v) = c {
            self.push(v);
        }
    }

    /// Executes one op. Returns Some(v) when the base frame returned v.
    #[inline(always)]
    fn step(&mut self) -> PyResult<Option<Value>> {
        let frame = self.frames.last_mut().expect("frame");
        let pc = frame.pc;
        let op = frame.code.ops[pc];
        #[cfg(feature = "opprofile")]
        {
            let c = frame.code.clone();
            self.prof.entry(Rc::as_ptr(&c)).or_insert((c, 0)).1 += 1;
        }
        let frame = self.frames.last_mut().expect("frame");
        let prev = frame.lasti;
        frame.lasti = pc;
        frame.pc = pc + 1;
        match op {
            Op::Nop | Op::SetupAnnotations => {}
            Op::Native(k) => return crate::taskstep::resume(self, k),
            Op::TraceLine(line) => {
                // As CPython 3.11's maybe_call_line_trace: a new line, or a jump back.
                if line != frame.trace_line || prev > pc {
                    frame.trace_line = line;
                    self.line_event(line)?;
                }
            }
            Op::LoadConst(i) => {
                let v = frame.code.consts[i as usize].clone();
                frame.stack.push(v);
            }
            Op::LoadFast(i) => match &frame.locals[i as usize] {
                Some(v) => {
                    let v = v.clone();
                    frame.stack.push(v);
                }
                None => {
                    let name = frame.code.varnames[i as usize].clone();
                    return Err(self.err(
                        ExcKind::UnboundLocalError,
                        format!("cannot access local variable '{name}' where it is not associated with a value"),
                    ));
                }
            },
            Op::StoreFast(i) => {
                let v = frame.stack.pop().expect("stack");
                frame.locals[i as usize] = Some(v);
            }
            Op::DeleteFast(i) => {
                if frame.locals[i as usize].take().is_none() {
                    let name = frame.code.varnames[i as usize].clone();
                    return Err(self.err(
                        ExcKind::UnboundLocalError,
                        format!("cannot access local variable '{name}' where it is not associated with a value"),
                    ));
                }
            }
            Op::LoadDeref(i) => {
                let v = frame.cells[i as usize].borrow().clone();
                match v {
                    Some(v) => frame.stack.push(v),
                    None => {
                        let code = frame.code.clone();
                        let name = deref_name(&code, i);
                        if (i as usize) < code.cellvars.len() {
                            return Err(self.err(
                                ExcKind::UnboundLocalError,
                                format!(
                                    "cannot access local variable '{name}' \
                                     where it is not associated with a value"
                                ),
                            ));
                        }
                        return Err(self.err(
                            ExcKind::NameError,
                            format!(
                                "cannot access free variable '{name}' \
                                 where it is not associated with a value in enclosing scope"
                            ),
                        ));
                    }
                }
            }
            Op::StoreDeref(i) => {
                let v = frame.stack.pop().expect("stack");
                *frame.cells[i as usize].borrow_mut() = Some(v);
            }
            Op::DeleteDeref(i) => {
                frame.cells[i as usize].borrow_mut().take();
            }
            Op::LoadClosure(i) => {
                let c = frame.cells[i as usize].clone();
                frame.stack.push(Value::Cell(c));
            }
            Op::LoadClassDeref(x) => {
                let (d, ni) = (x & 0xffff, x >> 16);
                let name = frame.code.names[ni as usize].clone();
                let found = frame
                    .ns
                    .as_ref()
                    .and_then(|ns| ns.map.borrow().get(&Key(Value::Str(name.clone()))).cloned());
                match found {
                    Some(v) => frame.stack.push(v),
                    None => {
                        let v = frame.cells[d as usize].borrow().clone();
                        match v {
                            Some(v) => frame.stack.push(v),
                            None => {
                                return Err(self.err(
                                    ExcKind::NameError,
                                    format!("name '{name}' is not defined"),
                                ))
                            }
                        }
                    }
                }
            }
            // Module-level code reads and writes its globals by name: the same cache.
            Op::LoadGlobal(i) | Op::LoadName(i)
                if matches!(op, Op::LoadGlobal(_)) || frame.ns.is_none() =>
            {
                let (cg, cb, slot) = frame.code.gcache.get(i as usize);
                {
                    let gm = frame.globals.map.borrow();
                    if cg == gm.layout() {
                        let hit = if cb == 0 {
                            gm.slot_value(slot as usize).cloned()
                        } else {
                            let bm = self.builtins.map.borrow();
                            if bm.layout() == cb {
                                bm.slot_value(slot as usize).cloned()
                            } else {
                                None
                            }
                        };
                        if let Some(v) = hit {
                            drop(gm);
                            frame.stack.push(v);
                            return Ok(None);
                        }
                    }
                }
                let name = frame.code.names[i as usize].clone();
                let key = Key(Value::Str(name));
                let gm = frame.globals.map.borrow();
                let found = gm.slot_of(&key).map(|s| (s, gm.slot_value(s).cloned()));
                let v = match found {
                    Some((s, Some(v))) => {
                        frame
                            .code
                            .gcache
                            .set(i as usize, (gm.layout(), 0, s as u32));
                        v
                    }
                    _ => {
                        let found = {
                            let bm = self.builtins.map.borrow();
                            bm.slot_of(&key).and_then(|s| {
                                frame
                                    .code
                                    .gcache
                                    .set(i as usize, (gm.layout(), bm.layout(), s as u32));
                                bm.slot_value(s).cloned()
                            })
                        };
                        match found {
                            Some(v) => v,
                            None => {
                                drop(gm);
                                let Value::Str(n) = key.0 else { unreachable!() };
                                return Err(self.err(
                                    ExcKind::NameError,
                                    format!("name '{n}' is not defined"),
                                ));
                            }
                        }
                    }
                };
                drop(gm);
                frame.stack.push(v);
            }
            Op::StoreGlobal(i) | Op::StoreName(i)
                if matches!(op, Op::StoreGlobal(_)) || frame.ns.is_none() =>
            {
                let v = frame.stack.pop().expect("stack");
                let (cg, cb, slot) = frame.code.gcache.get(i as usize);
                let mut gm = frame.globals.map.borrow_mut();
                if cb == 0 && cg == gm.layout() {
                    if let Some(s) = gm.slot_value_mut(slot as usize) {
                        let old = std::mem::replace(s, v);
                        drop(gm);
                        drop(old);
                        return Ok(None);
                    }
                }
                let name = frame.code.names[i as usize].clone();
                let key = Key(Value::Str(name));
                let old = gm.insert(key.clone(), v);
                if let Some(s) = gm.slot_of(&key) {
                    frame
                        .code
                        .gcache
                        .set(i as usize, (gm.layout(), 0, s as u32));
                }
                drop(gm);
                drop(old);
            }
            Op::DeleteGlobal(i) => {
                let name = frame.code.names[i as usize].clone();
                if frame
                    .globals
                    .map
                    .borrow_mut()
                    .shift_remove(&Key(Value::Str(name.clone())))
                    .is_none()
                {
                    return Err(
                        self.err(ExcKind::NameError, format!("name '{name}' is not defined"))
                    );
                }
            }
            Op::LoadGlobal(_) | Op::StoreGlobal(_) => unreachable!("matched above"),
            Op::LoadName(i) => {
                let name = frame.code.names[i as usize].clone();
                let key = Key(Value::Str(name.clone()));
                let mut v = frame
                    .ns
                    .as_ref()
                    .and_then(|ns| ns.map.borrow().get(&key).cloned());
                if v.is_none() {
                    v = frame.globals.map.borrow().get(&key).cloned();
                }
                if v.is_none() {
                    v = self.builtins.map.borrow().get(&key).cloned();
                }
                match v {
                    Some(v) => self.push(v),
                    None => {
                        return Err(
                            self.err(ExcKind::NameError, format!("name '{name}' is not defined"))
                        )
                    }
                }
            }
            Op::StoreName(i) => {
                let name = frame.code.names[i as usize].clone();
                let v = frame.stack.pop().expect("stack");
                let d = frame.ns.clone().unwrap_or_else(|| frame.globals.clone());
                d.map.borrow_mut().insert(Key(Value::Str(name)), v);
            }
            Op::DeleteName(i) => {
                let name = frame.code.names[i as usize].clone();
                let d = frame.ns.clone().unwrap_or_else(|| frame.globals.clone());
                if d.map
                    .borrow_mut()
                    .shift_remove(&Key(Value::Str(name.clone())))
                    .is_none()
                {
                    return Err(
                        self.err(ExcKind::NameError, format!("name '{name}' is not defined"))
                    );
                }
            }
            Op::LoadAttr(i) => {
                let name = frame.code.names[i as usize].clone();
                let slot = Cell::new(frame.code.slots.get(i as usize).map_or(0, Cell::get));
                let obj = self.pop();
                let v = self.get_attr_name(&obj, &name, &slot)?;
                self.remember_slot(i, slot.get());
                self.push(v);
            }
            Op::StoreAttr(i) => {
                let name = frame.code.names[i as usize].clone();
                let slot = Cell::new(frame.code.slots.get(i as usize).map_or(0, Cell::get));
                let obj = self.pop();
                let v = self.pop();
                self.store_attr(&obj, &name, &slot, v)?;
                self.remember_slot(i, slot.get());
            }
            Op::DeleteAttr(i) => {
                let name = frame.code.names[i as usize].clone();
                let obj = self.pop();
                self.del_attr(&obj, &name)?;
            }
            Op::LoadMethod(i) => {
                let name = frame.code.names[i as usize].clone();
                let slot0 = frame.code.slots.get(i as usize).map_or(0, Cell::get);
                let obj = self.pop();
                // Plain Python methods on instances: push [func, self] without binding.
                if let Value::Instance(inst) = &obj {
                    if !inst.dict.borrow().contains_name(&name) {
                        let cls = inst.class.borrow().clone();
                        if let Some(Value::Func(f)) = cls.lookup_name(&name) {
                            self.push(Value::Func(f));
                            self.push(obj);
                            return Ok(None);
                        }
                    }
                }
                // A builtin type's method: [native, self], nothing bound.
                if !matches!(obj, Value::Instance(_) | Value::Module(_)) {
                    if let Some(f) = crate::builtins::type_method_named(self, &obj, &name)? {
                        self.push(Value::Native(f));
                        self.push(obj);
                        return Ok(None);
                    }
                }
                let slot = Cell::new(slot0);
                let v = self.get_attr_name(&obj, &name, &slot)?;
                self.remember_slot(i, slot.get());
                self.push(v);
                self.push(Value::NotImplemented);
            }
            Op::CallMethod(n) => {
                // The stack holds [method, self, args…] (self is NotImplemented
                // when LoadMethod found a bound attribute: [callable, -, args…]).
                let n = n as usize;
                let unbound = {
                    let st = &frame.stack;
                    !matches!(st[st.len() - n - 1], Value::NotImplemented)
                };
                let args = if unbound {
                    self.pop_args(n + 1)
                } else {
                    let args = self.pop_args(n);
                    self.pop();
                    args
                };
                let f = self.pop();
                let c = self.call_op(&f, args, Vec::new())?;
                self.called(c);
            }
            Op::BinarySubscr => {
                let idx = self.pop();
                let obj = self.pop();
                let v = self.get_item(&obj, &idx)?;
                self.push(v);
            }
            Op::StoreSubscr => {
                let idx = self.pop();
                let obj = self.pop();
                let v = self.pop();
                self.set_item(&obj, idx, v)?;
            }
            Op::DeleteSubscr => {
                let idx = self.pop();
                let obj = self.pop();
                self.del_item(&obj, &idx)?;
            }
            Op::Binary(op) => {
                let b = self.pop();
                let a = self.pop();
                let v = self.binary_op(op, &a, &b, false)?;
                self.push(v);
            }
            Op::Inplace(op) => {
                let b = self.pop();
                let a = self.pop();
                let v = self.binary_op(op, &a, &b, true)?;
                self.push(v);
            }
            Op::Unary(op) => {
                let a = self.pop();
                let v = self.unary_op(op, &a)?;
                self.push(v);
            }
            Op::Compare(op) => {
                let b = self.pop();
                let a = self.pop();
                let v = self.compare(op, &a, &b)?;
                self.push(v);
            }
            Op::IsOp(neg) => {
                let b = self.pop();
                let a = self.pop();
                self.push(Value::Bool(a.is(&b) != (neg == 1)));
            }
            Op::ContainsOp(neg) => {
                let b = self.pop();
                let a = self.pop();
                let r = self.contains(&b, &a)?;
                self.push(Value::Bool(r != (neg == 1)));
            }
            Op::Jump(t) => frame.pc = t as usize,
            Op::PopJumpIfFalse(t) => {
                let v = frame.stack.pop().expect("stack");
                let b = match v {
                    Value::Bool(b) => b,
                    v => self.truthy(&v)?,
                };
                if !b {
                    self.frame().pc = t as usize;
                }
            }
            Op::PopJumpIfTrue(t) => {
                let v = frame.stack.pop().expect("stack");
                let b = match v {
                    Value::Bool(b) => b,
                    v => self.truthy(&v)?,
                };
                if b {
                    self.frame().pc = t as usize;
                }
            }
            Op::JumpIfFalseOrPop(t) => {
                let v = self.top().clone();
                if !self.truthy(&v)? {
                    self.frame().pc = t as usize;
                } else {
                    self.pop();
                }
            }
            Op::JumpIfTrueOrPop(t) => {
                let v = self.top().clone();
                if self.truthy(&v)? {
                    self.frame().pc = t as usize;
                } else {
                    self.pop();
                }
            }
            Op::GetIter => {
                let v = self.pop();
                let mut it = self.get_iter(&v)?;
                if let Value::Iter(rc) = &it {
                    // `yield from coro.__await__()` delegates to the coroutine.
                    let g = match &*rc.borrow() {
                        IterObj::CoroWrapper(g) => Some(g.clone()),
                        _ => None,
                    };
                    if let Some(g) = g {
                        it = Value::Gen(g);
                    }
                }
                self.push(it);
            }
            Op::ForIter(t) => {
                let it = self.top().clone();
                match &it {
                    Value::Gen(g) => {
                        let g = g.clone();
                        self.resume_gen(&g, Resume::Send(Value::None), GenMode::ForIter(t))?;
                    }
                    _ => match self.next(&it)? {
                        Some(v) => self.push(v),
                        None => {
                            self.pop();
                            self.frame().pc = t as usize;
                        }
                    },
                }
            }
            Op::Pop | Op::PopTop => {
                frame.stack.pop();
            }
            Op::Dup => {
                let v = frame.stack.last().expect("stack").clone();
                frame.stack.push(v);
            }
            Op::Dup2 => {
                let n = frame.stack.len();
                let a = frame.stack[n - 2].clone();
                let b = frame.stack[n - 1].clone();
                frame.stack.push(a);
                frame.stack.push(b);
            }
            Op::Rot2 => {
                let n = frame.stack.len();
                frame.stack.swap(n - 1, n - 2);
            }
            Op::Rot3 => {
                let v = frame.stack.pop().expect("stack");
                let n = frame.stack.len();
                frame.stack.insert(n - 2, v);
            }
            Op::Rot4 => {
                let v = frame.stack.pop().expect("stack");
                let n = frame.stack.len();
                frame.stack.insert(n - 3, v);
            }
            Op::BuildTuple(n) => {
                let v = if n == 0 {
                    Value::tuple(Vec::new())
                } else {
                    // Straight from the stack into the tuple: one allocation.
                    let st = &mut frame.stack;
                    let at = st.len() - n as usize;
                    Value::Tuple(TupleObj::new(st.drain(at..).collect()))
                };
                self.push(v);
            }
            Op::BuildList(n) => {
                let items = self.popn(n as usize);
                self.push(Value::list(items));
            }
            Op::BuildSet(n) => {
                let items = self.popn(n as usize);
                let mut set = crate::pyset::PySet::new();
                for i in items {
                    set.insert(self.key(i)?);
                }
                self.push(Value::Set(Rc::new(SetObj {
                    set: RefCell::new(set),
                    frozen: false,
                })));
            }
            Op::BuildMap(n) => {
                let items = self.popn(2 * n as usize);
                let mut map = OMap::with_capacity(n as usize);
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    map.insert(self.key(k)?, v);
                }
                self.push(Value::Dict(DictObj::new(map)));
            }
            Op::BuildSlice(n) => {
                let step = if n == 3 { self.pop() } else { Value::None };
                let stop = self.pop();
                let start = self.pop();
                self.push(Value::Slice(Rc::new([start, stop, step])));
            }
            Op::ListAppend(d) => {
                let v = frame.stack.pop().expect("stack");
                let n = frame.stack.len();
                if let Value::List(l) = &frame.stack[n - d as usize] {
                    l.borrow_mut().push(v);
                }
            }
            Op::SetAdd(d) => {
                let v = self.pop();
                let k = self.key(v)?;
                let frame = self.frame();
                let n = frame.stack.len();
                if let Value::Set(s) = &frame.stack[n - d as usize] {
                    s.set.borrow_mut().insert(k);
                }
            }
            Op::MapAdd(d) => {
                let v = self.pop();
                let k = self.pop();
                let k = self.key(k)?;
                let frame = self.frame();
                let n = frame.stack.len();
                if let Value::Dict(m) = &frame.stack[n - d as usize] {
                    m.map.borrow_mut().insert(k, v);
                }
            }
            Op::ListExtend => {
                if let Value::Gen(g) = self.top() {
                    if g.kind == GenKind::Generator {
                        let g = g.clone();
                        self.resume_gen(&g, Resume::Send(Value::None), GenMode::Extend)?;
                        return Ok(None);
                    }
                }
                let it = self.pop();
                let items = match &it {
                    Value::List(_) | Value::Tuple(_) => self.iterate(&it)?,
                    _ => {
                        let iter = match self.get_iter(&it) {
                            Ok(i) => i,
                            Err(e) if self.exc_is(&e.exc, ExcKind::TypeError) => {
                                return Err(self.type_error(format!(
                                    "Value after * must be an iterable, not {}",
                                    self.type_name(&it)
                                )))
                            }
                            Err(e) => return Err(e),
                        };
                        self.iterate(&iter)?
                    }
                };
                if let Value::List(l) = self.top() {
                    l.borrow_mut().extend(items);
                }
            }
            Op::SetUpdate => {
                let it = self.pop();
                let arg = self.set_arg(&it)?;
                if let Value::Set(s) = self.top().clone() {
                    crate::methods::set_update(&s, &arg);
                }
            }
            Op::DictUpdate | Op::DictMerge => {
                let m = self.pop();
                let pairs = match self.mapping_items(&m) {
                    Ok(p) => p,
                    Err(e) if op == Op::DictMerge && !matches!(m, Value::Instance(_)) => {
                        let _ = e;
                        let st = &self.frame().stack;
                        let f = st[st.len() - 3].clone();
                        let fs = self.function_str(&f);
                        return Err(self.type_error(format!(
                            "{fs} argument after ** must be a mapping, not {}",
                            self.type_name(&m)
                        )));
                    }
                    Err(e) => return Err(e),
                };
                let target = self.top().clone();
                if let Value::Dict(d) = target {
                    for (k, v) in pairs {
                        if op == Op::DictMerge && d.map.borrow().contains_key(&k) {
                            let Key(k) = k;
                            let st = &self.frame().stack;
                            let f = st[st.len() - 3].clone();
                            let fs = self.function_str(&f);
                            let kr = self.to_str(&k)?;
                            return Err(self.type_error(format!(
                                "{fs} got multiple values for keyword argument '{kr}'"
                            )));
                        }
                        d.map.borrow_mut().insert(k, v);
                    }
                }
            }
            Op::ListToTuple => {
                let l = self.pop();
                if let Value::List(l) = l {
                    let v = l.borrow().clone();
                    self.push(Value::tuple(v));
                }
            }
            Op::BuildString(n) => {
                let st = &mut frame.stack;
                let at = st.len() - n as usize;
                let len = st[at..]
                    .iter()
                    .map(|p| match p {
                        Value::Str(p) => p.len(),
                        _ => 0,
                    })
                    .sum();
                let mut s = String::with_capacity(len);
                for p in st.drain(at..) {
                    if let Value::Str(p) = p {
                        s.push_str(&p);
                    }
                }
                st.push(Value::string(s));
            }
            Op::FormatValue(flags) => {
                let spec = if flags & 4 != 0 {
                    Some(self.pop())
                } else {
                    None
                };
                let v = self.pop();
                let v = match flags & 3 {
                    1 => Value::string(self.to_str(&v)?),
                    2 => Value::string(self.repr(&v)?),
                    3 => Value::string(crate::builtins::ascii(&self.repr(&v)?)),
                    _ => v,
                };
                let spec: &str = match &spec {
                    Some(Value::Str(s)) => s,
                    _ => "",
                };
                // format(s, '') of a str is s itself.
                if spec.is_empty() && matches!(v, Value::Str(_)) {
                    self.push(v);
                } else {
                    let s = self.format(&v, spec)?;
                    self.push(Value::string(s));
                }
            }
            Op::Call(n) => {
                let n = n as usize;
                // A plain function called with exactly its positional
                // parameters: the arguments move from the stack to its frame.
                let plain = match &frame.stack[frame.stack.len() - n - 1] {
                    Value::Func(func) => {
                        let code = &func.code;
                        (code.kind == CodeKind::Function
                            && code.argcount as usize == n
                            && code.kwonlycount == 0
                            && !code.has_varargs
                            && !code.has_varkw
                            && code.twin.get().is_none())
                        .then(|| func.clone())
                    }
                    _ => None,
                };
                if let Some(func) = plain {
                    if self.frames.len() < self.recursion_limit {
                        let mut callee = self.new_frame(&func, Entry::Call);
                        let st = &mut self.frames.last_mut().expect("frame").stack;
                        let at = st.len() - n;
                        for (i, a) in st.drain(at..).enumerate() {
                            callee.locals[i] = Some(a);
                        }
                        st.pop();
                        callee.bind_cells();
                        self.frames.push(callee);
                        return Ok(None);
                    }
                }
                let args = self.pop_args(n);
                let f = self.pop();
                let c = self.call_op(&f, args, Vec::new())?;
                self.called(c);
            }
            Op::CallKw(x) => {
                let (n, k) = ((x & 0xffff) as usize, (x >> 16) as usize);
                let names = self.pop();
                let mut args = self.pop_args(n);
                let kwvals = args.split_off(n - k);
                let f = self.pop();
                let Value::Tuple(names) = names else {
                    unreachable!()
                };
                let kwargs: Vec<(Str, Value)> = names
                    .iter()
                    .zip(kwvals)
                    .map(|(n, v)| match n {
                        Value::Str(s) => (s.clone(), v),
                        _ => (Rc::from(""), v),
                    })
                    .collect();
                let c = self.call_op(&f, args, kwargs)?;
                self.called(c);
            }
            Op::CallEx(has_kw) => {
                let kw = if has_kw == 1 { Some(self.pop()) } else { None };
                let args = self.pop();
                let f = self.pop();
                let args = match args {
                    Value::Tuple(t) => t.to_vec(),
                    Value::List(l) => l.borrow().clone(),
                    other => {
                        let iter = match self.get_iter(&other) {
                            Ok(i) => i,
                            Err(e) if self.exc_is(&e.exc, ExcKind::TypeError) => {
                                let fs = self.function_str(&f);
                                return Err(self.type_error(format!(
                                    "{fs} argument after * must be an iterable, not {}",
                                    self.type_name(&other)
                                )));
                            }
                            Err(e) => return Err(e),
                        };
                        self.iterate(&iter)?
                    }
                };
                let mut kwargs = Vec::new();
                if let Some(Value::Dict(d)) = kw {
                    for (k, v) in d.map.borrow().iter() {
                        match &k.0 {
                            Value::Str(s) => kwargs.push((s.clone(), v.clone())),
                            _ => return Err(self.type_error("keywords must be strings")),
                        }
                    }
                }
                let c = self.call_op(&f, args, kwargs)?;
                self.called(c);
            }
            Op::MakeFunction(flags) => {
                let code = self.pop();
                let closure = if flags & 8 != 0 {
                    Some(self.pop())
                } else {
                    None
                };
                let kwdefaults = if flags & 2 != 0 {
                    Some(self.pop())
                } else {
                    None
                };
                let defaults = if flags & 1 != 0 {
                    Some(self.pop())
                } else {
                    None
                };
                let Value::Code(code) = code else {
                    unreachable!()
                };
                let globals = self.frame().globals.clone();
                let f = Function {
                    name: RefCell::new(code.name.clone()),
                    qualname: RefCell::new(code.qualname.clone()),
                    code,
                    globals,
                    defaults: match defaults {
                        Some(Value::Tuple(t)) => t.to_vec(),
                        _ => Vec::new(),
                    },
                    kwdefaults: match kwdefaults {
                        Some(Value::Dict(d)) => d
                            .map
                            .borrow()
                            .iter()
                            .filter_map(|(k, v)| match &k.0 {
                                Value::Str(s) => Some((s.clone(), v.clone())),
                                _ => None,
                            })
                            .collect(),
                        _ => Vec::new(),
                    },
                    closure: match closure {
                        Some(Value::Tuple(t)) => t
                            .iter()
                            .filter_map(|c| match c {
                                Value::Cell(c) => Some(c.clone()),
                                _ => None,
                            })
                            .collect(),
                        _ => Vec::new(),
                    },
                    dict: RefCell::new(None),
                    set: RefCell::new(None),
                };
                self.push(Value::Func(Rc::new(f)));
            }
            Op::ReturnValue => {
                let v = frame.stack.pop().expect("stack");
                return self.do_return(v);
            }
            Op::YieldValue => {
                let v = frame.stack.pop().expect("stack");
                self.do_yield(v, true)?;
            }
            Op::YieldFrom => {
                let v = frame.stack.pop().expect("stack");
                let sub = frame.stack.last().expect("stack").clone();
                frame.pc = pc;
                match &sub {
                    Value::Gen(g) => {
                        let g = g.clone();
                        self.resume_gen(&g, Resume::Send(v), GenMode::YieldFrom)?;
                    }
                    Value::ASend(a) => {
                        let a = a.clone();
                        self.step_asend(&a, Resume::Send(v))?;
                    }
                    _ => {
                        // A future's await ignores what is sent (CPython's FutureIter).
                        let r = if v.is_none()
                            || matches!(&sub, Value::Iter(i) if matches!(&*i.borrow(), IterObj::FutureAwait { .. }))
                        {
                            self.next(&sub)
                        } else {
                            self.send_to_iter(&sub, v)
                        };
                        match r {
                            Ok(Some(item)) => self.do_yield(item, false)?,
                            Ok(None) => {
                                let rv = self.last_stop_value.take().unwrap_or(Value::None);
                                let f = self.frame();
                                f.stack.pop();
                                f.stack.push(rv);
                                self.frame().pc = pc + 1;
                            }
                            Err(e) => {
                                self.frame().pc = pc + 1;
                                return Err(e);
                            }
                        }
                    }
                }
            }
            Op::GetAwaitable => {
                let v = self.pop();
                let a = self.get_awaitable(&v)?;
                self.push(a);
            }
            Op::MatchCase(k) => {
                let desc = self.frames.last().expect("frame").code.consts[k as usize].clone();
                let vals = self.popn(crate::pattern::nvals(&desc));
                let subject = self.pop();
                match crate::pattern::match_case(self, &desc, &subject, &vals)? {
                    Some(caps) => {
                        for c in caps.into_iter().rev() {
                            self.push(c);
                        }
                        self.push(Value::Bool(true));
                    }
                    None => self.push(Value::Bool(false)),
                }
            }
            Op::AwaitWith(k) => {
                let v = self.pop();
                if !self.is_awaitable(&v) {
                    return Err(self.type_error(format!(
                        "'async with' received an object from __a{}__ that does not implement __await__: {}",
                        if k == 1 { "enter" } else { "exit" },
                        self.type_name(&v)
                    )));
                }
                let a = self.get_awaitable(&v)?;
                self.push(a);
            }
            Op::GetAIter => {
                let v = self.pop();
                let f = match self.get_attr_opt(&v, "__aiter__")? {
                    Some(f) => f,
                    None => {
                        return Err(self.type_error(format!(
                            "'async for' requires an object with __aiter__ method, got {}",
                            self.type_name(&v)
                        )))
                    }
                };
                let it = self.call_value(&f, vec![], vec![])?;
                if !self.is_async_iterator(&it)? {
                    return Err(self.type_error(format!(
                        "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                        self.type_name(&it)
                    )));
                }
                self.push(it);
            }
            Op::GetANext => {
                let it = self.top().clone();
                let a = match &it {
                    Value::Gen(g) if g.kind == GenKind::AsyncGenerator => {
                        let g = g.clone();
                        self.agen_init_hooks(&g)?;
                        ASendObj::new(g, Value::None, AKind::Send)
                    }
                    _ => {
                        let f = match self.get_attr_opt(&it, "__anext__")? {
                            Some(f) => f,
                            None => {
                                return Err(self.type_error(format!(
                                "'async for' requires an iterator with __anext__ method, got {}",
                                self.type_name(&it)
                            )))
                            }
                        };
                        let aw = self.call_value(&f, vec![], vec![])?;
                        match self.get_awaitable(&aw) {
                            Err(e) if !self.is_awaitable(&aw) => {
                                let err = self.type_error(format!(
                                    "'async for' received an invalid object from __anext__: {}",
                                    self.type_name(&aw)
                                ));
                                crate::vm::set_cause(&err.exc, Some(e.exc));
                                return Err(err);
                            }
                            r => r?,
                        }
                    }
                };
                self.push(a);
            }
            Op::SetupExcept(t) | Op::SetupFinally(t) => {
                let b = Block {
                    handler: t,
                    stack: frame.stack.len() as u32,
                    exc: frame.exc_stack.len() as u32,
                };
                frame.blocks.push(b);
            }
            Op::SetupWith(t) => {
                let cm = self.pop();
                let exit = match self.get_attr_opt_special(&cm, "__exit__")? {
                    Some(e) => e,
                    None => {
                        let msg = if self.get_attr_opt_special(&cm, "__enter__")?.is_some() {
                            format!(
                                "'{}' object does not support the context manager protocol \
                                 (missed __exit__ method)",
                                self.type_name(&cm)
                            )
                        } else {
                            format!(
                                "'{}' object does not support the context manager protocol",
                                self.type_name(&cm)
                            )
                        };
                        return Err(self.type_error(msg));
                    }
                };
                let enter = match self.get_attr_opt_special(&cm, "__enter__")? {
                    Some(e) => e,
                    None => {
                        return Err(self.type_error(format!(
                            "'{}' object does not support the context manager protocol",
                            self.type_name(&cm)
                        )))
                    }
                };
                self.push(exit);
                let v = self.call_value(&enter, vec![], vec![])?;
                let frame = self.frame();
                let b = Block {
                    handler: t,
                    stack: frame.stack.len() as u32,
                    exc: frame.exc_stack.len() as u32,
                };
                frame.blocks.push(b);
                self.push(v);
            }
            Op::BeforeAsyncWith => {
                let cm = self.pop();
                let Some(enter) = self.get_attr_opt_special(&cm, "__aenter__")? else {
                    return Err(self.type_error(format!(
                        "'{}' object does not support the asynchronous context manager protocol",
                        self.type_name(&cm)
                    )));
                };
                let Some(exit) = self.get_attr_opt_special(&cm, "__aexit__")? else {
                    return Err(self.type_error(format!(
                        "'{}' object does not support the asynchronous context manager protocol \
                         (missed __aexit__ method)",
                        self.type_name(&cm)
                    )));
                };
                self.push(exit);
                let aw = self.call_value(&enter, vec![], vec![])?;
                self.push(aw);
            }
            Op::SetupAsyncWith(t) => {
                // TOS is the result of awaiting __aenter__(); the block protects the body.
                let v = self.pop();
                let frame = self.frame();
                let b = Block {
                    handler: t,
                    stack: frame.stack.len() as u32,
                    exc: frame.exc_stack.len() as u32,
                };
                frame.blocks.push(b);
                self.push(v);
            }
            Op::PopBlock => {
                frame.blocks.pop();
            }
            Op::Raise(n) => {
                return match n {
                    0 => match self.handled_exception() {
                        Some(e) => {
                            self.last_raise = RaiseKind::Reraise;
                            Err(PyErr {
                                exc: e,
                                fresh: false,
                            })
                        }
                        None => {
                            Err(self.err(ExcKind::RuntimeError, "No active exception to reraise"))
                        }
                    },
                    1 => {
                        let e = self.pop();
                        let exc = self.make_exception(e)?;
                        Err(PyErr { exc, fresh: true })
                    }
                    _ => {
                        let cause = self.pop();
                        let e = self.pop();
                        let exc = self.make_exception(e)?;
                        let cause = match cause {
                            Value::None => None,
                            c => Some(self.make_exception_for_cause(c)?),
                        };
                        set_cause(&exc, cause);
                        Err(PyErr { exc, fresh: true })
                    }
                };
            }
            Op::Reraise => {
                let e = frame.stack.pop().expect("stack");
                self.last_raise = RaiseKind::Reraise;
                return Err(PyErr {
                    exc: e,
                    fresh: false,
                });
            }
            Op::PopExcept => {
                frame.exc_stack.pop();
            }
            Op::ExcStarMatch => {
                let t = self.pop();
                let rest = self.pop();
                let (rest, m) = crate::excgroup::exc_star_match(self, &rest, &t)?;
                self.push(rest);
                self.push(m);
            }
            Op::ExcStarEnter => {
                let m = self.pop();
                self.frame().exc_stack.push(m);
            }
            Op::ExcStarEnd => {
                let rest = self.pop();
                let raised = self.pop();
                let orig = self.pop();
                let mut excs = match raised {
                    Value::List(l) => l.borrow().clone(),
                    _ => Vec::new(),
                };
                excs.push(rest);
                if let Some(e) = crate::excgroup::prep_reraise_star(self, &orig, excs)? {
                    self.last_raise = RaiseKind::Reraise;
                    return Err(PyErr {
                        exc: e,
                        fresh: false,
                    });
                }
            }
            Op::CheckExcMatch => {
                let t = self.pop();
                let e = self.top().clone();
                let m = self.exc_matches(&e, &t)?;
                self.push(Value::Bool(m));
            }
            Op::UnpackSequence(n) => {
                let v = self.pop();
                let items = self.unpack(&v, n as usize, None)?;
                let frame = self.frame();
                frame.stack.extend(items.into_iter().rev());
            }
            Op::UnpackEx(x) => {
                let (before, after) = ((x & 0xff) as usize, (x >> 8) as usize);
                let v = self.pop();
                let items = self.unpack(&v, before, Some(after))?;
                let frame = self.frame();
                frame.stack.extend(items.into_iter().rev());
            }
            Op::ImportName(i) => {
                let dotted = i & 0x8000_0000 != 0;
                let name = frame.code.names[(i & 0x7fff_ffff) as usize].clone();
                let m = self.import(&name)?;
                if dotted {
                    let top = name.split('.').next().unwrap_or("");
                    let t = self.import(top)?;
                    self.push(t);
                } else {
                    self.push(m);
                }
            }
            Op::ImportFrom(i) => {
                let name = frame.code.names[i as usize].clone();
                let m = self.top().clone();
                match self.get_attr_opt(&m, &name)? {
                    Some(v) => self.push(v),
                    None => {
                        let mname = match &m {
                            Value::Module(mo) => mo.name.to_string(),
                            _ => "?".into(),
                        };
                        let e = self.err(
                            ExcKind::ImportError,
                            format!(
                                "cannot import name '{name}' from '{mname}' (unknown location)"
                            ),
                        );
                        if let Some(mut d) = crate::vm::exc_data(&e.exc) {
                            d.import = Some(Box::new([Value::string(mname), Value::None]));
                        }
                        return Err(e);
                    }
                }
            }
            Op::LoadBuildClass => {
                let f = self
                    .builtins
                    .map
                    .borrow()
                    .get(&Key(Value::str("__build_class__")))
                    .cloned()
                    .unwrap_or(Value::None);
                self.push(f);
            }
            Op::WithExitNormal => {
                let exit = self.pop();
                self.call_value(&exit, vec![Value::None, Value::None, Value::None], vec![])?;
            }
            Op::WithExitExc => {
                let exc = self.top().clone();
                let st = &self.frame().stack;
                let exit = st[st.len() - 2].clone();
                let typ = self.class_of(&exc);
                let tb = self.traceback_value(&exc);
                let r = self.call_value(&exit, vec![typ, exc, tb], vec![])?;
                self.push(r);
            }
            Op::WithCheck(t) => {
                let r = self.pop();
                if self.truthy(&r)? {
                    self.pop(); // exc
                    self.pop(); // exit
                    self.frame().exc_stack.pop();
                    self.frame().pc = t as usize;
                } else {
                    let e = self.pop();
                    self.last_raise = RaiseKind::Reraise;
                    return Err(PyErr {
                        exc: e,
                        fresh: false,
                    });
                }
            }
            Op::EndAsyncFor(t) => {
                let e = self.pop();
                if self.exc_is(&e, ExcKind::StopAsyncIteration) {
                    self.pop(); // the async iterator
                    self.frame().exc_stack.pop();
                    self.frame().pc = t as usize;
                } else {
                    self.last_raise = RaiseKind::Reraise;
                    return Err(PyErr {
                        exc: e,
                        fresh: false,
                    });
                }
            }
            Op::LoadLocals => {
                let ns = frame.ns.clone().expect("class namespace");
                frame.stack.push(Value::Dict(ns));
            }
            Op::RaiseAssert(has_msg) => {
                let args = if has_msg == 1 {
                    vec![self.pop()]
                } else {
                    vec![]
                };
                return Err(self.err_args(ExcKind::AssertionError, args));
            }
        }
        Ok(None)
    }

    /// A call from an op: generator methods and `next()` push frames.
    fn call_op(
        &mut self,
        f: &Value,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Called> {
        match f {
            Value::NativeMethod(m) => {
                if let Value::Gen(g) = &m.0 {
                    let g = g.clone();
                    if let Some(r) = self.gen_method(&g, &m.1.name, &args)? {
                        return Ok(r);
                    }
                }
            }
            Value::Native(n) if &*n.name == "next" && args.len() == 1 && kwargs.is_empty() => {
                if let Value::Gen(g) = &args[0] {
                    if g.kind == GenKind::Generator {
                        let g = g.clone();
                        self.resume_gen(&g, Resume::Send(Value::None), GenMode::Send)?;
                        return Ok(Called::Pushed);
                    }
                }
            }
            _ => {}
        }
        self.call(f, args, kwargs)
    }

    /// `send`, `throw`, `close`, `__next__` of a generator or coroutine, as frame pushes.
    fn gen_method(
        &mut self,
        g: &Rc<GenObj>,
        name: &str,
        args: &[Value],
    ) -> PyResult<Option<Called>> {
        match name {
            "send" if args.len() == 1 => {
                self.resume_gen(g, Resume::Send(args[0].clone()), GenMode::Send)?;
            }
            "__next__" if args.is_empty() => {
                self.resume_gen(g, Resume::Send(Value::None), GenMode::Send)?;
            }
            "throw" if !args.is_empty() => {
                let e = self.throw_exception(args)?;
                self.resume_gen(
                    g,
                    Resume::Throw(PyErr {
                        exc: e,
                        fresh: false,
                    }),
                    GenMode::Send,
                )?;
            }
            "close" if args.is_empty() => {
                if !g.started.get() || g.finished.get() {
                    g.finished.set(true);
                    g.frame.borrow_mut().take();
                    return Ok(Some(Called::Value(Value::None)));
                }
                let e = self.err(ExcKind::GeneratorExit, "");
                self.resume_gen(
                    g,
                    Resume::Throw(PyErr {
                        exc: e.exc,
                        fresh: false,
                    }),
                    GenMode::Close,
                )?;
            }
            _ => return Ok(None),
        }
        Ok(Some(Called::Pushed))
    }
}

fn deref_name(code: &crate::code::Code, i: u32) -> Str {
    let i = i as usize;
    if i < code.cellvars.len() {
        code.cellvars[i].clone()
    } else {
        code.freevars
            .get(i - code.cellvars.len())
            .cloned()
            .unwrap_or_else(|| Rc::from("?"))
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum RaiseKind {
    New,
    Reraise,
}
