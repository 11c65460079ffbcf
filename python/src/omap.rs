//! Hash maps for the interpreter.
//!
//! - [`Fx`]: a fast, deterministic hasher (rustc's FxHash) for every map the
//!   VM keys by its own values; SipHash's DoS resistance buys nothing here.
//! - [`OMap`]: Python's `dict` layout: entries in insertion order, deletion
//!   leaves a hole (O(1), like CPython's `DKIX_DUMMY`), holes are squeezed out
//!   when they outnumber the live entries. `IndexMap::shift_remove` is O(n),
//!   which made `del d[k]` on big dicts (asyncio's task registry) quadratic.

use hashbrown::HashTable;
use std::borrow::Borrow;
use std::hash::{BuildHasher, Hash, Hasher};

/// rustc's FxHasher.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().unwrap()));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(b));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(i as u64);
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

#[derive(Default, Clone, Copy)]
pub struct Fx;
impl BuildHasher for Fx {
    type Hasher = FxHasher;
    #[inline]
    fn build_hasher(&self) -> FxHasher {
        FxHasher(0)
    }
}

thread_local! {
    static INTERNED: std::cell::RefCell<hashbrown::HashTable<std::rc::Rc<str>>> =
        const { std::cell::RefCell::new(HashTable::new()) };
}

/// Set once an intern table is full: from then on, two equal names may be
/// different objects, so a name not found by identity must be compared by
/// value (see [`OMap::find_name`]).
static INTERN_FULL: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// An interned name with a guess of its slot in the maps it is looked up
/// in (instances of one class share a layout): see [`OMap::find_name_hinted`].
pub struct NameHint {
    pub name: std::rc::Rc<str>,
    pub slot: std::cell::Cell<u8>,
}

impl NameHint {
    pub fn new(s: &str) -> Self {
        NameHint {
            name: intern(s),
            slot: std::cell::Cell::new(0),
        }
    }
}

/// The interned `Rc<str>` of a literal name, made once per thread and
/// kept: `name!("_state")`. Cheaper than `intern` (no hashing).
#[macro_export]
macro_rules! name {
    ($s:literal) => {{
        thread_local! {
            static N: std::cell::Cell<::core::option::Option<&'static std::rc::Rc<str>>> =
                const { std::cell::Cell::new(::core::option::Option::None) };
        }
        N.with(|c| match c.get() {
            ::core::option::Option::Some(n) => n,
            ::core::option::Option::None => {
                let n: &'static std::rc::Rc<str> = Box::leak(Box::new($crate::omap::intern($s)));
                c.set(::core::option::Option::Some(n));
                n
            }
        })
        .clone()
    }};
}

/// Runs `f` with this call site's [`NameHint`] of a literal name (made once
/// per thread and kept): `hinted!("_state", |n| get(i, n))`.
#[macro_export]
macro_rules! hinted {
    ($s:literal, $f:expr) => {{
        thread_local! {
            static N: std::cell::Cell<::core::option::Option<&'static $crate::omap::NameHint>> =
                const { std::cell::Cell::new(::core::option::Option::None) };
        }
        let n: &'static $crate::omap::NameHint = N.with(|c| match c.get() {
            ::core::option::Option::Some(n) => n,
            ::core::option::Option::None => {
                let n: &'static _ = Box::leak(Box::new($crate::omap::NameHint::new($s)));
                c.set(::core::option::Option::Some(n));
                n
            }
        });
        $crate::omap::with_hint(n, $f)
    }};
}

/// Calls `f` with `n` (for [`hinted!`]: the closure's argument type is known).
#[inline(always)]
pub fn with_hint<R>(n: &'static NameHint, f: impl FnOnce(&'static NameHint) -> R) -> R {
    f(n)
}

/// The one shared `Rc<str>` of an identifier (names in code objects, attribute
/// keys), so that comparing two of them is a pointer comparison (`Rc`'s `Eq`
/// checks the pointer first). Past 100,000 names, strings are no longer interned.
/// Equal interned names are one object (no intern table has overflowed).
#[inline]
pub(crate) fn names_exact() -> bool {
    !INTERN_FULL.load(std::sync::atomic::Ordering::Relaxed)
}

pub fn intern(s: &str) -> std::rc::Rc<str> {
    INTERNED.with(|t| {
        let mut t = t.borrow_mut();
        let h = hash_of(s);
        if let Some(r) = t.find(h, |r| &**r == s) {
            return r.clone();
        }
        let r: std::rc::Rc<str> = std::rc::Rc::from(s);
        if t.len() < 100_000 {
            t.insert_unique(h, r.clone(), |r| hash_of(&**r));
        } else {
            INTERN_FULL.store(true, std::sync::atomic::Ordering::Relaxed);
        }
        r
    })
}

/// An insertion-ordered map with O(1) removal (see the module doc).
#[derive(Clone)]
pub struct OMap<K, V> {
    /// Entries by slot; `None` is a hole left by a removal.
    slots: Vec<Option<(K, V)>>,
    /// The slots' hashes and a table of slot indexes found by hash, kept only
    /// past `SMALL` slots: a small map (an instance's attributes) compares
    /// keys directly, hashes nothing and spends 8 bytes on this.
    big: Option<Box<Big>>,
    live: usize,
    /// Every key was added by [`OMap::insert_name`] (an interned name): a
    /// name looked up by identity and not found is not there.
    names: bool,
    /// Then: one bit per key, chosen by its address ([`name_bit`]); a name
    /// whose bit is clear is not there.
    bloom: u64,
    /// Changes (to a number no other map has had) whenever a key is added or
    /// removed or slots move: a cached slot index is valid while it is unchanged.
    layout: u64,
}

#[derive(Clone, Default)]
struct Big {
    hashes: Vec<u64>,
    table: HashTable<usize>,
}

thread_local! {
    static LAYOUTS: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}
fn new_layout() -> u64 {
    LAYOUTS.with(|c| {
        let v = c.get() + 1;
        c.set(v);
        v
    })
}

impl<K, V> Default for OMap<K, V> {
    fn default() -> Self {
        OMap {
            slots: Vec::new(),
            big: None,
            live: 0,
            names: true,
            bloom: 0,
            layout: new_layout(),
        }
    }
}

/// Key equality, the same object first (interned names: no string compare).
#[inline]
fn same<Q: Eq + ?Sized>(a: &Q, b: &Q) -> bool {
    std::ptr::eq(a, b) || a == b
}

/// Maps of at most this many slots (an instance's attributes) find keys by
/// comparing them, with no hashes and no table.
const SMALL: usize = 16;

#[inline]
fn hash_of<Q: Hash + ?Sized>(k: &Q) -> u64 {
    Fx.hash_one(k)
}

impl<K: Hash + Eq, V> OMap<K, V> {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn with_capacity(n: usize) -> Self {
        OMap {
            slots: Vec::with_capacity(n),
            big: (n > SMALL).then(|| {
                Box::new(Big {
                    hashes: Vec::with_capacity(n),
                    table: HashTable::with_capacity(n),
                })
            }),
            live: 0,
            names: true,
            bloom: 0,
            layout: new_layout(),
        }
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.live
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.live == 0
    }
    #[inline]
    fn find<Q: Hash + Eq + ?Sized>(&self, k: &Q) -> Option<usize>
    where
        K: Borrow<Q>,
    {
        if self.slots.len() <= SMALL {
            return self.find_small(k);
        }
        self.find_hashed(hash_of(k), k)
    }
    /// A small map's slot of `k`, by comparing keys.
    #[inline]
    fn find_small<Q: Eq + ?Sized>(&self, k: &Q) -> Option<usize>
    where
        K: Borrow<Q>,
    {
        self.slots
            .iter()
            .position(|s| s.as_ref().is_some_and(|(q, _)| same(q.borrow(), k)))
    }
    #[inline]
    fn find_hashed<Q: Hash + Eq + ?Sized>(&self, h: u64, k: &Q) -> Option<usize>
    where
        K: Borrow<Q>,
    {
        let slots = &self.slots;
        let Some(big) = self.big.as_deref().filter(|_| slots.len() > SMALL) else {
            return self.find_small(k);
        };
        big.table
            .find(h, |&i| {
                slots[i].as_ref().is_some_and(|(q, _)| same(q.borrow(), k))
            })
            .copied()
    }
    /// Makes the table index every live slot when the map is past `SMALL`
    /// slots, and empties it when it is not.
    fn rebuild_table(&mut self) {
        if self.slots.len() <= SMALL {
            self.big = None;
            return;
        }
        let big = self.big.get_or_insert_with(Default::default);
        big.table.clear();
        if big.hashes.len() != self.slots.len() {
            big.hashes = self
                .slots
                .iter()
                .map(|s| s.as_ref().map_or(0, |(k, _)| hash_of(k)))
                .collect();
        }
        let Big { hashes, table } = &mut **big;
        for (i, s) in self.slots.iter().enumerate() {
            if s.is_some() {
                table.insert_unique(hashes[i], i, |&j| hashes[j]);
            }
        }
    }
    pub fn get<Q: Hash + Eq + ?Sized>(&self, k: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.find(k)
            .and_then(|i| self.slots[i].as_ref().map(|(_, v)| v))
    }
    pub fn get_key_value(&self, k: &K) -> Option<(&K, &V)> {
        self.find(k)
            .and_then(|i| self.slots[i].as_ref().map(|(k, v)| (k, v)))
    }
    pub fn get_mut<Q: Hash + Eq + ?Sized>(&mut self, k: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
    {
        let i = self.find(k)?;
        self.slots[i].as_mut().map(|(_, v)| v)
    }
    pub fn contains_key<Q: Hash + Eq + ?Sized>(&self, k: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.find(k).is_some()
    }
    #[inline]
    pub fn layout(&self) -> u64 {
        self.layout
    }
    /// The slot of `k` (for a cache keyed by [`OMap::layout`]).
    pub fn slot_of<Q: Hash + Eq + ?Sized>(&self, k: &Q) -> Option<usize>
    where
        K: Borrow<Q>,
    {
        self.find(k)
    }
    #[inline]
    pub fn slot_entry(&self, i: usize) -> Option<(&K, &V)> {
        self.slots.get(i)?.as_ref().map(|(k, v)| (k, v))
    }
    #[inline]
    pub fn slot_value(&self, i: usize) -> Option<&V> {
        self.slots.get(i)?.as_ref().map(|(_, v)| v)
    }
    #[inline]
    pub fn slot_value_mut(&mut self, i: usize) -> Option<&mut V> {
        self.slots.get_mut(i)?.as_mut().map(|(_, v)| v)
    }
    /// `dict.setdefault`: the value of `k`, inserting `f()` first if absent.
    pub fn get_or_insert_with(&mut self, k: K, f: impl FnOnce() -> V) -> &mut V {
        let i = match self.find(&k) {
            Some(i) => i,
            None => {
                self.insert(k, f());
                self.slots.len() - 1
            }
        };
        self.slots[i].as_mut().map(|(_, v)| v).expect("live slot")
    }
    /// Inserts or replaces (a replaced key keeps its place and its first key object).
    pub fn insert(&mut self, k: K, v: V) -> Option<V> {
        // A map that stays small (or becomes large: `rebuild_table`) needs no hash.
        let h = (self.slots.len() > SMALL).then(|| hash_of(&k));
        let found = match h {
            Some(h) => self.find_hashed(h, &k),
            None => self.find_small(&k),
        };
        if let Some(i) = found {
            let e = self.slots[i].as_mut().expect("live slot");
            return Some(std::mem::replace(&mut e.1, v));
        }
        self.names = false;
        self.push_new(h, k, v);
        None
    }
    /// Adds a key known to be absent (with its hash if known).
    fn push_new(&mut self, h: Option<u64>, k: K, v: V) {
        let i = self.slots.len();
        if let Some(big) = self.big.as_deref_mut().filter(|_| i > SMALL) {
            let h = h.unwrap_or_else(|| hash_of(&k));
            big.hashes.push(h);
            self.slots.push(Some((k, v)));
            let Big { hashes, table } = big;
            table.insert_unique(h, i, |&j| hashes[j]);
        } else {
            self.slots.push(Some((k, v)));
            if i == SMALL {
                self.rebuild_table();
            }
        }
        self.live += 1;
        self.layout = new_layout();
    }
    /// Removes a key, keeping the order of the others.
    pub fn shift_remove<Q: Hash + Eq + ?Sized>(&mut self, k: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        self.remove_entry(k).map(|(_, v)| v)
    }
    pub fn remove_entry<Q: Hash + Eq + ?Sized>(&mut self, k: &Q) -> Option<(K, V)>
    where
        K: Borrow<Q>,
    {
        let i = match self.big.as_deref_mut().filter(|_| self.slots.len() > SMALL) {
            None => self.find_small(k)?,
            Some(big) => {
                let h = hash_of(k);
                let slots = &self.slots;
                let entry = big
                    .table
                    .find_entry(h, |&i| {
                        slots[i].as_ref().is_some_and(|(q, _)| q.borrow() == k)
                    })
                    .ok()?;
                entry.remove().0
            }
        };
        let e = self.slots[i].take();
        self.live -= 1;
        self.layout = new_layout();
        self.trim();
        e
    }
    /// Drops trailing holes, and squeezes the holes out when they are the majority.
    fn trim(&mut self) {
        let before = self.slots.len();
        while matches!(self.slots.last(), Some(None)) {
            self.slots.pop();
            if let Some(big) = self.big.as_deref_mut() {
                if big.hashes.len() > self.slots.len() {
                    big.hashes.pop();
                }
            }
        }
        if self.slots.len() > 16 && self.live * 2 < self.slots.len() {
            self.compact();
        } else if self.slots.len() <= SMALL && (before > SMALL || self.big.is_some()) {
            // Small again: no table, no hashes.
            self.rebuild_table();
        }
    }
    fn compact(&mut self) {
        let Some(big) = self
            .big
            .as_deref_mut()
            .filter(|b| b.hashes.len() == self.slots.len())
        else {
            // A small map keeps no hashes (`rebuild_table` makes them if needed).
            self.slots.retain(Option::is_some);
            if let Some(big) = self.big.as_deref_mut() {
                big.hashes.clear();
            }
            self.rebuild_table();
            return;
        };
        let mut slots = Vec::with_capacity(self.live);
        let mut hashes = Vec::with_capacity(self.live);
        for (s, h) in self.slots.drain(..).zip(big.hashes.drain(..)) {
            if s.is_some() {
                slots.push(s);
                hashes.push(h);
            }
        }
        self.slots = slots;
        big.hashes = hashes;
        self.rebuild_table();
    }
    pub fn clear(&mut self) {
        self.slots.clear();
        self.big = None;
        self.live = 0;
        self.names = true;
        self.bloom = 0;
        self.layout = new_layout();
    }
    /// Removes and returns the last entry (`dict.popitem`).
    pub fn pop(&mut self) -> Option<(K, V)> {
        let e = self.slots.pop()?;
        let i = self.slots.len();
        // The hash the entry was filed under (a key's hash must not be
        // recomputed: it could differ now, and the table would keep a stale index).
        let (k, v) = e.expect("no trailing holes");
        if let Some(big) = self.big.as_deref_mut() {
            let stored = if big.hashes.len() > i {
                big.hashes.pop()
            } else {
                None
            };
            if i >= SMALL {
                let h = stored.unwrap_or_else(|| hash_of(&k));
                if let Ok(en) = big.table.find_entry(h, |&j| j == i) {
                    en.remove();
                }
            }
        }
        self.live -= 1;
        self.layout = new_layout();
        self.trim();
        Some((k, v))
    }
    pub fn first(&self) -> Option<(&K, &V)> {
        self.iter().next()
    }
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&K, &V)> + Clone {
        self.slots
            .iter()
            .filter_map(|s| s.as_ref().map(|(k, v)| (k, v)))
    }
    pub fn iter_mut(&mut self) -> impl Iterator<Item = (&K, &mut V)> {
        self.slots
            .iter_mut()
            .filter_map(|s| s.as_mut().map(|(k, v)| (&*k, v)))
    }
    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &K> + Clone {
        self.iter().map(|(k, _)| k)
    }
    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> + Clone {
        self.iter().map(|(_, v)| v)
    }
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.iter_mut().map(|(_, v)| v)
    }
    /// The first live entry at or after `slot`, with its slot: a dict
    /// iterator's position (stable while the dict does not change size).
    pub fn next_from(&self, slot: usize) -> Option<(usize, &K, &V)> {
        self.slots
            .get(slot..)?
            .iter()
            .enumerate()
            .find_map(|(j, s)| s.as_ref().map(|(k, v)| (slot + j, k, v)))
    }
    /// The `i`th live entry (O(1) when there are no holes).
    pub fn get_index(&self, i: usize) -> Option<(&K, &V)> {
        if self.live == self.slots.len() {
            return self
                .slots
                .get(i)
                .and_then(|s| s.as_ref().map(|(k, v)| (k, v)));
        }
        self.iter().nth(i)
    }
    pub fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, it: I) {
        for (k, v) in it {
            self.insert(k, v);
        }
    }
    pub fn retain(&mut self, mut f: impl FnMut(&K, &mut V) -> bool) {
        let mut gone = Vec::new();
        for (i, s) in self.slots.iter_mut().enumerate() {
            if let Some((k, v)) = s {
                if !f(k, v) {
                    gone.push(i);
                }
            }
        }
        if gone.is_empty() {
            return;
        }
        for i in gone {
            self.slots[i] = None;
            self.live -= 1;
        }
        self.layout = new_layout();
        self.compact();
    }
}

/// A name's bit in [`OMap`]'s `bloom`, from its address.
#[inline]
pub(crate) fn name_bit(k: &std::rc::Rc<str>) -> u64 {
    let p = std::rc::Rc::as_ptr(k) as *const u8 as usize as u64;
    1 << (p.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 58)
}

/// Maps keyed by names: lookups by an interned name find it by identity,
/// without hashing (an instance's attributes).
impl<V> OMap<std::rc::Rc<str>, V> {
    /// The slot of `k`, an interned name (`intern`, `name!`, a code object's
    /// names).
    #[inline]
    pub fn find_name(&self, k: &std::rc::Rc<str>) -> Option<usize> {
        if self.slots.len() <= SMALL {
            // Every key is an interned name and so is `k`: equal names are
            // the same object, unless an intern table overflowed.
            let exact = self.names && !INTERN_FULL.load(std::sync::atomic::Ordering::Relaxed);
            if exact && self.bloom & name_bit(k) == 0 {
                return None;
            }
            let p = std::rc::Rc::as_ptr(k);
            if let Some(i) = self.slots.iter().position(|s| {
                s.as_ref()
                    .is_some_and(|(q, _)| std::ptr::eq(std::rc::Rc::as_ptr(q), p))
            }) {
                return Some(i);
            }
            if exact {
                return None;
            }
        }
        self.find(&**k)
    }
    /// [`OMap::find_name`], trying the slot it was last found at first.
    #[inline(always)]
    pub fn find_name_hinted(
        &self,
        k: &std::rc::Rc<str>,
        slot: &std::cell::Cell<u8>,
    ) -> Option<usize> {
        let h = slot.get() as usize;
        if let Some(Some((q, _))) = self.slots.get(h) {
            if std::rc::Rc::ptr_eq(q, k) {
                return Some(h);
            }
        }
        let found = self.find_name(k);
        if let Some(i) = found.filter(|&i| i < 256) {
            slot.set(i as u8);
        }
        found
    }
    #[inline]
    pub fn get_name(&self, k: &std::rc::Rc<str>) -> Option<&V> {
        let i = self.find_name(k)?;
        self.slots[i].as_ref().map(|(_, v)| v)
    }
    #[inline(always)]
    pub fn get_hinted(&self, k: &std::rc::Rc<str>, slot: &std::cell::Cell<u8>) -> Option<&V> {
        let i = self.find_name_hinted(k, slot)?;
        self.slots[i].as_ref().map(|(_, v)| v)
    }
    #[inline]
    pub fn contains_name(&self, k: &std::rc::Rc<str>) -> bool {
        self.find_name(k).is_some()
    }
    /// Sets `k` (an interned name) to `v`; the old value, if any.
    #[inline]
    pub fn insert_name(&mut self, k: &std::rc::Rc<str>, v: V) -> Option<V> {
        let found = self.find_name(k);
        self.set_name(found, k, v)
    }
    /// [`OMap::insert_name`], trying the hinted slot first.
    #[inline(always)]
    pub fn insert_hinted(
        &mut self,
        k: &std::rc::Rc<str>,
        slot: &std::cell::Cell<u8>,
        v: V,
    ) -> Option<V> {
        let found = self.find_name_hinted(k, slot);
        if found.is_none() && self.slots.len() < 256 {
            slot.set(self.slots.len() as u8);
        }
        self.set_name(found, k, v)
    }
    /// Replaces the value at slot `found`, or adds `k`; the old value.
    fn set_name(&mut self, found: Option<usize>, k: &std::rc::Rc<str>, v: V) -> Option<V> {
        if let Some(i) = found {
            let e = self.slots[i].as_mut().expect("live slot");
            return Some(std::mem::replace(&mut e.1, v));
        }
        self.add_name(k, v);
        None
    }
    /// A new map of distinct interned names (an instance's first
    /// attributes), with room for `cap`.
    pub fn from_names<const N: usize>(cap: usize, entries: [(std::rc::Rc<str>, V); N]) -> Self {
        let mut m = OMap::with_capacity(cap.max(N));
        if N > SMALL {
            for (k, v) in entries {
                m.insert_name(&k, v);
            }
            return m;
        }
        for (k, v) in entries {
            debug_assert!(m.find_name(&k).is_none(), "from_names: {k} twice");
            m.bloom |= name_bit(&k);
            m.slots.push(Some((k, v)));
        }
        m.live = N;
        m
    }
    fn add_name(&mut self, k: &std::rc::Rc<str>, v: V) {
        self.bloom |= name_bit(k);
        self.push_new(None, k.clone(), v);
    }
}

impl<K: Hash + Eq, V> FromIterator<(K, V)> for OMap<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(it: I) -> Self {
        let mut m = OMap::new();
        m.extend(it);
        m
    }
}

impl<K: Hash + Eq, V> Extend<(K, V)> for OMap<K, V> {
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, it: I) {
        OMap::extend(self, it)
    }
}

impl<K: Hash + Eq, V> IntoIterator for OMap<K, V> {
    type Item = (K, V);
    type IntoIter = std::iter::Flatten<std::vec::IntoIter<Option<(K, V)>>>;
    fn into_iter(self) -> Self::IntoIter {
        self.slots.into_iter().flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::{OMap, SMALL};

    #[test]
    fn keeps_insertion_order_across_removals_and_compaction() {
        let mut m = OMap::new();
        for i in 0..100 {
            m.insert(i, i * 10);
        }
        for i in (0..100).filter(|i| i % 3 != 0) {
            assert_eq!(m.shift_remove(&i), Some(i * 10));
        }
        assert_eq!(m.insert(3, 7), Some(30));
        m.insert(1000, 1);
        let keys: Vec<i32> = m.keys().copied().collect();
        let mut want: Vec<i32> = (0..100).filter(|i| i % 3 == 0).collect();
        want.push(1000);
        assert_eq!(keys, want);
        assert_eq!(m.len(), want.len());
        assert_eq!(m.get(&3), Some(&7));
        assert_eq!(m.get(&4), None);
        assert_eq!(m.pop(), Some((1000, 1)));
        assert_eq!(m.get_index(1), Some((&3, &7)));
        let (slot, k, _) = m.next_from(0).unwrap();
        assert_eq!((slot, *k), (0, 0));
    }

    /// Names are found by identity (with or without a slot hint), and by
    /// value once a key that is not an interned name is in the map.
    #[test]
    fn names_are_found_by_identity_and_by_value() {
        use super::intern;
        use std::cell::Cell;
        use std::rc::Rc;
        let names: Vec<Rc<str>> = (0..40).map(|i| intern(&format!("attr{i}"))).collect();
        let mut m: OMap<Rc<str>, u32> = OMap::new();
        for (i, n) in names.iter().take(10).enumerate() {
            assert_eq!(m.insert_name(n, i as u32), None);
        }
        for (i, n) in names.iter().enumerate() {
            assert_eq!(m.get_name(n).copied(), (i < 10).then_some(i as u32), "{n}");
            assert_eq!(m.get(&**n).copied(), (i < 10).then_some(i as u32), "{n}");
        }
        let slot = Cell::new(0);
        assert_eq!(m.get_hinted(&names[7], &slot), Some(&7));
        assert_eq!(slot.get(), 7);
        assert_eq!(m.get_hinted(&names[7], &slot), Some(&7));
        assert_eq!(m.get_hinted(&names[3], &slot), Some(&3));
        assert_eq!(m.insert_hinted(&names[3], &slot, 33), Some(3));
        assert_eq!(m.get_hinted(&names[12], &slot), None);
        // A key that is not an interned name: equal names still find it.
        let other: Rc<str> = Rc::from("attr15");
        assert!(!Rc::ptr_eq(&other, &names[15]));
        m.insert(other, 15);
        assert_eq!(m.get_name(&names[15]), Some(&15));
        assert_eq!(m.insert_name(&names[15], 150), Some(15));
        assert_eq!(m.len(), 11);
        // Past the small layout, by hash.
        for (i, n) in names.iter().enumerate().skip(16) {
            m.insert_name(n, i as u32);
        }
        for (i, n) in names.iter().enumerate() {
            let want = match i {
                3 => Some(33),
                15 => Some(150),
                i if !(10..16).contains(&i) => Some(i as u32),
                _ => None,
            };
            assert_eq!(m.get_name(n).copied(), want, "{n}");
        }
        m.clear();
        assert_eq!(m.get_name(&names[3]), None);
    }

    /// `retain` keeps the entries it is told to, in a small map (no hashes)
    /// and a large one.
    #[test]
    fn retain_keeps_what_it_is_told_to() {
        for n in [5u32, 40] {
            let mut m: OMap<u32, u32> = (0..n).map(|k| (k, k * 10)).collect();
            m.retain(|k, _| k % 3 != 2);
            let want: Vec<u32> = (0..n).filter(|k| k % 3 != 2).collect();
            assert_eq!(m.keys().copied().collect::<Vec<_>>(), want);
            assert_eq!(m.len(), want.len());
            for k in 0..n {
                assert_eq!(m.get(&k).copied(), (k % 3 != 2).then_some(k * 10));
            }
            assert_eq!(m.pop(), want.last().map(|&k| (k, k * 10)));
        }
    }

    /// Inserts, removals and pops around the small-map threshold agree with
    /// a plain list of pairs.
    #[test]
    fn agrees_with_a_list_across_the_small_threshold() {
        let mut m: OMap<u32, u32> = OMap::new();
        let mut want: Vec<(u32, u32)> = Vec::new();
        let mut x: u64 = 12345;
        let mut longest = 0;
        for step in 0..20_000u32 {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let k = ((x >> 33) % 24) as u32;
            match (x >> 20) % 8 {
                0..=4 => {
                    let old = want
                        .iter_mut()
                        .find(|(q, _)| *q == k)
                        .map(|e| std::mem::replace(&mut e.1, step));
                    if old.is_none() {
                        want.push((k, step));
                    }
                    assert_eq!(m.insert(k, step), old);
                }
                5 | 6 => {
                    let pos = want.iter().position(|(q, _)| *q == k);
                    let old = pos.map(|p| want.remove(p).1);
                    assert_eq!(m.shift_remove(&k), old);
                }
                _ => assert_eq!(m.pop(), want.pop()),
            }
            assert_eq!(m.len(), want.len());
            longest = longest.max(want.len());
            let got: Vec<(u32, u32)> = m.iter().map(|(k, v)| (*k, *v)).collect();
            assert_eq!(got, want);
            for k in 0..24 {
                assert_eq!(m.get(&k), want.iter().find(|(q, _)| *q == k).map(|e| &e.1));
            }
        }
        assert!(
            longest > SMALL + 2,
            "the map never left the small layout: {longest}"
        );
    }
}
