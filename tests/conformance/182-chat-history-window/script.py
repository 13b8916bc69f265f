def add_turn(session, conv, speaker, text):
    n = session.scalar(select(func.count(Turn.id)).where(Turn.conversation_id == conv.id))
    conv.turns.append(Turn(position=n + 1, speaker=speaker, text=text))
    session.commit()


with SessionLocal() as session:
    conv = Conversation(title="headache")
    session.add(conv)
    session.commit()
    for speaker, text in [("user", "My head hurts"), ("bot", "Since when?"), ("user", "Two days"), ("bot", "Any fever?")]:
        add_turn(session, conv, speaker, text)
    window = session.scalars(select(Turn).where(Turn.conversation_id == conv.id).order_by(Turn.position.desc()).limit(2)).all()
    for t in reversed(window):
        print(f"[{t.position}] {t.speaker}: {t.text}")
    print("user turns:", session.scalar(select(func.count()).select_from(Turn).where(Turn.speaker == "user")))
    conv.turns.pop(0)
    session.commit()
    print([t.position for t in conv.turns])
