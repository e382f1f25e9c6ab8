#!/bin/sh
# WebKitWebDriver starts this in place of MiniBrowser (tests/engines/drivers.mjs):
# the first argument is the pixel ratio, as GTK's whole-number GDK_SCALE; the
# rest is the browser and its arguments.
scale=$1
shift
GDK_SCALE=$scale GDK_DPI_SCALE=1 exec "$@"
