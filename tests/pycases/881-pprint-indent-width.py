import pprint

data = {"alpha": [1, 2, 3], "beta": {"x": "long string value here", "y": [4, 5]}, "gamma": (6, 7, 8)}
for indent in [1, 2, 4]:
    for width in [20, 40]:
        print(f"-- indent={indent} width={width}")
        pprint.pprint(data, indent=indent, width=width)
