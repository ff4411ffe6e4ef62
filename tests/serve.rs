//! `studysite serve` as a user runs it: start on a free port of 127.0.0.1, fetch a page, change
//! a file, see the rebuild, break a file, see the errors while the last good site is served.
//! Every wait is bounded.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;
use std::{fs, thread};

/// Stops the server when the test ends, however it ends.
struct Server {
    child: Child,
    address: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(root: &std::path::Path) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_studysite"))
        .args(["serve", "--port", "0", "--root"])
        .arg(root)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let (send, receive) = mpsc::channel();
    thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = send.send(line);
        }
    });
    let mut server = Server {
        child,
        address: String::new(),
    };
    while let Ok(line) = receive.recv_timeout(Duration::from_secs(60)) {
        if let Some(rest) = line.strip_prefix("serving at http://") {
            server.address = rest.split('/').next().unwrap().to_string();
            return server;
        }
    }
    panic!("the server did not say where it serves");
}

/// GET `path`: the status code and the body.
fn get(server: &Server, path: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(&server.address).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(40)))
        .unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
        server.address
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response[9..12].parse().unwrap();
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}

fn generation(wait: &str) -> u64 {
    let state: serde_json::Value = serde_json::from_str(wait).unwrap();
    state["generation"].as_u64().unwrap()
}

#[test]
fn serve_rebuilds_on_change_and_keeps_the_last_good_site_on_error() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("p");
    studysite::init::init(&root, false).unwrap();
    let server = start(&root);

    let (status, home) = get(&server, "/");
    assert_eq!(status, 200);
    assert!(home.contains("<script src=\"/__studysite/reload.js\"></script>\n</body>"));
    let on_disk = fs::read_to_string(root.join("site/index.html")).unwrap();
    assert!(!on_disk.contains("__studysite"), "never written into site/");
    assert_eq!(get(&server, "/__studysite/reload.js").0, 200);
    let (missing, page) = get(&server, "/../Cargo.toml");
    assert_eq!(missing, 404);
    assert!(page.contains("Page not found"));

    let (_, first) = get(&server, "/__studysite/wait?since=0");
    assert_eq!(generation(&first), 1);

    let seed = root.join("seeds/lincoln-gettysburg-1863.txt");
    let text = fs::read_to_string(&seed).unwrap();
    fs::write(&seed, text.replace("Four score", "Fourscore")).unwrap();
    let (_, second) = get(&server, "/__studysite/wait?since=1");
    assert_eq!(generation(&second), 2, "{second}");
    assert!(second.contains("\"errors\":null"), "{second}");
    let (_, page) = get(&server, "/texts/lincoln-gettysburg-1863.html");
    assert!(page.contains("Fourscore and seven years ago"));

    fs::write(root.join("content/site.yaml"), "title: A\ntitel: B\n").unwrap();
    let (_, third) = get(&server, "/__studysite/wait?since=2");
    assert_eq!(generation(&third), 3, "{third}");
    assert!(third.contains("content/site.yaml:2:1"), "{third}");
    let (status, page) = get(&server, "/texts/lincoln-gettysburg-1863.html");
    assert_eq!(status, 200, "the last good site is still served");
    assert!(page.contains("Fourscore and seven years ago"));
}
