//! "Did you mean" hints on NameError and AttributeError, as CPython 3.11 prints them after the
//! exception's message in a traceback (`name 'prnt' is not defined. Did you mean: 'print'?`).
//!
//! The algorithm is CPython's (`Python/suggestions.c`): a Levenshtein distance where changing only the
//! case of a letter costs 1 and any other edit 2, accepting a candidate within
//! `(len(name) + len(candidate) + 3) * 2 / 6`, and keeping the closest (the first among equals).
//! NameError looks in the function's locals, then the globals, then the builtins; AttributeError in
//! the attributes of the object (kept on the exception as `obj`, as CPython does).

use super::value::Value;
use super::{Exc, Interp};
use crate::ir::Name;

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
const MAX_STRING_SIZE: usize = 40;
const MAX_CANDIDATES: usize = 750;

fn substitution_cost(a: char, b: char) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance, or something above `max_cost` once it is certainly exceeded.
fn levenshtein(a: &str, b: &str, max_cost: usize) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a == b {
        return 0;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    let diff = a.len().abs_diff(b.len()) * MOVE_COST;
    if diff > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &bc) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(ac, bc);
            distance = row[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest of `candidates` to `name`, if any is close enough.
pub fn closest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let mut best: Option<(&str, usize)> = None;
    for item in candidates.into_iter().take(MAX_CANDIDATES) {
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let distance = levenshtein(name, item, max_distance);
        if distance > max_distance {
            continue;
        }
        if best.is_none_or(|(_, d)| distance < d) {
            best = Some((item, distance));
        }
    }
    best.map(|(s, _)| s.to_string())
}

/// The key under which a NameError keeps the suggestion computed where it was raised.
pub(super) const SUGGESTION_KEY: &str = "__suggestion__";

impl Interp {
    /// Records on a NameError the closest of the names visible where it was raised.
    pub(super) fn suggest_name(&self, exc: &Exc, name: &str, scopes: &[Vec<Name>]) {
        let found = scopes.iter().find_map(|names| closest(name, names.iter().map(|n| &**n)));
        let mut dict = exc.value.dict.borrow_mut();
        dict.insert(Name::from("name"), Value::str(name));
        if let Some(s) = found {
            dict.insert(Name::from(SUGGESTION_KEY), Value::str(&s));
        }
    }

    /// The "Did you mean" suffix for a traceback's last line, if any.
    pub(super) fn suggestion(&mut self, exc: &Exc) -> Option<String> {
        let dict = exc.value.dict.borrow();
        if let Some(Value::Str(s)) = dict.get(SUGGESTION_KEY) {
            return Some(s.to_string());
        }
        let (Some(Value::Str(name)), Some(obj)) = (dict.get("name").cloned(), dict.get("obj").cloned()) else {
            return None;
        };
        drop(dict);
        let names = self.attribute_names(&obj);
        closest(&name, names.iter().map(|n| &**n))
    }

    /// The attribute names `dir(obj)` would list, for suggestions.
    fn attribute_names(&self, obj: &Value) -> Vec<Name> {
        let mut names: Vec<Name> = Vec::new();
        let add_class = |class: &std::rc::Rc<super::value::Class>, names: &mut Vec<Name>| {
            for c in std::iter::once(class).chain(class.mro_tail.iter()) {
                names.extend(c.dict.borrow().keys().cloned());
            }
        };
        match obj {
            Value::Instance(i) => {
                names.extend(i.dict.borrow().keys().cloned());
                add_class(&i.class, &mut names);
            }
            Value::Class(c) => add_class(c, &mut names),
            Value::Module(m) => names.extend(m.dict.borrow().keys().cloned()),
            _ => {}
        }
        names.sort();
        names.dedup();
        names
    }
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn suggestions_follow_cpython() {
        assert_eq!(closest("prnt", ["print", "len", "repr"]), Some("print".into()));
        assert_eq!(closest("Name", ["name", "game"]), Some("name".into()));
        assert_eq!(closest("xyz", ["print", "len"]), None);
        assert_eq!(closest("lenght", ["length", "len"]), Some("length".into()));
    }
}
