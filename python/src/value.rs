//! Python values. Immutable values are shared with `Rc`; mutable containers
//! sit behind `RefCell`. Objects are freed by reference counting (cycles leak
//! until the run ends, which is fine for a playground run).

use crate::code::Code;
use crate::omap::OMap;
use crate::vm::Frame;
use num_bigint::BigInt;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

pub type Str = Rc<str>;
/// A closure cell (None: unbound).
pub type CellRef = Rc<RefCell<Option<Value>>>;

#[derive(Clone)]
pub enum Value {
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(i64),
    /// Only for values outside i64 (always normalized).
    BigInt(Rc<BigInt>),
    Float(f64),
    Str(Str),
    Bytes(Rc<[u8]>),
    Tuple(Rc<TupleObj>),
    List(Rc<ListObj>),
    Dict(Rc<DictObj>),
    Set(Rc<SetObj>),
    Range(Rc<RangeObj>),
    Slice(Rc<[Value; 3]>),
    Func(Rc<Function>),
    Native(Rc<NativeFn>),
    /// A native method bound to its receiver.
    NativeMethod(Rc<(Value, Rc<NativeFn>)>),
    /// A Python function bound to an instance (or a classmethod to its class).
    Method(Rc<(Value, Value)>),
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Gen(Rc<GenObj>),
    Iter(Rc<RefCell<IterObj>>),
    Module(Rc<ModuleObj>),
    Deque(Rc<RefCell<DequeObj>>),
    /// `property`, `staticmethod`, `classmethod`, `super` objects.
    Property(Rc<[Value; 3]>),
    StaticMethod(Rc<Value>),
    ClassMethod(Rc<Value>),
    Super(Rc<(Rc<Class>, Value)>),
    /// A traceback (opaque in programs: `e.__traceback__`).
    Traceback(Rc<Vec<TbEntry>>),
    /// A cell (for closures).
    Cell(CellRef),
    /// `d.keys()`, `d.values()`, `d.items()` (0, 1, 2).
    DictView(Rc<(Rc<DictObj>, u8)>),
    /// The awaitable of an async generator's `__anext__()` / `asend(v)`.
    ASend(Rc<ASendObj>),
    /// Anything else native with its own class (argparse namespaces are instances).
    Code(Rc<Code>),
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::from(s))
    }
    pub fn string(s: String) -> Value {
        Value::Str(Rc::from(s))
    }
    pub fn tuple(v: Vec<Value>) -> Value {
        if v.is_empty() {
            // One empty tuple, as CPython's (`() is ()`): no allocation per `()`.
            thread_local! {
                static EMPTY: Rc<TupleObj> = TupleObj::new(Rc::from(Vec::new()));
            }
            return Value::Tuple(EMPTY.with(Rc::clone));
        }
        Value::Tuple(TupleObj::new(Rc::from(v)))
    }
    /// A tuple of `N` values, in one allocation (`Value::tuple` copies its
    /// vector into a new one).
    pub fn tuple_of<const N: usize>(a: [Value; N]) -> Value {
        if N == 0 {
            return Value::tuple(Vec::new());
        }
        Value::Tuple(TupleObj::new(Rc::from(a)))
    }
    pub fn list(v: Vec<Value>) -> Value {
        Value::List(Rc::new(ListObj(RefCell::new(v))))
    }
    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }
    /// Identity (`is`).
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (None, None) | (NotImplemented, NotImplemented) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (BigInt(a), BigInt(b)) => Rc::ptr_eq(a, b),
            (Str(a), Str(b)) => Rc::ptr_eq(a, b) || (a.len() <= 1 && a == b),
            (Bytes(a), Bytes(b)) => Rc::ptr_eq(a, b),
            (Tuple(a), Tuple(b)) => Rc::ptr_eq(a, b) || (a.is_empty() && b.is_empty()),
            (List(a), List(b)) => Rc::ptr_eq(a, b),
            (Dict(a), Dict(b)) => Rc::ptr_eq(a, b),
            (Set(a), Set(b)) => Rc::ptr_eq(a, b),
            (Range(a), Range(b)) => Rc::ptr_eq(a, b),
            (Slice(a), Slice(b)) => Rc::ptr_eq(a, b),
            (Func(a), Func(b)) => Rc::ptr_eq(a, b),
            (Native(a), Native(b)) => Rc::ptr_eq(a, b),
            (NativeMethod(a), NativeMethod(b)) => Rc::ptr_eq(a, b),
            (Method(a), Method(b)) => Rc::ptr_eq(a, b),
            (Class(a), Class(b)) => Rc::ptr_eq(a, b),
            (Instance(a), Instance(b)) => Rc::ptr_eq(a, b),
            (Gen(a), Gen(b)) => Rc::ptr_eq(a, b),
            (Iter(a), Iter(b)) => Rc::ptr_eq(a, b),
            (Module(a), Module(b)) => Rc::ptr_eq(a, b),
            (Deque(a), Deque(b)) => Rc::ptr_eq(a, b),
            (Property(a), Property(b)) => Rc::ptr_eq(a, b),
            (StaticMethod(a), StaticMethod(b)) => Rc::ptr_eq(a, b),
            (ClassMethod(a), ClassMethod(b)) => Rc::ptr_eq(a, b),
            (Super(a), Super(b)) => Rc::ptr_eq(a, b),
            (Traceback(a), Traceback(b)) => Rc::ptr_eq(a, b),
            (Cell(a), Cell(b)) => Rc::ptr_eq(a, b),
            (Code(a), Code(b)) => Rc::ptr_eq(a, b),
            (DictView(a), DictView(b)) => Rc::ptr_eq(a, b),
            (ASend(a), ASend(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
    /// A stable identity number (`id()`), the object's address.
    pub fn id(&self) -> usize {
        use Value::*;
        match self {
            None => 0x1000,
            NotImplemented => 0x1010,
            Ellipsis => 0x1020,
            Bool(b) => 0x1030 + *b as usize * 16,
            Int(i) => 0x10_0000 + (*i as usize).wrapping_mul(32),
            Float(f) => f.to_bits() as usize,
            BigInt(a) => Rc::as_ptr(a) as *const u8 as usize,
            Str(a) => Rc::as_ptr(a) as *const u8 as usize,
            Bytes(a) => Rc::as_ptr(a) as *const u8 as usize,
            Tuple(a) => Rc::as_ptr(a) as *const u8 as usize,
            List(a) => Rc::as_ptr(a) as *const u8 as usize,
            Dict(a) => Rc::as_ptr(a) as *const u8 as usize,
            Set(a) => Rc::as_ptr(a) as *const u8 as usize,
            Range(a) => Rc::as_ptr(a) as *const u8 as usize,
            Slice(a) => Rc::as_ptr(a) as *const u8 as usize,
            Func(a) => Rc::as_ptr(a) as *const u8 as usize,
            Native(a) => Rc::as_ptr(a) as *const u8 as usize,
            NativeMethod(a) => Rc::as_ptr(a) as *const u8 as usize,
            Method(a) => Rc::as_ptr(a) as *const u8 as usize,
            Class(a) => Rc::as_ptr(a) as *const u8 as usize,
            Instance(a) => Rc::as_ptr(a) as *const u8 as usize,
            Gen(a) => Rc::as_ptr(a) as *const u8 as usize,
            Iter(a) => Rc::as_ptr(a) as *const u8 as usize,
            Module(a) => Rc::as_ptr(a) as *const u8 as usize,
            Deque(a) => Rc::as_ptr(a) as *const u8 as usize,
            Property(a) => Rc::as_ptr(a) as *const u8 as usize,
            StaticMethod(a) => Rc::as_ptr(a) as *const u8 as usize,
            ClassMethod(a) => Rc::as_ptr(a) as *const u8 as usize,
            Super(a) => Rc::as_ptr(a) as *const u8 as usize,
            Traceback(a) => Rc::as_ptr(a) as *const u8 as usize,
            Cell(a) => Rc::as_ptr(a) as *const u8 as usize,
            Code(a) => Rc::as_ptr(a) as *const u8 as usize,
            DictView(a) => Rc::as_ptr(a) as *const u8 as usize,
            ASend(a) => Rc::as_ptr(a) as *const u8 as usize,
        }
    }
}

/// A dict key: a value hashed and compared with Python's rules for the
/// built-in hashable types (1 == 1.0 == True); instances by identity.
#[derive(Clone)]
pub struct Key(pub Value);

/// CPython's hash of an integer-valued number (mod 2**61 - 1).
/// A list's items. Freed last to first, as CPython's `list_dealloc` (seen
/// through `__del__` and the order of "never retrieved" reports).
pub struct ListObj(pub RefCell<Vec<Value>>);

impl std::ops::Deref for ListObj {
    type Target = RefCell<Vec<Value>>;
    #[inline]
    fn deref(&self) -> &RefCell<Vec<Value>> {
        &self.0
    }
}

impl Drop for ListObj {
    fn drop(&mut self) {
        let v = self.0.get_mut();
        while let Some(x) = v.pop() {
            drop(x);
        }
    }
}

/// A tuple's items. Freed last to first, as CPython's `tupledealloc` (seen
/// through `__del__` and the order of "never retrieved" reports); otherwise
/// the `[Value]` it derefs to.
#[repr(transparent)]
pub struct TupleObj(std::mem::ManuallyDrop<[Value]>);

impl TupleObj {
    /// The tuple of these items (the same allocation).
    #[inline]
    pub fn new(items: Rc<[Value]>) -> Rc<TupleObj> {
        // SAFETY: `TupleObj` is `repr(transparent)` over `ManuallyDrop<[Value]>`,
        // itself `repr(transparent)` over `[Value]`: the same layout and
        // pointer metadata, as `Rc<str>` from `Rc<[u8]>`.
        unsafe { Rc::from_raw(Rc::into_raw(items) as *const TupleObj) }
    }
}

impl std::ops::Deref for TupleObj {
    type Target = [Value];
    #[inline]
    fn deref(&self) -> &[Value] {
        &self.0
    }
}

impl Drop for TupleObj {
    fn drop(&mut self) {
        for x in self.0.iter_mut().rev() {
            // SAFETY: each item is dropped once, here; `ManuallyDrop` keeps
            // the slice's own drop from running after.
            unsafe { std::ptr::drop_in_place(x) }
        }
    }
}

/// Appends `x` to a list's items; a list's first item gets room for one
/// only (a future's callbacks, most small lists: 24 bytes, not 96).
#[inline]
pub fn push_item(v: &mut Vec<Value>, x: Value) {
    if v.capacity() == 0 {
        v.reserve_exact(1);
    }
    v.push(x);
}

pub fn hash_i64(i: i64) -> i64 {
    const M: i128 = (1i128 << 61) - 1;
    let mut h = ((i as i128).rem_euclid(M)) as i64;
    if i < 0 {
        h = -(((-(i as i128)) % M) as i64);
    }
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_f64(f: f64) -> i64 {
    if f.is_finite() && f.fract() == 0.0 && f.abs() < 9.2e18 {
        return hash_i64(f as i64);
    }
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    // CPython's algorithm for non-integral floats.
    const BITS: u32 = 61;
    const M: u64 = (1u64 << BITS) - 1;
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & M) | (x >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= M {
            x -= M;
        }
    }
    let e = if e >= 0 {
        e % BITS as i32
    } else {
        BITS as i32 - 1 - ((-1 - e) % BITS as i32)
    };
    x = ((x << e) & M) | (x >> (BITS as i32 - e));
    let mut h = x as i64;
    if f < 0.0 {
        h = -h;
    }
    if h == -1 {
        -2
    } else {
        h
    }
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

impl Hash for Key {
    fn hash<H: Hasher>(&self, h: &mut H) {
        match &self.0 {
            Value::Int(i) => hash_i64(*i).hash(h),
            Value::Bool(b) => (*b as i64).hash(h),
            Value::Float(f) => hash_f64(*f).hash(h),
            Value::BigInt(b) => {
                let m = BigInt::from((1i64 << 61) - 1);
                let r: BigInt = ((&**b % &m) + &m) % &m;
                let mut v: i64 = num_traits::ToPrimitive::to_i64(&r).unwrap_or(0);
                if b.sign() == num_bigint::Sign::Minus {
                    let pos: BigInt = (-(&**b)) % &m;
                    v = -num_traits::ToPrimitive::to_i64(&pos).unwrap_or(0);
                }
                v.hash(h)
            }
            Value::Str(s) => s.hash(h),
            Value::Bytes(b) => b.hash(h),
            Value::Tuple(t) => {
                t.len().hash(h);
                for x in t.iter() {
                    Key(x.clone()).hash(h);
                }
            }
            Value::None => 0u8.hash(h),
            Value::Set(s) if s.frozen => s.set.borrow().frozen_hash().hash(h),
            Value::Instance(_) => eq_rep(self.0.id()).hash(h),
            v => v.id().hash(h),
        }
    }
}

impl PartialEq for Key {
    fn eq(&self, o: &Key) -> bool {
        key_eq(&self.0, &o.0)
    }
}
impl Eq for Key {}

/// Equality of hashable built-in values (no user `__eq__`).
pub fn key_eq(a: &Value, b: &Value) -> bool {
    use Value::*;
    match (a, b) {
        (Int(x), Int(y)) => x == y,
        (Bool(x), Bool(y)) => x == y,
        (Int(x), Bool(y)) | (Bool(y), Int(x)) => *x == *y as i64,
        (Float(x), Float(y)) => x == y,
        (Int(x), Float(y)) | (Float(y), Int(x)) => (*x as f64) == *y && (*y as i64) == *x,
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => (*x as i64 as f64) == *y,
        (BigInt(x), BigInt(y)) => x == y,
        (BigInt(x), Float(y)) | (Float(y), BigInt(x)) => {
            y.is_finite()
                && y.fract() == 0.0
                && crate::format::float_to_int(*y).as_ref() == Some(&**x)
        }
        (Str(x), Str(y)) => x == y,
        (Bytes(x), Bytes(y)) => x == y,
        (Tuple(x), Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| key_eq(p, q))
        }
        (Set(x), Set(y)) if x.frozen && y.frozen => {
            Rc::ptr_eq(x, y) || {
                let (xs, ys) = (x.set.borrow(), y.set.borrow());
                xs.len() == ys.len() && xs.iter().all(|k| ys.contains(k))
            }
        }
        (Instance(x), Instance(y)) => Rc::ptr_eq(x, y) || eq_rep(a.id()) == eq_rep(b.id()),
        _ => a.is(b),
    }
}

thread_local! {
    /// Instances with a user `__hash__` made keys (`Vm::key`), by address:
    /// (the address they are one key with, their hash). An instance with a user
    /// `__eq__` too is one key with the first live instance of its hash it
    /// equals: as keys they hash and compare by that address, and each is kept
    /// as itself. Sets place them by their hash, as CPython. `Vm::key` keeps a
    /// `Weak` of every address here, so none is reused while it is mapped.
    static EQ_REP: RefCell<hashbrown::HashMap<usize, (usize, i64), crate::omap::Fx>> =
        RefCell::new(Default::default());
    static EQ_REP_ANY: Cell<bool> = const { Cell::new(false) };
}

/// The address instance `id` hashes and compares by as a key (its own, or
/// the first equal instance's).
#[inline]
pub fn eq_rep(id: usize) -> usize {
    if !EQ_REP_ANY.with(Cell::get) {
        return id;
    }
    EQ_REP.with(|m| m.borrow().get(&id).map_or(id, |e| e.0))
}

/// The user `__hash__` of instance `id` when it was made a key.
#[inline]
pub fn user_hash(id: usize) -> Option<i64> {
    if !EQ_REP_ANY.with(Cell::get) {
        return None;
    }
    EQ_REP.with(|m| m.borrow().get(&id).map(|e| e.1))
}

/// Instance `id` (of user hash `h`) is one key with instance `rep` (see [`eq_rep`]).
pub fn set_eq_rep(id: usize, rep: usize, h: i64) {
    EQ_REP_ANY.with(|c| c.set(true));
    EQ_REP.with(|m| m.borrow_mut().insert(id, (rep, h)));
}

/// Forgets instance `id` (it is gone, or its run is).
pub fn forget_eq_rep(id: usize) {
    // try_with: a run dropped as the thread ends, after the table.
    let _ = EQ_REP.try_with(|m| m.borrow_mut().remove(&id));
}

/// A run's instances made keys (`Vm::key`), by user hash: the first of each
/// kind of equal ones (`reps`, compared against) and those made one key with
/// them (`members`). Each `Weak` keeps its instance's address from being reused
/// while [`EQ_REP`] maps it; a run's entries go when the run does (two runs can
/// be alive at once in the page: a paused run and the frames panel's cursor).
#[derive(Default)]
pub struct EqKeys {
    pub buckets: std::collections::HashMap<i64, EqBucket>,
    pub len: usize,
    pub sweep_at: usize,
}

#[derive(Default)]
pub struct EqBucket {
    pub reps: Vec<std::rc::Weak<Instance>>,
    pub members: Vec<std::rc::Weak<Instance>>,
}

fn addr(w: &std::rc::Weak<Instance>) -> usize {
    w.as_ptr() as *const u8 as usize
}

impl EqKeys {
    /// Records `w` (of hash `h`): a representative or a member.
    pub fn add(&mut self, h: i64, w: std::rc::Weak<Instance>, member: bool) {
        let b = self.buckets.entry(h).or_default();
        if member {
            b.members.push(w);
        } else {
            b.reps.push(w);
        }
        self.len += 1;
        if self.len > self.sweep_at.max(1024) {
            self.sweep();
        }
    }
    /// Drops the dead: members, and representatives no live member maps to.
    fn sweep(&mut self) {
        self.buckets.retain(|_, b| {
            let live_reps: std::collections::HashSet<usize> = b
                .members
                .iter()
                .filter(|w| w.strong_count() > 0)
                .map(|w| eq_rep(addr(w)))
                .collect();
            b.members.retain(|w| {
                let keep = w.strong_count() > 0;
                if !keep {
                    forget_eq_rep(addr(w));
                }
                keep
            });
            b.reps.retain(|w| {
                let keep = w.strong_count() > 0 || live_reps.contains(&addr(w));
                if !keep {
                    forget_eq_rep(addr(w));
                }
                keep
            });
            !(b.reps.is_empty() && b.members.is_empty())
        });
        self.len = self
            .buckets
            .values()
            .map(|b| b.reps.len() + b.members.len())
            .sum();
        self.sweep_at = 2 * self.len + 1024;
    }
}

impl Drop for EqKeys {
    fn drop(&mut self) {
        for b in self.buckets.values() {
            for w in b.reps.iter().chain(&b.members) {
                forget_eq_rep(addr(w));
            }
        }
    }
}

pub struct DictObj {
    pub map: RefCell<OMap<Key, Value>>,
    /// `defaultdict`'s factory.
    pub default: Option<Value>,
    /// For `obj.__dict__`/`vars(obj)`: the instance whose attributes this is a
    /// copy of, made when asked for; changes to it are written back
    /// ([`DictObj::write_back`]), so `self.__dict__[k] = v` and
    /// `self.__dict__.update(kw)` set attributes.
    pub owner: Option<std::rc::Weak<Instance>>,
}
impl DictObj {
    pub fn new(map: OMap<Key, Value>) -> Rc<DictObj> {
        Rc::new(DictObj {
            map: RefCell::new(map),
            default: None,
            owner: None,
        })
    }
    /// `inst.__dict__`: its attributes, as a dict that writes back.
    pub fn of_instance(inst: &Rc<Instance>) -> Rc<DictObj> {
        let m = inst
            .dict
            .borrow()
            .iter()
            .map(|(k, v)| (Key(Value::Str(k.clone())), v.clone()))
            .collect();
        Rc::new(DictObj {
            map: RefCell::new(m),
            default: None,
            owner: Some(Rc::downgrade(inst)),
        })
    }
    /// After key `k` of this dict was set or deleted: the same on the owner
    /// instance's attributes (see [`DictObj::owner`]); its other attributes stay.
    pub fn write_back_key(&self, k: &Key) {
        let Some(inst) = self.owner.as_ref().and_then(std::rc::Weak::upgrade) else {
            return;
        };
        let Value::Str(name) = &k.0 else { return };
        let v = self.map.borrow().get(k).cloned();
        let old = match v {
            Some(v) => inst
                .dict
                .borrow_mut()
                .insert_name(&crate::omap::intern(name), v),
            None => inst.dict.borrow_mut().shift_remove(name),
        };
        drop(old);
    }
    /// After a method changed this dict (`update`, `pop`, `clear`...): the keys
    /// it had (`before`) and has now, written back one by one.
    pub fn write_back_since(&self, before: &[Key]) {
        let now: Vec<Key> = self.map.borrow().iter().map(|(k, _)| k.clone()).collect();
        for k in before.iter().chain(&now) {
            self.write_back_key(k);
        }
    }
    /// The slot of the interned name `name` (a module's global, `asyncio.sleep`),
    /// tried first where `slot` says it was found last; `slot` learns it.
    pub fn slot_hinted(&self, name: &Str, slot: &Cell<u8>) -> Option<usize> {
        let map = self.map.borrow();
        let h = slot.get() as usize;
        if let Some((Key(Value::Str(k)), _)) = map.slot_entry(h) {
            if Rc::ptr_eq(k, name) {
                return Some(h);
            }
        }
        let i = map.slot_of(&Key(Value::Str(name.clone())))?;
        if i < 256 {
            slot.set(i as u8);
        }
        Some(i)
    }
    /// The value of `name` ([`DictObj::slot_hinted`]).
    pub fn get_hinted(&self, name: &Str, slot: &Cell<u8>) -> Option<Value> {
        let i = self.slot_hinted(name, slot)?;
        self.map.borrow().slot_value(i).cloned()
    }
}

pub struct SetObj {
    /// CPython's hash table (iteration order is CPython's).
    pub set: RefCell<crate::pyset::PySet>,
    pub frozen: bool,
}

pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    /// The bounds of a range whose bounds or length do not fit an i64 (the
    /// fields above are then 0, 0, 1); None for every other range.
    pub big: Option<Box<[BigInt; 3]>>,
}
impl RangeObj {
    /// A range of i64 bounds whose length fits an i64 (else a big one).
    pub fn new(start: i64, stop: i64, step: i64) -> RangeObj {
        let r = RangeObj {
            start,
            stop,
            step,
            big: None,
        };
        if r.len_i128() > i64::MAX as i128 {
            return RangeObj::from_big(start.into(), stop.into(), step.into());
        }
        r
    }
    /// A range of any bounds: small when everything fits an i64.
    pub fn from_big(start: BigInt, stop: BigInt, step: BigInt) -> RangeObj {
        use num_traits::ToPrimitive;
        if let (Some(a), Some(b), Some(c)) = (start.to_i64(), stop.to_i64(), step.to_i64()) {
            let r = RangeObj {
                start: a,
                stop: b,
                step: c,
                big: None,
            };
            if r.len_i128() <= i64::MAX as i128 {
                return r;
            }
        }
        RangeObj {
            start: 0,
            stop: 0,
            step: 1,
            big: Some(Box::new([start, stop, step])),
        }
    }
    fn len_i128(&self) -> i128 {
        let (a, b, s) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if s > 0 {
            (b - a + s - 1) / s
        } else {
            (a - b - s - 1) / (-s)
        };
        n.max(0)
    }
    pub fn len(&self) -> i64 {
        self.len_i128() as i64
    }
    pub fn is_empty(&self) -> bool {
        self.len_i128() == 0
    }
    pub fn get(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
    /// (start, stop, step) as ints of any size.
    pub fn bounds(&self) -> (BigInt, BigInt, BigInt) {
        match &self.big {
            Some(b) => (b[0].clone(), b[1].clone(), b[2].clone()),
            None => (self.start.into(), self.stop.into(), self.step.into()),
        }
    }
    /// The length, of any size (rangeobject.c's compute_range_length).
    pub fn big_len(&self) -> BigInt {
        use num_traits::{Signed, Zero};
        let (lo, hi, step) = self.bounds();
        let (lo, hi, step) = if step.is_positive() {
            (lo, hi, step)
        } else {
            (hi, lo, -step)
        };
        if lo >= hi {
            return BigInt::zero();
        }
        (hi - lo - 1) / step + 1
    }
}

pub type NativeFnPtr =
    fn(&mut crate::vm::Vm, &NativeFn, &[Value], &[(Str, Value)]) -> crate::vm::PyResult<Value>;

pub struct NativeFn {
    pub name: Str,
    pub f: NativeFnPtr,
    /// Extra data a native closure needs (e.g. the class a default constructor makes).
    pub data: Value,
}

pub struct Function {
    pub code: Rc<Code>,
    pub globals: Rc<DictObj>,
    pub defaults: Vec<Value>,
    pub kwdefaults: Vec<(Str, Value)>,
    pub closure: Vec<CellRef>,
    pub name: RefCell<Str>,
    pub qualname: RefCell<Str>,
    pub dict: RefCell<Option<Rc<DictObj>>>,
    /// `__doc__` and `__module__` once assigned (`functools.wraps` copies them).
    pub set: RefCell<Option<Box<FuncSet>>>,
}

impl Function {
    /// The function that runs a module's body (`code` compiled from a module).
    pub fn module_body(code: Rc<Code>, globals: Rc<DictObj>, name: &str) -> Function {
        Function {
            code,
            globals,
            defaults: vec![],
            kwdefaults: vec![],
            closure: vec![],
            name: RefCell::new(Rc::from(name)),
            qualname: RefCell::new(Rc::from(name)),
            dict: RefCell::new(None),
            set: RefCell::new(None),
        }
    }
}

/// A function's `__doc__` and `__module__` assigned by the program (CPython
/// keeps them in the function object, not in its `__dict__`).
#[derive(Default)]
pub struct FuncSet {
    pub doc: Option<Value>,
    pub module: Option<Value>,
}

pub struct Class {
    pub name: Str,
    pub qualname: Str,
    pub bases: Vec<Rc<Class>>,
    /// The class itself first, then its bases' MRO.
    pub mro: RefCell<Vec<Rc<Class>>>,
    pub dict: RefCell<OMap<Str, Value>>,
    pub builtin: Option<crate::types::Builtin>,
    pub cache: LookupCache,
    /// For a class with a `__del__`: where its dropped instances go to have it
    /// called (`finalize.rs`).
    pub fin: RefCell<Option<Rc<crate::finalize::Finalizers>>>,
}

thread_local! {
    /// Bumped whenever a class's namespace changes after creation: it voids
    /// every class's lookup cache.
    static CLASS_EPOCH: Cell<u64> = const { Cell::new(1) };
}

/// A class namespace changed (`C.x = ...`, `del C.x`): drop the lookup caches.
pub fn classes_changed() {
    CLASS_EPOCH.with(|e| e.set(e.get() + 1));
}

/// What `Class::lookup` found for each name, valid while the epoch is unchanged.
#[derive(Default)]
pub struct LookupCache {
    epoch: Cell<u64>,
    /// Keyed by the address of the interned name (which the entry holds).
    found: RefCell<hashbrown::HashMap<usize, (Str, Option<Value>), crate::omap::Fx>>,
    /// (epoch, no `property` along the MRO and no `__setattr__` but object's).
    plain: Cell<(u64, bool)>,
    /// The most attributes an instance has been seen with: a new instance's
    /// dict is made that big, so it does not grow key by key.
    pub attrs: Cell<usize>,
    /// (epoch, how an instance is hashed as a key: `Vm::key`), 0 when not known.
    pub hashing: Cell<(u64, u8)>,
    /// The empty shape its instances' attributes start from (`attrs`).
    pub shape: RefCell<Option<Rc<crate::attrs::Shape>>>,
}

impl LookupCache {
    /// An instance of the class now has `n` attributes.
    #[inline]
    pub fn saw_attrs(&self, n: usize) {
        if n > self.attrs.get() {
            self.attrs.set(n.min(64));
        }
    }
    /// Forgets everything (the class is being torn down).
    pub fn clear(&self) {
        self.found.borrow_mut().clear();
        self.epoch.set(0);
    }
}

impl Class {
    /// The attribute `name` along the MRO (cached: attribute access on an
    /// instance asks its class first, on every access).
    pub fn lookup(&self, name: &str) -> Option<Value> {
        self.lookup_name(&crate::omap::intern(name))
    }
    /// [`Class::lookup`] of an interned name (a code object's, `name!`):
    /// the cache finds it by address, with no hashing of the text.
    pub fn lookup_name(&self, name: &Str) -> Option<Value> {
        let epoch = CLASS_EPOCH.with(|e| e.get());
        let key = Rc::as_ptr(name) as *const u8 as usize;
        if self.cache.epoch.get() == epoch {
            if let Some((_, v)) = self.cache.found.borrow().get(&key) {
                return v.clone();
            }
        } else {
            self.cache.found.borrow_mut().clear();
            self.cache.epoch.set(epoch);
        }
        let v = self.lookup_uncached(name);
        let mut f = self.cache.found.borrow_mut();
        if f.len() < 4096 {
            f.insert(key, (name.clone(), v.clone()));
        }
        v
    }
    /// No descriptor (`property`, an object with `__get__`/`__set__`/`__delete__`)
    /// along the MRO, no `__slots__` and no custom `__setattr__`:
    /// an instance's own attributes can be read and written first, without asking
    /// the class (cached per class, voided with the lookup cache).
    #[inline]
    pub fn is_plain(&self) -> bool {
        let epoch = CLASS_EPOCH.with(|e| e.get());
        let (e, plain) = self.cache.plain.get();
        if e == epoch {
            return plain;
        }
        self.is_plain_uncached(epoch)
    }
    /// A cached answer (`f` computes it) that holds while no class changes.
    #[inline]
    pub fn cached_u8(&self, cell: &Cell<(u64, u8)>, f: impl FnOnce() -> u8) -> u8 {
        let epoch = CLASS_EPOCH.with(|e| e.get());
        let (e, v) = cell.get();
        if e == epoch && v != 0 {
            return v;
        }
        let v = f();
        cell.set((epoch, v));
        v
    }
    #[cold]
    #[inline(never)]
    fn is_plain_uncached(&self, epoch: u64) -> bool {
        let check = |c: &Class| {
            let d = c.dict.borrow();
            d.get("__setattr__").is_none()
                && d.get("__slots__").is_none()
                && !d.values().any(crate::builtins::is_descriptor)
        };
        let plain = check(self) && self.mro.borrow().iter().skip(1).all(|c| check(c));
        self.cache.plain.set((epoch, plain));
        plain
    }
    fn lookup_uncached(&self, name: &str) -> Option<Value> {
        if let Some(v) = self.dict.borrow().get(name) {
            return Some(v.clone());
        }
        for c in self.mro.borrow().iter().skip(1) {
            if let Some(v) = c.dict.borrow().get(name) {
                return Some(v.clone());
            }
        }
        None
    }
    pub fn is_subclass(self: &Rc<Class>, other: &Rc<Class>) -> bool {
        Rc::ptr_eq(self, other) || self.mro.borrow().iter().any(|c| Rc::ptr_eq(c, other))
    }
    pub fn module(&self) -> Option<Value> {
        self.lookup_name(&crate::name!("__module__"))
    }
}

pub struct Instance {
    pub class: RefCell<Rc<Class>>,
    pub dict: RefCell<crate::attrs::AttrMap>,
    /// Set for instances of exception classes.
    pub exc: Option<Box<RefCell<ExcData>>>,
}

#[derive(Clone)]
pub struct TbEntry {
    pub filename: Str,
    pub line: u32,
    pub name: Str,
}

#[derive(Default)]
pub struct ExcData {
    pub args: Vec<Value>,
    pub traceback: Vec<TbEntry>,
    pub context: Option<Value>,
    pub cause: Option<Value>,
    pub suppress_context: bool,
    /// An exception group's exceptions, as a tuple made when it was created.
    pub group: Option<Rc<[Value]>>,
    /// The locals and stacks of the frames it unwound: CPython's traceback
    /// keeps those frames alive while the exception lives, so a generator in a
    /// local is finalized when the exception goes, not when its frame did.
    pub frames_kept: Vec<Value>,
    /// An OSError made with 2 to 5 arguments: errno, strerror, filename,
    /// filename2 (oserror_parse_args; `args` keeps the first two).
    pub os: Option<Box<[Value; 4]>>,
    /// An ImportError's `name` and `path` (keyword arguments, or set by `import`).
    pub import: Option<Box<[Value; 2]>>,
}

impl ExcData {
    /// OSError's argument parsing, for an OSError (or subclass) made with
    /// `args`: the fields set and `args` cut to (errno, strerror).
    pub fn parse_os_args(&mut self) {
        let n = self.args.len();
        if !(2..=5).contains(&n) {
            self.os = None;
            return;
        }
        let get = |i: usize| self.args.get(i).cloned().unwrap_or(Value::None);
        self.os = Some(Box::new([get(0), get(1), get(2), get(4)]));
        // oserror_init keeps (errno, strerror) as args only with a filename.
        if n > 2 && !self.args[2].is_none() {
            self.args.truncate(2);
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

pub struct GenObj {
    pub kind: GenKind,
    /// The suspended frame; None while running or when finished.
    pub frame: RefCell<Option<Box<Frame>>>,
    pub running: Cell<bool>,
    pub finished: Cell<bool>,
    /// Started (first send done).
    pub started: Cell<bool>,
    pub name: Str,
    pub qualname: Str,
    pub code: Rc<Code>,
    /// For async generators: one of its awaitables is in flight (ag_running_async).
    pub ag_running: Cell<bool>,
    /// Where a generator goes to be closed (an async generator to be handed
    /// to its finalizer hook) when it is dropped unfinished (`finalize.rs`);
    /// None for coroutines.
    pub fin: Option<Rc<crate::finalize::Finalizers>>,
    /// An async generator's `sys.set_asyncgen_hooks` were applied (its first
    /// `__anext__`/`asend`/`athrow`/`aclose`): the finalizer hook then, if any.
    pub ag_hooks: RefCell<Option<Option<Value>>>,
}

/// What an async generator's awaitable does: `__anext__()`/`asend(v)`,
/// `athrow(e)`, `aclose()`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AKind {
    Send,
    Throw,
    Close,
}

/// The awaitable of `agen.__anext__()`, `asend(v)`, `athrow(e)` or `aclose()`.
pub struct ASendObj {
    pub gen: Rc<GenObj>,
    /// The value sent (Send) or the exception thrown (Throw, Close).
    pub value: Value,
    pub kind: AKind,
    /// Its first send happened (the value was delivered).
    pub started: Cell<bool>,
}

impl ASendObj {
    /// The awaitable `agen.asend(v)` / `athrow(...)` returns, as a value.
    #[allow(clippy::new_ret_no_self)]
    pub fn new(gen: Rc<GenObj>, value: Value, kind: AKind) -> Value {
        Value::ASend(Rc::new(ASendObj {
            gen,
            value,
            kind,
            started: Cell::new(false),
        }))
    }
}

pub enum IterObj {
    Seq {
        seq: Value,
        i: usize,
        /// A deque's `state` when the iterator was made (0 for other sequences).
        state: u64,
    },
    Range {
        cur: i64,
        step: i64,
        left: i64,
    },
    Str {
        s: Str,
        byte: usize,
    },
    DictKeys {
        d: Rc<DictObj>,
        i: usize,
        len: usize,
    },
    DictValues {
        d: Rc<DictObj>,
        i: usize,
        len: usize,
    },
    DictItems {
        d: Rc<DictObj>,
        i: usize,
        len: usize,
    },
    /// Over the live table, as CPython's set iterator (`used`: the size it began with).
    Set {
        set: Rc<SetObj>,
        pos: usize,
        used: usize,
    },
    Enumerate {
        it: Value,
        n: Value,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
    },
    Map {
        f: Value,
        its: Vec<Value>,
    },
    Filter {
        f: Value,
        it: Value,
    },
    Reversed {
        seq: Value,
        i: usize,
    },
    Count {
        n: Value,
        step: Value,
    },
    Repeat {
        v: Value,
        left: Option<i64>,
    },
    Cycle {
        it: Option<Value>,
        saved: Vec<Value>,
        i: usize,
    },
    Islice {
        it: Value,
        next: i64,
        stop: Option<i64>,
        step: i64,
        i: i64,
    },
    Chain {
        its: Vec<Value>,
        i: usize,
        /// `chain.from_iterable(src)`: the iterator the iterables come from (lazily).
        src: Option<Value>,
    },
    /// `coroutine.__await__()`: CPython's `coroutine_wrapper`, an iterator over
    /// the coroutine (unwrapped where it is awaited or yielded from).
    CoroWrapper(Rc<GenObj>),
    /// `await fut` on a plain asyncio Future or Task: what the prelude's
    /// `Future.__await__` generator does, without a generator (CPython's C
    /// `FutureIter`).
    FutureAwait {
        fut: Value,
    },
    /// A call-until-sentinel iterator: `iter(f, sentinel)`.
    Callable {
        f: Value,
        sentinel: Value,
    },
    /// A dict view (keys/values/items), kept as a value so `len` and `in` work.
    Done,
}

pub struct ModuleObj {
    pub name: Str,
    pub dict: Rc<DictObj>,
}

pub struct DequeObj {
    pub items: VecDeque<Value>,
    pub maxlen: Option<usize>,
    /// Bumped by every change of the deque's length or order (CPython's
    /// `state`): its iterators fail once it moves.
    pub state: u64,
}
