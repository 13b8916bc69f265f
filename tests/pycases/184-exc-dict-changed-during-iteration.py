stock = {"apple": 0, "pear": 3, "fig": 0}
for name in list(stock):
    if stock[name] == 0:
        del stock[name]
print(stock)
prices = {"a": 1, "b": 2}
for k, v in prices.items():
    prices[k] = v * 10
print(prices)
try:
    for k in prices:
        prices[k + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(prices))
