stack = []
for token in "3 4 + 2 *".split():
    if token.isdigit():
        stack.append(int(token))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append(a + b if token == "+" else a * b)
print(stack)
queue = ["a", "b", "c"]
while queue:
    item = queue.pop(0)
    print("processing", item)
    if item == "a":
        queue.append("d")
print(queue == [])
