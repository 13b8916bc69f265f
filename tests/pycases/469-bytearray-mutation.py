buf = bytearray(b"abc")
buf.append(100)
buf[0] = 65
buf.extend(b"ef")
buf.extend([103, 104])
print(buf, len(buf), buf.pop(), buf.pop(0), buf)
buf.insert(1, 90)
buf.remove(100)
print(buf)
buf.reverse()
print(buf, buf.copy(), buf.copy() is buf)
alias = buf
alias += b"!"
print(buf, alias is buf)
buf.clear()
print(buf, len(buf), bool(buf))
for call in [lambda: buf.pop(), lambda: bytearray(b"a").append(256), lambda: bytearray(b"a").append("a"),
             lambda: bytearray(b"a").remove(9), lambda: bytearray(b"a").pop(5)]:
    try:
        call()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
b = bytearray(b"xy")
try:
    b[0] = 300
except ValueError as e:
    print("ValueError:", e)
print(b)
