//! Build script: gives the page's runtime wasm binary (`ormplay-worker`, which runs the interpreter in
//! a Web Worker) a larger stack.
//!
//! The interpreter and the parser recurse on the Rust stack, and wasm32's default stack is 1 MiB: a
//! Python program that recurses to the interpreter's limit (`def f(): return f()`) would overflow it and
//! abort the whole page instead of raising RecursionError. The flag is passed to the linker of the
//! `ormplay-worker` binary only, for wasm32 only, so no dependency is rebuilt and native builds are unchanged
//! (a `.cargo/config.toml` rustflag would change every crate's fingerprint in the shared target dir).

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        // 16 MiB; see src/worker.rs for the recursion limit the page uses with it.
        println!("cargo:rustc-link-arg-bin=ormplay-worker=-zstack-size=16777216");
    }
}
