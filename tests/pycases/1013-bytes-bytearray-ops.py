b = bytearray(b"hello world")
b[0:5] = b"HELLO"
print(b)
b[6:] = b"there!"
print(b, len(b))
b[0:0] = b">>"
b[-1:] = [33, 63]
print(b)
b[::2] = bytes(len(b[::2]))
print(b)
del b[2:4]
print(b)
try:
    b[0:2] = 5
except TypeError as e:
    print("TypeError", e)
try:
    b[0:2] = "xy"
except TypeError as e:
    print("TypeError", e)
print(ord(b"a"), ord(bytearray(b"z")), b"%d-%s" % (5, b"x"), b"%05.1f|%b|%x" % (2.5, b"ok", 255))
print(b"%s" % b"one", b"%(k)s=%(v)d" % {b"k": b"key", b"v": 3} if False else b"100%%" % ())
try:
    b"%s" % "text"
except TypeError as e:
    print("TypeError", e)
try:
    ord(b"ab")
except TypeError as e:
    print("TypeError", e)
