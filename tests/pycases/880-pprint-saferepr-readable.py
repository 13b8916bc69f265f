import pprint


class Custom:
    def __repr__(self):
        return "Custom()"


print(pprint.saferepr({"b": [1, 2], "a": (3,)}))
print(pprint.saferepr("text"), pprint.saferepr(1.5), pprint.saferepr(None))
print(pprint.isreadable({"a": 1}), pprint.isreadable(Custom()), pprint.isreadable([Custom()]))
print(pprint.isreadable("x"), pprint.isreadable(1.5), pprint.isreadable(b"x"), pprint.isreadable(None))
print(pprint.isreadable({1, 2}), pprint.isreadable(len))
print(pprint.isrecursive({"a": [1]}), pprint.isrecursive(Custom()))
print(pprint.saferepr([Custom(), {"k": Custom()}]))
print(pprint.pformat([Custom()] * 3, width=20))
print(pprint.saferepr({3: 1, 1: 2}))
print(pprint.saferepr(list(range(5))))
