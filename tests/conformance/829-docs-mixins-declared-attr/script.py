from sqlalchemy.schema import CreateTable
print(sorted(Base.metadata.tables))
print(CreateTable(MyModel.__table__))
print(CreateTable(LogRecord.__table__))
with Session(engine) as s:
    lr = LogRecord(log_info="hi")
    m = MyModel(name="m", log_record=lr)
    t = Target()
    s.add_all([m, Foo(target=t), Bar(target=t)])
    s.commit()
    print(m.log_record.log_info, m.log_record_id)
    print(s.execute(select(Foo.target_id, Bar.target_id).join_from(Foo, Bar, Foo.target_id == Bar.target_id)).all())
    print(select(MyModel).join(MyModel.log_record))
    print(MyModel.__mapper__.eager_defaults, Foo.target.property.mapper.class_.__name__)
