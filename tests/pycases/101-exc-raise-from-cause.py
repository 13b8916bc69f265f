class ConfigError(Exception):
    pass
def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad port: {text}") from e
try:
    parse_port("80x")
except ConfigError as e:
    print(e, type(e.__cause__).__name__)
try:
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("while handling")
except ValueError as e:
    print(e, type(e.__context__).__name__)
print(parse_port("8080"))
