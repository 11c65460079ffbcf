//! transcript PROGRAM [--seed N] [--timestamps] [--python] [ARGS]
//!
//! Prints what the lecture's PROGRAM prints, on the virtual clock: byte for
//! byte what CPython prints (`pyref.py`). See `usage()` for every option.

use playground_engine::cli::{parse, usage};
use playground_engine::program::transcript;
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
    let run = cli.lesson.run_virtual(&cli.params, cli.timestamps);
    print!("{}", transcript(&run.output, &run.trace, cli.timestamps));
    if let Some(e) = run.error {
        eprintln!("transcript: {e}");
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
