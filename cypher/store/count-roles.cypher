// How many roles the database holds: `npm start` loads the curated graph into a database with none.
MATCH (r:Role)
RETURN count(r) AS roles
