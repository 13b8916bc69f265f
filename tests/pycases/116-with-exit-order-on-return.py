class Step:
    def __init__(self, label, log):
        self.label, self.log = label, log
    def __enter__(self):
        self.log.append("enter " + self.label)
        return self
    def __exit__(self, et, ev, tb):
        self.log.append("exit " + self.label)
def run(log):
    with Step("outer", log):
        with Step("inner", log):
            return "returned"
log = []
print(run(log))
print(log)
