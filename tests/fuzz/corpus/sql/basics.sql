CREATE TABLE user_account (id INTEGER PRIMARY KEY, name VARCHAR(30) NOT NULL UNIQUE, fullname VARCHAR);
CREATE TABLE address (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES user_account(id), email VARCHAR NOT NULL);
INSERT INTO user_account (name, fullname) VALUES ('spongebob', 'Spongebob Squarepants'), ('sandy', 'Sandy Cheeks');
INSERT INTO address (user_id, email) VALUES (1, 'spongebob@sqlalchemy.org'), (2, 'sandy@sqlalchemy.org');
SELECT u.name, a.email FROM user_account AS u JOIN address AS a ON u.id = a.user_id WHERE u.name LIKE 's%' ORDER BY u.name;
UPDATE user_account SET fullname = upper(fullname) WHERE id IN (SELECT user_id FROM address);
DELETE FROM address WHERE email GLOB '*sandy*' RETURNING id, email;
