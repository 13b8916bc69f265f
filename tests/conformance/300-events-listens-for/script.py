a = Article(title='Hello World')
b = Article(title='Second Post')
session.add_all([a, b])
session.commit()
print(a.slug, a.version)
a.title = 'Hello Again'
session.commit()
print(a.slug, a.version)
session.delete(b)
session.commit()
for line in log:
    print(line)
