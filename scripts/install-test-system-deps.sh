#!/usr/bin/env bash
# Test-only system parts: Debian's Chromium for the browser tests, Debian's Virtuoso
# (virtuoso-opensource) for the remote-store tests marked `virtuoso`.
# As root, installs what is missing with apt-get; otherwise fails with a one-line instruction.
# Virtuoso's package may start a system service on install: harmless (the tests start their
# own server on free loopback ports) and tolerated (policy-rc.d keeps it from starting here).
set -euo pipefail
missing=()
if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  missing+=(chromium fonts-noto-cjk)
fi
if ! command -v virtuoso-t >/dev/null 2>&1 || ! command -v isql-vt >/dev/null 2>&1; then
  missing+=(virtuoso-opensource)
fi
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "The browser and Virtuoso tests need system packages: run 'sudo apt-get install -y ${missing[*]}' once, then 'make test' again." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# no service starts during the install (and a failing start does not fail it)
policy=/usr/sbin/policy-rc.d
made_policy=0
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' > "$policy" && chmod +x "$policy" && made_policy=1
fi
trap '[ "$made_policy" = 1 ] && rm -f "$policy"' EXIT
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
