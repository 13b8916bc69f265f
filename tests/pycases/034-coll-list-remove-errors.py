items = ["a", "b"]
try:
    items.remove("z")
except ValueError:
    print("ValueError on remove")
try:
    [].pop()
except IndexError:
    print("IndexError on pop")
try:
    items.index("q")
except ValueError:
    print("ValueError on index")
print(items)
