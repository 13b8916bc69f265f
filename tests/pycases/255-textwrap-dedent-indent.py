import textwrap

code = """
    def f():
        return 1

    print(f())
"""
print(textwrap.dedent(code))
print(repr(textwrap.dedent("  a\n\tb\n")))
print(textwrap.indent("line one\nline two\n\nlast", "> "))
print(textwrap.indent("a\nb", "+ ", lambda line: line.startswith("b")))
print(repr(textwrap.dedent("   same\n   indent")))
