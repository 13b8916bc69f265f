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

    def _substitute(self, mapping, safe):
        out = []
        text = self.template
        i = 0
        n = len(text)
        while i < n:
            c = text[i]
            if c != self.delimiter:
                out.append(c)
                i += 1
                continue
            if i + 1 < n and text[i + 1] == self.delimiter:
                out.append(self.delimiter)
                i += 2
                continue
            braced = i + 1 < n and text[i + 1] == "{"
            j = i + 2 if braced else i + 1
            k = j
            while k < n and (text[k].isalnum() or text[k] == "_") and not (k == j and text[k].isdigit()):
                k += 1
            name = text[j:k]
            if braced and (k >= n or text[k] != "}"):
                name = ""
            if not name:
                if safe:
                    out.append(c)
                    i += 1
                    continue
                line = text[:i].count("\n") + 1
                col = i - (text.rfind("\n", 0, i) + 1) + 1
                raise ValueError(f"Invalid placeholder in string: line {line}, col {col}")
            end = k + 1 if braced else k
            if name in mapping:
                out.append(str(mapping[name]))
            elif safe:
                out.append(text[i:end])
            else:
                raise KeyError(name)
            i = end
        return "".join(out)

    def _scan(self):
        """(name or None, valid) for each delimiter use, as the template pattern sees them."""
        found = []
        text = self.template
        i = 0
        n = len(text)
        while i < n:
            if text[i] != self.delimiter:
                i += 1
                continue
            if i + 1 < n and text[i + 1] == self.delimiter:
                i += 2
                continue
            braced = i + 1 < n and text[i + 1] == "{"
            j = i + 2 if braced else i + 1
            k = j
            while k < n and (text[k].isalnum() or text[k] == "_") and not (k == j and text[k].isdigit()):
                k += 1
            name = text[j:k]
            if braced and (k >= n or text[k] != "}"):
                name = ""
            found.append(name or None)
            i = (k + 1 if braced else k) if name else i + 1
        return found

    def get_identifiers(self):
        ids = []
        for name in self._scan():
            if name is not None and name not in ids:
                ids.append(name)
        return ids

    def is_valid(self):
        return all(name is not None for name in self._scan())

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
