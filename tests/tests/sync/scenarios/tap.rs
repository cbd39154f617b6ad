//! A tap in front of the fault-injecting proxy that passes every connection through unchanged
//! and counts them, so that a scenario can tell when a device process has started its pull
//! (every request is a connection of its own: the proxy closes each after one answer).

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use tokio::net::{TcpListener, TcpStream};

pub struct Tap {
    address: SocketAddr,
    connections: Arc<AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

impl Tap {
    /// Starts a tap to the HTTP address `upstream` (`http://127.0.0.1:port`).
    pub async fn start(upstream: &str) -> Tap {
        let upstream: SocketAddr = upstream
            .strip_prefix("http://")
            .and_then(|a| a.parse().ok())
            .expect("a loopback HTTP address");
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let connections = Arc::new(AtomicUsize::new(0));
        let counted = connections.clone();
        let task = tokio::spawn(async move {
            while let Ok((mut device, _)) = listener.accept().await {
                counted.fetch_add(1, Ordering::SeqCst);
                tokio::spawn(async move {
                    if let Ok(mut proxy) = TcpStream::connect(upstream).await {
                        // Either side closing ends the exchange, as on a real network.
                        let _ = tokio::io::copy_bidirectional(&mut device, &mut proxy).await;
                    }
                });
            }
        });
        Tap {
            address,
            connections,
            task,
        }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.address)
    }

    /// How many connections devices have opened so far.
    pub fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }
}

impl Drop for Tap {
    fn drop(&mut self) {
        self.task.abort();
    }
}
