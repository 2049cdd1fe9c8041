#!/usr/bin/env bash
# Signs the built-in packs in assets/packs/builtin/ with Werfwijzer's release key.
#
# The secret key is never in the repository. Give its path in WERFWIJZER_RELEASE_KEY
# (default: ../.werfwijzer-release/werfwijzer.secret.json next to the checkout). Run this
# after every change to a built-in pack: the tests refuse a built-in pack whose signature
# does not hold (`cargo test -p werfwijzer-core builtin`).
#
# Lost the secret key? Make a new pair with
#   target/debug/werfwijzer-cli pack keygen --publisher-id nl.werfwijzer \
#     --publisher-name Werfwijzer --out ../.werfwijzer-release/werfwijzer
# copy the .public.json over assets/packs/werfwijzer.public.json, raise the "version" of every
# built-in pack (so installed copies, signed with the old key, are updated), and run this.
set -euo pipefail
cd "$(dirname "$0")/.."
key="${WERFWIJZER_RELEASE_KEY:-../.werfwijzer-release/werfwijzer.secret.json}"
if [[ ! -f "$key" ]]; then
  echo "No release key at $key (set WERFWIJZER_RELEASE_KEY)." >&2
  exit 2
fi
cargo build -q -p werfwijzer-cli
for pack in assets/packs/builtin/*.werfpack.json; do
  target/debug/werfwijzer-cli --lang en pack sign "$pack" --key "$key"
done
target/debug/werfwijzer-cli --lang en pack validate --trust assets/packs/werfwijzer.public.json \
  assets/packs/builtin/*.werfpack.json
