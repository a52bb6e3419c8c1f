#!/usr/bin/env bash
# Rebuild the shipped Dutch pipeline from ../shared/data with one command:
#   bash training/train_nl.sh
# 1. convert CoNLL-2002 + UD Dutch into DocBins, the documented UD split and the raw text of the
#    training sides (training/corpus/); build the gazetteer vectors from the geo index
# 2. two chains side by side, one CPU thread each, fixed seeds:
#    UD:  pretrain the tok2vec on the raw text (spacy pretrain), then train the UD pipeline on
#         the UD train + dev splits
#    NER: pretrain its tok2vec on the same text, then train NER on ned.train + ned.testa
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
"$PY" training/gazetteer_vectors.py

# One chain per pipeline: pretraining writes model0..N.bin (the config's init_tok2vec names the
# last one), then training runs on train + dev for the step count chosen on dev (see README).
chain() {  # chain NAME TRAIN_FILE STEPS
  local name=$1 train=$2 steps=$3
  rm -rf "$OUT/pretrain-$name"
  "$PY" -m spacy pretrain "training/configs/$name.cfg" "$OUT/pretrain-$name" \
    >"$OUT/pretrain-$name.log" 2>&1
  "$PY" -m spacy train "training/configs/$name.cfg" --output "$OUT/$name" \
    --paths.train "$train" --training.max_steps "$steps" >"$OUT/$name.log" 2>&1
}
chain ud training/corpus/ud-train-dev.spacy "${UD_STEPS:-3600}" &
ud_pid=$!
chain ner training/corpus/ner-train-dev.spacy "${NER_STEPS:-2800}" &
ner_pid=$!
echo "training UD (pid $ud_pid) and NER (pid $ner_pid); logs in $OUT/{pretrain-,}{ud,ner}.log"
status=0
wait "$ud_pid" || { echo "UD chain failed, see $OUT/pretrain-ud.log and $OUT/ud.log" >&2; status=1; }
wait "$ner_pid" || { echo "NER chain failed, see $OUT/pretrain-ner.log and $OUT/ner.log" >&2; status=1; }
[ "$status" -eq 0 ] || exit "$status"

"$PY" training/assemble_nl.py --ud "$OUT/ud/model-last" --ner "$OUT/ner/model-last"
"$PY" training/evaluate_nl.py --write
