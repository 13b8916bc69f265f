s1 = Session()
s2 = Session()
n = Note(body="draft")
s1.add(n)
s1.commit()

other = s2.get(Note, 1)
other.body = "edited elsewhere"
other.version += 1
s2.commit()
print("s1 sees:", n.body, n.version)
n.body = "local"
s1.commit()
s2.expire(other)
print("s2 sees:", other.body, other.version)
print("identity:", s1.get(Note, 1) is n, s2.get(Note, 1) is n)
s1.close()
print("detached after close:", n in s1)
print(n.body)
