//! A run driven one `tick` at a time by its clock's driver (the page's runner,
//! the CLI, the tests): the interpreter's programs and, here, a simulated run —
//! lines printed at given times (the `threads` lesson: a web page has neither
//! threads nor processes, so their run is computed, then played on the clock).

use crate::clock::{Clock, VirtualClock};
use crate::trace::{EventKind, Trace};
use std::rc::Rc;

/// What one `tick` of a run did.
#[derive(Clone, Debug, PartialEq)]
pub enum Tick {
    /// Some work was done; call `tick` again (render first if you like).
    Progress,
    /// Let the clock advance by `secs` seconds, then call `tick` again.
    /// `blocking`: a blocking call (`time.sleep`) holds the thread; nothing
    /// else may run meanwhile.
    Wait { secs: f64, blocking: bool },
    /// The program has ended.
    Done,
    /// The program cannot go on.
    Error(String),
}

/// A simulated run: its lines, printed by its one lane at their times.
pub struct Program {
    clock: Rc<dyn Clock>,
    lines: Vec<(f64, String)>,
    next: usize,
    output: Vec<String>,
    trace: Trace,
    name: String,
}

impl Program {
    /// `lines`: (time, text) in time order; `name` labels the lane.
    pub fn new(
        clock: Rc<dyn Clock>,
        trace: bool,
        name: &str,
        lines: Vec<(f64, String)>,
    ) -> Program {
        let mut t = Trace::new(trace);
        t.push(clock.now(), 0, 0, EventKind::Created { name: name.into() });
        Program {
            clock,
            lines,
            next: 0,
            output: Vec::new(),
            trace: t,
            name: name.into(),
        }
    }

    /// Prints the next line if it is due, else asks to wait for it.
    pub fn tick(&mut self) -> Tick {
        let Some((at, line)) = self.lines.get_mut(self.next) else {
            return Tick::Done;
        };
        let now = self.clock.now();
        let wait = *at - now;
        if wait > 1e-12 {
            return Tick::Wait {
                secs: wait,
                blocking: false,
            };
        }
        let line = std::mem::take(line);
        self.trace.push(
            now,
            0,
            0,
            EventKind::Print {
                line: self.output.len(),
            },
        );
        self.output.push(line);
        self.next += 1;
        if self.next == self.lines.len() {
            self.trace.push(now, 0, 0, EventKind::Finished);
        }
        Tick::Progress
    }

    pub fn now(&self) -> f64 {
        self.clock.now()
    }

    /// A simulation has no event loop: one iteration, never left half done.
    pub fn mid_iteration(&self) -> bool {
        false
    }

    pub fn iteration(&self) -> u64 {
        0
    }

    pub fn output(&self) -> &Vec<String> {
        &self.output
    }

    pub fn trace(&self) -> &Trace {
        &self.trace
    }

    pub fn task_names(&self) -> Vec<String> {
        vec![self.name.clone()]
    }
}

/// The result of a run to the end on the virtual clock.
pub struct Finished {
    pub output: Vec<String>,
    pub trace: Trace,
    pub task_names: Vec<String>,
    pub elapsed: f64,
}

/// Plays a simulated run to its end on a virtual clock (the CLI, the tests, the
/// page's timeline scale).
pub fn run_virtual(trace: bool, name: &str, lines: Vec<(f64, String)>) -> Finished {
    let clock = Rc::new(VirtualClock::new());
    let mut p = Program::new(clock.clone(), trace, name, lines);
    loop {
        match p.tick() {
            Tick::Progress => {}
            Tick::Wait { secs, .. } => clock.advance(secs),
            Tick::Done | Tick::Error(_) => break,
        }
    }
    Finished {
        task_names: p.task_names(),
        output: p.output,
        trace: p.trace,
        elapsed: clock.now(),
    }
}

/// Formats output lines as the console prints them (`--timestamps` prefixes
/// each line with the virtual time of its print, `"%.3f "`).
pub fn transcript(output: &[String], trace: &Trace, timestamps: bool) -> String {
    let mut out = String::new();
    if timestamps {
        let mut times = vec![0.0; output.len()];
        for e in &trace.events {
            if let EventKind::Print { line } = e.kind {
                times[line] = e.time;
            }
        }
        for (line, t) in output.iter().zip(times) {
            out.push_str(&format!("{t:.3} {line}\n"));
        }
    } else {
        for line in output {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_simulated_run_prints_each_line_at_its_time() {
        let lines = vec![(0.0, "a".to_string()), (1.5, "b".into()), (1.5, "c".into())];
        let f = run_virtual(true, "sim.py", lines);
        assert_eq!(f.output, ["a", "b", "c"]);
        assert_eq!(f.elapsed, 1.5);
        assert_eq!(f.task_names, ["sim.py"]);
        assert_eq!(
            transcript(&f.output, &f.trace, true),
            "0.000 a\n1.500 b\n1.500 c\n"
        );
    }
}
