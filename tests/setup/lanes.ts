/**
 * The suite runs in two lanes at once (scripts/test-suite.mjs), so that the files that start
 * servers of their own use the second core while the rest share the suite's server one after
 * another:
 *
 * - `integration`: files that talk to the suite's one server and its database (tests/setup/
 *   server.ts). They run one at a time, as they read and write the same demo belts.
 * - `isolated`: files that start their own servers on a copy of the suite's database, a database
 *   of their own or none, and never write through the suite's server. They may run while an
 *   `integration` file runs (the copies are consistent while the suite's server writes:
 *   tests/helpers/copy-db.ts).
 *
 * A file joins `isolated` only if it sends nothing to the suite's server and reads nothing of it
 * that another file changes; the rest stay in `integration`.
 */
export const ISOLATED = [
  'tests/int/durability.int.spec.ts',
  'tests/int/durability-postgres.int.spec.ts',
  'tests/int/generate.int.spec.ts',
  'tests/int/jobs-at-start.int.spec.ts',
  'tests/int/outage.int.spec.ts',
  'tests/int/startup.int.spec.ts',
  'tests/int/startup-database.int.spec.ts',
  'tests/int/storage.int.spec.ts',
  'tests/int/two-nodes.int.spec.ts',
]
