import textwrap

text = "Pack my box with five dozen liquor jugs, then sphinx of black quartz judge my vow."
print(textwrap.fill(text, 30, initial_indent="- ", subsequent_indent="  "))
print(textwrap.fill(text, 30, initial_indent="1. ", subsequent_indent="   "))
print(textwrap.wrap(text, 20, initial_indent=">>>>>>>>>>"))
print(textwrap.wrap("word", 5, initial_indent="    ", subsequent_indent="  "))
print(textwrap.wrap("abcdefghij klm", 6, initial_indent="## "))
w = textwrap.TextWrapper(width=24, initial_indent="* ", subsequent_indent="| ")
for para in ["first item here is long enough to wrap", "second"]:
    print(w.fill(para))
print(w.width, repr(w.initial_indent), w.expand_tabs, w.replace_whitespace, w.max_lines, repr(w.placeholder))
w.width = 12
print(w.wrap("changed width after creation works"))
