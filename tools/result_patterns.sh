#!/bin/sh
# Screenshots of the quiz result for the answer patterns of issue 16 (agree
# with every ML factor, every SWE factor, disagree with ML's only, all
# neutral, all skipped, mixed), opened as share links on the desktop build.
# usage: tools/result_patterns.sh APP OUTDIR [WIDTHxHEIGHT]
# Needs xvfb-run. Writes OUTDIR/<pattern>.png and prints each token and the
# command line's verdict.
set -eu
app=$1
out=$2
size=${3:-1280x2200}
mkdir -p "$out"
w=${size%x*}
h=${size#*x}
# Option numbers from 1 (0 = skipped), in question order: q-ai q-math
# q-complex q-data q-experiment q-learning (ML factors), q-versatility q-users
# q-structure (SWE factors), q-outcome q-team q-product (1 = SWE, 2 = ML,
# 3 = no preference), q-background.
for p in \
    "agree-ml 5,5,5,5,5,5,3,3,3,2,2,2,1" \
    "agree-swe 3,3,3,3,3,3,5,5,5,1,1,1,3" \
    "disagree-ml-only 1,1,1,1,1,1,3,3,3,3,3,3,3" \
    "all-neutral 3,3,3,3,3,3,3,3,3,3,3,3,3" \
    "all-skipped 0,0,0,0,0,0,0,0,0,0,0,0,0" \
    "mixed 5,5,4,4,3,3,5,5,4,3,1,2,3"; do
    name=${p%% *}
    answers=${p#* }
    token=$("$app" --make-token "$answers")
    echo "$name $token: $("$app" --quiz-result "$token" | grep '^Result:')"
    xvfb-run -a -s "-screen 0 $((w + 100))x$((h + 100))x24" \
        "$app" --answers "$token" --size "$size" --scale 1 --frames 8 --screenshot "$out/$name.png"
done
