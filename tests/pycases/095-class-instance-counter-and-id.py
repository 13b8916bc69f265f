class Ticket:
    _next = 1
    def __init__(self, title):
        self.id = Ticket._next
        Ticket._next += 1
        self.title = title
        self.closed = False
    def close(self):
        self.closed = True
        return self
    def __repr__(self):
        state = "closed" if self.closed else "open"
        return f"#{self.id} {self.title} [{state}]"
tickets = [Ticket(t) for t in ["login bug", "typo", "crash"]]
tickets[1].close()
print(tickets)
print([t.id for t in tickets if not t.closed], Ticket._next)
