import re

print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", maxsplit=1))
print(re.split(r"[a-f]+", "0a3B9", flags=re.IGNORECASE))
print(re.split(r"(,)|(;)", "a,b;c"))
print(re.split(r"\s*", "a b"), re.split(r"x", ""), re.split(r",", "a,,b,"))
print(re.compile(r"\d").split("a1b2c", 1))
