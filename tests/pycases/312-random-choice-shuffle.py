import random

random.seed(7)
deck = [f"{rank}{suit}" for suit in "SH" for rank in "A23"]
random.shuffle(deck)
print(deck)
print(random.choice(deck), random.choice("xyz"), random.choice(range(100)))
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
letters = list("abcdefgh")
random.shuffle(letters)
print("".join(letters))
