class Tag:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Tag({self.name!r})"
    def __str__(self):
        return f"#{self.name}"
tags = [Tag("py"), Tag("rust")]
print(tags)
print(tags[0], str(tags[1]), repr(tags[0]))
print(f"{tags[0]} {tags[0]!r}", {"t": tags[0]}, (tags[1],))
print("tags: " + ", ".join(map(str, tags)))
