from sqlalchemy import MetaData, Table, Column, Integer, String, ForeignKey, Named, TypedColumns
from sqlalchemy.schema import CreateTable
other_meta = MetaData()
class user_cols(TypedColumns):
    id: Named[int] = Column(primary_key=True)
    name: Named[str | None] = Column(String(30))
    fullname: Named[str | None]
typed_user_table = Table("user_account", other_meta, user_cols)
class address_cols(TypedColumns):
    id: Named[int] = Column(primary_key=True)
    user_id: Named[int] = Column(ForeignKey("user_account.id"))
    email_address: Named[str]
    __row_pos__: tuple[int, int, str]
typed_address_table = Table("address", other_meta, address_cols)
print(repr(typed_user_table))
print(CreateTable(typed_user_table))
print(CreateTable(typed_address_table))
