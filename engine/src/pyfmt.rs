//! Python's formatting where it differs from Rust's.

/// A number as Python source: `1` for integral values, else Rust's shortest
/// round-trip form (equal to Python's `repr` in the ranges the lessons allow).
pub fn number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn numbers_like_python_source() {
        assert_eq!(number(1.0), "1");
        assert_eq!(number(0.5), "0.5");
        assert_eq!(number(0.1), "0.1");
    }
}
