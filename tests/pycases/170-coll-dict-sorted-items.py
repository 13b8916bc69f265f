scores = {"bob": 3, "ann": 5, "cy": 1}
print(dict(sorted(scores.items())), dict(sorted(scores.items(), key=lambda kv: kv[1])))
print(sorted(scores, key=scores.get, reverse=True), list(scores.items())[0])
for name, s in sorted(scores.items(), key=lambda kv: -kv[1]):
    print(f"{name:>5}: {'*' * s}")
