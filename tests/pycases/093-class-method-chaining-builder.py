class Query:
    def __init__(self, table):
        self.table = table
        self.filters = []
        self.limit_n = None
    def where(self, cond):
        self.filters.append(cond)
        return self
    def limit(self, n):
        self.limit_n = n
        return self
    def __str__(self):
        sql = f"SELECT * FROM {self.table}"
        if self.filters:
            sql += " WHERE " + " AND ".join(self.filters)
        if self.limit_n is not None:
            sql += f" LIMIT {self.limit_n}"
        return sql
print(Query("users"))
print(Query("users").where("age > 18").where("active = 1").limit(10))
