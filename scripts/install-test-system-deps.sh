#!/usr/bin/env bash
# Test-only system parts: Debian's Chromium for the browser tests.
# As root, installs them with apt-get; otherwise fails with a one-line instruction.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "The browser tests need Chromium: run 'sudo apt-get install -y chromium' once, then 'make test' again." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
