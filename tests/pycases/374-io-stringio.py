import io
import sys

buf = io.StringIO()
buf.write("name,qty\n")
print("pen", 3, sep=",", file=buf)
print("book", 2, sep=",", end="\n", file=buf)
print(repr(buf.getvalue()), buf.tell())
buf.seek(0)
print(repr(buf.readline()), [line.strip() for line in buf])
src = io.StringIO("a\nb\nc")
print(src.read(2), repr(src.read()), repr(src.read()), src.readlines())
with io.StringIO("x") as s:
    print(s.read(), s.closed)
print(s.closed)
try:
    s.getvalue()
except ValueError as e:
    print("ValueError:", e)

class Log:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)

log = Log()
print("a", "b", 1, file=log)
print(log.parts)
print("to stdout", file=sys.stdout)
print(io.StringIO("abc").truncate(1), io.StringIO("q\nr\n").readlines())
