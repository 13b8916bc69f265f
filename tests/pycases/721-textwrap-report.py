import textwrap

items = {
    "alpha": "The first option controls the verbosity of every message that is shown.",
    "beta": "Short.",
    "gamma-long-name": "Sets the timeout, in seconds, after which a request is abandoned.",
}
for key, desc in items.items():
    head = f"  {key:<8}"
    if len(head) > 10:
        print(head)
        head = " " * 10
    else:
        head = head.ljust(10)
    body = textwrap.fill(desc, width=40, initial_indent=head, subsequent_indent=" " * 10)
    print(body)
para = textwrap.dedent("""\
    This paragraph is indented in the source
    but dedent removes the common prefix.
    """)
print(textwrap.fill(para, width=30))
print(textwrap.shorten(para, 35))
boxed = textwrap.wrap("boxed text inside a frame of stars", 12)
print("*" * 16)
for line in boxed:
    print(f"* {line:<12} *")
print("*" * 16)
