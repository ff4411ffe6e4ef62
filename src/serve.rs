//! `studysite serve`: build, serve the site on 127.0.0.1, rebuild when a file changes, and
//! reload the pages open in a browser.
//!
//! In: the project folder and a port. Out: a local web server until the process is stopped.
//! The site is built into the output folder as by `build`. A watcher (`notify`) marks the
//! build dirty on any change under `seeds/`, `content/` or `templates/`; the build loop waits
//! until the files have been quiet for [`QUIET_FOR`] (one save gives several events), then
//! rebuilds. Pages are served with a small script added to them in the response only, never in
//! `site/`: it long-polls `/__studysite/wait`, reloads the page after a good build, and shows
//! the errors of a failed one over the page, while the last good site stays served.

use std::fs;
use std::io::Cursor;
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use notify::{EventKind, RecursiveMode, Watcher};
use tiny_http::{Header, Request, Response, Server};

use crate::error::Diagnostic;
use crate::{BuildOptions, build};

/// How long the files must be quiet before a rebuild.
pub const QUIET_FOR: Duration = Duration::from_millis(150);

/// How long a page's wait for the next build is held open.
const LONG_POLL: Duration = Duration::from_secs(25);

/// The address prefix of the server's own resources (never a file of the site).
const OWN: &str = "/__studysite/";

/// The script added to every page served.
const RELOAD_JS: &str = include_str!("serve_reload.js");

/// What to serve.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The project and output folders.
    pub build: BuildOptions,
    /// The port asked for; another free one is taken if it is in use (0: any free port).
    pub port: u16,
}

/// The state of the last build, shared with the pages waiting for the next one.
#[derive(Default)]
struct BuildState {
    /// Counts finished builds, good or failed.
    generation: u64,
    /// The errors of the last build, if it failed.
    errors: Option<String>,
}

struct Shared {
    state: Mutex<BuildState>,
    changed: Condvar,
}

/// A server that is running: its address, and how to stop it.
pub struct Running {
    /// `http://127.0.0.1:PORT/`.
    pub url: String,
    stop: Arc<AtomicBool>,
    server: Arc<Server>,
}

impl Running {
    /// Stops serving and watching.
    pub fn stop(&self) {
        self.stop.store(true, Ordering::SeqCst);
        self.server.unblock();
    }
}

/// Builds once, then serves and watches in background threads; `report` is told the outcome
/// of every build (the first included). Fails if the first build fails or no port can be had.
pub fn start(
    options: ServeOptions,
    report: impl Fn(Result<String, String>) + Send + Sync + 'static,
) -> Result<Running, Diagnostic> {
    let report = Arc::new(report);
    let shared = Arc::new(Shared {
        state: Mutex::new(BuildState::default()),
        changed: Condvar::new(),
    });
    match run_build(&options.build) {
        Ok(summary) => report(Ok(summary)),
        Err(errors) => return Err(Diagnostic::general(errors)),
    }
    lock(&shared.state).generation = 1;
    let server = Server::http(("127.0.0.1", options.port))
        .or_else(|_| Server::http(("127.0.0.1", 0)))
        .map_err(|e| Diagnostic::general(format!("cannot serve on 127.0.0.1: {e}")))?;
    let port = server
        .server_addr()
        .to_ip()
        .map(|a| a.port())
        .ok_or_else(|| Diagnostic::general("the server has no IP address"))?;
    let server = Arc::new(server);
    let stop = Arc::new(AtomicBool::new(false));
    let dirty = Arc::new(Mutex::new(None::<Instant>));
    let watcher = watch(&options.build.root, Arc::clone(&dirty))?;
    {
        let (shared, stop, options, report) = (
            Arc::clone(&shared),
            Arc::clone(&stop),
            options.clone(),
            Arc::clone(&report),
        );
        std::thread::spawn(move || {
            let _watcher = watcher; // watches as long as the loop runs
            rebuild_loop(&options.build, &dirty, &shared, &stop, &*report);
        });
    }
    {
        let (server, shared, stop) = (Arc::clone(&server), Arc::clone(&shared), Arc::clone(&stop));
        let out = options.build.out.clone();
        std::thread::spawn(move || {
            for request in server.incoming_requests() {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                let (shared, out) = (Arc::clone(&shared), out.clone());
                std::thread::spawn(move || respond(request, &out, &shared));
            }
        });
    }
    Ok(Running {
        url: format!("http://127.0.0.1:{port}/"),
        stop,
        server,
    })
}

fn run_build(options: &BuildOptions) -> Result<String, String> {
    match build(options) {
        Ok(report) => Ok(report.summary(&options.out)),
        Err(error) => Err(error
            .diagnostics
            .iter()
            .map(Diagnostic::render)
            .collect::<Vec<_>>()
            .join("\n")),
    }
}

fn watch(
    root: &Path,
    dirty: Arc<Mutex<Option<Instant>>>,
) -> Result<notify::RecommendedWatcher, Diagnostic> {
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if let Ok(event) = event
            && !matches!(event.kind, EventKind::Access(_))
        {
            *lock(&dirty) = Some(Instant::now());
        }
    })
    .map_err(|e| Diagnostic::general(format!("cannot watch the project for changes: {e}")))?;
    for folder in ["seeds", "content", "templates"] {
        let path = root.join(folder);
        if path.is_dir() {
            watcher
                .watch(&path, RecursiveMode::Recursive)
                .map_err(|e| Diagnostic::error(&path, format!("cannot watch: {e}")))?;
        }
    }
    Ok(watcher)
}

fn rebuild_loop(
    options: &BuildOptions,
    dirty: &Mutex<Option<Instant>>,
    shared: &Shared,
    stop: &AtomicBool,
    report: &(dyn Fn(Result<String, String>) + Send + Sync),
) {
    while !stop.load(Ordering::SeqCst) {
        std::thread::sleep(Duration::from_millis(50));
        let quiet = lock(dirty).is_some_and(|at| at.elapsed() >= QUIET_FOR);
        if !quiet {
            continue;
        }
        *lock(dirty) = None;
        let outcome = run_build(options);
        report(outcome.clone());
        let mut state = lock(&shared.state);
        state.generation += 1;
        state.errors = outcome.err();
        shared.changed.notify_all();
    }
}

fn respond(request: Request, out: &Path, shared: &Shared) {
    let url = request.url().to_string();
    let (path, query) = url.split_once('?').unwrap_or((&url, ""));
    let response = if let Some(own) = path.strip_prefix(OWN) {
        own_resource(own, query, shared)
    } else {
        site_file(out, path)
    };
    let _ = request.respond(response);
}

fn own_resource(name: &str, query: &str, shared: &Shared) -> Response<Cursor<Vec<u8>>> {
    match name {
        "reload.js" => with_type(Response::from_string(RELOAD_JS), "text/javascript"),
        "wait" => {
            let since: u64 = query
                .split('&')
                .find_map(|p| p.strip_prefix("since="))
                .and_then(|n| n.parse().ok())
                .unwrap_or(0);
            let state = lock(&shared.state);
            let (state, _) = shared
                .changed
                .wait_timeout_while(state, LONG_POLL, |s| s.generation <= since)
                .unwrap_or_else(|p| p.into_inner());
            let body = serde_json::json!({
                "generation": state.generation,
                "errors": state.errors,
            });
            with_type(Response::from_string(body.to_string()), "application/json")
        }
        _ => Response::from_string("not found").with_status_code(404),
    }
}

/// The file of the site at URL `path`, pages with the reload script added.
fn site_file(out: &Path, path: &str) -> Response<Cursor<Vec<u8>>> {
    let Some(file) = file_for(out, path) else {
        return not_found(out);
    };
    match fs::read(&file) {
        Ok(bytes) => {
            let kind = content_type(&file);
            let bytes = if kind.starts_with("text/html") {
                with_reload_script(bytes)
            } else {
                bytes
            };
            with_type(Response::from_data(bytes), kind)
        }
        Err(_) => not_found(out),
    }
}

fn not_found(out: &Path) -> Response<Cursor<Vec<u8>>> {
    let page = fs::read(out.join("404.html")).unwrap_or_else(|_| b"not found".to_vec());
    with_type(
        Response::from_data(with_reload_script(page)),
        "text/html; charset=utf-8",
    )
    .with_status_code(404)
}

/// The file a URL path names inside `out`, if it is one (no `..`, folders give their
/// `index.html`).
pub fn file_for(out: &Path, path: &str) -> Option<PathBuf> {
    let decoded = percent_decode(path)?;
    let relative = Path::new(decoded.trim_start_matches('/'));
    if relative
        .components()
        .any(|c| !matches!(c, Component::Normal(_)))
    {
        return None;
    }
    let mut file = out.join(relative);
    if file.is_dir() {
        file = file.join("index.html");
    }
    file.is_file().then_some(file)
}

fn percent_decode(path: &str) -> Option<String> {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// A page with the reload script before `</body>` (only in the response, never on disk).
fn with_reload_script(page: Vec<u8>) -> Vec<u8> {
    let tag = format!("<script src=\"{OWN}reload.js\"></script>\n");
    let Ok(mut text) = String::from_utf8(page) else {
        return Vec::new();
    };
    match text.rfind("</body>") {
        Some(at) => text.insert_str(at, &tag),
        None => text.push_str(&tag),
    }
    text.into_bytes()
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "svg" => "image/svg+xml",
        "ico" => "image/x-icon",
        "xml" => "application/xml",
        "txt" => "text/plain; charset=utf-8",
        "json" => "application/json",
        "png" => "image/png",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

fn with_type(response: Response<Cursor<Vec<u8>>>, kind: &str) -> Response<Cursor<Vec<u8>>> {
    match Header::from_bytes("Content-Type", kind) {
        Ok(header) => response.with_header(header),
        Err(()) => response,
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_files_inside_the_site_are_served() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("site/texts")).unwrap();
        fs::write(dir.path().join("site/index.html"), "home").unwrap();
        fs::write(dir.path().join("site/texts/a b.html"), "a").unwrap();
        fs::write(dir.path().join("secret.txt"), "no").unwrap();
        let out = dir.path().join("site");
        assert_eq!(file_for(&out, "/"), Some(out.join("index.html")));
        assert_eq!(
            file_for(&out, "/texts/a%20b.html"),
            Some(out.join("texts/a b.html"))
        );
        assert_eq!(file_for(&out, "/../secret.txt"), None);
        assert_eq!(file_for(&out, "/%2e%2e/secret.txt"), None);
        assert_eq!(file_for(&out, "/missing.html"), None);
    }

    #[test]
    fn the_script_goes_before_the_end_of_the_body() {
        let page = with_reload_script(b"<html><body><p>x</p></body></html>".to_vec());
        assert_eq!(
            String::from_utf8(page).unwrap(),
            "<html><body><p>x</p><script src=\"/__studysite/reload.js\"></script>\n</body></html>"
        );
    }
}
