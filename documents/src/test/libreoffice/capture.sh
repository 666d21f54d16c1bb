#!/bin/sh
# Captures LibreOffice Writer's rendering of the numbering test files, for LibreOfficeNumberingTest.
#
# LibreOffice is not Word: this is a second implementation's opinion of the same files, not Word's
# output. Needs Debian's LibreOffice Writer without a GUI:
#   apt-get install -y --no-install-recommends libreoffice-writer-nogui
# Run from the repository root:
#   ./mvnw -B -ntp -o -q -pl documents -am test -Dtest=LibreOfficeNumberingTest \
#       -Dsurefire.failIfNoSpecifiedTests=false -Dfazhi.libreoffice.write=true   # writes the .docx files
#   sh documents/src/test/libreoffice/capture.sh                                   # writes the .txt files
set -eu
dir=documents/src/test/resources/dev/fazhi/documents/word/libreoffice
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
soffice --version > "$dir/libreoffice-version.txt"
# a profile of its own, so that no user's settings change the export
soffice -env:UserInstallation="file://$work/profile" --headless \
    --convert-to "txt:Text (encoded):UTF8" --outdir "$work" "$dir"/*.docx
for f in "$work"/*.txt; do
  cp "$f" "$dir/$(basename "$f")"
done
