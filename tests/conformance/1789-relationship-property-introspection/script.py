from sqlalchemy.orm import configure_mappers
configure_mappers()
for attr in (Blog.posts, Blog.header, Post.blog, Post.tags, Post.children, Post.parent):
    prop = attr.property
    c = prop.cascade
    print(prop, c.delete, c.delete_orphan, c.save_update, c.merge, c.expunge, c.refresh_expire, prop.single_parent)
    print("  ", sorted(c), "delete" in c, [str(x) for x in prop.order_by] if prop.order_by else prop.order_by, sorted(str(x) for x in prop.remote_side))
print(repr(Blog.posts.property.cascade), repr(Post.tags.property.cascade))
