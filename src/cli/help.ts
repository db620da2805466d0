// Help texts for `rolegraph --help` and each command's --help.

export const ROOT_HELP = `rolegraph - a knowledge graph of technology roles in Neo4j

Usage: rolegraph <command> [options]

Commands:
  import esco <dir>   Import an ESCO CSV release (v1.1.1 or v1.2 file naming)
  import onet <dir>   Import an O*NET text/Excel release (e.g. 29.3)
  seed                Load the curated roles, skills and tools from data/curated
  crosswalk           Link curated roles to their nearest ESCO and O*NET occupations (data/crosswalk.yaml)
  stats [--json]      Count nodes by label, relationships by type, both by origin

Run "rolegraph <command> --help" for the options of a command.

Connection: NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD (and NEO4J_DATABASE). Without NEO4J_URI a local
Neo4j is started (NEO4J_BOLT_PORT, NEO4J_HTTP_PORT, NEO4J_HOME_DIR) and left running; stop it with
"npm run db:stop".
`;

export const IMPORT_HELP = `Usage: rolegraph import <esco|onet> <dir> [options]

Imports a dataset release folder into Neo4j. Rows are MERGEd by id in batched transactions, so a second
run (or a re-run after an interrupted one) gives the same graph. Rows that refer to concepts missing from
the files are skipped and reported. Afterwards the crosswalk is applied if curated roles are loaded.

Options:
  --batch-size <n>       rows per transaction (default 5000)
  --dataset-version <v>  dataset version label, e.g. v1.2.0 (ESCO) or 29.3 (O*NET); defaults from the files
  --no-crosswalk         do not apply data/crosswalk.yaml afterwards
  --json                 print the summary as JSON on stdout
  -h, --help             show this help

Examples:
  rolegraph import esco ../shared/datasets/esco-v1.1.1
  rolegraph import onet ../shared/datasets/onet-29.3
`;

export const SEED_HELP = `Usage: rolegraph seed

Loads the curated graph (data/curated/*.yaml) and then applies the crosswalk to any imported occupations.
`;

export const CROSSWALK_HELP = `Usage: rolegraph crosswalk [--file <crosswalk.yaml>] [--json]

Writes (:Role)-[:MAPS_TO {basis, match, origin: 'crosswalk'}]->(:Role) from curated roles to ESCO and
O*NET occupations listed in data/crosswalk.yaml. Links whose ends are not loaded are skipped and reported;
links no longer in the file are removed.
`;

export const STATS_HELP = `Usage: rolegraph stats [--json]

Counts nodes by label and relationships by type, each split by origin (curated, esco, onet, ...).
`;
