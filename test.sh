#!/usr/bin/env bash
# Runs every test of the solution. Installs and starts what the tests need (see scripts/).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET 10 SDK is required (dotnet not found on PATH)" >&2; exit 2
fi
for s in scripts/test-setup.d/*.sh; do [ -e "$s" ] && source "$s"; done
dotnet test Marsad.sln -c Release --nologo "$@"
