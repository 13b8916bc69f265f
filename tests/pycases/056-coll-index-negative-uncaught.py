# negative indexes count from the end
data = [10, 20, 30]
print(data[-1], data[-3])
i = -4
print(data[i])
