todo = Board(name="todo")
session.add(todo)
for i, t in enumerate(["plan", "build", "test", "ship"]):
    todo.cards.append(Card(text=t, position=i))
session.commit()

todo.cards.insert(0, Card(text="idea", position=-1))
last = todo.cards.pop()
print("popped:", last.text, "| len:", len(todo.cards))
todo.cards.extend([Card(text="demo", position=9)])
del todo.cards[1]
session.commit()
print([(c.text, c.position) for c in todo.cards])
print("rows:", [c.text for c in session.query(Card).order_by(Card.id)])
print("contains:", any(c.text == "test" for c in todo.cards), todo.cards[0] in todo.cards)
todo.cards[0].position = 100
session.commit()
session.expire(todo)
print([c.text for c in todo.cards])
todo.cards.clear()
session.commit()
print("after clear:", session.query(Card).count())
