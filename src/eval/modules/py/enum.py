"""ormplay's enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique (CPython 3.11's behaviour)."""


class member:
    """Forces an attribute to become a member (`@member` on a function, CPython 3.11)."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps an attribute out of the members (`helper = nonmember(5)`, CPython 3.11)."""

    def __init__(self, value):
        self.value = value


_member, _nonmember = member, nonmember


class auto:
    _order = 0

    def __init__(self, value=None):
        self.value = value
        auto._order += 1
        self._order = auto._order

    def __repr__(self):
        return "auto(%r)" % (self.value,)

    # CPython resolves `auto()` as the class body assigns it, so `ADMIN = READ | WRITE | 8` combines
    # values; here the combination is kept and worked out when the members are made.
    def __or__(self, other):
        return _Combined(lambda a, b: a | b, self, other)

    def __ror__(self, other):
        return _Combined(lambda a, b: a | b, other, self)

    def __and__(self, other):
        return _Combined(lambda a, b: a & b, self, other)

    def __rand__(self, other):
        return _Combined(lambda a, b: a & b, other, self)

    def __xor__(self, other):
        return _Combined(lambda a, b: a ^ b, self, other)

    def __rxor__(self, other):
        return _Combined(lambda a, b: a ^ b, other, self)


class _Combined(auto):
    def __init__(self, op, left, right):
        super().__init__()
        self._parts = (op, left, right)

    def resolve(self):
        op, left, right = self._parts
        return op(_resolved(left), _resolved(right))


def _resolved(value):
    if type(value) is _Combined:
        return value.resolve()
    if type(value) is auto:
        return value.value
    return value


def _is_single_bit(num):
    if not isinstance(num, int) or num == 0:
        return False
    return num & (num - 1) == 0


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1:2] != "_" and name[-2:-1] != "_"


def _is_descriptor(obj):
    return hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")


def _is_member(name, value):
    if isinstance(value, member):
        return True
    if name.startswith("_") or isinstance(value, nonmember):
        return False
    if isinstance(value, auto):
        return True
    return not (callable(value) or isinstance(value, property) or _is_descriptor(value))


def _mixin_type(bases):
    for base in bases:
        for klass in base.__mro__:
            if klass in (int, str, float, tuple, list, dict, set):
                return klass
    return object


class EnumMeta(type):
    def __new__(metacls, cls, bases, classdict, *, boundary=None, **kwds):
        member_names = [k for k, v in classdict.items() if _is_member(k, v)]
        for base in bases:
            if isinstance(base, EnumMeta) and base._member_names_:
                raise TypeError(f"{cls} cannot extend {base!r}")
        members = {k: classdict.pop(k) for k in member_names}
        members = {k: v.value if isinstance(v, _member) else v for k, v in members.items()}
        for k, v in list(classdict.items()):
            if isinstance(v, _nonmember):
                classdict[k] = v.value
        new_member = classdict.pop("__new__", None) if Enum is not None else None
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        enum_class._member_type_ = member_type = _mixin_type(bases)
        if new_member is None:
            for klass in enum_class.__mro__[1:]:
                found = klass.__dict__.get("_new_member_")
                if found is not None:
                    new_member = found
                    break
        if new_member is not None:
            enum_class._new_member_ = new_member
        if Enum is not None:
            enum_class.__new__ = Enum.__new__
        last_values = []
        for name, value in members.items():
            if type(value) is _Combined:
                value.value = value.resolve()
            if isinstance(value, auto):
                if value.value is None:
                    value.value = enum_class._generate_next_value_(name, 1, len(last_values), last_values[:])
                value = value.value
            last_values.append(value)
            args = value if isinstance(value, tuple) and member_type is not tuple else (value,)
            if new_member is not None:
                member = new_member(enum_class, *args)
            elif member_type is object:
                member = object.__new__(enum_class)
            else:
                member = member_type.__new__(enum_class, *args)
            if "_value_" not in member.__dict__:
                if member_type is object or new_member is not None:
                    object.__setattr__(member, "_value_", value)
                else:
                    object.__setattr__(member, "_value_", member_type(*args))
            object.__setattr__(member, "_name_", name)
            object.__setattr__(member, "__objclass__", enum_class)
            if any("__init__" in k.__dict__ for k in enum_class.__mro__ if isinstance(k, EnumMeta)):
                member.__init__(*args)
            canonical = None
            for other in enum_class._member_map_.values():
                if other._value_ == member._value_:
                    canonical = other
                    break
            if canonical is not None:
                member = canonical
            elif not (Flag is not None and issubclass(enum_class, Flag)) or _is_single_bit(member._value_):
                # A flag's multi-bit values (`RW = READ | WRITE`) are aliases, left out of iteration.
                enum_class._member_names_.append(name)
            enum_class._member_map_[name] = member
            setattr(enum_class, name, member)
            try:
                enum_class._value2member_map_.setdefault(member._value_, member)
            except TypeError:
                pass
        if Flag is not None and issubclass(enum_class, Flag):
            enum_class._flag_mask_ = 0
            for m in enum_class._member_map_.values():
                enum_class._flag_mask_ |= m._value_
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, type=type, start=start)

    def _create_(cls, class_name, names, *, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last = names, [], []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last[:])
                last.append(value)
                names.append((name, value))
        items = names.items() if isinstance(names, dict) else names
        for item in items:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        return EnumMeta(class_name, bases, classdict)

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if isinstance(member, cls):
            return True
        return member in cls._value2member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)


EnumType = EnumMeta
Enum = Flag = None


class Enum(metaclass=EnumMeta):
    def __new__(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                        % (cls.__name__, result))

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            return max(last_values) + 1
        except TypeError:
            raise TypeError("unable to sort non-numeric values") from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ if hasattr(self.__class__, "_value_repr_") else repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __dir__(self):
        return ["__class__", "__doc__", "__module__", "name", "value"]

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    def __str__(self):
        return self._member_type_.__str__(self)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


class IntEnum(int, ReprEnum):
    pass


class StrEnum(str, ReprEnum):
    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        return str.__new__(cls, *values)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()



class Flag(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high_bit = 0
        last = max(last_values)
        while (1 << (high_bit + 1)) <= last:
            high_bit += 1
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        return cls._compose_(value)

    @classmethod
    def _compose_(cls, value):
        if value in cls._value2member_map_:
            return cls._value2member_map_[value]
        member = object.__new__(cls) if cls._member_type_ is object else cls._member_type_.__new__(cls, value)
        object.__setattr__(member, "_value_", value)
        names = [m._name_ for m in cls._decompose_(value)]
        object.__setattr__(member, "_name_", "|".join(names) if names else None)
        cls._value2member_map_[value] = member
        return member

    @classmethod
    def _decompose_(cls, value):
        return [cls._member_map_[n] for n in cls._member_names_
                if cls._member_map_[n]._value_ and cls._member_map_[n]._value_ & value == cls._member_map_[n]._value_
                and bin(cls._member_map_[n]._value_).count("1") == 1]

    def __iter__(self):
        return iter(self.__class__._decompose_(self._value_))

    def __len__(self):
        return bin(self._value_).count("1")

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "<%s: %r>" % (cls_name, self._value_)
        return "<%s.%s: %r>" % (cls_name, self._name_, self._value_)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        return self.__class__(self._flag_mask_ ^ self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag):
    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __invert__(self):
        return self.__class__(self._flag_mask_ ^ self._value_)


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ", ".join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration


class EnumCheck(StrEnum):
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck.CONTINUOUS, EnumCheck.NAMED_FLAGS, EnumCheck.UNIQUE


def _iter_bits_lsb(num):
    while num:
        b = num & (~num + 1)
        yield b
        num ^= b


class verify:
    """`@verify(UNIQUE, CONTINUOUS, NAMED_FLAGS)`: CPython 3.11's checks of a finished enumeration."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        if issubclass(enumeration, Flag):
            enum_type = "flag"
        elif issubclass(enumeration, Enum):
            enum_type = "enum"
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                duplicates = [(n, m.name) for n, m in enumeration.__members__.items() if n != m.name]
                if duplicates:
                    details = ", ".join("%s -> %s" % pair for pair in duplicates)
                    raise ValueError("aliases found in %r: %s" % (enumeration, details))
            elif check is CONTINUOUS:
                values = set(e.value for e in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if enum_type == "flag":
                    missing = [2 ** i for i in range(low.bit_length(), high.bit_length() - 1) if 2 ** i not in values]
                else:
                    missing = [i for i in range(low + 1, high) if i not in values]
                if missing:
                    raise ValueError(("invalid %s %r: missing values %s" % (
                        enum_type, cls_name, ", ".join(str(m) for m in missing)))[:256])
            elif check is NAMED_FLAGS:
                member_names = enumeration._member_names_
                member_values = [m.value for m in enumeration]
                missing_names = []
                missing_value = 0
                for name, alias in enumeration._member_map_.items():
                    if name in member_names or alias.value < 0:
                        continue
                    missed = [v for v in _iter_bits_lsb(alias.value) if v not in member_values]
                    if missed:
                        missing_names.append(name)
                        for v in missed:
                            missing_value |= v
                if missing_names:
                    if len(missing_names) == 1:
                        alias = "alias %s is missing" % missing_names[0]
                    else:
                        alias = "aliases %s and %s are missing" % (", ".join(missing_names[:-1]), missing_names[-1])
                    if _is_single_bit(missing_value):
                        value = "value 0x%x" % missing_value
                    else:
                        value = "combined values of 0x%x" % missing_value
                    raise ValueError("invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]"
                                     % (cls_name, alias, value))
        return enumeration


