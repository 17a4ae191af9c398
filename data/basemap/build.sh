#!/usr/bin/env bash
# Regenerates countries.json.gz from Natural Earth's 1:50m country outlines
# as packaged (public domain) in the world-atlas npm package.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm init -y >/dev/null && npm install --silent world-atlas@2.0.2 >/dev/null)
go run "$here/build.go" -in "$tmp/node_modules/world-atlas/countries-50m.json" -out "$here/countries.json.gz"
