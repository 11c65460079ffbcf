//! CPython-compatible `random`: MT19937 seeded like `random.seed(int)`,
//! `getrandbits`, `randint` (via `_randbelow`) and `randbytes`.

use rand_mt::Mt;
use std::fmt;

/// An integer seed of any size, as Python's `random.seed(int)` takes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Seed {
    negative: bool,
    /// Decimal digits of |seed|, no leading zeros ("0" for zero).
    digits: String,
}

impl Seed {
    pub fn from_i64(n: i64) -> Seed {
        Seed::parse(&n.to_string()).expect("an i64 is a valid seed")
    }

    /// Parses an optional sign followed by decimal digits (at most 1000 of them).
    pub fn parse(s: &str) -> Result<Seed, String> {
        let t = s.trim();
        let (negative, body) = match t.as_bytes().first() {
            Some(b'-') => (true, &t[1..]),
            Some(b'+') => (false, &t[1..]),
            _ => (false, t),
        };
        if body.is_empty() || !body.bytes().all(|b| b.is_ascii_digit()) {
            return Err(format!("seed must be an integer, got {s:?}"));
        }
        if body.len() > 1000 {
            return Err("seed has more than 1000 digits".into());
        }
        let digits = body.trim_start_matches('0');
        let digits = if digits.is_empty() { "0" } else { digits };
        Ok(Seed {
            negative: negative && digits != "0",
            digits: digits.to_string(),
        })
    }

    /// The 32-bit words of |seed|, least significant first; `[0]` for zero
    /// (CPython's `random_seed` → `init_by_array`).
    pub fn key(&self) -> Vec<u32> {
        // Repeated division of the decimal digit string by 2^32.
        let mut num: Vec<u32> = self.digits.bytes().map(|b| (b - b'0') as u32).collect();
        let mut words = Vec::new();
        while !num.is_empty() && (num.len() != 1 || num[0] != 0) {
            let mut rem: u64 = 0;
            let mut quotient = Vec::with_capacity(num.len());
            for &d in &num {
                let cur = rem * 10 + d as u64;
                let q = cur >> 32;
                rem = cur & 0xffff_ffff;
                if !(quotient.is_empty() && q == 0) {
                    quotient.push(q as u32);
                }
            }
            words.push(rem as u32);
            num = if quotient.is_empty() {
                vec![0]
            } else {
                quotient
            };
        }
        if words.is_empty() {
            words.push(0);
        }
        words
    }
}

impl fmt::Display for Seed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.negative {
            write!(f, "-")?;
        }
        write!(f, "{}", self.digits)
    }
}

/// Python's `random.Random` (the parts the lessons use).
pub struct Random {
    mt: Mt,
}

impl Random {
    pub fn new(seed: &Seed) -> Random {
        Random {
            mt: Mt::new_with_key(seed.key()),
        }
    }

    /// `random.getrandbits(k)` for k ≤ 32.
    fn bits32(&mut self, k: u32) -> u32 {
        debug_assert!((1..=32).contains(&k));
        self.mt.next_u32() >> (32 - k)
    }

    /// `random.random()`: 53 random bits, as CPython's `random_random`.
    pub fn random(&mut self) -> f64 {
        let a = self.bits32(27) as f64;
        let b = self.bits32(26) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    /// `random.getrandbits(k)` as little-endian 32-bit words.
    pub fn getrandbits_words(&mut self, k: u32) -> Vec<u32> {
        if k == 0 {
            return Vec::new();
        }
        if k <= 32 {
            return vec![self.bits32(k)];
        }
        let words = k.div_ceil(32) as usize;
        let mut out = Vec::with_capacity(words);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.mt.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            out.push(r);
            left = left.saturating_sub(32);
        }
        out
    }

    /// `random._randbelow(n)` for n ≥ 1 (`_randbelow_with_getrandbits`).
    pub fn randbelow(&mut self, n: u64) -> u64 {
        assert!(n > 0, "randbelow of 0");
        let k = 64 - n.leading_zeros();
        loop {
            let r = if k <= 32 {
                self.bits32(k) as u64
            } else {
                let w = self.getrandbits_words(k);
                w[0] as u64 | (w[1] as u64) << 32
            };
            if r < n {
                return r;
            }
        }
    }

    /// `random.randint(a, b)`, a ≤ b.
    pub fn randint(&mut self, a: i64, b: i64) -> i64 {
        assert!(a <= b, "empty range for randint({a}, {b})");
        let width = (b as i128 - a as i128 + 1) as u64;
        (a as i128 + self.randbelow(width) as i128) as i64
    }

    /// `random.randbytes(n)`: `getrandbits(8 n)` as n little-endian bytes.
    pub fn randbytes(&mut self, n: usize) -> Vec<u8> {
        let words = self.getrandbits_words((n * 8) as u32);
        words.iter().flat_map(|w| w.to_le_bytes()).take(n).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_words_of_big_numbers() {
        assert_eq!(Seed::parse("0").unwrap().key(), vec![0]);
        assert_eq!(Seed::parse("4294967296").unwrap().key(), vec![0, 1]);
        assert_eq!(Seed::parse("-444").unwrap().key(), vec![444]);
        assert_eq!(
            Seed::parse("18446744073709551617").unwrap().key(),
            vec![1, 0, 1]
        );
        assert!(Seed::parse("12a").is_err());
        assert!(Seed::parse("").is_err());
        assert_eq!(Seed::parse("-0").unwrap().to_string(), "0");
        assert_eq!(Seed::parse("+007").unwrap().to_string(), "7");
    }

    // Values checked against CPython 3.11:
    // python3 -c "import random; random.seed(444); print([random.randint(0,10) for _ in range(8)])"
    #[test]
    fn randint_matches_cpython_seed_444() {
        let mut r = Random::new(&Seed::from_i64(444));
        let got: Vec<i64> = (0..8).map(|_| r.randint(0, 10)).collect();
        assert_eq!(got, vec![4, 4, 0, 4, 7, 4, 4, 8]);
    }

    // python3 -c "import random; random.seed(1); print(random.randbytes(5).hex(), random.randint(-5, 5))"
    #[test]
    fn randbytes_matches_cpython_seed_1() {
        let mut r = Random::new(&Seed::from_i64(1));
        let hex: String = r.randbytes(5).iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(hex, "f5b1652291");
        assert_eq!(r.randint(-5, 5), -4);
    }
}
