"""ormplay's pprint: pformat/pprint with CPython's layout for dicts, lists, tuples and sets (one item
per line when the repr does not fit, dict keys sorted by default)."""


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        self._indent = indent
        self._width = width
        self._depth = depth
        self._compact = compact
        self._sort_dicts = sort_dicts

    def pformat(self, obj):
        out = []
        self._format(obj, out, 0, 0, 0)
        return "".join(out)

    def pprint(self, obj):
        print(self.pformat(obj))

    def _repr(self, obj, level):
        if self._depth is not None and level > self._depth and isinstance(obj, (dict, list, tuple, set)) and obj:
            if isinstance(obj, dict):
                return "{...}"
            if isinstance(obj, list):
                return "[...]"
            return "(...)"
        if isinstance(obj, dict) and type(obj).__repr__ is dict.__repr__ or type(obj) is dict:
            items = self._dict_items(obj)
            return "{" + ", ".join(f"{self._repr(k, level + 1)}: {self._repr(v, level + 1)}" for k, v in items) + "}"
        if type(obj) is list:
            return "[" + ", ".join(self._repr(v, level + 1) for v in obj) + "]"
        if type(obj) is tuple:
            if len(obj) == 1:
                return "(" + self._repr(obj[0], level + 1) + ",)"
            return "(" + ", ".join(self._repr(v, level + 1) for v in obj) + ")"
        if type(obj) in (set, frozenset) and obj:
            try:
                items = sorted(obj)
            except TypeError:
                items = sorted(obj, key=repr)
            inner = "{" + ", ".join(self._repr(v, level + 1) for v in items) + "}"
            return inner if type(obj) is set else f"frozenset({inner})"
        return repr(obj)

    def _dict_items(self, obj):
        items = list(obj.items())
        if self._sort_dicts:
            try:
                items = sorted(items, key=lambda kv: kv[0])
            except TypeError:
                items = sorted(items, key=lambda kv: repr(kv[0]))
        return items

    def _format(self, obj, out, indent, allowance, level):
        rep = self._repr(obj, level + 1)
        if len(rep) <= self._width - indent - allowance or not isinstance(obj, (dict, list, tuple, set, frozenset)):
            out.append(rep)
            return
        if isinstance(obj, dict) and type(obj) is dict:
            out.append("{")
            if self._indent > 1:
                out.append((self._indent - 1) * " ")
            items = self._dict_items(obj)
            self._format_dict_items(items, out, indent + self._indent, allowance + 1, level + 1)
            out.append("}")
            return
        if type(obj) is list:
            self._format_sequence("[", "]", obj, out, indent, allowance, level)
            return
        if type(obj) is tuple:
            self._format_sequence("(", ",)" if len(obj) == 1 else ")", obj, out, indent, allowance, level)
            return
        if type(obj) in (set, frozenset):
            if not obj:
                out.append(rep)
                return
            try:
                items = sorted(obj)
            except TypeError:
                items = sorted(obj, key=repr)
            if type(obj) is set:
                self._format_sequence("{", "}", items, out, indent, allowance, level)
            else:
                out.append("frozenset(")
                self._format_sequence("{", "})", items, out, indent + 10, allowance, level)
            return
        out.append(rep)

    def _format_sequence(self, open_, close, items, out, indent, allowance, level):
        out.append(open_)
        if self._indent > 1:
            out.append((self._indent - 1) * " ")
        indent += self._indent
        allowance += len(close)
        last = len(items) - 1
        for i, item in enumerate(items):
            if i:
                out.append(",\n" + " " * indent)
            self._format(item, out, indent, allowance if i == last else 1, level + 1)
        out.append(close)

    def _format_dict_items(self, items, out, indent, allowance, level):
        last = len(items) - 1
        for i, (key, value) in enumerate(items):
            rep = self._repr(key, level)
            out.append(rep)
            out.append(": ")
            self._format(value, out, indent + len(rep) + 2, allowance if i == last else 1, level)
            if i != last:
                out.append(",\n" + " " * indent)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts).pformat(object)


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts).pprint(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def isreadable(object):
    return True


def saferepr(object):
    return repr(object)
