//! Slow and idle clients do not hold the server: with 300 of them connected
//! (to a server with a single worker), normal lookups are answered promptly,
//! and the idle ones are closed by the server's own timeouts.

use crate::helpers::spawn_app;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const PER_KIND: usize = 100;

/// Connects `PER_KIND` clients of each kind: silent, a head sent a few
/// bytes at a time and never finished, and a head with a body that never
/// comes.
async fn open_slow_clients(address: &str) -> Vec<TcpStream> {
    let mut streams = Vec::with_capacity(3 * PER_KIND);
    for index in 0..3 * PER_KIND {
        let mut stream = TcpStream::connect(address)
            .await
            .unwrap_or_else(|e| panic!("connection {index}: {e}"));
        match index % 3 {
            0 => {}
            1 => {
                let _ = stream.write_all(b"POST /v1/lookup HTTP/1.1\r\nHo").await;
            }
            _ => {
                let _ = stream
                    .write_all(
                        b"POST /v1/lookup HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"mess",
                    )
                    .await;
            }
        }
        streams.push(stream);
    }
    streams
}

/// Whether the server has closed the connection (EOF or reset, possibly
/// after a 408), waiting at most until `deadline`.
async fn closed_by_server(stream: &mut TcpStream, deadline: Instant) -> bool {
    let mut buffer = [0u8; 1024];
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match tokio::time::timeout(left, stream.read(&mut buffer)).await {
            Err(_) => return false,
            Ok(Ok(0)) | Ok(Err(_)) => return true,
            Ok(Ok(_)) => continue,
        }
    }
}

#[tokio::test]
async fn three_hundred_slow_clients_do_not_delay_normal_lookups() {
    let app = spawn_app().await;
    let address = app.address.trim_start_matches("http://").to_string();
    let opened = Instant::now();
    let mut slow = open_slow_clients(&address).await;
    assert_eq!(slow.len(), 3 * PER_KIND);

    // Trickle one more byte into each half-sent head, as a slowloris would.
    for stream in slow.iter_mut().skip(1).step_by(3) {
        let _ = stream.write_all(b"s").await;
    }

    let started = Instant::now();
    let mut lookups = tokio::task::JoinSet::new();
    for index in 0..20 {
        let client = app.client.clone();
        let url = format!("{}/v1/lookup", app.address);
        let country = ["BE", "NL", "FR", "DE"][index % 4];
        lookups.spawn(async move {
            let response = client
                .post(url)
                .json(&serde_json::json!({"message": "I can't go on", "country": country}))
                .send()
                .await
                .unwrap_or_else(|e| panic!("lookup {index}: {e}"));
            let status = response.status().as_u16();
            let body: serde_json::Value = response.json().await.unwrap_or_default();
            (country, status, body)
        });
    }
    let answers = lookups.join_all().await;
    let took = started.elapsed();
    assert_eq!(answers.len(), 20);
    for (country, status, body) in &answers {
        assert_eq!(*status, 200, "{country}: {body}");
        assert_eq!(body["country"]["code"], *country, "{body}");
    }
    assert!(
        took < Duration::from_secs(5),
        "20 lookups next to 300 slow clients took {took:?}"
    );
    assert_eq!(app.get("/healthz").await.status, 200);

    // The server's timeouts close the silent and the half-sent heads
    // (client_request_timeout, 5 s) and the bodies that never come (the
    // lookup's body timeout, 5 s): sample some of each kind.
    let deadline = opened + Duration::from_secs(9);
    for (index, stream) in slow.iter_mut().enumerate().step_by(10) {
        assert!(
            closed_by_server(stream, deadline).await,
            "slow client {index} (kind {}) still open after {:?}",
            index % 3,
            opened.elapsed()
        );
    }
    drop(slow);
}
