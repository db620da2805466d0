// Removes the linker's RELATED_TO links (origin 'link') before a run writes its own; in batches, since
// a full import has tens of thousands. No parameters.
MATCH ()-[r:RELATED_TO {origin: 'link'}]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS
