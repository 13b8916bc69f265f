"""ormplay's io: in-memory streams (StringIO, BytesIO, and TextIOWrapper over a BytesIO), the part of
io a playground has use for.

There are no files here, so `open()` and the file-backed classes are absent; StringIO and BytesIO
follow CPython's _pyio for what people do with them: write and print(file=...) into them, getvalue(),
read/readline/iteration, seek/tell/truncate, and use as a context manager. TextIOWrapper decodes a
binary stream (the way CSV exercises read uploaded bytes: `TextIOWrapper(BytesIO(raw), "utf-8-sig")`).
"""

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    """What every in-memory stream shares: the closed check, line iteration, the capability answers
    and the context-manager protocol. Subclasses keep `_buffer` (str or bytearray) and `_pos`."""

    _closed_message = "I/O operation on closed file."
    closed = False

    def _check(self):
        if self.closed:
            raise ValueError(self._closed_message)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        end = len(self._buffer) if size is None or size < 0 else self._pos + size
        data = self._buffer[self._pos:end]
        self._pos = max(self._pos, min(end, len(self._buffer)))
        return self._out(data)

    def readline(self, size=-1):
        self._check()
        end = self._buffer.find(self._newline_char, self._pos)
        end = len(self._buffer) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        data = self._buffer[self._pos:end]
        self._pos = max(self._pos, end)
        return self._out(data)

    def _out(self, data):
        return data

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

    def tell(self):
        self._check()
        return self._pos

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


class TextIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class StringIO(TextIOBase):
    _closed_message = "I/O operation on closed file"
    _newline_char = "\n"

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        self._buffer = initial_value
        self._pos = 0
        self.closed = False

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        if self._pos > len(self._buffer):
            self._buffer += "\0" * (self._pos - len(self._buffer))
        self._buffer = self._buffer[:self._pos] + s + self._buffer[self._pos + len(s):]
        self._pos += len(s)
        return len(s)

    def getvalue(self):
        self._check()
        return self._buffer

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

    def truncate(self, size=None):
        self._check()
        size = self._pos if size is None else size
        self._buffer = self._buffer[:size]
        return size


class BytesIO(BufferedIOBase):
    _newline_char = b"\n"

    def __init__(self, initial_bytes=b""):
        if initial_bytes is None:
            initial_bytes = b""
        self._buffer = bytearray(initial_bytes)
        self._pos = 0
        self.closed = False

    def _out(self, data):
        return bytes(data)

    def getvalue(self):
        self._check()
        return bytes(self._buffer)

    def write(self, b):
        self._check()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(b)
        n = len(b)
        if self._pos > len(self._buffer):
            self._buffer += b"\0" * (self._pos - len(self._buffer))
        self._buffer[self._pos:self._pos + n] = b
        self._pos += n
        return n

    def read1(self, size=-1):
        return self.read(size)

    def seek(self, pos, whence=0):
        self._check()
        if whence == SEEK_SET:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == SEEK_CUR:
            self._pos = max(0, self._pos + pos)
        elif whence == SEEK_END:
            self._pos = max(0, len(self._buffer) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, size=None):
        self._check()
        size = self._pos if size is None else size
        if size < 0:
            raise ValueError("negative size value %d" % size)
        del self._buffer[size:]
        return size


class TextIOWrapper(StringIO):
    _closed_message = IOBase._closed_message

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        self.buffer = buffer
        self.encoding = encoding if encoding is not None else "utf-8"
        self.errors = errors if errors is not None else "strict"
        # A decoding error is raised here (CPython's reads raise it): the whole buffer is decoded at once.
        "".encode(self.encoding)
        data = buffer.read() if buffer.readable() else b""
        text = data.decode(self.encoding, self.errors)
        if newline is None:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        super().__init__(text)
        self._newline = newline
        self._bom = self.encoding.lower().replace("_", "-") in ("utf-8-sig", "utf8-sig") and not data

    def write(self, s):
        n = super().write(s)
        if self._newline not in (None, "", "\n"):
            s = s.replace("\n", self._newline)
        encoding = self.encoding if self._bom else ("utf-8" if "sig" in self.encoding.lower() else self.encoding)
        self._bom = False
        self.buffer.write(s.encode(encoding, self.errors))
        return n

    def detach(self):
        buffer = self.buffer
        self.buffer = None
        return buffer

    def close(self):
        if not self.closed:
            super().close()
            self.buffer.close()

