//! How long validating the largest realistic form takes: the Lincolnshire request for police
//! disclosure with 20 subjects, each with 10 earlier addresses. The target is under 1 ms.
//!
//! Run with `cargo bench -p infoshare-core --bench validate`.

#[path = "../tests/common/mod.rs"]
mod common;

use std::hint::black_box;
use std::time::{Duration, Instant};

use infoshare_core::form::{route, validate};

const RUNS: usize = 200;

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let library = common::library();
    let form = common::form(&library, "lincolnshire", "police-disclosure-request");
    let answers = common::large_police_request(20, 10);
    let now = common::now();
    let issues = validate(form, &answers, now);
    assert!(issues.is_empty(), "the benchmark answers must be valid: {issues:#?}");

    let time = |work: &dyn Fn()| {
        work();
        median(
            (0..RUNS)
                .map(|_| {
                    let start = Instant::now();
                    work();
                    start.elapsed()
                })
                .collect(),
        )
    };
    let validating = time(&|| {
        black_box(validate(black_box(form), black_box(&answers), now));
    });
    let routing = time(&|| {
        black_box(route(&library, black_box(form), black_box(&answers), now));
    });
    println!(
        "validate: 20 subjects x 10 addresses, median of {RUNS}: {validating:?} per validation (target under 1 ms)"
    );
    println!("route:    median of {RUNS}: {routing:?}");
}
