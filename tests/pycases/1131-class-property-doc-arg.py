class Box:
    def __init__(self):
        self._w = 1

    def get_w(self):
        "getter doc"
        return self._w

    def set_w(self, v):
        self._w = v

    width = property(get_w, set_w, None, "The width.")
    height = property(get_w)
    depth = property(fget=get_w, doc="The depth.")
    label = property(doc="only a doc")


print(Box.width.__doc__, Box.height.__doc__, Box.depth.__doc__, Box.label.__doc__)
print(Box.label.fget, Box.width.fdel)
b = Box()
b.width = 5
print(b.width, b.depth)
try:
    b.label
except AttributeError as e:
    print("AttributeError:", e)
print(Box.width.setter(Box.set_w).__doc__, Box.height.setter(Box.set_w).__doc__)
