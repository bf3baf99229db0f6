//! Command-line interface: argument parsing and dispatch to the subcommands.

mod layout;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// Khabar — read and analyse Arabic news text.
#[derive(Debug, Parser)]
#[command(name = "khabar", version, about)]
pub struct Args {
    #[command(subcommand)]
    command: Option<Cmd>,
    /// Files or folders to open in the app (default: the built-in sample corpus).
    paths: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
enum Cmd {
    /// Lay out a file's text as the Reader does (one paragraph per line of FILE) and
    /// print each laid-out line: PARAGRAPH<TAB>START..END<TAB>VISUAL.
    Layout(layout::LayoutArgs),
}

pub fn run(args: Args) -> anyhow::Result<()> {
    match args.command {
        Some(Cmd::Layout(a)) => layout::run(&a),
        None => open_app(args.paths),
    }
}

#[cfg(feature = "gui")]
fn open_app(paths: Vec<PathBuf>) -> anyhow::Result<()> {
    khabar::app::run(paths).map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))
}

#[cfg(not(feature = "gui"))]
fn open_app(_paths: Vec<PathBuf>) -> anyhow::Result<()> {
    anyhow::bail!("this khabar was built without the `gui` feature; use a subcommand (see --help)")
}
