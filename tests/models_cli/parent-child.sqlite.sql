
CREATE TABLE parent (
	id INTEGER NOT NULL, 
	name VARCHAR, 
	PRIMARY KEY (id)
)


CREATE TABLE child (
	id INTEGER NOT NULL, 
	parent_id INTEGER, 
	name VARCHAR, 
	PRIMARY KEY (id), 
	FOREIGN KEY(parent_id) REFERENCES parent (id)
)

