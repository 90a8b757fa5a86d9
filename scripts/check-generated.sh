#!/usr/bin/env bash
# Fails when committed generated code is stale: payload-types.ts, the admin import map, or the
# SQLite migrations (a schema change without `npm run payload -- migrate:create <name>`).
# Regenerated types and import map are left in place so `git diff` shows what to commit; a
# would-be migration is removed again, because it needs a real name and a review.
set -uo pipefail
cd "$(dirname "$0")/.."

GENERATED=(src/payload-types.ts 'src/app/(payload)/admin/importMap.js')
MIGRATIONS=src/migrations/sqlite
status=0

npm run --silent generate:types >/dev/null || exit 1
npm run --silent generate:importmap >/dev/null || exit 1
if ! git diff --exit-code --stat -- "${GENERATED[@]}"; then
  echo 'check:generated: generated files are stale; commit the regenerated files above.' >&2
  status=1
fi

# migrate:create compares the schema with the newest snapshot in $MIGRATIONS; --skip-empty makes
# it write nothing when they agree, so any new file means a migration is missing.
before=$(git status --porcelain --untracked-files=all -- "$MIGRATIONS")
npm run --silent payload -- migrate:create check_generated --skip-empty >/dev/null || exit 1
after=$(git status --porcelain --untracked-files=all -- "$MIGRATIONS")
if [ "$before" != "$after" ]; then
  echo 'check:generated: the schema differs from the last migration; run' >&2
  echo '  npm run payload -- migrate:create <name>' >&2
  git ls-files --others --exclude-standard -- "$MIGRATIONS" | grep check_generated | xargs -r rm -f
  git checkout -q -- "$MIGRATIONS/index.ts" 2>/dev/null
  status=1
fi

[ "$status" -eq 0 ] && echo 'check:generated: types, import map and migrations are current.'
exit "$status"
