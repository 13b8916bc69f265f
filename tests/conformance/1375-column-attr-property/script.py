print(A.name.property.columns[0].name, A.name.property.key, A.other.property.columns[0].name)
print(type(A.id.property).__name__, A.bs.property.direction.name, B.a.property.lazy, A.bs.property.lazy)
print(A.name.property is inspect(A).attrs["name"] or A.name.property.key == inspect(A).attrs.name.key)
print([p.key for p in inspect(A).column_attrs], B.a.property.mapper.class_.__name__)
for attr in (A.id, A.name, B.a_id):
    col = attr.property.columns[0]
    print(attr.key, col.name, col.table.name, col.primary_key)
