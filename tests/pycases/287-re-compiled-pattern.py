import re

email = re.compile(r"^[\w.+-]+@[\w-]+\.[\w.]+$")
for candidate in ["a@b.co", "bad@", "x.y+z@mail.example.com", "@no.pe"]:
    print(candidate, bool(email.match(candidate)))
print(email.pattern, email.groups, repr(re.compile(r"\d+", re.I)))
word = re.compile(r"\w+")
print(word.search("  hi there", 3).group(), word.match("  hi", 2).span(), word.findall("a b c", 2))
print(word.fullmatch("abc"), word.fullmatch("ab c"), word.match("xyz", 0, 2).group())
print(re.compile(word) is word, re.compile("a") == re.compile("a"))
