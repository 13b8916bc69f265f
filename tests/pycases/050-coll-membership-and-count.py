inventory = ["sword", "shield", "potion", "potion", "key"]
print("potion" in inventory, inventory.count("potion"), "map" not in inventory)
print(inventory.index("potion"), len(inventory), inventory[-1])
counts = {item: inventory.count(item) for item in inventory}
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
