// Runs api-smart-diff (pinned in package.json) on two OpenAPI documents and prints its diffs
// as JSON. Input on stdin: {"before": {...}, "after": {...}}. Output on stdout:
// {"diffs": [{type, action, path, before, after, description, parameter}], "warnings": [...]}.
// `parameter` is "<in>:<name>" when the path goes through an operation's parameters array,
// since the library names parameters by index. Classification errors the library logs on
// the console are returned as warnings instead of being printed.
"use strict";
const { apiCompare } = require("api-smart-diff");

const warnings = [];
for (const level of ["log", "warn", "error"]) {
  console[level] = (...args) => warnings.push(args.map(String).join(" "));
}

function parameterLabel(merged, diff) {
  const at = diff.path.indexOf("parameters");
  if (at < 0 || diff.path.length <= at + 1) return null;
  const whole = diff.path.length === at + 2 ? diff.before ?? diff.after : null;
  let node = whole;
  if (!node || typeof node !== "object") {
    node = merged;
    for (const key of diff.path.slice(0, at + 2)) node = node == null ? node : node[key];
  }
  return node && typeof node === "object" && node.name ? `${node.in}:${node.name}` : null;
}

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const { before, after } = JSON.parse(input);
  const { diffs, merged } = apiCompare(before, after);
  const out = diffs.map((d) => ({
    type: d.type,
    action: d.action,
    path: d.path,
    before: d.before,
    after: d.after,
    description: d.description ?? "",
    parameter: parameterLabel(merged, d),
  }));
  process.stdout.write(JSON.stringify({ diffs: out, warnings }));
});
