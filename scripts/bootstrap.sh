#!/usr/bin/env bash
# Set up eventcoder on a fresh machine: a virtualenv with the pinned dependencies, the web
# assets from npm, the gazetteer index; with --test also the test tools and headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

want_tests=0
for arg in "$@"; do
  case "$arg" in
    --test) want_tests=1 ;;
    *) echo "usage: $0 [--test]" >&2; exit 2 ;;
  esac
done

python_bin=${PYTHON:-python3.11}
if ! command -v "$python_bin" >/dev/null 2>&1; then python_bin=python3; fi
[ -x .venv/bin/python ] || "$python_bin" -m venv .venv
export PIP_DISABLE_PIP_VERSION_CHECK=1
# A package index that stalls mid-download must not fail the install: pip retries each request,
# and the whole install is tried again (what finished is cached) before giving up.
export PIP_DEFAULT_TIMEOUT=${PIP_DEFAULT_TIMEOUT:-120} PIP_RETRIES=${PIP_RETRIES:-10}
target=.
[ "$want_tests" = 1 ] && target=".[dev,ray]"
for try in 1 2 3; do
  .venv/bin/python -m pip install -q -e "$target" && break
  [ "$try" = 3 ] && { echo "bootstrap: pip install failed three times" >&2; exit 1; }
  echo "bootstrap: pip install failed (try $try of 3); trying again" >&2
  sleep $((try * 10))
done

if [ -f web/package.json ]; then
  if command -v npm >/dev/null 2>&1; then
    for try in 1 2 3; do
      npm ci --prefix web --no-audit --no-fund --loglevel=error && break
      [ "$try" = 3 ] && { echo "bootstrap: npm ci failed three times" >&2; exit 1; }
      echo "bootstrap: npm ci failed (try $try of 3); trying again" >&2
      sleep $((try * 10))
    done
  else
    echo "bootstrap: npm is missing; install Node.js/npm for the map and web page" >&2
    exit 1
  fi
fi

# Build the offline gazetteer index once, so the first run does not pay for it.
.venv/bin/python -c "from eventcoder.geo import get_geocoder; get_geocoder()"

if [ "$want_tests" = 1 ] && ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "bootstrap: Debian's chromium is not installed; browser tests will be skipped" >&2
  fi
fi
# The store tests run against a real PostgreSQL on loopback: start the local one if it is down.
if [ "$want_tests" = 1 ] && command -v pg_isready >/dev/null 2>&1 \
   && ! pg_isready -q -h 127.0.0.1 -p 5432; then
  if command -v service >/dev/null 2>&1; then service postgresql start >/dev/null 2>&1 || true; fi
  pg_isready -q -h 127.0.0.1 -p 5432 \
    || echo "bootstrap: no PostgreSQL on 127.0.0.1:5432; its store tests will be skipped" >&2
fi
echo "bootstrap: ready (.venv)"
