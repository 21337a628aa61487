//! Browser entry point: hands over to the app crate.

fn main() {
    infoshare::start();
}
