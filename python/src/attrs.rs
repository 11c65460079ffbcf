//! An instance's attributes: its values alone, in the order of a shared
//! list of keys (a *shape*), as CPython 3.11's split-key dictionaries keep an
//! instance's values apart from the keys its class's instances share.
//!
//! Instances that get the same attributes in the same order (what `__init__`
//! does) share one shape: each holds a pointer to it and a `Vec` of values,
//! 24 bytes an attribute where a dict entry is 40 (a key and a value), and
//! setting or dropping an attribute touches no key's reference count. The
//! shapes form a tree from the empty one: adding a key follows (or makes) a
//! transition. A map whose shape would grow past [`MAX_KEYS`], a shape with
//! [`MAX_NEXT`] transitions already (attributes named at run time), and a map
//! an attribute is deleted from turn into a plain [`OMap`] (a "combined"
//! dict, in CPython's words). Either way the order is insertion order.

use crate::omap::{intern, name_bit, names_exact, OMap};
use crate::value::{Class, Str, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The most keys a shape has; a map that grows past it is a plain map.
const MAX_KEYS: usize = 64;
/// The most transitions from one shape (names chosen at run time would
/// otherwise grow the tree without end).
const MAX_NEXT: usize = 32;

/// A sequence of distinct interned names, shared by the maps that have
/// exactly these keys in this order. Shapes live as long as the thread.
pub struct Shape {
    keys: Vec<Str>,
    /// One bit per key ([`name_bit`]): a name whose bit is clear is not here.
    bloom: u64,
    next: RefCell<Vec<(Str, Rc<Shape>)>>,
}

thread_local! {
    static EMPTY: Rc<Shape> = Rc::new(Shape::empty());
}

impl Shape {
    fn empty() -> Shape {
        Shape {
            keys: Vec::new(),
            bloom: 0,
            next: RefCell::new(Vec::new()),
        }
    }
    /// This shape with `k` added, made if it is new; None past the limits.
    fn child(&self, k: &Str) -> Option<Rc<Shape>> {
        let mut next = self.next.borrow_mut();
        if let Some((_, s)) = next.iter().find(|(q, _)| Rc::ptr_eq(q, k)) {
            return Some(s.clone());
        }
        if self.keys.len() >= MAX_KEYS || next.len() >= MAX_NEXT {
            return None;
        }
        let mut keys = Vec::with_capacity(self.keys.len() + 1);
        keys.extend(self.keys.iter().cloned());
        keys.push(k.clone());
        let s = Rc::new(Shape {
            keys,
            bloom: self.bloom | name_bit(k),
            next: RefCell::new(Vec::new()),
        });
        next.push((k.clone(), s.clone()));
        Some(s)
    }
    /// The index of `k`, an interned name.
    #[inline]
    fn find(&self, k: &Str) -> Option<usize> {
        let exact = names_exact();
        if exact && self.bloom & name_bit(k) == 0 {
            return None;
        }
        let p = Rc::as_ptr(k);
        if let Some(i) = self
            .keys
            .iter()
            .position(|q| std::ptr::eq(Rc::as_ptr(q), p))
        {
            return Some(i);
        }
        if exact {
            return None;
        }
        self.find_str(k)
    }
    /// The index of the key equal to `k` (any string).
    fn find_str(&self, k: &str) -> Option<usize> {
        self.keys.iter().position(|q| &**q == k)
    }
}

/// An instance's attributes (see the module doc).
pub enum AttrMap {
    Shaped { shape: Rc<Shape>, vals: Vec<Value> },
    Plain(Box<OMap<Str, Value>>),
}

pub enum Iter<'a> {
    Shaped(std::iter::Zip<std::slice::Iter<'a, Str>, std::slice::Iter<'a, Value>>),
    Plain(Box<dyn DoubleEndedIterator<Item = (&'a Str, &'a Value)> + 'a>),
}

impl<'a> Iterator for Iter<'a> {
    type Item = (&'a Str, &'a Value);
    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        match self {
            Iter::Shaped(it) => it.next(),
            Iter::Plain(it) => it.next(),
        }
    }
}

impl DoubleEndedIterator for Iter<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        match self {
            Iter::Shaped(it) => it.next_back(),
            Iter::Plain(it) => it.next_back(),
        }
    }
}

impl Default for AttrMap {
    fn default() -> Self {
        AttrMap::new()
    }
}

impl AttrMap {
    pub fn new() -> Self {
        AttrMap::with_capacity(0)
    }
    /// An empty map with room for `n` values.
    pub fn with_capacity(n: usize) -> Self {
        AttrMap::Shaped {
            shape: EMPTY.with(Rc::clone),
            vals: Vec::with_capacity(n),
        }
    }
    /// An instance of `c`'s empty map, with room for as many attributes as
    /// its instances have been seen with. Each class has its own tree of
    /// shapes, so that a shape's transitions are few (its instances' ways).
    pub fn for_class(c: &Class) -> Self {
        AttrMap::for_class_with(c, 0)
    }
    fn for_class_with(c: &Class, room: usize) -> Self {
        let shape = c
            .cache
            .shape
            .borrow_mut()
            .get_or_insert_with(|| Rc::new(Shape::empty()))
            .clone();
        AttrMap::Shaped {
            shape,
            vals: Vec::with_capacity(c.cache.attrs.get().max(room)),
        }
    }
    /// An instance of `c`'s map of these distinct interned names, with room
    /// for `room` at least.
    pub fn from_names<const N: usize>(c: &Class, room: usize, entries: [(Str, Value); N]) -> Self {
        let mut m = AttrMap::for_class_with(c, room.max(N));
        for (k, v) in entries {
            m.insert_name(&k, v);
        }
        m
    }
    #[inline]
    pub fn len(&self) -> usize {
        match self {
            AttrMap::Shaped { vals, .. } => vals.len(),
            AttrMap::Plain(m) => m.len(),
        }
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The value of `k`, an interned name.
    #[inline]
    pub fn get_name(&self, k: &Str) -> Option<&Value> {
        match self {
            AttrMap::Shaped { shape, vals } => shape.find(k).map(|i| &vals[i]),
            AttrMap::Plain(m) => m.get_name(k),
        }
    }
    /// [`AttrMap::get_name`], trying the index `slot` guesses first.
    #[inline(always)]
    pub fn get_hinted(&self, k: &Str, slot: &Cell<u8>) -> Option<&Value> {
        match self {
            AttrMap::Shaped { shape, vals } => {
                let h = slot.get() as usize;
                if let Some(q) = shape.keys.get(h) {
                    if Rc::ptr_eq(q, k) {
                        return Some(&vals[h]);
                    }
                }
                let i = shape.find(k)?;
                if i < 256 {
                    slot.set(i as u8);
                }
                Some(&vals[i])
            }
            AttrMap::Plain(m) => m.get_hinted(k, slot),
        }
    }
    /// The value of the key equal to `k` (any string).
    pub fn get(&self, k: &str) -> Option<&Value> {
        match self {
            AttrMap::Shaped { shape, vals } => shape.find_str(k).map(|i| &vals[i]),
            AttrMap::Plain(m) => m.get(k),
        }
    }
    pub fn get_mut(&mut self, k: &str) -> Option<&mut Value> {
        match self {
            AttrMap::Shaped { shape, vals } => shape.find_str(k).map(|i| &mut vals[i]),
            AttrMap::Plain(m) => m.get_mut(k),
        }
    }
    pub fn contains_key(&self, k: &str) -> bool {
        self.get(k).is_some()
    }
    #[inline]
    pub fn contains_name(&self, k: &Str) -> bool {
        self.get_name(k).is_some()
    }
    /// Sets `k` (an interned name) to `v`; the old value, if any.
    #[inline]
    pub fn insert_name(&mut self, k: &Str, v: Value) -> Option<Value> {
        match self {
            AttrMap::Shaped { shape, vals } => {
                if let Some(i) = shape.find(k) {
                    return Some(std::mem::replace(&mut vals[i], v));
                }
                self.add(k, v);
                None
            }
            AttrMap::Plain(m) => m.insert_name(k, v),
        }
    }
    /// [`AttrMap::insert_name`], trying the index `slot` guesses first.
    #[inline(always)]
    pub fn insert_hinted(&mut self, k: &Str, slot: &Cell<u8>, v: Value) -> Option<Value> {
        match self {
            AttrMap::Shaped { shape, vals } => {
                let h = slot.get() as usize;
                if let Some(q) = shape.keys.get(h) {
                    if Rc::ptr_eq(q, k) {
                        return Some(std::mem::replace(&mut vals[h], v));
                    }
                }
                if let Some(i) = shape.find(k) {
                    if i < 256 {
                        slot.set(i as u8);
                    }
                    return Some(std::mem::replace(&mut vals[i], v));
                }
                let n = vals.len();
                if n < 256 {
                    slot.set(n as u8);
                }
                self.add(k, v);
                None
            }
            AttrMap::Plain(m) => m.insert_hinted(k, slot, v),
        }
    }
    /// Sets `k` (any string) to `v`; the old value, if any.
    pub fn insert(&mut self, k: Str, v: Value) -> Option<Value> {
        let k = intern(&k);
        self.insert_name(&k, v)
    }
    /// Adds `k`, not a key yet.
    fn add(&mut self, k: &Str, v: Value) {
        if let AttrMap::Shaped { shape, vals } = self {
            if let Some(s) = shape.child(k) {
                *shape = s;
                vals.push(v);
                return;
            }
        }
        self.make_plain().insert_name(k, v);
    }
    /// This map as a plain one (it stays one).
    fn make_plain(&mut self) -> &mut OMap<Str, Value> {
        if let AttrMap::Shaped { shape, vals } = self {
            let mut m = OMap::with_capacity(vals.len() + 1);
            for (k, v) in shape.keys.iter().zip(std::mem::take(vals)) {
                m.insert_name(k, v);
            }
            *self = AttrMap::Plain(Box::new(m));
        }
        match self {
            AttrMap::Plain(m) => m,
            AttrMap::Shaped { .. } => unreachable!("made plain above"),
        }
    }
    /// Removes the key equal to `k`, keeping the order of the others.
    pub fn shift_remove(&mut self, k: &str) -> Option<Value> {
        if !self.contains_key(k) {
            return None;
        }
        self.make_plain().shift_remove(k)
    }
    pub fn clear(&mut self) {
        *self = AttrMap::new();
    }
    pub fn iter(&self) -> Iter<'_> {
        match self {
            AttrMap::Shaped { shape, vals } => Iter::Shaped(shape.keys.iter().zip(vals.iter())),
            AttrMap::Plain(m) => Iter::Plain(Box::new(m.iter())),
        }
    }
    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &Str> {
        self.iter().map(|(k, _)| k)
    }
    pub fn values(&self) -> impl DoubleEndedIterator<Item = &Value> {
        self.iter().map(|(_, v)| v)
    }
    /// Takes every value out (a teardown), leaving the map empty.
    pub fn take_values(&mut self) -> Vec<Value> {
        match std::mem::take(self) {
            AttrMap::Shaped { vals, .. } => vals,
            AttrMap::Plain(m) => m.into_iter().map(|(_, v)| v).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_are_shared_and_plain_past_a_delete() {
        let (a, b) = (intern("a"), intern("b"));
        let mut m = AttrMap::new();
        m.insert_name(&a, Value::Int(1));
        m.insert_name(&b, Value::Int(2));
        let mut n = AttrMap::new();
        n.insert_name(&a, Value::Int(3));
        n.insert_name(&b, Value::Int(4));
        let (AttrMap::Shaped { shape: s, .. }, AttrMap::Shaped { shape: t, .. }) = (&m, &n) else {
            panic!("shaped");
        };
        assert!(Rc::ptr_eq(s, t));
        assert_eq!(
            n.insert_name(&a, Value::Int(5))
                .map(|v| matches!(v, Value::Int(3))),
            Some(true)
        );
        assert!(n.shift_remove("a").is_some());
        assert!(matches!(n, AttrMap::Plain(_)));
        assert_eq!(n.keys().map(|k| k.to_string()).collect::<Vec<_>>(), ["b"]);
        assert!(matches!(m.get("b"), Some(Value::Int(2))));
        assert!(std::mem::size_of::<AttrMap>() <= 40);
    }
}
