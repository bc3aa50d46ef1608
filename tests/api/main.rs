//! One test binary: every test speaks HTTP to the real server, started on a
//! free port with the repository's own `resources.yaml` and `locales/`.

mod check;
mod countries;
mod errors;
mod health;
mod helpers;
mod lookup;
mod privacy;
