//! The last parsed tree of each user file, kept between runs on this thread.
//!
//! The page's runtime runs the same models again and again: the Run button re-runs unchanged files,
//! and an edit to script.py re-runs models.py as it was. Parsing a 100-class models file was a
//! twenty-fifth of such a run. The tree depends only on the text and the interpreter never mutates it
//! (the standard library's Python modules are shared across runs the same way, see
//! `eval/modules/source.rs`), so a file whose text is unchanged reuses its tree. Only the last text of
//! each file is kept, and only a tree that parsed (errors are cheap to find again).

use crate::ir::Module;
use crate::python::ParseProblem;
use crate::source::FileId;
use std::cell::RefCell;
use std::rc::Rc;

/// A file's text and its tree.
type Kept = Option<(String, Rc<Module>)>;

thread_local! {
    /// The last text of models.py and of script.py that parsed, with its tree.
    static LAST: RefCell<[Kept; 2]> = const { RefCell::new([None, None]) };
}

/// `source` parsed as the user file `id`: the tree of the last run when the text is the same.
pub(super) fn parse(id: FileId, source: &str) -> Result<Rc<Module>, Vec<ParseProblem>> {
    let slot = usize::from(id == FileId::Script);
    let kept = LAST
        .with(|last| last.borrow()[slot].as_ref().filter(|(text, _)| text == source).map(|(_, module)| module.clone()));
    if let Some(module) = kept {
        return Ok(module);
    }
    let module = Rc::new(crate::python::parse(source)?);
    LAST.with(|last| last.borrow_mut()[slot] = Some((source.to_string(), module.clone())));
    Ok(module)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unchanged_file_reuses_its_tree_and_a_changed_one_is_parsed_again() {
        let first = parse(FileId::Models, "x = 1\n").unwrap();
        let again = parse(FileId::Models, "x = 1\n").unwrap();
        assert!(Rc::ptr_eq(&first, &again));
        // The other file has its own slot: the models' tree stays kept.
        let script = parse(FileId::Script, "x = 1\n").unwrap();
        assert!(!Rc::ptr_eq(&first, &script));
        assert!(Rc::ptr_eq(&first, &parse(FileId::Models, "x = 1\n").unwrap()));
        let changed = parse(FileId::Models, "x = 2\n").unwrap();
        assert!(!Rc::ptr_eq(&first, &changed));
        // A file that does not parse keeps failing, and is not kept.
        assert!(parse(FileId::Models, "x = (\n").is_err());
        assert!(parse(FileId::Models, "x = (\n").is_err());
    }
}
