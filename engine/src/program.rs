//! A program run: the module-level script (task 0) plus the loop it starts
//! with `asyncio.run`, driven one `tick` at a time by a clock's driver.

use crate::asyncio::core::{Core, Tick};
use crate::clock::{Clock, VirtualClock};
use crate::random::Seed;
use crate::trace::Trace;
use std::cell::Ref;
use std::future::Future;
use std::rc::Rc;

pub struct Program {
    core: Rc<Core>,
    done: bool,
}

impl Program {
    /// `script` is the module's code (`if __name__ == "__main__": ...`);
    /// `name` labels its lane in the timeline.
    pub fn new(
        clock: Rc<dyn Clock>,
        trace: bool,
        name: &str,
        script: impl Future<Output = ()> + 'static,
    ) -> Program {
        let core = Core::new(clock, &Seed::from_i64(0), trace);
        let id = core.spawn(name.into(), Box::pin(script));
        debug_assert_eq!(id, 0);
        Program { core, done: false }
    }

    /// The next bounded piece of work (see `Tick`).
    pub fn tick(&mut self) -> Tick {
        if self.done {
            return Tick::Done;
        }
        let t = self.core.tick();
        if matches!(t, Tick::Done | Tick::Error(_)) {
            self.done = true;
        }
        t
    }

    pub fn core(&self) -> &Rc<Core> {
        &self.core
    }

    pub fn now(&self) -> f64 {
        self.core.now()
    }

    /// True while a loop iteration is only partly run (see `Tick::Progress`).
    pub fn mid_iteration(&self) -> bool {
        self.core.mid_iteration()
    }

    pub fn iteration(&self) -> u64 {
        self.core.state.borrow().iteration
    }

    pub fn output(&self) -> Ref<'_, Vec<String>> {
        Ref::map(self.core.state.borrow(), |s| &s.output)
    }

    pub fn trace(&self) -> Ref<'_, Trace> {
        Ref::map(self.core.state.borrow(), |s| &s.trace)
    }

    pub fn task_names(&self) -> Vec<String> {
        self.core
            .state
            .borrow()
            .tasks
            .iter()
            .map(|t| t.name.to_string())
            .collect()
    }
}

impl Drop for Program {
    fn drop(&mut self) {
        self.core.teardown();
    }
}

/// The result of a run to the end on the virtual clock.
pub struct Finished {
    pub output: Vec<String>,
    pub trace: Trace,
    pub task_names: Vec<String>,
    pub elapsed: f64,
    pub error: Option<String>,
}

/// Runs a program to its end on a virtual clock (tests, the CLI, instant runs).
pub fn run_virtual(
    trace: bool,
    name: &str,
    script: impl Future<Output = ()> + 'static,
) -> Finished {
    let clock = Rc::new(VirtualClock::new());
    let mut p = Program::new(clock.clone(), trace, name, script);
    let mut error = None;
    loop {
        match p.tick() {
            Tick::Progress => {}
            Tick::Wait { secs, .. } => clock.advance(secs),
            Tick::Done => break,
            Tick::Error(e) => {
                error = Some(e);
                break;
            }
        }
    }
    let st = p.core().state.borrow();
    let f = Finished {
        output: st.output.clone(),
        trace: st.trace.clone(),
        task_names: st.tasks.iter().map(|t| t.name.to_string()).collect(),
        elapsed: clock.now(),
        error,
    };
    drop(st);
    f
}

/// Formats output lines as the console prints them (`--timestamps` prefixes
/// each line with the virtual time of its print, `"%.3f "`).
pub fn transcript(output: &[String], trace: &Trace, timestamps: bool) -> String {
    let mut out = String::new();
    if timestamps {
        let mut times = vec![0.0; output.len()];
        for e in &trace.events {
            if let crate::trace::EventKind::Print { line } = e.kind {
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
