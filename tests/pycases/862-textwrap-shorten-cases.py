import textwrap

s = "Hello  world!  This is a fairly long sentence for shortening."
for w in [12, 15, 20, 30, 80]:
    print(w, repr(textwrap.shorten(s, width=w)))
print(textwrap.shorten(s, 25, placeholder="..."))
print(textwrap.shorten("  spaced \t out \n text  ", 50))
print(repr(textwrap.shorten("", 10)))
print(textwrap.shorten("Supercalifragilistic word", 15))
print(textwrap.shorten("one two three", 10, break_long_words=False))
try:
    print(textwrap.shorten("Hello world", 5))
except ValueError as e:
    print("ValueError", e)
try:
    print(textwrap.shorten("Hello world", 3, placeholder="..."))
except ValueError as e:
    print("ValueError", e)
print(textwrap.shorten("Hello world", 5, placeholder=""))
try:
    print(textwrap.shorten("Hello world", 4))
except ValueError as e:
    print("ValueError", e)
