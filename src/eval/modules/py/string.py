"""ormplay's string: the constants, capwords and Template."""

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


class Template:
    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _placeholder(self, text, i):
        """The placeholder at the delimiter at `i`: (name, end), the name "" when it is invalid."""
        n = len(text)
        braced = i + 1 < n and text[i + 1] == "{"
        j = i + 2 if braced else i + 1
        k = j
        while k < n and (text[k].isalnum() or text[k] == "_") and not (k == j and text[k].isdigit()):
            k += 1
        name = text[j:k]
        if not name or (braced and (k >= n or text[k] != "}")):
            return "", i + 1
        return name, k + 1 if braced else k

    def _substitute(self, mapping, safe):
        out = []
        text = self.template
        i = 0
        while i < len(text):
            if text.startswith(self.delimiter * 2, i):
                out.append(self.delimiter)
                i += 2
                continue
            if text[i] != self.delimiter:
                out.append(text[i])
                i += 1
                continue
            name, end = self._placeholder(text, i)
            if name in mapping:
                out.append(str(mapping[name]))
            elif safe:
                out.append(text[i:end])
            elif not name:
                line = text[:i].count("\n") + 1
                col = i - (text.rfind("\n", 0, i) + 1) + 1
                raise ValueError(f"Invalid placeholder in string: line {line}, col {col}")
            else:
                raise KeyError(name)
            i = end
        return "".join(out)

    def _names(self):
        """Each placeholder's name in order, None for an invalid one (`$` not followed by a name)."""
        found = []
        text = self.template
        i = 0
        while i < len(text):
            if text.startswith(self.delimiter * 2, i):
                i += 2
            elif text[i] == self.delimiter:
                name, i = self._placeholder(text, i)
                found.append(name or None)
            else:
                i += 1
        return found

    def get_identifiers(self):
        ids = []
        for name in self._names():
            if name is not None and name not in ids:
                ids.append(name)
        return ids

    def is_valid(self):
        return all(name is not None for name in self._names())

    def substitute(self, mapping=None, /, **kws):
        return self._substitute(_merge(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._substitute(_merge(mapping, kws), True)


def _merge(mapping, kws):
    merged = {}
    if mapping:
        for key in mapping:
            merged[key] = mapping[key]
    merged.update(kws)
    return merged
