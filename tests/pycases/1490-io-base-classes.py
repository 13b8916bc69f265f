# Code that accepts "any text stream" checks io's base classes; both in-memory streams share their
# reading protocol (lines, iteration, context manager, closed checks).
import io

def describe(stream):
    kinds = [name for name in ("IOBase", "TextIOBase", "BufferedIOBase") if isinstance(stream, getattr(io, name))]
    return type(stream).__name__, kinds

for stream in (io.StringIO("a\nb\n"), io.BytesIO(b"x\ny"), io.TextIOWrapper(io.BytesIO(b"t\n"), "utf-8")):
    print(describe(stream), stream.readlines(), stream.tell())
    with stream:
        stream.seek(0)
        print([line for line in stream], stream.readable(), stream.seekable())
    for op in (stream.read, stream.readline, stream.tell):
        try:
            op()
        except ValueError as e:
            print(op.__name__, "->", e)

buf = io.BytesIO(b"head\nrest")
print(buf.readline(2), buf.readline(), buf.read1(2), buf.read())
s = io.StringIO()
s.writelines(["x", "y\n", "z"])
s.seek(0)
print(repr(s.read(2)), repr(s.readline()), repr(s.read()))
print(issubclass(io.StringIO, io.IOBase), issubclass(io.BytesIO, io.TextIOBase))
