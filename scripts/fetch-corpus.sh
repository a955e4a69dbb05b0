#!/usr/bin/env bash
# Recreates the test corpus (real paper lists, see test/support/corpus.ts) in DIR, by default
# ../shared/corpus beside the checkout, where the tests look for it. For a machine that does not
# have it, such as CI: every file is the exact blob of its public repository at a pinned commit
# (the commits of the corpus's SOURCES.md), so the tests read the same bytes everywhere.
#
#   scripts/fetch-corpus.sh [DIR]
#
# Needs git and access to github.com. An existing DIR is left alone.
set -euo pipefail

dest=${1:-"$(cd "$(dirname "$0")/.." && pwd)/../shared/corpus"}
if [ -e "$dest" ]; then
  echo "fetch-corpus: $dest already exists; leaving it as it is."
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# fetch FOLDER REPOSITORY COMMIT FILE...: the files of REPOSITORY at COMMIT into DEST/FOLDER.
fetch() {
  local folder=$1 repository=$2 commit=$3 file
  shift 3
  local git_dir="$work/$folder.git"
  git init --quiet --bare "$git_dir"
  git --git-dir="$git_dir" fetch --quiet --depth=1 "https://github.com/$repository.git" "$commit"
  mkdir -p "$work/corpus/$folder"
  for file in "$@"; do
    git --git-dir="$git_dir" cat-file blob "$commit:$file" >"$work/corpus/$folder/$file"
  done
  echo "fetch-corpus: $folder ($repository@${commit:0:7}): $# files"
}

fetch lcybuzz-personal-dl-paper-record lcybuzz/Personal-Deep-Learning-Paper-Record \
  56fe0e2b9fa5450c33f30b3a6839c3063820220e \
  GAN.md Popular.md README.md Transformer.md quantization.md re-parameterization.md \
  self-supervised.md
fetch lcybuzz-low-level-vision-paper-record lcybuzz/Low-Level-Vision-Paper-Record \
  d18d344d0c2207763cde10d68a0a6f7b526e227c \
  Camera.md Denoising.md FaceRelated.md FewShot.md General.md HDR.md ImageEnhancement.md \
  ImageRestoration.md ImageSynthesis.md Industry.md Misc.md README.md SuperResolution.md \
  VideoRelated.md
fetch terryum-awesome-deep-learning-papers terryum/awesome-deep-learning-papers \
  1a0a9dfb1ee27f74a1ab47ed1273694ec4778ae7 README.md
fetch hee9joon-awesome-diffusion-models hee9joon/Awesome-Diffusion-Models \
  01be334d2e258b0150093761d77ab55b789e88d3 README.md
fetch hannibal046-awesome-llm Hannibal046/Awesome-LLM \
  538eed00fcb05634fd81a68e24397c620fdcd3e8 README.md

mkdir -p "$(dirname "$dest")"
mv "$work/corpus" "$dest"
echo "fetch-corpus: the corpus is in $dest"
