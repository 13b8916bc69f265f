import re

print(re.findall(r"\w+(?=ing\b)", "running jumping sing"))
print(re.findall(r"(?<=\$)\d+", "costs $30 or $45"))
print(re.findall(r"\b(?!un)\w+", "undo redo unzip zip"))
print(re.findall(r"(?<!\d)\d{2}(?!\d)", "1 22 333 44"))
print(re.search(r"(\w+) \1", "it is is fine").group(1))
print(re.sub(r"(\w)\1", r"<\1\1>", "bookkeeper"))
print(bool(re.fullmatch(r"(?=.*\d)(?=.*[A-Z]).{8,}", "Passw0rdX")), bool(re.fullmatch(r"(?=.*\d).{8,}", "short")))
print(re.findall(r"<(\w+)>.*?</\1>", "<b>x</b><i>y</b>"))
