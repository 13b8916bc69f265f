import textwrap

s = "first\nsecond\n\nfourth\n"
print(repr(textwrap.indent(s, "> ")))
print(repr(textwrap.indent(s, "+ ", lambda line: True)))
print(repr(textwrap.indent(s, "# ", lambda line: line.startswith("s"))))
print(repr(textwrap.indent("a\r\nb\r\n", "  ")))
print(repr(textwrap.indent("", ">>")))
print(repr(textwrap.indent("  \n\t\nx", "|")))
print(repr(textwrap.indent("no newline", "-")))
code = "if x:\n    y()\nelse:\n    z()"
print(textwrap.indent(code, "    "))
print(textwrap.indent(textwrap.dedent("""
    quoted
      text
"""), "> "), end="")
seen = []
textwrap.indent("a\nb\n", "", lambda ln: seen.append(ln))
print(seen)
