import textwrap

url = "see https://example.com/a/very/long/path/that-does-not-fit/anywhere ok"
print(textwrap.wrap(url, 20))
print(textwrap.wrap(url, 20, break_long_words=False))
print(textwrap.wrap(url, 20, break_on_hyphens=False))
print(textwrap.wrap(url, 20, break_long_words=False, break_on_hyphens=False))
print(textwrap.wrap("state-of-the-art well-tested code-base", 10))
print(textwrap.wrap("state-of-the-art well-tested code-base", 10, break_on_hyphens=False))
print(textwrap.wrap("---dashes--- a--b x-1 1-x", 6))
print(textwrap.wrap("Aaaaaaaaaaaa-bbbbbbbbbbbb-cccc", 15))
print(textwrap.wrap("x" * 25, 10))
print(textwrap.wrap("ab " * 3 + "c" * 12, 5))
