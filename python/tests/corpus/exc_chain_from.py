class ConfigError(Exception):
    pass


def load(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError(f"missing setting {key!r}") from e


try:
    load({}, "port")
except ConfigError as e:
    print(repr(e))
    print(repr(e.__cause__))
    print(e.__suppress_context__)
load({"host": "x"}, "port")
