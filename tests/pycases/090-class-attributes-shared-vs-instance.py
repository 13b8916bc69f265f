class Counter:
    total = 0
    tags = []
    def __init__(self):
        self.count = 0
        Counter.total += 1
    def add_tag(self, tag):
        self.tags.append(tag)
a, b = Counter(), Counter()
a.count += 5
a.add_tag("x")
print(a.count, b.count, Counter.total, b.tags)
a.total = 100
print(a.total, b.total, Counter.total)
print(hasattr(a, "count"), hasattr(Counter, "count"), getattr(b, "missing", "default"))
