#!/usr/bin/env bash
# Installs what a fresh Debian machine (Node.js and npm only) lacks: the pinned Bun, the workspace's locked
# dependencies and, with --test, the system packages the test suite drives (a browser, data services).
# Safe to run again: every step checks before it installs.
set -euo pipefail
cd "$(dirname "$0")/.."

BUN_VERSION="1.4.5"
# System packages the tests start for real (apt-get, as root): a browser, the scale-out data services, and
# buildah to assemble the runtime images without a Docker daemon; prometheus for promtool (alert rules check).
# kubectl and terraform are used when present (see the README); tests that need a missing one say they skip.
TEST_APT_PACKAGES=(chromium fonts-liberation postgresql redis-server buildah prometheus)

log() { printf '[setup] %s\n' "$*" >&2; }

ensure_bun() {
  if command -v bun >/dev/null 2>&1 && [ "$(bun --version)" = "$BUN_VERSION" ]; then return; fi
  log "installing bun@$BUN_VERSION from npm"
  npm install --global --no-fund --no-audit "bun@$BUN_VERSION" >&2
  hash -r
}

ensure_apt_packages() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return
  if [ "$(id -u)" -ne 0 ]; then
    log "missing system packages: ${missing[*]} (run as root, or install them with apt-get); tests that need them will say they skip"
    return
  fi
  log "apt-get install ${missing[*]}"
  apt-get update -qq >&2 || log "apt-get update failed; trying the cached package lists"
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2; then
    # One at a time, so one package this distribution lacks (Ubuntu's Chromium is a snap) costs only its tests.
    for pkg in "${missing[@]}"; do
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$pkg" >&2 \
        || log "WARNING: could not install $pkg; the tests that need it will say they skip"
    done
  fi
}

ensure_bun
log "bun install --frozen-lockfile"
bun install --frozen-lockfile >&2
if [ "${1:-}" = "--test" ]; then ensure_apt_packages "${TEST_APT_PACKAGES[@]}"; fi
