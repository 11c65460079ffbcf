//! The Python program a lesson writes for its parameters: with the defaults it is
//! the lecture's, byte for byte. (What each program prints is pinned by the
//! interpreter's tests: python/tests/lessons.rs.)

use playground_engine::lessons::Lesson;

#[test]
fn default_programs_are_the_lectures() {
    for l in Lesson::ALL {
        let want = l
            .lecture_source()
            .replace("os.urandom(size)", "random.randbytes(size)");
        assert_eq!(l.python(&l.defaults()), want, "{}", l.name());
    }
}

/// The lessons' Python files are the lecture's programs, byte for byte: their
/// sizes and FNV-1a hashes as read from the course's reference copies.
#[test]
fn lesson_sources_are_the_lectures_verbatim() {
    fn fnv1a(b: &[u8]) -> u64 {
        b.iter().fold(0xcbf29ce484222325u64, |h, &x| {
            (h ^ x as u64).wrapping_mul(0x100000001b3)
        })
    }
    let want = [
        (Lesson::named("countasync"), 362, 0x686b5b9e1b6834c2u64),
        (Lesson::named("countsync"), 296, 0x662177eeffe5e5ae),
        (Lesson::named("rand"), 817, 0x7c7b3bf9add35b87),
        (Lesson::named("chained"), 1141, 0x9da3180e09763942),
        (Lesson::named("asyncq"), 1793, 0x1e506f4a98bdcb86),
    ];
    for (l, len, hash) in want {
        let src = l.lecture_source().as_bytes();
        assert_eq!(
            (src.len(), fnv1a(src)),
            (len, hash),
            "{} differs from the lecture",
            l.name()
        );
    }
}
