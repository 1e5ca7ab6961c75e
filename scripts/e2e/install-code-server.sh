#!/usr/bin/env bash
# Install what the end-to-end harness (tests/e2e/harness) needs to run VS Code:
#   - Debian packages: a C/C++ toolchain and headers for code-server's native
#     modules, ripgrep, and a headless-capable Chromium (/usr/bin/chromium);
#   - code-server (VS Code in a browser) from npm, into a prefix OUTSIDE the
#     pnpm workspace.
#
# Idempotent: each step is skipped when its result is already there.
# Needs root (or passwordless sudo) for apt-get. Safe with CI=true.
#
# Environment:
#   MINUTES_CODE_SERVER_PREFIX   install prefix
#                                (default: $HOME/.cache/minutes-e2e/code-server)
#   MINUTES_CODE_SERVER_FORCE=1  reinstall code-server even if present
#
# Why each trick is needed: see /work/shared/design/environment.md and
# tests/e2e/harness/README.md.
set -Eeuo pipefail

CODE_SERVER_VERSION="4.100.3"
# Pinned by code-server 4.100.3's lib/vscode/npm-shrinkwrap.json.
RIPGREP_NPM_VERSION="1.15.11"
RIPGREP_ASSET_VERSION="v13.0.0-10"
APT_PACKAGES=(build-essential pkg-config python3 libkrb5-dev libxkbfile-dev
  libsecret-1-dev libx11-dev ripgrep chromium)

PREFIX="${MINUTES_CODE_SERVER_PREFIX:-${HOME:-/root}/.cache/minutes-e2e/code-server}"
# A plain local install in $PREFIX (not `npm -g --prefix`: npm exports
# global/prefix to code-server's postinstall, whose nested `npm install` in
# lib/vscode then ignores its npm-shrinkwrap.json and breaks).
PKG_DIR="$PREFIX/node_modules/code-server"
BIN="$PREFIX/node_modules/.bin/code-server"
MARKER="$PREFIX/.minutes-e2e-installed-$CODE_SERVER_VERSION"

CURRENT_STEP="starting"
log() { printf '[install-code-server] %s\n' "$*"; }
step() { CURRENT_STEP="$*"; printf '\n[install-code-server] ==> %s\n' "$*"; }
die() { printf '\n[install-code-server] ERROR: %s\n' "$*" >&2; exit 1; }
on_err() {
  local rc=$?
  printf '\n[install-code-server] ERROR: step "%s" failed (exit %s, line %s).\n' \
    "$CURRENT_STEP" "$rc" "${BASH_LINENO[0]}" >&2
  exit "$rc"
}
trap on_err ERR

T0=$(date +%s)
log "code-server $CODE_SERVER_VERSION -> prefix $PREFIX"

# ---------------------------------------------------------------- preflight
step "checking Node.js and npm"
command -v node >/dev/null || die "node not found on PATH (Node 20 is required)"
command -v npm >/dev/null || die "npm not found on PATH"
NODE_MAJOR=$(node -p 'process.versions.node.split(".")[0]')
log "node $(node -v), npm $(npm -v)"
[ "$NODE_MAJOR" = "20" ] || die "code-server $CODE_SERVER_VERSION needs Node 20 exactly (its postinstall refuses others); found $(node -v)"

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
PREFIX_ABS=$(realpath -m "$PREFIX")
case "$PREFIX_ABS/" in
  "$REPO_ROOT"/*) die "MINUTES_CODE_SERVER_PREFIX=$PREFIX is inside the repository ($REPO_ROOT), where pnpm would see it; choose a directory outside it" ;;
esac

# ---------------------------------------------------------------- apt
step "checking Debian packages: ${APT_PACKAGES[*]}"
missing=()
for p in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if [ "${#missing[@]}" -eq 0 ]; then
  log "all present, skipping apt-get"
else
  log "missing: ${missing[*]}"
  SUDO=()
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO=(sudo -n)
    else die "apt packages missing (${missing[*]}) and not root / no passwordless sudo; run as root"; fi
  fi
  # Another apt-get (unattended upgrades, a parallel job) may hold the lock:
  # wait for it (DPkg::Lock::Timeout) and retry the lists lock ourselves.
  apt_get() {
    local i rc out
    out=$(mktemp)
    for i in $(seq 1 60); do
      rc=0
      "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get -o DPkg::Lock::Timeout=600 "$@" > "$out" 2>&1 &
      local pid=$!
      # stream the output, minus the per-package noise
      tail -n +1 -f --pid="$pid" "$out" \
        | grep --line-buffered -v '^\(Get\|Hit\|Selecting\|Preparing\|Unpacking\|Setting up\|Processing\|(Reading\)' || true
      wait "$pid" || rc=$?
      if [ "$rc" = 0 ]; then rm -f "$out"; return 0; fi
      if grep -q 'Could not get lock' "$out"; then
        log "apt lock held by another process; waiting ($i/60)"
        sleep 5; continue
      fi
      rm -f "$out"; return "$rc"
    done
    rm -f "$out"; return 1
  }
  step "apt-get update"
  apt_get update -q
  step "apt-get install ${missing[*]}"
  apt_get install -y -q "${missing[@]}"
fi
command -v rg >/dev/null || die "rg (ripgrep) not on PATH after apt-get"
[ -x /usr/bin/chromium ] || die "/usr/bin/chromium missing after apt-get"
log "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo '?')"

# ---------------------------------------------------------------- already installed?
installed_version() {
  [ -f "$PKG_DIR/package.json" ] || return 0
  node -p "require(process.argv[1]).version" "$PKG_DIR/package.json" 2>/dev/null || true
}
# `code-server --version` writes a default ~/.config/code-server/config.yaml;
# point its XDG dirs at a scratch dir so we leave nothing in $HOME.
cs_version() {
  local scratch="$(dirname "$PREFIX")/tmp/xdg"
  mkdir -p "$scratch"
  XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
    "$BIN" --version 2>/dev/null | grep -m1 -E '^[0-9]+\.[0-9]+\.[0-9]+' || true
}
step "checking for an existing code-server in $PREFIX"
if [ "${MINUTES_CODE_SERVER_FORCE:-0}" != 1 ] && [ -f "$MARKER" ] && [ -x "$BIN" ] \
   && [ "$(installed_version)" = "$CODE_SERVER_VERSION" ]; then
  VERSION_LINE=$(cs_version)
  case "$VERSION_LINE" in
    "$CODE_SERVER_VERSION"*)
      log "already installed: $BIN ($VERSION_LINE); nothing to do"
      log "done in $(( $(date +%s) - T0 )) s"
      exit 0 ;;
    *) log "binary present but '--version' gave '$VERSION_LINE'; reinstalling" ;;
  esac
else
  log "not installed (or incomplete / other version: '$(installed_version)'); installing"
fi

# ---------------------------------------------------------------- ripgrep cache trick
# @vscode/ripgrep's postinstall downloads rg from GitHub (unreachable here).
# It first looks for the asset in $TMPDIR/vscode-ripgrep-cache-<npm version>/;
# a tarball holding Debian's rg there satisfies it. We use a private TMPDIR so
# nothing depends on /tmp surviving.
step "preparing the @vscode/ripgrep download cache from Debian's rg"
INSTALL_TMP="$(dirname "$PREFIX")/tmp"
RG_CACHE="$INSTALL_TMP/vscode-ripgrep-cache-$RIPGREP_NPM_VERSION"
RG_ASSET="$RG_CACHE/ripgrep-$RIPGREP_ASSET_VERSION-x86_64-unknown-linux-musl.tar.gz"
[ "$(uname -m)" = x86_64 ] || die "only x86_64 is prepared (asset name); got $(uname -m)"
mkdir -p "$RG_CACHE"
if [ ! -s "$RG_ASSET" ]; then
  RG_STAGE=$(mktemp -d)
  cp "$(command -v rg)" "$RG_STAGE/rg"
  tar -czf "$RG_ASSET" -C "$RG_STAGE" rg
  rm -rf "$RG_STAGE"
  log "created $RG_ASSET"
else
  log "present: $RG_ASSET"
fi

# ---------------------------------------------------------------- npm install
step "npm install code-server@$CODE_SERVER_VERSION in $PREFIX (about 40-90 s)"
mkdir -p "$PREFIX"
rm -f "$MARKER"
if [ ! -f "$PREFIX/package.json" ]; then
  printf '{\n  "name": "minutes-e2e-code-server",\n  "private": true,\n  "description": "code-server for the minutes e2e harness; made by scripts/e2e/install-code-server.sh"\n}\n' > "$PREFIX/package.json"
fi
T_NPM=$(date +%s)
# cd into the prefix so npm never sees the repo's package.json / .npmrc.
( cd "$PREFIX" && \
  env TMPDIR="$INSTALL_TMP" \
      npm_config_unsafe_perm=true \
      npm_config_yes=true \
      npm_config_fund=false \
      npm_config_audit=false \
      npm_config_update_notifier=false \
      npm install --no-fund --no-audit --omit=dev \
        "code-server@$CODE_SERVER_VERSION" ) \
  || die "npm install of code-server@$CODE_SERVER_VERSION failed (see the npm output above; native modules need the apt packages, ripgrep needs the cache at $RG_CACHE)"
log "npm install took $(( $(date +%s) - T_NPM )) s"

# ---------------------------------------------------------------- verify
step "verifying the installation"
[ -x "$BIN" ] || die "$BIN missing after npm install"
[ -x "$PKG_DIR/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ] \
  || die "ripgrep binary not installed under $PKG_DIR/lib/vscode/node_modules/@vscode/ripgrep/bin: code-server's postinstall did not complete (or npm skipped install scripts; newer npm versions gate them with allowScripts)"
VERSION_LINE=$(cs_version)
case "$VERSION_LINE" in
  "$CODE_SERVER_VERSION"*) log "code-server --version: $VERSION_LINE" ;;
  *) die "unexpected version: '$VERSION_LINE' (wanted $CODE_SERVER_VERSION)" ;;
esac
date -u +%FT%TZ > "$MARKER"

log "installed: $BIN"
log "done in $(( $(date +%s) - T0 )) s"
