// semver/functions/parse for vscode-languageclient's version check (scripts/build.mjs swaps it in for the client
// bundle): the full semver package is ~20 KB of the 1 MB .vsix budget for one call. Same result as semver.parse on
// the versions VS Code reports (MAJOR.MINOR.PATCH with an optional -prerelease and +build); null otherwise.
// test/build/semverLite.test.ts compares it with the real package.
'use strict';
const VERSION = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
module.exports = function parse(version) {
  if (typeof version !== 'string') return version && typeof version === 'object' ? version : null;
  const m = VERSION.exec(version.trim());
  if (!m) return null;
  // Prerelease identifiers are non-empty, and a numeric one has no leading zero (as semver requires).
  if (m[4]?.split('.').some((p) => p === '' || /^0\d+$/.test(p))) return null;
  return {
    major: Number(m[1]),
    minor: Number(m[2]),
    patch: Number(m[3]),
    prerelease: m[4] ? m[4].split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)) : [],
  };
};
