#!/usr/bin/env bash
# Runs every test of the solution. Installs and starts what the tests need (see scripts/).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
for s in scripts/test-setup.d/*.sh; do [ -e "$s" ] && source "$s"; done
dotnet test Marsad.sln -c Release --nologo "$@"
