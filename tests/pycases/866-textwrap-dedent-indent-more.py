import textwrap

code = """
    def f(x):
        if x:
            return 1

        return 2
"""
print(textwrap.dedent(code))
print(repr(textwrap.dedent("  a\n\tb\n")))
print(repr(textwrap.dedent("\t\ta\n\t\tb\n\t  c")))
print(repr(textwrap.dedent("   x\n  \n   y   \n")))
print(repr(textwrap.dedent("no indent\n  some")))
print(repr(textwrap.indent("a\n\nb\n", "> ")))
print(repr(textwrap.indent("a\n\nb\n", "> ", lambda line: True)))
print(repr(textwrap.indent("a\r\nb\r\n  \r\nc", "+")))
print(repr(textwrap.indent("keep\nskip me\nkeep", "# ", predicate=lambda l: "skip" not in l)))
print(textwrap.indent(textwrap.dedent(code).strip(), "    | "))
print(repr(textwrap.indent("", "x")), repr(textwrap.dedent("")))
