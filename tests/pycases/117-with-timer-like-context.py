class Section:
    depth = 0
    def __init__(self, title):
        self.title = title
    def __enter__(self):
        print("  " * Section.depth + "<" + self.title + ">")
        Section.depth += 1
    def __exit__(self, *exc):
        Section.depth -= 1
        print("  " * Section.depth + "</" + self.title + ">")
with Section("html"):
    with Section("body"):
        with Section("p"):
            print("  " * Section.depth + "text")
