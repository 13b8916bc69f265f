# The `memoryview` builtin over the playground's byte strings (`bytes`, `bytearray`, and views of
# them), one-dimensional with format 'B', loaded on first use. Standard-library code uses it to accept
# any bytes-like object (`base64`'s input checks, `memoryview(s).tobytes()`); a view of a bytearray
# writes through to it.


class memoryview:
    __slots__ = ('_obj', '_start', '_stop', '_step', '_released')

    def __init__(self, object):
        if isinstance(object, memoryview):
            object._check()
            self._obj, self._start, self._stop, self._step = object._obj, object._start, object._stop, object._step
        elif isinstance(object, (bytes, bytearray)):
            self._obj, self._start, self._stop, self._step = object, 0, len(object), 1
        else:
            raise TypeError(f"memoryview: a bytes-like object is required, not '{type(object).__name__}'")
        self._released = False

    def _check(self):
        if self._released:
            raise ValueError('operation forbidden on released memoryview object')

    def _range(self):
        return range(self._start, self._stop, self._step)

    def __len__(self):
        self._check()
        return len(self._range())

    def __getitem__(self, index):
        self._check()
        r = self._range()
        if isinstance(index, slice):
            part = r[index]
            view = memoryview(self._obj)
            view._start, view._stop, view._step = part.start, part.stop, part.step
            return view
        return self._obj[r[index]]

    def __setitem__(self, index, value):
        self._check()
        if not isinstance(self._obj, bytearray):
            raise TypeError('cannot modify read-only memory')
        r = self._range()
        if isinstance(index, slice):
            positions = r[index]
            data = bytes(value)
            if len(data) != len(positions):
                raise ValueError('memoryview assignment: lvalue and rvalue have different structures')
            for i, b in zip(positions, data):
                self._obj[i] = b
        else:
            self._obj[r[index]] = value

    def __iter__(self):
        self._check()
        return iter([self._obj[i] for i in self._range()])

    def __eq__(self, other):
        if isinstance(other, (memoryview, bytes, bytearray)):
            return self.tobytes() == bytes(other)
        return NotImplemented

    def __hash__(self):
        if not self.readonly:
            raise ValueError('cannot hash writable memoryview object')
        return hash(self.tobytes())

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        state = 'released ' if self._released else ''
        return f'<{state}memory at 0x{id(self):x}>'

    def release(self):
        self._released = True

    def tobytes(self, order=None):
        self._check()
        return bytes(self._obj[i] for i in self._range())

    def tolist(self):
        self._check()
        return [self._obj[i] for i in self._range()]

    def hex(self, *args):
        return self.tobytes().hex(*args)

    def toreadonly(self):
        view = memoryview(bytes(self.tobytes()))
        return view

    def cast(self, format, shape=None):
        if format not in ('B', 'b', 'c'):
            raise NotImplementedError(f"memoryview: format {format} is not supported in ormplay")
        return memoryview(self)

    @property
    def obj(self):
        self._check()
        return self._obj

    @property
    def readonly(self):
        self._check()
        return not isinstance(self._obj, bytearray)

    @property
    def nbytes(self):
        return len(self)

    format = property(lambda self: 'B')
    itemsize = property(lambda self: 1)
    ndim = property(lambda self: 1)
    shape = property(lambda self: (len(self),))
    strides = property(lambda self: (self._step,))
    c_contiguous = property(lambda self: self._step == 1)
    contiguous = c_contiguous
    released = property(lambda self: self._released)


memoryview.__module__ = 'builtins'
