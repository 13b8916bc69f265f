ann, bob, cy = User(username='ann'), User(username='bob'), User(username='cy')
session.add_all([ann, bob, cy])
session.add_all([
    Message(body='hi bob', sender=ann, recipient=bob),
    Message(body='hey ann', sender=bob, recipient=ann),
    Message(body='lunch?', sender=ann, recipient=cy),
])
session.commit()
print(ann.sent)
print(ann.received)
print(len(cy.sent), len(cy.received))
conv = session.query(Message).filter(
    or_((Message.sender_id == ann.id) & (Message.recipient_id == bob.id),
        (Message.sender_id == bob.id) & (Message.recipient_id == ann.id))).order_by(Message.id).all()
print(conv)
print(session.query(Message).join(Message.recipient).filter(User.username == 'cy').one())
print(session.query(User).join(User.sent).filter(Message.body.like('%ann%')).all())
