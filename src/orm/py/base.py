"""sqlalchemy.orm.base: the loader status symbols attribute events and the inspection API hand to
user code (the old value of a set event, an unloaded attribute's ``loaded_value``). They are the
members of one enum, so ``oldvalue is NO_VALUE`` holds for every value ormplay passes, and
``NEVER_SET`` is an alias of ``NO_VALUE`` as in SQLAlchemy."""

import enum


class LoaderCallableStatus(enum.Enum):
    PASSIVE_NO_RESULT = 0
    PASSIVE_CLASS_MISMATCH = 1
    ATTR_WAS_SET = 2
    ATTR_EMPTY = 3
    NO_VALUE = 4
    NEVER_SET = NO_VALUE
    DONT_SET = 5


PASSIVE_NO_RESULT = LoaderCallableStatus.PASSIVE_NO_RESULT
PASSIVE_CLASS_MISMATCH = LoaderCallableStatus.PASSIVE_CLASS_MISMATCH
ATTR_WAS_SET = LoaderCallableStatus.ATTR_WAS_SET
ATTR_EMPTY = LoaderCallableStatus.ATTR_EMPTY
NO_VALUE = LoaderCallableStatus.NO_VALUE
NEVER_SET = LoaderCallableStatus.NEVER_SET
DONT_SET = LoaderCallableStatus.DONT_SET
