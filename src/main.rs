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
        /// The address the site will be published at (overrides `base_url` in
        /// content/site.yaml): turns on the sitemap, the feed and canonical URLs.
        #[arg(long, value_name = "URL", value_parser = parse_base_url)]
        base_url: Option<String>,
        /// Print errors only: no warnings, no progress, no summary.
        #[arg(short, long, conflicts_with = "verbose")]
        quiet: bool,
        /// Also print how long each stage took.
        #[arg(short, long)]
        verbose: bool,
    },
    /// Check the project without writing a site: everything a build validates, broken links,
    /// notes the text never refers to, glossary entries no text names, names not in the
    /// glossary, texts without an identified title, author or date, events no text states.
    /// Exits non-zero when there are errors.
    Check {
        /// The project folder.
        #[arg(long, value_name = "DIR", default_value = ".")]
        root: PathBuf,
        /// `text` for people (one finding per line, with its file:line), `json` for tools.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Build, serve the site on 127.0.0.1 and rebuild when a file in seeds/, content/ or
    /// templates/ changes; open pages reload themselves, and show the errors of a failed
    /// build while the last good site stays served. Stop with Ctrl-C.
    Serve {
        /// The project folder.
        #[arg(long, value_name = "DIR", default_value = ".")]
        root: PathBuf,
        /// Where to write the site [default: ROOT/site].
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// The port to serve on (another free one is taken if it is in use).
        #[arg(long, default_value_t = 8080)]
        port: u16,
        /// Open the site in the default browser.
        #[arg(long)]
        open: bool,
    },
    /// Make a starter project in DIR (new or empty): a sample text, site settings, an
    /// introduction, a glossary and a timeline, which build at once.
    Init {
        /// The folder to make.
        dir: PathBuf,
        /// Also copy the built-in templates into DIR/templates/, for customising.
        #[arg(long)]
        with_templates: bool,
    },
    /// Show how one text is read: each line's role and the shape that decided it, then the
    /// title, authors, dates, fields, paragraphs and notes found.
    Inspect {
        /// The text file (e.g. seeds/letter.txt).
        file: PathBuf,
    },
}

/// mimalloc instead of the system allocator: the build allocates many small strings from both
/// cores, where glibc's malloc took a fifth of the time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// How `check` prints its findings.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

fn main() -> ExitCode {
    let (root, out, base_url, quiet, verbose) = match Cli::parse().command {
        Command::Build {
            root,
            out,
            base_url,
            quiet,
            verbose,
        } => (root, out, base_url, quiet, verbose),
        Command::Check { root, format } => {
            let findings = studysite::findings::check_project(&root);
            if format == Format::Json {
                println!("{}", studysite::findings::to_json(&findings));
            } else {
                for finding in &findings {
                    println!("{}", finding.diagnostic.render());
                }
                eprintln!("{}", studysite::findings::summary(&findings));
            }
            return if findings.iter().any(|f| f.is_error()) {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            };
        }
        Command::Serve {
            root,
            out,
            port,
            open,
        } => {
            let out = out.unwrap_or_else(|| root.join("site"));
            let options = studysite::serve::ServeOptions {
                build: BuildOptions {
                    root,
                    out,
                    base_url: None,
                },
                port,
            };
            let report = |outcome: Result<String, String>| match outcome {
                Ok(summary) => eprintln!("{summary}"),
                Err(errors) => {
                    eprintln!("{errors}\nbuild failed; the last good site is still served")
                }
            };
            return match studysite::serve::start(options, report) {
                Ok(running) => {
                    eprintln!("serving at {} (Ctrl-C stops)", running.url);
                    if open {
                        open_in_browser(&running.url);
                    }
                    loop {
                        std::thread::park();
                    }
                }
                Err(error) => {
                    eprintln!("{}", error.render());
                    ExitCode::FAILURE
                }
            };
        }
        Command::Init {
            dir,
            with_templates,
        } => {
            return match studysite::init::init(&dir, with_templates) {
                Ok(files) => {
                    eprintln!(
                        "made a starter project in {} ({} files); build it with \
                         `studysite build --root {}` and open {}",
                        dir.display(),
                        files.len(),
                        dir.display(),
                        dir.join("site").join("index.html").display()
                    );
                    ExitCode::SUCCESS
                }
                Err(error) => {
                    eprintln!("{}", error.render());
                    ExitCode::FAILURE
                }
            };
        }
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
        base_url,
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

fn parse_base_url(url: &str) -> Result<String, String> {
    studysite::load::schema::check_base_url(url)
}

/// Opens `url` in the desktop's browser, best effort (`xdg-open`, `open`, `start`).
fn open_in_browser(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    if std::process::Command::new(opener).arg(url).spawn().is_err() {
        eprintln!("could not start {opener}: open {url} yourself");
    }
}
