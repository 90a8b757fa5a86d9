#!/usr/bin/env bash
# Fails when committed generated code is stale: payload-types.ts, the admin import map, or the
# migrations of either SQL engine (a schema change without `npm run payload -- migrate:create
# <name>`, run once with a SQLite and once with a PostgreSQL DATABASE_URL).
# Regenerated types and import map are left in place so `git diff` shows what to commit; a
# would-be migration is removed again, because it needs a real name and a review.
# migrate:create never connects to the database (Payload starts with disableDBConnect): it
# compares the config's schema with the newest snapshot (*.json) in the engine's folder. So the
# PostgreSQL check needs no server, and the URLs below are never opened.
set -uo pipefail
cd "$(dirname "$0")/.."

GENERATED=(src/payload-types.ts 'src/app/(payload)/admin/importMap.js')
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
SQLITE_URL="file:$scratch/check-generated.db"
POSTGRES_URL='postgres://check-generated@127.0.0.1:1/check_generated'
status=0

DATABASE_URL=$SQLITE_URL npm run --silent generate:types >/dev/null || exit 1
DATABASE_URL=$SQLITE_URL npm run --silent generate:importmap >/dev/null || exit 1
if ! git diff --exit-code --stat -- "${GENERATED[@]}"; then
  echo 'check:generated: generated files are stale; commit the regenerated files above.' >&2
  status=1
fi

# migrate:create compares the schema with the newest snapshot in the folder; --skip-empty makes
# it write nothing when they agree, so any new file means a migration is missing.
check_migrations() {
  local engine=$1 url=$2 dir=src/migrations/$1 before after
  before=$(git status --porcelain --untracked-files=all -- "$dir")
  DATABASE_URL=$url npm run --silent payload -- migrate:create check_generated --skip-empty >/dev/null || exit 1
  after=$(git status --porcelain --untracked-files=all -- "$dir")
  if [ "$before" != "$after" ]; then
    echo "check:generated: the schema differs from the last $engine migration; run" >&2
    echo "  DATABASE_URL=$url npm run payload -- migrate:create <name>" >&2
    git ls-files --others --exclude-standard -- "$dir" | grep check_generated | xargs -r rm -f
    git checkout -q -- "$dir/index.ts" 2>/dev/null
    status=1
  fi
}
check_migrations sqlite "$SQLITE_URL"
check_migrations postgres "$POSTGRES_URL"

[ "$status" -eq 0 ] && echo 'check:generated: types, import map and the SQLite and PostgreSQL migrations are current.'
exit "$status"
