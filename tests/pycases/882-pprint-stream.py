import io
import pprint

buf = io.StringIO()
pprint.pprint({"b": 2, "a": [1, 2, 3]}, stream=buf)
pprint.pprint(list(range(3)), buf)
print(repr(buf.getvalue()))
pp = pprint.PrettyPrinter(stream=buf, width=10)
pp.pprint(["abc", "def", "ghi"])
print(buf.getvalue().splitlines())
lines = pprint.pformat({"key%d" % i: i for i in range(8)}).splitlines()
print(len(lines), lines[0], lines[-1])
