use clap::Parser;
use crisis_lookup::configuration::Cli;

fn main() -> std::process::ExitCode {
    limit_malloc_arenas();
    crisis_lookup::cli::run(Cli::parse().command)
}

/// glibc gives threads that allocate at the same time arenas of their own
/// and keeps their freed memory: after a million lookups over every country
/// and language that was ~10 MiB more RSS than with two arenas, which cost
/// no throughput (BENCHMARKS.md, `scripts/load.sh memory`). An operator's
/// own `MALLOC_ARENA_MAX` is left as it is.
fn limit_malloc_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        use std::ffi::c_int;
        extern "C" {
            fn mallopt(param: c_int, value: c_int) -> c_int;
        }
        const M_ARENA_MAX: c_int = -8;
        const ARENAS: c_int = 2;
        if std::env::var_os("MALLOC_ARENA_MAX").is_none() {
            // SAFETY: called first thing in `main`, before any other thread
            // exists; mallopt only sets one of the allocator's tunables.
            let _ = unsafe { mallopt(M_ARENA_MAX, ARENAS) };
        }
    }
}
