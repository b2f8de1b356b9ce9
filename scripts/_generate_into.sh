# generate_into DIR: emit the client project from openapi/ into DIR (which must not exist).
# Used by scripts/generate and scripts/check-generated so both run the very same command.
generate_into() {
  local out="$1"
  local templates=()
  [[ -d openapi/templates ]] && templates=(--custom-template-path openapi/templates)
  openapi-python-client generate \
    --path openapi/ecwid-customers.yaml \
    --config openapi/generator-config.yaml \
    --output-path "$out" \
    --meta uv \
    "${templates[@]}" \
    --fail-on-warning >/dev/null
  rm -rf "$out/.ruff_cache"
}
