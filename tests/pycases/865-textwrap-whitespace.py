import textwrap

text = "  leading spaces\tand\ttabs   and trailing   "
print(textwrap.wrap(text, 12))
print(textwrap.wrap(text, 12, drop_whitespace=False))
print(textwrap.wrap(text, 12, expand_tabs=False))
print(textwrap.wrap(text, 12, tabsize=2))
print(textwrap.wrap("a\nb\nc", 10, replace_whitespace=False))
print(textwrap.wrap("one\ttwo", 40, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("  x  ", 10, drop_whitespace=False))
print(textwrap.wrap("   ", 10, drop_whitespace=False))
print(textwrap.wrap("aa  bb  cc  dd", 4, drop_whitespace=False))
print(textwrap.wrap("\u00a0nbsp\u00a0word text", 8))
print(textwrap.fill("x\x0by\x0cz\rw", 40))
