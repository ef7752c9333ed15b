#!/usr/bin/env bash
# Installs what building Dateline needs and this machine lacks: libedit-dev.
set -euo pipefail

if [ -f /usr/include/histedit.h ]; then
    exit 0
fi

echo "setup: libedit-dev is missing; installing it with apt-get" >&2
if [ "$(id -u)" = 0 ]; then
    run() { "$@"; }
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    run() { sudo "$@"; }
else
    echo "setup: error: cannot install libedit-dev (not root, and no password-less sudo)." >&2
    echo "setup: install it yourself, then run this again:  sudo apt-get install libedit-dev" >&2
    exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: error: apt-get not found; install libedit (headers included) with your package manager" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
run apt-get update -qq >/dev/null || true
if ! run apt-get install -y -qq libedit-dev >/dev/null; then
    echo "setup: error: 'apt-get install libedit-dev' failed; install libedit-dev, then run this again" >&2
    exit 1
fi
