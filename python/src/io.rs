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
        let mut text = String::with_capacity(s.len() + 8);
        if stream == Stream::Stdout && self.stamp {
            for part in s.split_inclusive('\n') {
                if self.bol {
                    text.push_str(&format!("{now:.3} "));
                }
                text.push_str(part);
                self.bol = part.ends_with('\n');
            }
        } else {
            text.push_str(s);
        }
        match self.chunks.last_mut() {
            Some((st, last)) if *st == stream => last.push_str(&text),
            _ => self.chunks.push((stream, text)),
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
