//! Prints what the detector weighed for each line of standard input: the
//! language, its confidence and the five best candidates. For looking into
//! one answer of `langid_eval`:
//!
//!     echo 'ik wil dood' | cargo run --release --example detect_debug
use crisis_lookup::lookup::snapshot::Snapshot;
use std::io::BufRead;
use std::path::Path;

fn main() -> anyhow::Result<()> {
    let (snapshot, _warnings) = Snapshot::load(Path::new("resources.yaml"), Path::new("locales"))
        .map_err(|errors| {
        anyhow::anyhow!("the data does not load: {} errors", errors.0.len())
    })?;
    for line in std::io::stdin().lock().lines() {
        let line = line?;
        match snapshot.detector.detect(&line) {
            Some(detection) => {
                let candidates: Vec<String> = detection
                    .candidates()
                    .iter()
                    .take(5)
                    .map(|(code, p)| format!("{code}:{p:.3}"))
                    .collect();
                let likelihoods: Vec<String> = detection
                    .log_likelihoods()
                    .iter()
                    .take(5)
                    .map(|(code, l)| format!("{code}:{l:.1}"))
                    .collect();
                println!(
                    "{line:?} → {} (confidence {:.3}, {} words) [{}]",
                    detection.language,
                    detection.confidence,
                    detection.words(),
                    candidates.join(" ")
                );
                println!("  log-likelihoods (nats): {}", likelihoods.join(" "));
            }
            None => println!("{line:?} → no letters of a shipped language"),
        }
    }
    Ok(())
}
