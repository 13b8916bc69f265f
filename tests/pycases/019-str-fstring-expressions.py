items = ["a", "b", "c"]
d = {"k": 3}
x = 7
print(f"{len(items)} items: {', '.join(items)}")
print(f"{d['k'] * 2} {x if x > 5 else 0} {[i * 2 for i in range(3)]}")
print(f"{x!r} {'q'!r} {items!s} {x=} {x * 2 = }")
print(f"{{literal}} {x:>{x}} {3.14159:.{2}f}")
name = "Ada"
print(f"Hello, {name.upper()}! You have {x} new {'message' if x == 1 else 'messages'}.")
