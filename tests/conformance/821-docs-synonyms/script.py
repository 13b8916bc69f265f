print(MyClass.job_status == "some_status")
print(MyClass.status == "some_status")
m1 = MyClass(status="x")
print(m1.status, m1.job_status)
m1.job_status = "y"
print(m1.status, m1.job_status)
with Session(engine) as s:
    s.add(m1)
    s.add(Other(status="ok"))
    s.commit()
    print(s.scalars(select(MyClass).where(MyClass.status == "y")).one().id)
    o = s.scalars(select(Other).filter_by(job_status="ok")).one()
    print(o.job_status)
    print(select(Other.job_status))
