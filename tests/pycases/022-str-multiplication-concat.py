line = "=" * 20
print(line)
print("ab" + "cd" * 2 + "!")
parts = []
for i in range(5):
    parts.append(str(i) * i)
print(parts, "".join(parts))
print("-" * 0 == "", "x" * -3 == "")
print(len("abc" * 100))
