//! The `studysite` command: parses arguments, runs the build, prints diagnostics, sets the exit code.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use studysite::{BuildOptions, build};

/// Build a reader-grade static study site from a folder of historical source texts.
#[derive(Parser)]
#[command(version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site from seeds/, content/ and templates/ into site/.
    ///
    /// Reads the plain-text sources in ROOT/seeds/, the editors' Markdown and YAML in
    /// ROOT/content/, and templates in ROOT/templates/ (built-in ones are used where it has
    /// none). The new site replaces OUT only if the whole build succeeds.
    Build {
        /// The project folder.
        #[arg(long, value_name = "DIR", default_value = ".")]
        root: PathBuf,
        /// Where to write the site [default: ROOT/site].
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let Command::Build { root, out } = Cli::parse().command;
    let out = out.unwrap_or_else(|| root.join("site"));
    match build(&BuildOptions {
        root,
        out: out.clone(),
    }) {
        Ok(report) => {
            for warning in &report.warnings {
                eprintln!("{}", warning.render());
            }
            eprintln!(
                "built {} texts, {} files into {}",
                report.texts,
                report.files,
                out.display()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            for diagnostic in &error.diagnostics {
                eprintln!("{}", diagnostic.render());
            }
            let count = error.errors().count();
            eprintln!(
                "build failed with {count} error{}; {} left unchanged",
                if count == 1 { "" } else { "s" },
                out.display()
            );
            ExitCode::FAILURE
        }
    }
}
