//! `pyrun FILE.py [--seed N] [--timestamps] [ARGS...] [-- PROGRAM ARGS...]`:
//! runs a Python file on the virtual clock, printing what
//! `python3 tools/pyref.py FILE.py ...` prints (stdout, stderr, exit status).

use std::io::Write;

fn main() {
    let args: Vec<String> = match std::env::args_os()
        .skip(1)
        .map(|a| a.into_string())
        .collect::<Result<_, _>>()
    {
        Ok(a) => a,
        Err(bad) => {
            eprintln!("pyrun: an argument is not valid UTF-8: {bad:?}");
            std::process::exit(2);
        }
    };
    if args.is_empty() || args[0] == "--help" || args[0] == "-h" {
        eprintln!("usage: pyrun FILE.py [--seed N] [--timestamps] [ARGS...] [-- PROGRAM ARGS...]");
        std::process::exit(if args.is_empty() { 2 } else { 0 });
    }
    let path = &args[0];
    let mut opts = playground_python::Options::default();
    let mut i = 1;
    while i < args.len() {
        match args[i].as_str() {
            "--" => {
                opts.args.extend(args[i + 1..].iter().cloned());
                break;
            }
            "--seed" if i + 1 < args.len() => {
                match engine::random::Seed::parse(&args[i + 1]) {
                    Ok(s) => opts.seed = Some(s),
                    Err(e) => {
                        eprintln!("pyrun: --seed: {e}");
                        std::process::exit(2);
                    }
                }
                i += 2;
                continue;
            }
            "--timestamps" => opts.timestamps = true,
            a => opts.args.push(a.to_string()),
        }
        i += 1;
    }
    let src = match std::fs::read(path) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            eprintln!("pyrun: can't open file '{path}': {e}");
            std::process::exit(2);
        }
    };
    let name = std::path::Path::new(path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.clone());
    // A big stack for the parser and native recursion (bounded, but deep in debug builds).
    let run = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || playground_python::run_virtual(&src, &name, opts));
    let (out, err, status) = match run.map(|h| h.join()) {
        Ok(Ok(r)) => r,
        _ => {
            eprintln!("pyrun: internal error");
            std::process::exit(70);
        }
    };
    let _ = std::io::stdout().write_all(out.as_bytes());
    let _ = std::io::stderr().write_all(err.as_bytes());
    std::process::exit(status);
}
