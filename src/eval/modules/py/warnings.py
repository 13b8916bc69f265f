"""ormplay's warnings: warn() reports to the warnings channel (stderr in CPython), never stdout."""

_filters = []
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
    for f_action, f_category in _filters:
        if issubclass(category, f_category):
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


def simplefilter(action, category=Warning, lineno=0, append=False):
    if append:
        _filters.append((action, category))
    else:
        _filters.insert(0, (action, category))


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    simplefilter(action, category, lineno, append)


def resetwarnings():
    _filters.clear()


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
