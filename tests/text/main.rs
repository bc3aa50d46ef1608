//! The supportive text: every locale read from disk (syntax, shape, safe
//! messaging) and as the running service serves it.

#[allow(dead_code)] // each binary uses some of the shared helpers
#[path = "../common/helpers.rs"]
mod helpers;

mod locales;
