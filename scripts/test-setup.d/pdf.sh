# Sourced by test.sh: poppler's pdftotext, which Marsad runs to read PDF inputs (the reader tests print real
# PDFs with Chromium, installed by web.sh, and read them back).
if ! command -v pdftotext >/dev/null 2>&1; then
  echo "pdf: installing Debian poppler-utils for the PDF reader tests" >&2
  _pdf_sudo=""; [ "$(id -u)" = 0 ] || _pdf_sudo="sudo"
  $_pdf_sudo apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $_pdf_sudo apt-get install -y -qq poppler-utils >/dev/null
  unset _pdf_sudo
fi
