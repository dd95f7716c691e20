#!/usr/bin/env bash
# CI rule: a change to the model's API comes with a changeset (see .changeset/README.md).
# Compares model/ at the base commit ($CHANGESET_BASE, else HEAD~1) with the working tree and
# fails, listing the changes, when no changeset added since the base covers their bump.
set -euo pipefail
cd "$(dirname "$0")/.."
export INIT_CWD="$PWD"
exec codegen/node_modules/.bin/tsx codegen/src/diff/require-changeset-main.ts "$@"
