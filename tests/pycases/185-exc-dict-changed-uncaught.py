inventory = {"x": 1, "y": 0}
print(sorted(inventory))
for key in inventory:
    if inventory[key] == 0:
        del inventory[key]
print(inventory)
