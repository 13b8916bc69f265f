import textwrap

text = "The quick brown fox jumps over the lazy dog and keeps running far away."
print(textwrap.wrap(text, width=20))
print(textwrap.fill(text, width=30))
print(textwrap.fill(text, width=25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10))
print(textwrap.shorten(text, width=30))
print(textwrap.shorten("Hello   world!", width=12))
print(textwrap.wrap("well-known mother-in-law relationships", 12))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10))
