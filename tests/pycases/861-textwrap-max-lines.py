import textwrap

text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt."
for n in [1, 2, 3, 10]:
    print(n, textwrap.wrap(text, width=25, max_lines=n))
print(textwrap.fill(text, width=25, max_lines=2, placeholder="..."))
print(textwrap.wrap(text, width=25, max_lines=2, placeholder=" (more)"))
print(textwrap.wrap("short text", width=25, max_lines=1))
print(textwrap.wrap("aaaa bbbb cccc", width=9, max_lines=2, placeholder=" ~~~~~"))
print(textwrap.fill(text, width=30, max_lines=2, initial_indent="> ", subsequent_indent=">> "))
for ph in [" [...]", "!" * 30]:
    try:
        print(textwrap.wrap(text, width=20, max_lines=2, placeholder=ph))
    except ValueError as e:
        print("ValueError", e)
