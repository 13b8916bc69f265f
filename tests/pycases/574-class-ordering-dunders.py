class Meta(type):
    def __repr__(cls): return f"<class {cls.__name__}>"
class Temperature:
    def __init__(self, degrees):
        self.degrees = degrees
    def __eq__(self, other):
        return self.degrees == other.degrees
    def __hash__(self):
        return self.degrees
    def __lt__(self, other):
        return self.degrees < other.degrees
    def __str__(self):
        return f"{self.degrees}°"
    def __repr__(self):
        return f"T({self.degrees})"
temps = [Temperature(d) for d in (30, 10, 20, 10)]
print(sorted(temps), len(set(temps)), Temperature(10) in temps, max(temps), str(min(temps)), f"{temps[0]}")
print(temps.index(Temperature(20)), temps.count(Temperature(10)), sorted(temps, reverse=True))
try:
    Temperature(1) <= Temperature(2)
except TypeError as e:
    print(e)
print(Temperature(3) > Temperature(2))
class Card:
    RANKS = "23456789TJQKA"
    def __init__(self, rank, suit): self.rank, self.suit = rank, suit
    def __repr__(self): return self.rank + self.suit
    def __lt__(self, other): return self.RANKS.index(self.rank) < self.RANKS.index(other.rank)
hand = [Card("K", "h"), Card("2", "s"), Card("T", "d"), Card("A", "c")]
print(sorted(hand), max(hand), min(hand))
class Reversed:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v > o.v
    def __repr__(self): return str(self.v)
print(sorted(map(Reversed, [1, 3, 2])))
