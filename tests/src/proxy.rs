//! A fault-injecting HTTP proxy between a device and the server, on loopback. Each request it
//! receives takes the next fault from its queue (or passes cleanly when the queue is empty):
//! the request dropped before the server sees it, the response dropped after the server
//! committed, the request sent twice at once, a delay, or a body cut in half on either side.
//! One request per connection: the proxy asks the server to close after answering, and reads
//! the answer to its end.

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// Closes the device's connection without forwarding anything.
    DropRequest,
    /// Forwards the request and reads the whole answer (the server has committed), then closes
    /// the device's connection without answering.
    DropResponse,
    /// Sends the request to the server twice at the same time; the device gets one answer.
    Duplicate,
    /// Waits this long before forwarding.
    Delay(Duration),
    /// Forwards the head and half of the body, then closes both connections.
    CutRequestBody,
    /// Forwards the request, then gives the device half of the answer and closes.
    CutResponse,
}

pub struct Proxy {
    address: SocketAddr,
    faults: Arc<Mutex<VecDeque<Fault>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Proxy {
    /// Starts a proxy to the server at `upstream` on the current tokio runtime.
    pub async fn start(upstream: SocketAddr) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let faults = Arc::new(Mutex::new(VecDeque::new()));
        let queue = faults.clone();
        let task = tokio::spawn(async move {
            while let Ok((device, _)) = listener.accept().await {
                let fault = queue.lock().unwrap().pop_front();
                tokio::spawn(async move {
                    // A failed exchange is what a device sees on a bad network; nothing to do.
                    let _ = exchange(device, upstream, fault).await;
                });
            }
        });
        Proxy {
            address,
            faults,
            task,
        }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.address)
    }

    /// Queues faults for the next requests, in order.
    pub fn inject(&self, faults: impl IntoIterator<Item = Fault>) {
        self.faults.lock().unwrap().extend(faults);
    }

    /// Forgets faults not yet used.
    pub fn heal(&self) {
        self.faults.lock().unwrap().clear();
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// A request as read from the device: its head (with `connection: close`) and its body.
struct Request {
    head: Vec<u8>,
    body: Vec<u8>,
}

async fn read_request(device: &mut TcpStream) -> std::io::Result<Request> {
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 16 * 1024];
    let end = loop {
        if let Some(i) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        let n = device.read(&mut chunk).await?;
        if n == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        buffer.extend_from_slice(&chunk[..n]);
    };
    let head_text = String::from_utf8_lossy(&buffer[..end]).into_owned();
    let mut length = 0usize;
    let mut head = String::new();
    for line in head_text.split("\r\n").filter(|l| !l.is_empty()) {
        let lower = line.to_ascii_lowercase();
        if let Some(v) = lower.strip_prefix("content-length:") {
            length = v.trim().parse().unwrap_or(0);
        }
        if !lower.starts_with("connection:") {
            head.push_str(line);
            head.push_str("\r\n");
        }
    }
    head.push_str("connection: close\r\n\r\n");
    let mut body = buffer[end..].to_vec();
    while body.len() < length {
        let n = device.read(&mut chunk).await?;
        if n == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        body.extend_from_slice(&chunk[..n]);
    }
    Ok(Request {
        head: head.into_bytes(),
        body,
    })
}

/// Sends the request to the server and reads its answer to the end.
async fn forward(upstream: SocketAddr, request: &Request) -> std::io::Result<Vec<u8>> {
    let mut server = TcpStream::connect(upstream).await?;
    server.write_all(&request.head).await?;
    server.write_all(&request.body).await?;
    let mut answer = Vec::new();
    server.read_to_end(&mut answer).await?;
    Ok(answer)
}

async fn exchange(
    mut device: TcpStream,
    upstream: SocketAddr,
    fault: Option<Fault>,
) -> std::io::Result<()> {
    let request = read_request(&mut device).await?;
    let answer = match fault {
        None => forward(upstream, &request).await?,
        Some(Fault::DropRequest) => return Ok(()),
        Some(Fault::DropResponse) => {
            forward(upstream, &request).await?;
            return Ok(());
        }
        Some(Fault::Duplicate) => {
            let (first, second) =
                tokio::join!(forward(upstream, &request), forward(upstream, &request));
            second?;
            first?
        }
        Some(Fault::Delay(pause)) => {
            tokio::time::sleep(pause).await;
            forward(upstream, &request).await?
        }
        Some(Fault::CutRequestBody) => {
            let mut server = TcpStream::connect(upstream).await?;
            server.write_all(&request.head).await?;
            server
                .write_all(&request.body[..request.body.len() / 2])
                .await?;
            return Ok(());
        }
        Some(Fault::CutResponse) => {
            let answer = forward(upstream, &request).await?;
            device.write_all(&answer[..answer.len() / 2]).await?;
            return Ok(());
        }
    };
    device.write_all(&answer).await?;
    device.shutdown().await
}
