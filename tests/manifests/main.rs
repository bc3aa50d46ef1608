//! The deployment files (Kubernetes, Dockerfile, .dockerignore) agree with
//! the program: the variables it reads, its port, the files it compiles in.

#[allow(dead_code)] // each binary uses some of the shared helpers
#[path = "../common/helpers.rs"]
mod helpers;

mod manifests;
