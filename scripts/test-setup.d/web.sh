# Sourced by test.sh: what the web tests need — Debian's Chromium (driven by Playwright through its
# executable path; Playwright never downloads a browser here), Node.js/npm and the front-end bundle.
web_apt() {
  local sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}
command -v chromium >/dev/null 2>&1 || { echo "web: installing Debian chromium for the browser tests" >&2; web_apt chromium; }
command -v npm >/dev/null 2>&1 || { echo "web: installing Node.js and npm for the front-end build" >&2; web_apt nodejs npm; }
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export MARSAD_CHROMIUM="${MARSAD_CHROMIUM:-$(command -v chromium)}"
# The .NET build of Marsad.Web also runs npm when client sources change; this makes a fresh clone's first build quiet.
if [ ! -f "$root/web-dist/main.js" ]; then
  (cd "$root/src/Marsad.Web/client" && { [ -d node_modules ] || npm ci --no-audit --no-fund; } && npm run build --silent) >&2
fi
unset -f web_apt
