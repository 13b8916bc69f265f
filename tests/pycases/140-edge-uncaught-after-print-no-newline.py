# the last print ends without a newline before the error
items = ["a", "b", "c"]
for i in range(4):
    print(items[i], end=",")
print("unreachable")
