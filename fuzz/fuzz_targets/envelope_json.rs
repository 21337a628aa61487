//! Reading the JSON inside a sealed file: an envelope, or a bare exported form or decision
//! record, must give a result or an error, never panic. (Through `open_bundle` the fuzzer
//! rarely reaches this: age authenticates every byte, so a mutated file never decrypts.)

#![no_main]

use infoshare_core::bundle::Envelope;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(envelope) = Envelope::from_json(text) {
        // What opening does next with a good envelope: show it and keep it.
        let _ = Envelope::from_json(&envelope.to_json());
    }
});
