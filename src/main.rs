//! The `studysite` command: parses arguments, runs the build, prints diagnostics, sets the exit code.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use studysite::error::PreviousSite;
use studysite::progress::Progress;
use studysite::{BuildOptions, build_with_progress};

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
        /// Print errors only: no warnings, no progress, no summary.
        #[arg(short, long, conflicts_with = "verbose")]
        quiet: bool,
        /// Also print how long each stage took.
        #[arg(short, long)]
        verbose: bool,
    },
    /// Show how one text is read: each line's role and the shape that decided it, then the
    /// title, authors, dates, fields, paragraphs and notes found.
    Inspect {
        /// The text file (e.g. seeds/letter.txt).
        file: PathBuf,
    },
}

fn main() -> ExitCode {
    let (root, out, quiet, verbose) = match Cli::parse().command {
        Command::Build {
            root,
            out,
            quiet,
            verbose,
        } => (root, out, quiet, verbose),
        Command::Inspect { file } => {
            return match studysite::inspect::inspect(&file) {
                Ok(report) => {
                    print!("{report}");
                    ExitCode::SUCCESS
                }
                Err(error) => {
                    eprintln!("{}", error.render());
                    ExitCode::FAILURE
                }
            };
        }
    };
    let out = out.unwrap_or_else(|| root.join("site"));
    let options = BuildOptions {
        root,
        out: out.clone(),
    };
    match build_with_progress(&options, &Progress::new(!quiet)) {
        Ok(report) if quiet => {
            let _ = report;
            ExitCode::SUCCESS
        }
        Ok(report) => {
            for warning in &report.warnings {
                eprintln!("{}", warning.render());
            }
            if verbose {
                for timing in &report.timings {
                    eprintln!("{:>8} {:.2} s", timing.stage, timing.elapsed.as_secs_f64());
                }
            }
            eprintln!("{}", report.summary(&out));
            ExitCode::SUCCESS
        }
        Err(error) => {
            for diagnostic in &error.diagnostics {
                eprintln!("{}", diagnostic.render());
            }
            let count = error.errors().count();
            let previous = match &error.previous_site {
                PreviousSite::Unchanged => format!("{} left unchanged", out.display()),
                PreviousSite::MovedTo(aside) => format!(
                    "the previous site is in {}: move it back to {}",
                    aside.display(),
                    out.display()
                ),
            };
            eprintln!(
                "build failed with {count} error{}; {previous}",
                if count == 1 { "" } else { "s" },
            );
            ExitCode::FAILURE
        }
    }
}
