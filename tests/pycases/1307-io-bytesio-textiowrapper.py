import csv
import io

buf = io.BytesIO()
print(buf.write(b"hello "), buf.write(bytearray(b"world")), buf.tell(), buf.getvalue())
buf.seek(0)
print(buf.read(5), buf.read(), buf.read(), buf.seek(-5, 2), buf.read(2))
lines = io.BytesIO(b"one\ntwo\nthree")
print(lines.readline(), list(lines), lines.seek(0), lines.readlines())
buf.truncate(5)
buf.seek(0, 2)
buf.write(b"!")
print(buf.getvalue(), len(buf.getvalue()))
try:
    buf.write("text")
except TypeError as e:
    print("TypeError:", e)
upload = "\ufeffname,city\nZoë,Köln\r\nAli,Paris\r\n".encode("utf-8")
reader = csv.DictReader(io.TextIOWrapper(io.BytesIO(upload), encoding="utf-8-sig", newline=""))
print([dict(r) for r in reader])
out = io.BytesIO()
text = io.TextIOWrapper(out, encoding="cp1252")
text.write("prix: 5 €\n")
text.flush()
print(out.getvalue())
with io.BytesIO(b"abc") as b:
    print(b.read(1), b.closed)
print(b.closed)
