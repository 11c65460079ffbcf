# Class keyword arguments go to the base's __init_subclass__ (a plugin registry); without one, object's refuses them.
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls

class Csv(Plugin, name="csv", priority=2):
    pass

class Json(Plugin, priority=5):
    pass

class Strict(Json, name="strict"):
    pass

for name, cls in sorted(Plugin.registry.items(), key=lambda kv: -kv[1].priority):
    print(name, cls.__name__, cls.priority)

try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

class Plain(flavour="vanilla"):
    pass
