import textwrap

text = "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs."
for w in [10, 15, 20, 40, 100]:
    lines = textwrap.wrap(text, width=w)
    print(w, len(lines), lines)
print(textwrap.wrap(""))
print(textwrap.wrap("   "))
print(textwrap.wrap("supercalifragilisticexpialidocious", width=10))
print(textwrap.wrap("supercalifragilisticexpialidocious", width=10, break_long_words=False))
print(textwrap.wrap("one two", width=1))
print(textwrap.wrap("a\tb\tc", width=8))
print(textwrap.wrap("a\tb\tc", width=8, tabsize=4))
print(textwrap.wrap("line one\nline two\n\nthree", width=30))
try:
    textwrap.wrap("abc", width=0)
except ValueError as e:
    print("ValueError", e)
