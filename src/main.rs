//! The `ormplay` command-line tool: the native build of the same core the page runs.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(ormplay::cli::main(std::env::args().skip(1).collect()));
}

#[cfg(target_arch = "wasm32")]
fn main() {
    ormplay::ui::start();
}
