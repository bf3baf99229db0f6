//! `khabar`: with no subcommand (or only paths) it opens the desktop app; the
//! subcommands run the same core headless.

mod cli;

use clap::Parser;

fn main() -> std::process::ExitCode {
    let args = cli::Args::parse();
    match cli::run(args) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        // The reader of our output went away (`khabar freq … | head`): not an error.
        Err(e)
            if e.downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe) =>
        {
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("khabar: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
