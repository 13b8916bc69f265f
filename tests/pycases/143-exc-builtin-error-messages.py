attempts = [
    lambda: int("abc"),
    lambda: [1].index(5),
    lambda: {}["missing"],
    lambda: None.foo,
    lambda: len(5),
    lambda: "a" + 1,
    lambda: 1 / 0,
    lambda: [1, 2] + (3,),
    lambda: "x" * "y",
    lambda: -"x",
    lambda: float("x"),
    lambda: {}.pop("k"),
]
for attempt in attempts:
    try:
        attempt()
    except Exception as e:
        print(type(e).__name__, e)
