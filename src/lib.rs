//! crisis-lookup: the right crisis line for a person, in their language, now.
//!
//! A request goes `routes` → `lookup` (the use case) → `detect` (language of
//! the message) and `resolve` (language and country from the hints) →
//! `dataset` (the lines) and `text` (the supportive words) → one JSON answer.
//! `mcp` is a second interface beside `routes`: the same use case as a tool
//! for LLM agents.

pub mod cli;
pub mod configuration;
pub mod dataset;
pub mod detect;
pub mod diagnostic;
pub mod domain;
pub mod lookup;
pub mod mcp;
pub mod problem;
pub mod resolve;
pub mod routes;
pub mod startup;
pub mod state;
pub mod telemetry;
pub mod text;
