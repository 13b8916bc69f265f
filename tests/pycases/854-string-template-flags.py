import re
from string import Template


class Strict(Template):
    flags = 0
    idpattern = r"[a-z]+"


class Custom(Template):
    pattern = r"""
    \[\[(?:
      (?P<escaped>\[\[) |
      (?P<named>[a-z]+)\]\] |
      (?P<braced>[a-z]+)\]\] |
      (?P<invalid>)
    )
    """


print(Strict("$abc $ABC").safe_substitute(abc=1, ABC=2))
print(Template("$abc $ABC").safe_substitute(abc=1, ABC=2))
print(Template.flags == re.IGNORECASE, Template.delimiter, Template.idpattern)
print(Template.braceidpattern)
c = Custom("Hello [[name]], [[[[ literal")
print(c.substitute(name="ann"))
print(Custom("[[x]] [[y]]").get_identifiers())
try:
    Custom("bad [[ one").substitute()
except ValueError as e:
    print("ValueError", e)
print(Template("$who").pattern.pattern.count("(?P<") >= 4)
