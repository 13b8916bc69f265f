//! `re.Pattern` and `re.Match` objects: helper-class instances carrying native state, with their
//! methods as builtins on the class.

mod template;

use super::{all_matches, byte_index, char_index, search_at};
use crate::eval::call::take_keyword;
use crate::eval::value::Namespace;
use crate::eval::value::{Class, Instance, Value};
use crate::eval::{Args, Interp, PyResult};
use crate::ir::Name;
use fancy_regex::Regex;
use std::cell::RefCell;
use std::rc::Rc;
use template::{expand_template, parse_template};

pub struct PatternData {
    pub source: Rc<str>,
    pub flags: i64,
    regex: Regex,
    /// The same pattern followed by an end anchor, for `fullmatch`.
    full: Regex,
    /// Group names and their numbers, in pattern order.
    names: Vec<(String, usize)>,
    groups: usize,
}

impl PatternData {
    pub(super) fn new(source: Rc<str>, flags: i64, regex: Regex, full: Regex) -> Self {
        let names = regex.capture_names().enumerate().filter_map(|(i, n)| n.map(|n| (n.to_string(), i))).collect();
        let groups = regex.captures_len().saturating_sub(1);
        PatternData { source, flags, regex, full, names, groups }
    }
}

pub struct MatchData {
    string: Rc<str>,
    /// Byte spans of each group (0 is the whole match).
    spans: Vec<Option<(usize, usize)>>,
    pattern: Value,
    pos: usize,
    endpos: usize,
}

pub(super) fn pattern_data(v: &Value) -> Option<Rc<PatternData>> {
    let Value::Instance(i) = v else { return None };
    i.native.borrow().as_ref()?.clone().downcast::<PatternData>().ok()
}

fn match_data(v: &Value) -> Option<Rc<MatchData>> {
    let Value::Instance(i) = v else { return None };
    i.native.borrow().as_ref()?.clone().downcast::<MatchData>().ok()
}

fn instance(interp: &Interp, class: Rc<Class>, native: Rc<dyn std::any::Any>, attrs: Vec<(&str, Value)>) -> Value {
    let dict: Namespace = attrs.into_iter().map(|(k, v)| (Name::from(k), v)).collect();
    Value::Instance(Rc::new(Instance {
        class,
        dict: RefCell::new(dict),
        native: RefCell::new(Some(native)),
        id: interp.next_id(),
    }))
}

type Method = fn(&mut Interp, Args) -> PyResult<Value>;

fn install(class: &Rc<Class>, methods: &[(&str, Method)]) {
    if class.dict.borrow().contains_key(methods[0].0) {
        return;
    }
    for (name, f) in methods {
        class.dict.borrow_mut().insert(Name::from(*name), Interp::builtin(name, *f));
    }
}

pub(super) fn make_pattern(interp: &mut Interp, data: PatternData) -> Value {
    let class = interp.aux_class_in("re", "Pattern");
    install(
        &class,
        &[
            ("match", |i, a| search_method(i, a, Mode::Match)),
            ("fullmatch", |i, a| search_method(i, a, Mode::Full)),
            ("search", |i, a| search_method(i, a, Mode::Search)),
            ("findall", findall),
            ("finditer", finditer),
            ("sub", |i, a| sub(i, a, false)),
            ("subn", |i, a| sub(i, a, true)),
            ("split", split),
            ("__repr__", pattern_repr),
            ("__eq__", |_, a| {
                Ok(match (a.positional.first().and_then(pattern_data), a.positional.get(1).and_then(pattern_data)) {
                    (Some(x), Some(y)) => Value::Bool(x.source == y.source && x.flags == y.flags),
                    _ => Value::NotImplemented,
                })
            }),
            ("__hash__", |_, a| {
                Ok(Value::Int(a.positional.first().and_then(pattern_data).map_or(0, |p| p.source.len() as i64)))
            }),
        ],
    );
    let mut groupindex = crate::eval::dict::Dict::new();
    for (name, number) in &data.names {
        groupindex.insert(
            crate::eval::dict::Key::Str(Rc::from(name.as_str())),
            Value::str(name),
            Value::Int(*number as i64),
        );
    }
    let attrs = vec![
        ("pattern", Value::Str(data.source.clone())),
        ("flags", Value::Int(data.flags | 32)),
        ("groups", Value::Int(data.groups as i64)),
        ("groupindex", Value::Dict(Rc::new(RefCell::new(groupindex)))),
    ];
    instance(interp, class, Rc::new(data), attrs)
}

#[derive(Clone, Copy)]
enum Mode {
    Match,
    Full,
    Search,
}

/// The receiver, its pattern, the subject string, and the byte range searched.
type Subject = (Value, Rc<PatternData>, Rc<str>, usize, usize);

/// The receiver's pattern, the subject string and the byte range `[pos, endpos)` of a Pattern method.
fn subject(interp: &mut Interp, args: &mut Args, name: &str) -> PyResult<Subject> {
    let pos = take_keyword(args, "pos");
    let endpos = take_keyword(args, "endpos");
    let receiver = args.positional.first().cloned().unwrap_or(Value::None);
    let Some(pattern) = pattern_data(&receiver) else {
        return Err(interp.type_error(format!("descriptor '{name}' requires a 're.Pattern' object")));
    };
    let string = match args.positional.get(1).map(crate::eval::subclass::plain) {
        Some(Value::Str(s)) => s,
        Some(other) => {
            return Err(interp.type_error(format!("expected string or bytes-like object, got '{}'", other.type_name())));
        }
        None => return Err(interp.type_error(format!("{name}() missing required argument 'string' (pos 1)"))),
    };
    let index = |v: Option<Value>, default: i64| match v {
        Some(Value::Int(n)) => n.max(0),
        _ => default,
    };
    let pos = index(pos.or_else(|| args.positional.get(2).cloned()), 0);
    let endpos = index(endpos.or_else(|| args.positional.get(3).cloned()), i64::MAX);
    let (start, end) = (byte_index(&string, pos), byte_index(&string, endpos));
    Ok((receiver, pattern, string, start, end.max(start)))
}

fn make_match(
    interp: &mut Interp,
    pattern: Value,
    string: Rc<str>,
    spans: Vec<Option<(usize, usize)>>,
    pos: usize,
    endpos: usize,
) -> Value {
    let class = interp.aux_class_in("re", "Match");
    install(
        &class,
        &[
            ("group", group),
            ("groups", groups),
            ("groupdict", groupdict),
            ("start", |i, a| span_part(i, a, 0)),
            ("end", |i, a| span_part(i, a, 1)),
            ("span", |i, a| span_part(i, a, 2)),
            ("expand", expand),
            ("__getitem__", group),
            ("__repr__", match_repr),
        ],
    );
    let data = Rc::new(MatchData { string: string.clone(), spans, pattern: pattern.clone(), pos, endpos });
    let pdata = pattern_data(&pattern);
    let lastindex = data
        .spans
        .iter()
        .enumerate()
        .skip(1)
        .filter(|(_, s)| s.is_some())
        .max_by_key(|(_, s)| s.map(|x| x.1))
        .map(|(i, _)| i);
    let lastindex = last_closed_group(&data.spans).or(lastindex);
    let lastgroup =
        lastindex.and_then(|li| pdata.as_ref()?.names.iter().find(|(_, n)| *n == li).map(|(name, _)| Value::str(name)));
    let attrs = vec![
        ("string", Value::Str(string.clone())),
        ("re", pattern),
        ("pos", Value::Int(char_index(&string, pos) as i64)),
        ("endpos", Value::Int(char_index(&string, endpos) as i64)),
        ("lastindex", lastindex.map_or(Value::None, |i| Value::Int(i as i64))),
        ("lastgroup", lastgroup.unwrap_or(Value::None)),
    ];
    instance(interp, class, data, attrs)
}

/// The group that closed last (CPython's `lastindex`): the matched group with the greatest end,
/// the outermost one among those ending together.
fn last_closed_group(spans: &[Option<(usize, usize)>]) -> Option<usize> {
    let mut best: Option<(usize, usize, usize)> = None;
    for (i, span) in spans.iter().enumerate().skip(1) {
        if let Some((s, e)) = span {
            let better = match best {
                None => true,
                Some((_, bs, be)) => *e > be || (*e == be && *s < bs),
            };
            if better {
                best = Some((i, *s, *e));
            }
        }
    }
    best.map(|(i, _, _)| i)
}

fn search_method(interp: &mut Interp, mut args: Args, mode: Mode) -> PyResult<Value> {
    let name = match mode {
        Mode::Match => "match",
        Mode::Full => "fullmatch",
        Mode::Search => "search",
    };
    let (receiver, pattern, string, start, end) = subject(interp, &mut args, name)?;
    let (regex, anchored) = match mode {
        Mode::Match => (&pattern.regex, true),
        Mode::Full => (&pattern.full, true),
        Mode::Search => (&pattern.regex, false),
    };
    match search_at(interp, regex, &string, start, end, anchored)? {
        Some(spans) => Ok(make_match(interp, receiver, string, spans, start, end)),
        None => Ok(Value::None),
    }
}

fn findall(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let (_, pattern, string, start, end) = subject(interp, &mut args, "findall")?;
    let matches = all_matches(interp, &pattern.regex, &string, start, end, 0)?;
    let text = |span: Option<(usize, usize)>| Value::str(span.and_then(|(s, e)| string.get(s..e)).unwrap_or(""));
    let items = matches
        .into_iter()
        .map(|spans| match pattern.groups {
            0 => text(spans[0]),
            1 => text(spans.get(1).copied().flatten()),
            _ => Value::tuple(spans.iter().skip(1).map(|s| text(*s)).collect()),
        })
        .collect();
    Ok(Value::list(items))
}

fn finditer(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let (receiver, pattern, string, start, end) = subject(interp, &mut args, "finditer")?;
    let matches = all_matches(interp, &pattern.regex, &string, start, end, 0)?;
    let items = matches
        .into_iter()
        .map(|spans| make_match(interp, receiver.clone(), string.clone(), spans, start, end))
        .collect();
    Ok(interp.make_iterator(items))
}

/// `pattern.sub(repl, string, count=0)` / `subn`.
fn sub(interp: &mut Interp, mut args: Args, with_count: bool) -> PyResult<Value> {
    let name = if with_count { "subn" } else { "sub" };
    let count = take_keyword(&mut args, "count").or_else(|| args.positional.get(3).cloned());
    let count = match count {
        Some(Value::Int(n)) => n.max(0) as usize,
        _ => 0,
    };
    if args.positional.len() < 3 {
        return Err(interp.type_error(format!("{name}() missing required argument 'string' (pos 2)")));
    }
    let repl = args.positional.remove(1);
    args.positional.truncate(2);
    let (receiver, pattern, string, start, end) = subject(interp, &mut args, name)?;
    let matches = all_matches(interp, &pattern.regex, &string, start, end, count)?;
    let template = match &repl {
        Value::Str(t) => Some(parse_template(interp, t, &pattern)?),
        _ => None,
    };
    let mut out = String::with_capacity(string.len());
    let mut last = 0;
    let n = matches.len();
    for spans in matches {
        let Some((s, e)) = spans[0] else { continue };
        out.push_str(string.get(last..s).unwrap_or(""));
        match &template {
            Some(parts) => expand_template(parts, &string, &spans, &mut out),
            None => {
                let m = make_match(interp, receiver.clone(), string.clone(), spans, start, end);
                match interp.call(&repl, Args::positional(vec![m]))? {
                    Value::Str(r) => out.push_str(&r),
                    other => {
                        return Err(interp.type_error(format!("expected str instance, {} found", other.type_name())));
                    }
                }
            }
        }
        interp.check_size(out.len())?;
        last = e;
    }
    out.push_str(string.get(last..).unwrap_or(""));
    let result = Value::str(&out);
    Ok(if with_count { Value::tuple(vec![result, Value::Int(n as i64)]) } else { result })
}

fn split(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let maxsplit = take_keyword(&mut args, "maxsplit").or_else(|| args.positional.get(2).cloned());
    let maxsplit = match maxsplit {
        Some(Value::Int(n)) => n.max(0) as usize,
        _ => 0,
    };
    args.positional.truncate(2);
    let (_, pattern, string, _, _) = subject(interp, &mut args, "split")?;
    let matches = all_matches(interp, &pattern.regex, &string, 0, string.len(), maxsplit)?;
    let mut out = Vec::new();
    let mut last = 0;
    for spans in matches {
        let Some((s, e)) = spans[0] else { continue };
        out.push(Value::str(string.get(last..s).unwrap_or("")));
        for g in spans.iter().skip(1) {
            out.push(match g {
                Some((gs, ge)) => Value::str(string.get(*gs..*ge).unwrap_or("")),
                None => Value::None,
            });
        }
        last = e;
    }
    out.push(Value::str(string.get(last..).unwrap_or("")));
    Ok(Value::list(out))
}

fn pattern_repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let Some(p) = args.positional.first().and_then(pattern_data) else { return Ok(Value::str("re.compile()")) };
    let source = interp.repr(&Value::Str(p.source.clone()))?;
    let names = [
        (2, "re.IGNORECASE"),
        (4, "re.LOCALE"),
        (8, "re.MULTILINE"),
        (16, "re.DOTALL"),
        (64, "re.VERBOSE"),
        (256, "re.ASCII"),
    ];
    let flags: Vec<&str> = names.iter().filter(|(bit, _)| p.flags & bit != 0).map(|(_, n)| *n).collect();
    Ok(Value::str(&if flags.is_empty() {
        format!("re.compile({source})")
    } else {
        format!("re.compile({source}, {})", flags.join("|"))
    }))
}

/// The match behind a Match method's receiver and the group numbers its arguments name.
fn groups_of(interp: &mut Interp, args: Args) -> PyResult<(Rc<MatchData>, Vec<usize>)> {
    let receiver = args.positional.first().cloned().unwrap_or(Value::None);
    let Some(m) = match_data(&receiver) else { return Err(interp.type_error("expected a re.Match object")) };
    let pattern = pattern_data(&m.pattern);
    let mut numbers = Vec::new();
    for arg in args.positional.iter().skip(1) {
        let number = match crate::eval::subclass::plain(arg) {
            Value::Int(n) if n >= 0 && (n as usize) < m.spans.len() => Some(n as usize),
            Value::Str(name) => {
                pattern.as_ref().and_then(|p| p.names.iter().find(|(n, _)| **n == *name).map(|(_, g)| *g))
            }
            _ => None,
        };
        match number {
            Some(n) => numbers.push(n),
            None => return Err(interp.index_error("no such group")),
        }
    }
    Ok((m, numbers))
}

fn group_text(m: &MatchData, g: usize, default: &Value) -> Value {
    match m.spans.get(g).copied().flatten() {
        Some((s, e)) => Value::str(m.string.get(s..e).unwrap_or("")),
        None => default.clone(),
    }
}

fn group(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (m, numbers) = groups_of(interp, args)?;
    Ok(match numbers.as_slice() {
        [] => group_text(&m, 0, &Value::None),
        [one] => group_text(&m, *one, &Value::None),
        many => Value::tuple(many.iter().map(|g| group_text(&m, *g, &Value::None)).collect()),
    })
}

fn groups(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let default = take_keyword(&mut args, "default").or_else(|| args.positional.get(1).cloned()).unwrap_or(Value::None);
    args.positional.truncate(1);
    let (m, _) = groups_of(interp, args)?;
    Ok(Value::tuple((1..m.spans.len()).map(|g| group_text(&m, g, &default)).collect()))
}

fn groupdict(interp: &mut Interp, mut args: Args) -> PyResult<Value> {
    let default = take_keyword(&mut args, "default").or_else(|| args.positional.get(1).cloned()).unwrap_or(Value::None);
    args.positional.truncate(1);
    let (m, _) = groups_of(interp, args)?;
    let mut dict = crate::eval::dict::Dict::new();
    if let Some(p) = pattern_data(&m.pattern) {
        for (name, g) in &p.names {
            let key = Value::str(name);
            dict.insert(interp.key_of(&key)?, key, group_text(&m, *g, &default));
        }
    }
    Ok(Value::Dict(Rc::new(RefCell::new(dict))))
}

/// `start(g)`, `end(g)` (-1 for a group that did not take part) and `span(g)`.
fn span_part(interp: &mut Interp, args: Args, which: usize) -> PyResult<Value> {
    let (m, numbers) = groups_of(interp, args)?;
    let g = numbers.first().copied().unwrap_or(0);
    let (s, e) = match m.spans.get(g).copied().flatten() {
        Some((s, e)) => (char_index(&m.string, s) as i64, char_index(&m.string, e) as i64),
        None => (-1, -1),
    };
    Ok(match which {
        0 => Value::Int(s),
        1 => Value::Int(e),
        _ => Value::tuple(vec![Value::Int(s), Value::Int(e)]),
    })
}

fn expand(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let receiver = args.positional.first().cloned().unwrap_or(Value::None);
    let (Some(m), Some(Value::Str(template))) = (match_data(&receiver), args.positional.get(1)) else {
        return Err(interp.type_error("expand() takes a template string"));
    };
    let Some(p) = pattern_data(&m.pattern) else { return Ok(Value::str("")) };
    let pieces = parse_template(interp, template, &p)?;
    let mut out = String::new();
    expand_template(&pieces, &m.string, &m.spans, &mut out);
    Ok(Value::str(&out))
}

fn match_repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let receiver = args.positional.first().cloned().unwrap_or(Value::None);
    let Some(m) = match_data(&receiver) else { return Ok(Value::str("<re.Match object>")) };
    let (s, e) = m.spans[0].unwrap_or((0, 0));
    let text = interp.repr(&group_text(&m, 0, &Value::str("")))?;
    let _ = (m.pos, m.endpos);
    Ok(Value::str(&format!(
        "<re.Match object; span=({}, {}), match={text}>",
        char_index(&m.string, s),
        char_index(&m.string, e)
    )))
}
