from abc import abstractmethod
from collections.abc import Sequence

class Deck(Sequence):
    def __init__(self, cards):
        self._cards = list(cards)

    def __getitem__(self, i):
        return self._cards[i]

    def __len__(self):
        return len(self._cards)

d = Deck("AKQJA")
print(len(d), d[0], d[-1], d[1:3])
print("Q" in d, "2" in d, d.index("Q"), d.count("A"))
print(list(reversed(d)), list(d))
try:
    d.index("9")
except ValueError as e:
    print("ValueError", e)

class Half(Sequence):
    def __len__(self):
        return 0

try:
    Half()
except TypeError as e:
    print(e)
print(isinstance(d, Sequence), callable(abstractmethod))
