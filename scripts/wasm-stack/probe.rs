//! The evaluator built for wasm with one export, for measuring how deep recursion gets on the page's
//! stack (`scripts/wasm-stack.sh`): `probe(program, recursion, stack_kib)` runs a Python program with
//! the page's limits (its recursion limit and stack guard overridden when non-zero) and answers
//! `verdict|stack bytes used`. Not part of the page.

#[cfg(target_arch = "wasm32")]
mod wasm {
    use ormplay::eval::{Interp, Limits, Value};
    use std::rc::Rc;
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    pub fn probe(program: &str, recursion: u32, stack_kib: u32) -> String {
        let mut limits = Limits::page();
        if recursion > 0 {
            limits.recursion = recursion as usize;
        }
        if stack_kib > 0 {
            limits.stack = stack_kib as usize * 1024;
        }
        let module = match ormplay::python::parse(program) {
            Ok(module) => module,
            Err(problems) => return format!("!! {:?}|0", problems[0].kind),
        };
        let mut interp = Interp::new();
        interp.limits = limits;
        let file = interp.add_file("probe.py", program);
        let globals = Rc::new(ormplay::eval::value::Module::new("__main__"));
        globals.set("__name__", Value::str("__main__"));
        let verdict = match interp.run_module(&module, &globals, file) {
            Ok(()) => interp.out.trim_end().to_string(),
            Err(exc) => format!("!! {}", exc.class_name()),
        };
        let used = interp.stack_used();
        drop(interp);
        ormplay::eval::teardown::break_cycles(vec![Value::Module(globals)]);
        format!("{verdict}|{used}")
    }
}

fn main() {}
