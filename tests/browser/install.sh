#!/usr/bin/env bash
# Installs what the browser checks need, only when it is missing:
#  - Debian's chromium (/usr/bin/chromium), with apt-get; no tool ever downloads a browser;
#  - Java for the Nu HTML Checker (normally already on the machine);
#  - the npm packages of package-lock.json, with `npm ci`, when node_modules is missing or
#    older than package-lock.json (so installs are cached between local runs).
set -euo pipefail
cd "$(dirname "$0")"

export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then $SUDO apt-get update -qq; apt_updated=1; fi
  $SUDO apt-get install -y -qq "$@" >/dev/null
}

if [ ! -x /usr/bin/chromium ]; then
  echo "install.sh: installing Debian chromium (apt-get)"
  apt_install chromium
fi
if ! command -v java >/dev/null 2>&1; then
  echo "install.sh: installing a Java runtime for vnu (apt-get)"
  apt_install default-jre-headless
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ] \
   || [ ! -f node_modules/vnu-jar/build/dist/vnu.jar ] || [ ! -d node_modules/playwright-core ] \
   || [ ! -f node_modules/axe-core/axe.min.js ]; then
  echo "install.sh: npm ci"
  # --ignore-scripts: no package may fetch anything at install time (vnu-jar's optional
  # Java downloader, any browser download); none of them needs a script to work.
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  touch node_modules
fi
echo "install.sh: ready ($(/usr/bin/chromium --version 2>/dev/null | head -1); node $(node --version))"
