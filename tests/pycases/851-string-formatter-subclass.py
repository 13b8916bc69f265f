import string


class DefaultFormatter(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<" + key + ">")
        return super().get_value(key, args, kwargs)


class UpperFormatter(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)

    def format_field(self, value, format_spec):
        if format_spec == "money":
            return "${:,.2f}".format(value)
        return super().format_field(value, format_spec)


print(DefaultFormatter().format("{name} is {age}", name="ann"))
print(DefaultFormatter().format("{0} {missing}", "pos"))
u = UpperFormatter()
print(u.format("{0!u} {1!r} {2:money}", "shout", "q", 1234567.891))
print(u.format("{x:money} {x:>12,.1f}", x=98765.4321))
try:
    u.format("{0!z}", 1)
except ValueError as e:
    print("ValueError", e)
