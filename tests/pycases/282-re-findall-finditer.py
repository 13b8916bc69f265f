import re

text = "apples 3, bananas 12, cherries 7"
print(re.findall(r"\d+", text))
print(re.findall(r"(\w+) (\d+)", text))
print(re.findall(r"(\w+) \d+", text))
print([(m.group(1), m.start()) for m in re.finditer(r"(\w+)es", text)])
print(re.findall(r"a*", "baaac"))
print(re.findall(r"\b\w", "the quick brown"), re.findall(r"", "ab"))
print(sum(int(n) for n in re.findall(r"\d+", text)))
print(re.findall(r"[aeiou]", "rhythm"), re.findall(r"(a)(b)?", "ab a"))
