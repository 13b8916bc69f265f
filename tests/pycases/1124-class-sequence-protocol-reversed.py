from datetime import timedelta
from typing import TypedDict
class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)
    def __len__(self):
        return len(self.songs)
    def __getitem__(self, i):
        return self.songs[i].upper()
p = Playlist("a", "b", "c")
print(list(reversed(p)), list(p), "B" in p, sorted(p, reverse=True))
class Countdown:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return 3 - i
print(list(reversed(Countdown())), [x for x in Countdown()])
d = timedelta(hours=27, minutes=5, seconds=7)
print(d % timedelta(hours=1), divmod(d, timedelta(hours=5)), d // timedelta(minutes=30))
class Movie(TypedDict):
    title: str
    year: int
m = Movie(title="Up", year=2009)
print(m, type(m).__name__, isinstance(m, dict), Movie.__total__)
try:
    reversed(object())
except TypeError as e:
    print(e)
