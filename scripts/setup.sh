#!/usr/bin/env bash
# Installs what building Dateline needs and this machine lacks: libedit's headers
# (Debian's libedit-dev). Used by `make run` and `make test`; safe to run again.
#
# As root it runs apt-get itself; otherwise through sudo (asking for a password only when
# there is a terminal to ask on). When neither works it says exactly what to install.
set -euo pipefail

have_libedit() {
    [ -f /usr/include/histedit.h ] || pkg-config --exists libedit 2>/dev/null
}

have_libedit && exit 0

say() { echo "setup: $*" >&2; }
give_up() {
    say "error: $*"
    say "install libedit's development files yourself, then run this again:"
    say "    sudo apt-get update && sudo apt-get install -y libedit-dev"
    exit 1
}

command -v apt-get >/dev/null 2>&1 || give_up "apt-get was not found (not a Debian-like system?)"

if [ "$(id -u)" = 0 ]; then
    as_root() { "$@"; }
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root() { sudo -n "$@"; }
elif command -v sudo >/dev/null 2>&1 && [ -t 0 ]; then
    say "sudo will ask for your password to install libedit-dev"
    as_root() { sudo "$@"; }
else
    give_up "libedit-dev is missing, and this is not root and sudo cannot be used here"
fi

say "libedit-dev is missing; installing it with apt-get"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
export DEBIAN_FRONTEND=noninteractive
# A fresh machine has no package lists yet: update first.
if ! as_root apt-get update -q >"$log" 2>&1; then
    cat "$log" >&2
    say "warning: 'apt-get update' failed; trying the install anyway"
fi
if ! as_root apt-get install -y -q --no-install-recommends libedit-dev >"$log" 2>&1; then
    cat "$log" >&2
    give_up "'apt-get install libedit-dev' failed (output above)"
fi
have_libedit || give_up "libedit-dev was installed but its headers are still not found"
say "libedit-dev installed"
