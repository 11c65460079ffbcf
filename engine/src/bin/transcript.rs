//! transcript PROGRAM [--seed N] [--timestamps] [--python] [ARGS]
//!
//! Prints what the lecture's PROGRAM prints, on the virtual clock: byte for
//! byte what CPython prints (`pyref.py`). See `usage()` for every option.

use playground_engine::cli::{parse, usage};
use playground_engine::export::{chrome_trace, line_times};
use playground_engine::program::transcript;
use playground_engine::stats::Timeline;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let cli = match parse(&args) {
        Ok(c) => c,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("transcript: {e}");
            }
            eprint!("{}", usage());
            return ExitCode::from(2);
        }
    };
    if cli.python {
        print!("{}", cli.lesson.python(&cli.params));
        return ExitCode::SUCCESS;
    }
    let run = cli.lesson.run_virtual(&cli.params, cli.timestamps || cli.trace.is_some() || cli.loop_at.is_some());
    if let Some(m) = cli.loop_at {
        print!("{}", playground_engine::internals::describe(&run.trace, &run.task_names, m));
        return ExitCode::SUCCESS;
    }
    print!("{}", transcript(&run.output, &run.trace, cli.timestamps));
    if let Some(path) = &cli.trace {
        let tl = Timeline::build(&run.trace, run.task_names.len(), run.elapsed);
        let times = line_times(&run.trace, run.output.len());
        let json = chrome_trace(cli.lesson.file(), &tl, &run.task_names, &run.output, &times);
        if let Err(e) = std::fs::write(path, json) {
            eprintln!("transcript: cannot write {path}: {e}");
            return ExitCode::from(1);
        }
    }
    if let Some(e) = run.error {
        eprintln!("transcript: {e}");
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
