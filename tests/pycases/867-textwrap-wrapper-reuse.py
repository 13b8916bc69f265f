import textwrap

w = textwrap.TextWrapper(width=28, break_on_hyphens=False, initial_indent="  ")
paras = [
    "A TextWrapper can be reused for many paragraphs of text.",
    "Each call to wrap() returns a list of lines without newlines.",
    "",
    "end",
]
for p in paras:
    print(w.wrap(p))
print(w.fill(paras[0]))
w2 = textwrap.TextWrapper(**{"width": 15, "max_lines": 2, "placeholder": " ..."})
print(w2.wrap(paras[1]))
print(textwrap.fill("x " * 30, width=20))
print(textwrap.wrap("a b", width=1.5) if False else textwrap.wrap("word " * 5, 11))
chunks = textwrap.TextWrapper()._split("Hello-world, it's  a test.")
print(chunks)
print(textwrap.TextWrapper(break_on_hyphens=False)._split("Hello-world, it's"))
try:
    textwrap.TextWrapper(width=-1).wrap("x")
except ValueError as e:
    print("ValueError", e)
