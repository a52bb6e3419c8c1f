#!/usr/bin/env bash
# Rebuild the shipped Dutch pipeline from ../shared/data with one command:
#   bash training/train_nl.sh
# 1. convert CoNLL-2002 + UD Dutch into DocBins and the documented UD split (training/corpus/)
# 2. train the UD pipeline and the NER pipeline side by side, one CPU thread each, fixed seeds
# 3. combine them into src/eventcoder/models/nl_eventcoder
# 4. evaluate on ned.testb and the UD test split; write metrics.json, meta.json, MODEL_CARD.md
# Logs and checkpoints go to training/output/ (gitignored).
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
OUT=training/output
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 BLIS_NUM_THREADS=1
export PYTHONHASHSEED=0

mkdir -p "$OUT"
"$PY" training/prepare_data.py

"$PY" -m spacy train training/configs/ud.cfg --output "$OUT/ud" >"$OUT/ud.log" 2>&1 &
ud_pid=$!
"$PY" -m spacy train training/configs/ner.cfg --output "$OUT/ner" >"$OUT/ner.log" 2>&1 &
ner_pid=$!
echo "training UD (pid $ud_pid) and NER (pid $ner_pid); logs in $OUT/{ud,ner}.log"
status=0
wait "$ud_pid" || { echo "UD training failed, see $OUT/ud.log" >&2; status=1; }
wait "$ner_pid" || { echo "NER training failed, see $OUT/ner.log" >&2; status=1; }
[ "$status" -eq 0 ] || exit "$status"

"$PY" training/assemble_nl.py
"$PY" training/evaluate_nl.py --write
