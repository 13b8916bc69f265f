import re

text = "First line\nsecond Line\nthird"
print(re.findall(r"^\w+", text), re.findall(r"^\w+", text, re.M))
print(re.findall(r"line$", text, re.I | re.M), re.search(r"third$", text) is not None)
print(re.search(r"line.second", text, re.S).group() == "line\nsecond", re.search(r"line.second", text))
verbose = re.compile(r"""
    (\d{3})  # area
    [-.\s]?
    (\d{4})  # number
""", re.VERBOSE)
print(verbose.match("555-1234").groups(), verbose.flags & re.VERBOSE != 0)
print(re.match(r"\Aab", "ab"), re.search(r"b\Z", "ab\n"), re.search(r"b$", "ab\n").span())
print(re.findall(r"(?i)[a-c]", "AbCd"), re.fullmatch(r"(?s).+", "a\nb").group())
