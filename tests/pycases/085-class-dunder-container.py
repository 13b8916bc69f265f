class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)
    def __len__(self):
        return len(self.songs)
    def __getitem__(self, i):
        return self.songs[i]
    def __contains__(self, song):
        return song.lower() in (s.lower() for s in self.songs)
    def __iter__(self):
        return iter(self.songs)
    def __bool__(self):
        return bool(self.songs)
p = Playlist("Intro", "Song A", "Outro")
print(len(p), p[0], p[-1], p[1:], "song a" in p, "B" in p)
for s in p:
    print("-", s)
print(bool(p), bool(Playlist()), list(p), sorted(p))
