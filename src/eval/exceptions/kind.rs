//! The built-in exception classes as a type: [`ExcType`] names each one, and the one table below gives
//! both its Python name and its base, so the enum, the class names and the hierarchy cannot drift apart.
//! Raising a class that does not exist is a compile error; the only string lookup is
//! [`ExcType::from_name`], for text that names a class (tests, user-facing names).

/// Declares [`ExcType`] from `Name: Base` rows, parents before children; `BaseException` is the root.
macro_rules! exception_types {
    ($($name:ident : $base:ident),* $(,)?) => {
        /// A built-in exception class, as CPython names it (plus ormplay's `ExecutionLimitExceeded`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum ExcType {
            BaseException,
            $($name),*
        }

        impl ExcType {
            /// Every built-in exception class, each after its base.
            pub const ALL: &'static [ExcType] = &[ExcType::BaseException, $(ExcType::$name),*];

            /// The class's `__name__`.
            pub const fn name(self) -> &'static str {
                match self {
                    ExcType::BaseException => "BaseException",
                    $(ExcType::$name => stringify!($name)),*
                }
            }

            /// The class's base (`None` for `BaseException`).
            pub const fn base(self) -> Option<ExcType> {
                match self {
                    ExcType::BaseException => None,
                    $(ExcType::$name => Some(ExcType::$base)),*
                }
            }
        }
    };
}

// CPython's built-in exception tree, parent first.
exception_types! {
    Exception: BaseException,
    SystemExit: BaseException,
    KeyboardInterrupt: BaseException,
    GeneratorExit: BaseException,
    ArithmeticError: Exception,
    ZeroDivisionError: ArithmeticError,
    OverflowError: ArithmeticError,
    FloatingPointError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    FileNotFoundError: OSError,
    PermissionError: OSError,
    TimeoutError: OSError,
    FileExistsError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    InterruptedError: OSError,
    BlockingIOError: OSError,
    ChildProcessError: OSError,
    ProcessLookupError: OSError,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
    ReferenceError: Exception,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    StopIteration: Exception,
    StopAsyncIteration: Exception,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    SystemError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    Warning: Exception,
    UserWarning: Warning,
    DeprecationWarning: Warning,
    RuntimeWarning: Warning,
    FutureWarning: Warning,
    PendingDeprecationWarning: Warning,
    SyntaxWarning: Warning,
    ImportWarning: Warning,
    UnicodeWarning: Warning,
    BytesWarning: Warning,
    ResourceWarning: Warning,
    EncodingWarning: Warning,
    // ormplay's own: the step budget ran out. Not an Exception, so `except Exception` does not catch it.
    ExecutionLimitExceeded: BaseException,
}

impl ExcType {
    /// The class a name stands for, for text that names one; `None` for anything else.
    pub fn from_name(name: &str) -> Option<ExcType> {
        ExcType::ALL.iter().copied().find(|t| t.name() == name)
    }

    /// Position in [`ExcType::ALL`] (the index of the class in the interpreter's table).
    pub(crate) const fn index(self) -> usize {
        self as usize
    }
}

impl std::fmt::Display for ExcType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::ExcType;

    #[test]
    fn every_base_comes_before_its_subclasses() {
        for (i, t) in ExcType::ALL.iter().enumerate() {
            assert_eq!(t.index(), i, "{t} is out of place in ALL");
            if let Some(base) = t.base() {
                assert!(base.index() < i, "{t} comes before its base {base}");
            }
        }
        assert_eq!(ExcType::ALL.iter().filter(|t| t.base().is_none()).count(), 1);
    }

    #[test]
    fn names_round_trip_and_unknown_names_are_none() {
        for t in ExcType::ALL {
            assert_eq!(ExcType::from_name(t.name()), Some(*t));
        }
        assert_eq!(ExcType::from_name("KeyError"), Some(ExcType::KeyError));
        assert_eq!(ExcType::KeyError.base(), Some(ExcType::LookupError));
        assert_eq!(ExcType::from_name("NoSuchError"), None);
        assert_eq!(ExcType::from_name("keyerror"), None);
    }

    #[test]
    fn the_interpreter_has_one_class_per_kind_with_its_name_and_base() {
        let interp = crate::eval::Interp::new();
        for kind in ExcType::ALL {
            let class = interp.types.exception(*kind);
            assert_eq!(&*class.name, kind.name());
            match kind.base() {
                Some(base) => {
                    assert_eq!(class.bases.len(), 1, "{kind}");
                    assert!(std::rc::Rc::ptr_eq(&class.bases[0], &interp.types.exception(base)), "{kind}");
                }
                None => assert!(std::rc::Rc::ptr_eq(&class, &interp.types.base_exception)),
            }
            let error = interp.error(*kind, "m");
            assert!(interp.exception_is(&error, *kind) && interp.exception_is(&error, ExcType::BaseException));
        }
        let key_error = interp.error(ExcType::KeyError, "k");
        assert!(interp.exception_is(&key_error, ExcType::LookupError));
        assert!(!interp.exception_is(&key_error, ExcType::IndexError));
    }
}
