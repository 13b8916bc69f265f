"""ormplay's warnings: warn() reports to the warnings channel (stderr in CPython), never stdout."""

filters = []
_filters = filters
_shown = []
_recorders = []


class WarningMessage:
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name, self.filename, self.lineno, self.line))


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = type(message)
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError(f"category must be a Warning subclass, not '{type(category).__name__}'")
    action = "default"
    text_message = str(message)
    for f_action, f_message, f_category, f_module, f_lineno in filters:
        if (
            issubclass(category, f_category)
            and (f_message is None or f_message.match(text_message))
            and (f_module is None or f_module.match("__main__"))
        ):
            action = f_action
            break
    if action == "error":
        raise category(message) if not isinstance(message, Warning) else message
    if action == "ignore":
        return
    text = f"{category.__name__}: {message}"
    if action != "always" and text in _shown:
        return
    _shown.append(text)
    if _recorders:
        if not isinstance(message, Warning):
            message = category(message)
        _recorders[-1].append(WarningMessage(message, category, "<string>", 0))


_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def _add_filter(item, append):
    # As CPython: a filter added again moves to the front (or stays where it is when appended).
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in _ACTIONS:
        raise AssertionError(f"invalid action: {action!r}")
    _add_filter((action, None, category, None, lineno), append)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    if action not in _ACTIONS:
        raise AssertionError(f"invalid action: {action!r}")
    import re
    pattern = re.compile(message, re.I) if message else None
    module_pattern = re.compile(module) if module else None
    _add_filter((action, pattern, category, module_pattern, lineno), append)


def resetwarnings():
    filters.clear()


class catch_warnings:
    def __init__(self, *, record=False, **kwargs):
        self._record = record

    def __enter__(self):
        self._saved = list(_filters)
        self._saved_shown = list(_shown)
        _shown.clear()
        if not self._record:
            return None
        log = []
        _recorders.append(log)
        return log

    def __exit__(self, *exc_info):
        _filters[:] = self._saved
        _shown[:] = self._saved_shown
        if self._record and _recorders:
            _recorders.pop()
