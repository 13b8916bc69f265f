"""ormplay's io: in-memory text streams (StringIO), the part of io a playground has use for.

There are no files here, so `open()` and the binary/buffered classes are absent; StringIO follows
CPython's _pyio.StringIO for what people do with it: write and print(file=...) into it, getvalue(),
read/readline/iteration, seek/tell/truncate, and use as a context manager.
"""

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2


class UnsupportedOperation(OSError, ValueError):
    pass


class StringIO:
    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        self._buffer = initial_value
        self._pos = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        if self._pos > len(self._buffer):
            self._buffer += "\0" * (self._pos - len(self._buffer))
        self._buffer = self._buffer[:self._pos] + s + self._buffer[self._pos + len(s):]
        self._pos += len(s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def getvalue(self):
        self._check()
        return self._buffer

    def read(self, size=-1):
        self._check()
        end = len(self._buffer) if size is None or size < 0 else self._pos + size
        text = self._buffer[self._pos:end]
        self._pos = max(self._pos, min(end, len(self._buffer)))
        return text

    def readline(self, size=-1):
        self._check()
        end = self._buffer.find("\n", self._pos)
        end = len(self._buffer) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        text = self._buffer[self._pos:end]
        self._pos = max(self._pos, end)
        return text

    def readlines(self, hint=-1):
        return list(self)

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._check()
        if whence == SEEK_SET:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence in (SEEK_CUR, SEEK_END):
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            if whence == SEEK_END:
                self._pos = len(self._buffer)
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        size = self._pos if size is None else size
        self._buffer = self._buffer[:size]
        return size

    def close(self):
        self.closed = True

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def flush(self):
        pass

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()
