"""sqlalchemy.ext.declarative.extensions: concrete table inheritance helpers (SQLAlchemy's
orm/util.py ``polymorphic_union`` and ext/declarative/extensions.py ``ConcreteBase``).

``polymorphic_union`` is the UNION ALL of every concrete table, each SELECT naming every column of
any of them (``CAST(NULL AS type)`` where a table lacks one) plus a literal discriminator column, as
an alias: ``(SELECT employee.id AS id, ..., 'employee' AS type FROM employee UNION ALL ...) AS
pjoin``. ``ConcreteBase`` marks a hierarchy whose base (and every class under it) is queried through
that union: the mapper configuration calls ``_create_polymorphic_union`` with the class's mapper
and its concrete descendants, and rows become the class their discriminator names.
"""


def polymorphic_union(table_map, typecolname, aliasname="p_union", cast_nulls=True):
    """Create a UNION statement used by a polymorphic mapper."""
    from sqlalchemy import cast, literal_column, null, select, type_coerce, union_all
    from sqlalchemy.exc import InvalidRequestError

    colnames = []
    colnamemaps = {}
    types = {}
    tables = []
    for key, table in table_map.items():
        m = {}
        for c in table.c:
            if c.key == typecolname:
                raise InvalidRequestError(
                    "Polymorphic union can't use '%s' as the discriminator column due to mapped "
                    "column %r; please apply the 'typecolname' argument; this is available on "
                    "ConcreteBase as '_concrete_discriminator_name'" % (typecolname, c)
                )
            if c.key not in colnames:
                colnames.append(c.key)
            m[c.key] = c
            types[c.key] = c.type
        colnamemaps[key] = m
        tables.append((key, table))

    def col(name, key):
        if name in colnamemaps[key]:
            return colnamemaps[key][name]
        if cast_nulls:
            return cast(null(), types[name]).label(name)
        return type_coerce(null(), types[name]).label(name)

    result = []
    for type_, table in tables:
        columns = [col(name, type_) for name in colnames]
        if typecolname is not None:
            columns.append(literal_column("'%s'" % str(type_).replace("'", "''")).label(typecolname))
        result.append(select(*columns).select_from(table))
    return union_all(*result).alias(aliasname)


class ConcreteBase:
    """A helper class for 'concrete' declarative mappings: the class and its concrete subclasses
    are loaded through the ``pjoin`` polymorphic union of their tables."""

    @classmethod
    def _create_polymorphic_union(cls, mappers, discriminator_name):
        return polymorphic_union(
            {mp.polymorphic_identity: mp.local_table for mp in mappers},
            discriminator_name,
            "pjoin",
        )


class AbstractConcreteBase(ConcreteBase):
    """A concrete hierarchy's base that has no table of its own (``__no_table__``). ormplay maps its
    concrete subclasses, each loaded through its own union; the unmapped base itself cannot be
    queried yet."""

    __no_table__ = True
