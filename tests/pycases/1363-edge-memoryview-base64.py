import base64

print(base64.encodebytes(b"hello world"), base64.decodebytes(b"aGk=\n"))
print(base64.b32encode(bytearray(b"ab")), base64.b64encode(memoryview(b"xyz")))
m = memoryview(b"abcdef")
print(m.format, m.itemsize, m.nbytes, m.readonly, m.ndim, m.shape, m[0], bytes(m[1:3]), m[::2].tolist())
print(m.tobytes(), m.hex(), m == b"abcdef", len(m), list(m[-2:]), m.obj is not None, isinstance(m, memoryview))
buf = bytearray(b"hello")
view = memoryview(buf)
view[0] = ord("J")
view[1:3] = b"EE"
print(buf, view.readonly, bytes(view[2:]))
try:
    memoryview("text")
except TypeError as e:
    print("TypeError:", e)
try:
    m[0] = 1
except TypeError as e:
    print("TypeError:", e)
with memoryview(b"q") as z:
    print(z.tobytes())
try:
    z.tobytes()
except ValueError as e:
    print("ValueError:", e)
