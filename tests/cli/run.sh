#!/usr/bin/env bash
# The desktop binary's command line. Prints "ok - ..." / "not ok - ..." lines.
#   RC_APP=path/to/rolecompare tests/cli/run.sh   (default build/native/rolecompare)
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
APP="${RC_APP:-$ROOT/build/native/rolecompare}"
check() { if eval "$2"; then echo "ok - $1"; else echo "not ok - $1"; fi; }

out=$("$APP" --version); rc=$?
check "--version prints the version" "[[ $rc == 0 && \"\$out\" == rolecompare\ * ]]"
out=$("$APP" --help); rc=$?
check "--help prints usage" "[[ $rc == 0 && \"\$out\" == *--validate* ]]"
"$APP" --bogus >/dev/null 2>&1; rc=$?
check "an unknown option exits 2" "[[ $rc == 2 ]]"

out=$("$APP" --validate "$ROOT/assets/roles/ml-vs-swe.json"); rc=$?
echo "# $out"
check "--validate on the shipped dataset exits 0 with a summary" "[[ $rc == 0 && \"\$out\" == *roles* ]]"
check "--validate on the shipped dataset prints no warning (no authoring notes, no unknown fields)" \
  "[[ \"\$out\" != *warning* ]]"
NOTE=$(mktemp --suffix=.json)
sed 's/"summary": "Data Collection and Preparation"/"summary": "The article lists data work."/' \
  "$ROOT/assets/roles/ml-vs-swe.json" > "$NOTE"
out=$("$APP" --validate "$NOTE"); rc=$?
rm -f "$NOTE"
check "--validate warns on an authoring note, with its pointer, and still passes" \
  "[[ $rc == 0 && \"\$out\" == *'/entries/mle/summary: warning: reads like an authoring note (\"the article\"); visitors see this text'* && \"\$out\" == *'(1 warning)'* ]]"

n=0
for f in "$ROOT"/tests/data/invalid/*.json; do
  [[ -f $f ]] || continue
  n=$((n + 1))
  out=$("$APP" --validate "$f" 2>&1); rc=$?
  base=$(basename "$f")
  check "--validate $base exits 1 and names the file" "[[ $rc == 1 && \"\$out\" == *$base* ]]"
done
check "there are at least 25 invalid datasets ($n)" "[[ $n -ge 25 ]]"

# Quiz results from share tokens, on the shipped dataset. Answers are option
# numbers from 1 in question order, 0 = skipped (see assets/roles/ml-vs-swe.json):
# six statements about ML factors, three about SWE factors (1 Strongly
# disagree .. 5 Strongly agree), three choices (1 points to SWE, 2 to ML, 3 to
# neither), then the background question, which is about no role. Each role's
# fit is the mean agreement of the answers about it (docs/quiz.md); a role fits
# from 60%, two within 8 points are a close call.
# ML: agree with every ML factor, disagree with every SWE one, choose ML: 100 / 0.
ML=$("$APP" --make-token 5,5,5,5,5,5,1,1,1,2,2,2,1); rc=$?
check "--make-token makes a token for all-ML-leaning answers" "[[ $rc == 0 && -n \"\$ML\" ]]"
# SWE: the mirror image: 0 / 100.
SWE=$("$APP" --make-token 1,1,1,1,1,1,5,5,5,1,1,1,3); rc=$?
check "--make-token makes a token for all-SWE-leaning answers" "[[ $rc == 0 && -n \"\$SWE\" ]]"
out=$("$APP" --quiz-result "$ML"); rc=$?
check "--quiz-result on all-ML answers recommends Machine Learning Engineer" \
  "[[ $rc == 0 && \"\$out\" == *'Result: Machine Learning Engineer fits you best'* ]]"
out=$("$APP" --quiz-result "$SWE"); rc=$?
check "--quiz-result on all-SWE answers recommends Software Engineer" \
  "[[ $rc == 0 && \"\$out\" == *'Result: Software Engineer fits you best'* ]]"
rec=$("$APP" --quiz-result "$ML" --json | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const j=JSON.parse(s);console.log(j.recommended+" "+j.complete+" "+(j.fits.mle>j.fits.swe))})')
check "--quiz-result --json on all-ML answers: recommended mle ($rec)" "[[ \"\$rec\" == 'mle true true' ]]"
rec=$("$APP" --quiz-result "$SWE" --json | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const j=JSON.parse(s);console.log(j.recommended+" "+j.complete+" "+(j.fits.swe>j.fits.mle))})')
check "--quiz-result --json on all-SWE answers: recommended swe ($rec)" "[[ \"\$rec\" == 'swe true true' ]]"
# A corrupted token (one character changed) is rejected: exit 1, a message, no result.
BAD="${ML:0:5}$([[ ${ML:5:1} == A ]] && echo B || echo A)${ML:6}"
out=$("$APP" --quiz-result "$BAD" 2>&1); rc=$?
check "--quiz-result on a corrupted token exits 1 with a message and no result" \
  "[[ $rc == 1 && \"\$out\" == *'rolecompare: '* && \"\$out\" != *'Result:'* ]]"
out=$("$APP" --quiz-result "${ML:0:8}" 2>&1); rc=$?
check "--quiz-result on a truncated token exits 1" "[[ $rc == 1 && \"\$out\" != *'Result:'* ]]"
# Every statement and choice neutral: 50% each, and a role fits from 60%.
NEUTRAL=$("$APP" --make-token 3,3,3,3,3,3,3,3,3,3,3,3,3)
out=$("$APP" --quiz-result "$NEUTRAL"); rc=$?
check "--quiz-result on all-neutral answers: neither role stands out, and it says why" \
  "[[ $rc == 0 && \"\$out\" == *'Result: Neither role stands out.'* && \"\$out\" == *'Machine Learning Engineer: 50% fit'* && \"\$out\" == *'Software Engineer: 50% fit'* && \"\$out\" == *'a role fits from 60%'* ]]"
rec=$("$APP" --quiz-result "$NEUTRAL" --json | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const j=JSON.parse(s);console.log(j.outcome+" "+j.recommended+" "+j.fits.mle+" "+j.fits.swe)})')
check "--quiz-result --json on all-neutral answers: outcome neither, no role recommended ($rec)" "[[ \"\$rec\" == 'neither null 50 50' ]]"
# Disagreeing with every ML factor is no argument for SWE: its fit stays at its own answers' 50%.
NOML=$("$APP" --make-token 1,1,1,1,1,1,3,3,3,3,3,3,3)
out=$("$APP" --quiz-result "$NOML"); rc=$?
check "--quiz-result disagreeing with ML's factors only: neither stands out, SWE stays at 50%" \
  "[[ $rc == 0 && \"\$out\" == *'Result: Neither role stands out.'* && \"\$out\" == *'Software Engineer: 50% fit'* && \"\$out\" == *'Machine Learning Engineer: 17% fit'* ]]"
# Every statement agreed, no choice made: 100% each, a close call.
BOTH=$("$APP" --make-token 5,5,5,5,5,5,5,5,5,0,0,0,0)
out=$("$APP" --quiz-result "$BOTH"); rc=$?
check "--quiz-result agreeing with every factor: both roles fit" \
  "[[ $rc == 0 && \"\$out\" == *'Result: Both roles fit you.'* && \"\$out\" == *'(close call - both fit: gap 0.0 points, under 8.0)'* ]]"
# The same with "No preference" to the choices: ML (6 + 3 x 0.5) / 9 = 83%, SWE
# (3 + 3 x 0.5) / 6 = 75%: 8.3 points apart, so ML is ahead and SWE fits too.
TOO=$("$APP" --make-token 5,5,5,5,5,5,5,5,5,3,3,3,3)
out=$("$APP" --quiz-result "$TOO"); rc=$?
check "--quiz-result with two fits 8.3 points apart: the first fits best, the second fits too" \
  "[[ $rc == 0 && \"\$out\" == *'Result: Machine Learning Engineer fits you best.'* && \"\$out\" == *'Software Engineer fits you too.'* ]]"
# The result's words are the Result view's (src/core/verdict.h): too few answers
# say how many a result needs; a close call among three roles names the two
# that are close ("Both roles fit you" is for two roles).
ONE=$("$APP" --make-token 5,0,0,0,0,0,0,0,0,0,0,0,0)
out=$("$APP" --quiz-result "$ONE"); rc=$?
check "--quiz-result on one answer: not enough answers, and how many a result needs" \
  "[[ $rc == 0 && \"\$out\" == *'Result: Not enough answers yet.'* && \"\$out\" == *'A result needs at least 6, including one about each role'* ]]"
# tests/data/mini.json: three roles; Strongly agree to ML's and SWE's statement
# and "No preference": ML 75%, SWE 75%, Data Scientist 50%.
MINI="$ROOT/tests/data/mini.json"
CLOSE=$("$APP" --data "$MINI" --make-token 5,4,5)
out=$("$APP" --data "$MINI" --quiz-result "$CLOSE"); rc=$?
check "--quiz-result on a three-role close call names the two close roles, not \"Both roles\"" \
  "[[ $rc == 0 && \"\$out\" == *'Result: Machine Learning Engineer and Software Engineer fit you about equally.'* && \"\$out\" != *'Both roles'* ]]"
"$APP" --make-token 9,9 >/dev/null 2>&1; rc=$?
check "--make-token with bad answers exits 2" "[[ $rc == 2 ]]"
