"""zoneinfo-zip.py SRC OUT: the time zones of SRC (/usr/share/zoneinfo) as Go's lib/time/zoneinfo.zip.

Go's time tests read their zones from $GOROOT/lib/time/zoneinfo.zip, which Debian's Go does not
ship (its time package reads the system's files). Go's reader takes uncompressed entries only.
"""
import os
import sys
import zipfile

src, out = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
    for d, _, files in sorted(os.walk(src)):
        for f in sorted(files):
            name = os.path.relpath(os.path.join(d, f), src)
            if name.split(os.sep)[0] in ("posix", "right") or "." in f:
                continue  # duplicates of the zones, and tables that are not zones
            z.write(os.path.join(d, f), name)
