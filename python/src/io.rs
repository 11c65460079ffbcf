//! The program's output (stdout and stderr as CPython would write them, with
//! the oracle's optional timestamps) and its trace for the page.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

#[derive(Default)]
pub struct Output {
    /// Prefix each stdout line with the virtual time ("%.3f "), as pyref --timestamps.
    pub stamp: bool,
    pub chunks: Vec<(Stream, String)>,
    bol: bool,
    started: bool,
}

impl Output {
    pub fn new(stamp: bool) -> Output {
        Output {
            stamp,
            chunks: Vec::new(),
            bol: true,
            started: true,
        }
    }

    pub fn write(&mut self, stream: Stream, s: &str, now: f64) {
        if s.is_empty() {
            return;
        }
        let _ = self.started;
        let last = match self.chunks.last_mut() {
            Some((st, last)) if *st == stream => last,
            _ => {
                self.chunks
                    .push((stream, String::with_capacity(s.len() + 8)));
                &mut self.chunks.last_mut().expect("a chunk").1
            }
        };
        if stream == Stream::Stderr || !self.stamp {
            last.push_str(s);
            return;
        }
        for part in s.split_inclusive('\n') {
            if self.bol {
                last.push_str(&format!("{now:.3} "));
            }
            last.push_str(part);
            self.bol = part.ends_with('\n');
        }
    }

    pub fn text(&self, stream: Stream) -> String {
        self.chunks
            .iter()
            .filter(|(s, _)| *s == stream)
            .map(|(_, t)| t.as_str())
            .collect()
    }
}
