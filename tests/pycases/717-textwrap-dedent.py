import textwrap

def show(s):
    print(repr(textwrap.dedent(s)))

show("""
    def f():
        return 1
    """)
show("    a\n      b\n    c")
show("  a\n\tb")
show("\ta\n\tb")
show("    a\n\n    b")
show("    a\n  \n    b")
show("  a\n    \n  b\n")
show("no indent\n  here")
show("")
show("     ")
show("   x\n   ")
print(textwrap.dedent("""\
    Usage:
      prog [options]
    Options:
      -h  help
"""), end="")
show(" \t a\n \t b")
