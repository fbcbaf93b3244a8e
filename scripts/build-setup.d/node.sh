# Sourced by ./marsad before it builds: the web interface, part of the CLI's build, bundles its
# front-end with npm (src/Marsad.Web/client). A fresh Debian machine gets Node.js and npm from apt.
if ! command -v npm >/dev/null 2>&1; then
  echo "marsad: installing Node.js and npm (needed to build the web interface)…" >&2
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq nodejs npm >/dev/null \
    || { echo "marsad: could not install nodejs and npm; install them (apt-get install nodejs npm) and retry" >&2; exit 2; }
  unset sudo
fi
