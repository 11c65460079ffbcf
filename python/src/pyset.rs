//! The table of a `set` / `frozenset`: CPython's setobject.c (3.11) step for
//! step — open addressing over a power-of-two table, 9 linear probes then
//! perturbation, dummies left by removals, the same resize rule and the same
//! algorithms for copies and set operations — so that iteration order (and
//! so `print(s)`) is CPython's for numbers, tuples of them, etc.
//!
//! Hashes are CPython's for ints, floats, bools and tuples of those; strs
//! and bytes (randomized in CPython) get a fixed hash; other objects hash by
//! identity, as in CPython.

use crate::value::{hash_f64, hash_i64, key_eq, Key, Value};
use num_bigint::BigInt;

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
enum Slot {
    Empty,
    Dummy,
    Active(i64, Key),
}

/// A set's hash table. Not `Clone`: a Python-level copy is `copy()`, which
/// (as in CPython) may lay the table out differently from the original.
pub struct PySet {
    table: Vec<Slot>,
    /// Active + dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop()` starts looking.
    finger: usize,
}

impl Default for PySet {
    fn default() -> Self {
        PySet::new()
    }
}

/// CPython's hash of a hashable built-in value (identity for the others).
pub fn py_hash(v: &Value) -> i64 {
    match v {
        Value::Int(i) => hash_i64(*i),
        Value::Bool(b) => *b as i64,
        Value::Float(f) => {
            if f.is_nan() {
                pointer_hash(v.id())
            } else {
                hash_f64(*f)
            }
        }
        Value::BigInt(b) => hash_bigint(b),
        Value::Str(s) => fixed_hash(s.as_bytes(), 1),
        Value::Bytes(b) => fixed_hash(b, 2),
        Value::Tuple(t) => {
            const P1: u64 = 11400714785074694791;
            const P2: u64 = 14029467366897019727;
            const P5: u64 = 2870177450012600261;
            let mut acc: u64 = P5;
            for x in t.iter() {
                let lane = py_hash(x) as u64;
                acc = acc.wrapping_add(lane.wrapping_mul(P2));
                acc = acc.rotate_left(31);
                acc = acc.wrapping_mul(P1);
            }
            acc = acc.wrapping_add((t.len() as u64) ^ (P5 ^ 3527539));
            if acc == u64::MAX {
                1546275796
            } else {
                acc as i64
            }
        }
        Value::Set(s) if s.frozen => s.set.borrow().frozen_hash(),
        Value::Instance(_) => {
            crate::value::user_hash(v.id()).unwrap_or_else(|| pointer_hash(v.id()))
        }
        _ => pointer_hash(v.id()),
    }
}

pub fn pointer_hash(p: usize) -> i64 {
    let y = (p as u64).rotate_right(4) as i64;
    if y == -1 {
        -2
    } else {
        y
    }
}

/// A fixed (unrandomized) hash for strs and bytes: FNV-1a, kept away from -1.
fn fixed_hash(b: &[u8], salt: u64) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325 ^ salt;
    for &c in b {
        h ^= c as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    use num_traits::ToPrimitive;
    let m = BigInt::from((1i64 << 61) - 1);
    let mag: BigInt = if b.sign() == num_bigint::Sign::Minus {
        -b
    } else {
        b.clone()
    };
    let r = (mag % &m).to_i64().unwrap_or(0);
    let h = if b.sign() == num_bigint::Sign::Minus {
        -r
    } else {
        r
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

impl PySet {
    pub fn new() -> PySet {
        PySet {
            table: vec![Slot::Empty; MINSIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.used
    }
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }
    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// The elements in table order (CPython's iteration order).
    pub fn iter(&self) -> impl Iterator<Item = &Key> {
        self.table.iter().filter_map(|s| match s {
            Slot::Active(_, k) => Some(k),
            _ => None,
        })
    }
    fn entries(&self) -> impl Iterator<Item = (i64, &Key)> {
        self.table.iter().filter_map(|s| match s {
            Slot::Active(h, k) => Some((*h, k)),
            _ => None,
        })
    }

    /// The first element at or after table slot `pos`, and the slot after it
    /// (set_next).
    pub fn next_entry(&self, pos: usize) -> Option<(usize, &Key)> {
        self.table
            .iter()
            .enumerate()
            .skip(pos)
            .find_map(|(i, s)| match s {
                Slot::Active(_, k) => Some((i + 1, k)),
                _ => None,
            })
    }

    /// The elements as values, in iteration order.
    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|k| k.0.clone()).collect()
    }

    /// set_lookkey: the slot of `key`, if present.
    fn find(&self, key: &Key, hash: i64) -> Option<usize> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in 0..=probes {
                match &self.table[i + j] {
                    Slot::Empty => return None,
                    Slot::Active(h, k) if *h == hash && key_eq(&k.0, &key.0) => return Some(i + j),
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = ((i as u64)
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb) as usize)
                & mask;
        }
    }

    pub fn contains(&self, key: &Key) -> bool {
        self.find(key, py_hash(&key.0)).is_some()
    }
    fn contains_hashed(&self, key: &Key, hash: i64) -> bool {
        self.find(key, hash).is_some()
    }

    /// set_add_entry. Returns true if the key was added.
    pub fn insert(&mut self, key: Key) -> bool {
        let h = py_hash(&key.0);
        self.add_entry(key, h)
    }

    fn add_entry(&mut self, key: Key, hash: i64) -> bool {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot: Option<usize> = None;
        let slot = 'search: loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in 0..=probes {
                match &self.table[i + j] {
                    Slot::Empty => break 'search i + j,
                    Slot::Active(h, k) => {
                        if *h == hash && key_eq(&k.0, &key.0) {
                            return false;
                        }
                    }
                    // (3.11 keeps the last dummy seen, not the first.)
                    Slot::Dummy => freeslot = Some(i + j),
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = ((i as u64)
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb) as usize)
                & mask;
        };
        if let Some(f) = freeslot {
            self.used += 1;
            self.table[f] = Slot::Active(hash, key);
            return true;
        }
        self.fill += 1;
        self.used += 1;
        self.table[slot] = Slot::Active(hash, key);
        if self.fill * 5 >= mask * 3 {
            let n = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(n);
        }
        true
    }

    /// set_insert_clean: into a table with no dummies and no equal key.
    fn insert_clean(table: &mut [Slot], key: Key, hash: i64) {
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if matches!(table[i], Slot::Empty) {
                table[i] = Slot::Active(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if matches!(table[i + j], Slot::Empty) {
                        table[i + j] = Slot::Active(hash, key);
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = ((i as u64)
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb) as usize)
                & mask;
        }
    }

    /// set_table_resize.
    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; newsize]);
        self.fill = self.used;
        for s in old {
            if let Slot::Active(h, k) = s {
                Self::insert_clean(&mut self.table, k, h);
            }
        }
    }

    /// set_discard_entry. Returns true if the key was there.
    pub fn remove(&mut self, key: &Key) -> bool {
        let h = py_hash(&key.0);
        self.discard_entry(key, h)
    }

    fn discard_entry(&mut self, key: &Key, hash: i64) -> bool {
        match self.find(key, hash) {
            Some(i) => {
                self.table[i] = Slot::Dummy;
                self.used -= 1;
                true
            }
            None => false,
        }
    }

    /// set.pop(): from the search finger on.
    pub fn pop(&mut self) -> Option<Key> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.table[i], Slot::Active(..)) {
            i += 1;
            if i > mask {
                i = 0;
            }
        }
        let Slot::Active(_, k) = std::mem::replace(&mut self.table[i], Slot::Dummy) else {
            unreachable!()
        };
        self.used -= 1;
        self.finger = i + 1;
        Some(k)
    }

    /// set_swap_bodies: takes `other`'s table (the search finger stays).
    pub fn replace_body(&mut self, other: PySet) {
        let finger = self.finger;
        *self = other;
        self.finger = finger;
    }

    /// set_clear_internal.
    pub fn clear(&mut self) {
        self.table = vec![Slot::Empty; MINSIZE];
        self.fill = 0;
        self.used = 0;
    }

    /// set_merge: adds every element of `other` (a set).
    pub fn merge(&mut self, other: &PySet) {
        if other.used == 0 {
            return;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.table = other.table.clone();
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for (h, k) in other.entries() {
                Self::insert_clean(&mut self.table, k.clone(), h);
            }
            return;
        }
        for (h, k) in other.entries() {
            self.add_entry(k.clone(), h);
        }
    }

    /// set_copy: a new set merged from this one.
    pub fn copy(&self) -> PySet {
        let mut s = PySet::new();
        s.merge(self);
        s
    }

    /// set_update_internal for a dict: one resize first, then the keys in order.
    pub fn update_from_dict_keys(&mut self, keys: Vec<Key>) {
        let n = keys.len();
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
        for k in keys {
            self.insert(k);
        }
    }

    /// Adds keys one by one (set_update_internal for an iterator).
    pub fn extend(&mut self, keys: impl IntoIterator<Item = Key>) {
        for k in keys {
            self.insert(k);
        }
    }

    /// set_intersection of a set with a set.
    pub fn intersection(&self, other: &PySet) -> PySet {
        let mut result = PySet::new();
        if std::ptr::eq(self, other) {
            return self.copy();
        }
        let (big, small) = if other.len() > self.len() {
            (other, self)
        } else {
            (self, other)
        };
        for (h, k) in small.entries() {
            if big.contains_hashed(k, h) {
                result.add_entry(k.clone(), h);
            }
        }
        result
    }

    /// set_intersection of a set with the items of an iterable.
    pub fn intersection_keys(&self, keys: Vec<Key>) -> PySet {
        let mut result = PySet::new();
        for k in keys {
            let h = py_hash(&k.0);
            if self.contains_hashed(&k, h) {
                result.add_entry(k, h);
            }
        }
        result
    }

    /// set_difference of a set with a set.
    pub fn difference(&self, other: &PySet) -> PySet {
        if (self.len() >> 2) > other.len() {
            let mut r = self.copy();
            r.difference_update(other);
            return r;
        }
        let mut result = PySet::new();
        for (h, k) in self.entries() {
            if !other.contains_hashed(k, h) {
                result.add_entry(k.clone(), h);
            }
        }
        result
    }

    /// set_difference_update_internal with a set.
    pub fn difference_update(&mut self, other: &PySet) {
        if std::ptr::eq(self, other) {
            self.clear();
            return;
        }
        if (other.len() >> 3) > self.len() {
            let small = self.intersection(other);
            let e: Vec<(i64, Key)> = small.entries().map(|(h, k)| (h, k.clone())).collect();
            for (h, k) in e {
                self.discard_entry(&k, h);
            }
        } else {
            for (h, k) in other.entries() {
                self.discard_entry(k, h);
            }
        }
        self.after_discards();
    }

    /// set_difference_update_internal with the items of an iterable.
    pub fn difference_update_keys(&mut self, keys: Vec<Key>) {
        for k in keys {
            self.remove(&k);
        }
        self.after_discards();
    }

    fn after_discards(&mut self) {
        if self.fill - self.used <= self.mask() / 4 {
            return;
        }
        let n = if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        };
        self.resize(n);
    }

    /// set_symmetric_difference_update with a set.
    pub fn symmetric_difference_update(&mut self, other: &PySet) {
        if std::ptr::eq(self, other) {
            self.clear();
            return;
        }
        for (h, k) in other.entries() {
            if !self.discard_entry(k, h) {
                self.add_entry(k.clone(), h);
            }
        }
    }

    /// set_symmetric_difference_update with a dict's keys (in order).
    pub fn symmetric_difference_update_keys(&mut self, keys: Vec<Key>) {
        for k in keys {
            let h = py_hash(&k.0);
            if !self.discard_entry(&k, h) {
                self.add_entry(k, h);
            }
        }
    }

    /// set_symmetric_difference: a copy of `other`, updated with `self`.
    pub fn symmetric_difference(&self, other: &PySet) -> PySet {
        let mut r = other.copy();
        r.symmetric_difference_update(self);
        r
    }

    /// a | b: a copy of `self` merged with `other`.
    pub fn union(&self, other: &PySet) -> PySet {
        let mut r = self.copy();
        if !std::ptr::eq(self, other) {
            r.merge(other);
        }
        r
    }

    pub fn is_subset(&self, other: &PySet) -> bool {
        self.len() <= other.len() && self.entries().all(|(h, k)| other.contains_hashed(k, h))
    }

    /// frozenset_hash.
    pub fn frozen_hash(&self) -> i64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        let mut hash: u64 = 0;
        for (h, _) in self.entries() {
            hash ^= shuffle(h as u64);
        }
        hash ^= (self.used as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        if hash == u64::MAX {
            590923713
        } else {
            hash as i64
        }
    }
}

impl FromIterator<Key> for PySet {
    fn from_iter<I: IntoIterator<Item = Key>>(iter: I) -> PySet {
        let mut s = PySet::new();
        s.extend(iter);
        s
    }
}
