#!/bin/sh
# What the browser tests need from the machine: Debian's chromium and chromedriver, and a CJK font for the pages'
# Chinese names. `mvn verify` runs this first, so that a machine without them learns it at once, not after the
# other tests: as root it installs them with apt-get; otherwise it names them in one line and fails.
missing=""
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
command -v chromedriver >/dev/null 2>&1 || missing="$missing chromium-driver"
{ fc-list | grep -qi "noto.*cjk"; } 2>/dev/null || missing="$missing fonts-noto-cjk"
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing for the browser tests:$missing"
  if DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null && \
     DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null; then
    exit 0
  fi
  echo "kg tests: apt-get could not install$missing; install them, or run mvn verify -DskipITs for the unit tests only" >&2
  exit 1
fi
echo "kg tests need$missing: install them as root (apt-get install -y$missing), or run mvn verify -DskipITs for the unit tests only" >&2
exit 1
