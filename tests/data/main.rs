//! The real `resources.yaml`: its invariants (codes, numbers, provenance,
//! emergency blocks) as a maintainer's edit must keep them.

#[allow(dead_code)] // each binary uses some of the shared helpers
#[path = "../common/helpers.rs"]
mod helpers;

mod dataset;
