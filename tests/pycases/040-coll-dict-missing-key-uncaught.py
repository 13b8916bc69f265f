stock = {"apples": 3, "pears": 0}
for fruit in ["apples", "pears"]:
    print(fruit, stock[fruit])
print(stock.get("plums", 0))
print(stock["plums"])
