from string import Template


class PercentTemplate(Template):
    delimiter = "%"


class BraceOnly(Template):
    delimiter = "#"
    idpattern = r"[a-z]+"
    braceidpattern = r"[a-z][a-z0-9.]*"


class CaseTemplate(Template):
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"


t = PercentTemplate("%who owes %%%amount for %{item}s")
print(t.substitute(who="ann", amount=5, item="book"))
print(t.safe_substitute(who="bob"))
print(BraceOnly("#name vs #{cfg.db1} vs #Name").safe_substitute({"name": "n", "cfg.db1": "sqlite"}))
print(BraceOnly("#{a.b} #c").get_identifiers())
print(CaseTemplate("$abc $ABC").safe_substitute(abc=1, ABC=2))
print(Template("$ABC $x_1").substitute(ABC=3, x_1=4))
print(PercentTemplate("100%% of %n").template, PercentTemplate.delimiter)
print(PercentTemplate("%a %{b} %%").get_identifiers(), PercentTemplate("%").is_valid())
