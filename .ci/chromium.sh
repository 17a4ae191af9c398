#!/usr/bin/env bash
# Installs Debian's Chromium (and its driver) for the web UI's end-to-end
# tests if missing. Idempotent. Output goes to stderr so callers' stdout
# stays clean.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq chromium chromium-driver >/dev/null
/usr/bin/chromium --version >&2
