for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5]:
    print(v, round(v), round(v, 0))
for v in [2.675, 1.005, 0.125, 0.375, 1.25]:
    print(v, round(v, 2), round(v, 1))
print(round(123.456, -1), round(125, -1), round(135, -1), round(-125, -1))
print(round(1e20), round(0.0), round(-0.4))
