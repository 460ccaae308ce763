// semver/functions/satisfies for vscode-languageclient's version check (see parse.cjs): only the caret range it uses
// (`^MAJOR.MINOR.PATCH`), on a parsed version without prerelease (the client clears it first). Any other range is
// an error, so a new languageclient that changes its range fails the build's test rather than passing silently.
'use strict';
const parse = require('./parse.cjs');
module.exports = function satisfies(version, range) {
  const v = typeof version === 'string' ? parse(version) : version;
  const m = /^\^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.exec(String(range).trim());
  if (!m) throw new Error(`semverLite: unsupported range ${range}`);
  if (!v) return false;
  if (v.prerelease?.length) return false;
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const cmp = (a, b) => a.major - b.major || a.minor - b.minor || a.patch - b.patch;
  const lower = { major, minor, patch };
  const upper =
    major > 0
      ? { major: major + 1, minor: 0, patch: 0 }
      : minor > 0
        ? { major: 0, minor: minor + 1, patch: 0 }
        : { major: 0, minor: 0, patch: patch + 1 };
  return cmp(v, lower) >= 0 && cmp(v, upper) < 0;
};
