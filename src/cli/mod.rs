//! The command line: its options (`configuration`) and what each command
//! does (`commands`: serve, check, lookup).

pub mod commands;
pub mod configuration;
