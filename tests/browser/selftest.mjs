#!/usr/bin/env node
// Tests the browser suite itself: it must fail on fixtures/broken and name each of the
// deliberate problems there, and pass on fixtures/good.
//   node tests/browser/selftest.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import test from 'node:test';
import assert from 'node:assert/strict';

const HERE = dirname(fileURLToPath(import.meta.url));

function runSuite(fixture) {
  const shots = mkdtempSync(join(tmpdir(), `studysite-selftest-${fixture}-`));
  try {
    const r = spawnSync(process.execPath, [join(HERE, 'check-site.mjs'), '--site', join(HERE, 'fixtures', fixture), '--screenshots', shots], {
      encoding: 'utf8', timeout: 180_000,
    });
    return { code: r.status, out: `${r.stdout}\n${r.stderr}`, error: r.error };
  } finally {
    rmSync(shots, { recursive: true, force: true });
  }
}

const broken = runSuite('broken');
const good = runSuite('good');
const show = (r) => `\n----- suite output -----\n${r.out}\n------------------------`;

test('the suite fails on fixtures/broken', () => {
  assert.equal(broken.error, undefined, String(broken.error));
  assert.equal(broken.code, 1, `expected exit code 1, got ${broken.code}${show(broken)}`);
});

test('it names the image without alt (axe image-alt and vnu), with the element', () => {
  assert.match(broken.out, /axe image-alt\b[^\n]*\n\s+element: img\b/, show(broken));
  assert.match(broken.out, /vnu error[^\n]*\n\s+element: [^\n]*<img\b[^\n]*\n[^\n]*must have an “alt” attribute/, show(broken));
});

test('it names the unlabeled link (axe link-name), with the element', () => {
  assert.match(broken.out, /axe link-name\b[^\n]*\n\s+element: [^\n]*<a href="#p1"><svg/, show(broken));
});

test('it names the broken anchor #nowhere', () => {
  assert.match(broken.out, /broken-anchor\n\s+element: [^\n]*<a href="#nowhere">\n[^\n]*no element with id="nowhere" in texts\/x\.html/, show(broken));
});

test('it names the link to a missing page', () => {
  assert.match(broken.out, /broken-link\n\s+element: [^\n]*<a href="missing\.html">/, show(broken));
});

test('it reports only the deliberate problems on fixtures/broken', () => {
  const block = broken.out.slice(broken.out.indexOf('PROBLEMS:'));
  const rules = [...block.matchAll(/^\s+✗ \[[^\]]+\] (.+)$/gm)].map((m) => m[1]).sort();
  assert.deepEqual(rules, ['axe image-alt (critical)', 'axe link-name (serious)', 'broken-anchor', 'broken-link', 'vnu error'], show(broken));
});

test('the suite passes on fixtures/good', () => {
  assert.equal(good.error, undefined, String(good.error));
  assert.equal(good.code, 0, `expected exit code 0, got ${good.code}${show(good)}`);
  assert.match(good.out, /RESULT: OK/);
  assert.match(good.out, /Screenshots: /);
});
