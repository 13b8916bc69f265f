from string import Template

t = Template("$who likes $what")
try:
    t.substitute(who="tim")
except KeyError as e:
    print("KeyError", e)
print(t.safe_substitute(who="tim"))
print(Template("${a} and ${b}").safe_substitute(a=1))
print(Template("price $ 5").safe_substitute())
print(Template("trailing $").safe_substitute())
for s in ["price $ 5", "trailing $", "${bad", "$1abc"]:
    try:
        Template(s).substitute()
    except ValueError as e:
        print("ValueError", e)
    except KeyError as e:
        print("KeyError", e)
try:
    Template("$a").substitute({"a": 1}, {"b": 2})
except TypeError as e:
    print("TypeError", e)
Template("hello $name, from ${place}").substitute(name="x")
