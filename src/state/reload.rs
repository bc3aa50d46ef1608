//! Live reload: the dataset's folder and the locales folder are watched, a
//! burst of changes is debounced into one reload, and SIGHUP reloads too.
//! Folders rather than files are watched because editors and Kubernetes
//! ConfigMaps replace a file by rename or by swapping a symlink.

use crate::state::AppState;
use notify::{EventKind, RecursiveMode, Watcher};
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Arc};
use std::time::Duration;

/// Editors save in several steps (write a temp file, rename, touch); wait
/// until the files have been quiet this long before reading them.
const DEBOUNCE: Duration = Duration::from_millis(150);

/// Keeps the watcher alive; dropping it stops watching.
pub struct Reloader {
    _watcher: notify::RecommendedWatcher,
    trigger: mpsc::Sender<()>,
}

impl Reloader {
    pub fn start(state: Arc<AppState>) -> anyhow::Result<Self> {
        let (trigger, requests) = mpsc::channel::<()>();
        let data_path = absolute(&state.data_path);
        let data_dir = data_path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."));
        let data_name = data_path
            .file_name()
            .map(|n| n.to_os_string())
            .unwrap_or_default();
        let locales_dir = absolute(&state.locales_path);

        let sender = trigger.clone();
        let watched_locales = locales_dir.clone();
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                let Ok(event) = event else { return };
                if matches!(event.kind, EventKind::Access(_)) {
                    return;
                }
                let relevant = event.paths.iter().any(|path| {
                    let name = path.file_name().unwrap_or_default();
                    path.starts_with(&watched_locales)
                    || name == data_name.as_os_str()
                    // ConfigMap volumes swap their `..data` symlink.
                    || name.to_string_lossy().starts_with("..")
                });
                if relevant {
                    let _ = sender.send(());
                }
            })?;
        watcher.watch(&data_dir, RecursiveMode::NonRecursive)?;
        watcher.watch(&locales_dir, RecursiveMode::Recursive)?;

        std::thread::Builder::new()
            .name("reload".into())
            .spawn(move || {
                while requests.recv().is_ok() {
                    while requests.recv_timeout(DEBOUNCE).is_ok() {}
                    // Errors are logged, counted and shown by /readyz in `reload`.
                    let _ = state.reload();
                }
            })?;
        tracing::info!(data = %data_path.display(), locales = %locales_dir.display(), "watching for changes");
        Ok(Self {
            _watcher: watcher,
            trigger,
        })
    }

    /// Reloads on SIGHUP until the process ends. Must run inside the server's
    /// runtime.
    pub async fn reload_on_sighup(trigger: mpsc::Sender<()>) {
        use tokio::signal::unix::{signal, SignalKind};
        let Ok(mut hangups) = signal(SignalKind::hangup()) else {
            tracing::warn!("cannot listen for SIGHUP; reload by editing the files instead");
            return;
        };
        while hangups.recv().await.is_some() {
            tracing::info!("SIGHUP: reloading");
            if trigger.send(()).is_err() {
                return;
            }
        }
    }

    pub fn trigger(&self) -> mpsc::Sender<()> {
        self.trigger.clone()
    }
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}
