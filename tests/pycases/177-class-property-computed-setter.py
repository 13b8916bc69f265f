class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h
    @area.setter
    def area(self, v):
        self.w = v / self.h
r = Rect(2, 3)
print(r.area)
r.area = 12
print(r.w, r.area)
print(Rect.area.__class__.__name__ if False else type(Rect.__dict__["area"]).__name__)
