"""sqlalchemy.exc's warning categories: ``SAWarning``, ``SADeprecationWarning`` and the rest.

Programs name them to filter or escalate SQLAlchemy's warnings (``warnings.filterwarnings("ignore",
category=SAWarning)``, ``warnings.simplefilter("error", SADeprecationWarning)``), so each exists with
SQLAlchemy's bases and ``sqlalchemy.exc`` as its module.
"""


class SATestSuiteWarning(Warning):
    """warning for a condition detected during tests that is non-fatal"""

    __module__ = "sqlalchemy.exc"


class SADeprecationWarning(DeprecationWarning):
    """Issued for usage of deprecated APIs."""

    __module__ = "sqlalchemy.exc"
    deprecated_since = None


class Base20DeprecationWarning(SADeprecationWarning):
    """Issued for usage of APIs specifically deprecated or legacy in SQLAlchemy 2.0."""

    __module__ = "sqlalchemy.exc"
    deprecated_since = "1.4"

    def __str__(self):
        return super().__str__() + " (Background on SQLAlchemy 2.0 at: https://sqlalche.me/e/b8d9)"


class LegacyAPIWarning(Base20DeprecationWarning):
    """indicates an API that is in 'legacy' status, a long term deprecation."""

    __module__ = "sqlalchemy.exc"


class MovedIn20Warning(Base20DeprecationWarning):
    """Subtype of RemovedIn20Warning to indicate an API that moved only."""

    __module__ = "sqlalchemy.exc"


class SAPendingDeprecationWarning(PendingDeprecationWarning):
    """A similar warning as :class:`_exc.SADeprecationWarning`, this warning is not used in modern
    versions of SQLAlchemy."""

    __module__ = "sqlalchemy.exc"
    deprecated_since = None


class SAWarning(RuntimeWarning):
    """Issued at runtime."""

    __module__ = "sqlalchemy.exc"
