// The catalog fields of issue 11 (conditions, reading, related rules) refer only to concepts that exist, and every
// mandatory requirement of FY2018 states its conditions: a typo would silently leave a condition unmet.
import { describe, expect, it } from 'vitest';
import { getCatalog } from '../../../server/src/core';

const catalog = getCatalog();
const data = catalog.data;

describe('catalog: reading, conditions and related rules', () => {
  it('defines every concept they name', () => {
    for (const r of data.requirements) {
      const names = [
        ...(r.conditions ?? []).flatMap((c) => c.any),
        ...(r.reading?.scope ?? []),
        ...(r.reading?.preRevisionSubset ?? []),
        ...(r.detect.related ?? []).flatMap((x) => [
          ...(x.all ?? []),
          ...(x.any ?? []),
          ...(x.context ?? []),
          ...(x.near ?? []),
          ...(x.none ?? []),
        ]),
      ];
      for (const name of names) expect(() => catalog.concept(r.id, name), `${r.id}: ${name}`).not.toThrow();
    }
    for (const name of [
      'reading-negation',
      'reading-deferral',
      'reading-exclusion',
      'reading-proviso',
      'reading-exception-out',
      'reading-placeholder',
      'reading-vacuous',
      'reading-predicate',
      'reading-all',
      'reading-definition',
      'reading-consider',
      'definitions-heading',
      'role',
    ]) {
      expect(() => catalog.concept(undefined, name), name).not.toThrow();
    }
  });

  it('gives every requirement a `what` condition, with labels in both languages', () => {
    for (const r of data.requirements) {
      expect(
        r.conditions?.some((c) => c.aspect === 'what'),
        r.id,
      ).toBe(true);
      for (const c of r.conditions ?? []) {
        expect(c.label.ja, `${r.id}/${c.id}`).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
        expect(c.label.en.length, `${r.id}/${c.id}`).toBeGreaterThan(0);
        expect(['who', 'what', 'scope', 'how']).toContain(c.aspect);
      }
    }
  });

  it('gives every related rule a reason in both languages', () => {
    for (const r of data.requirements) {
      for (const x of r.detect.related ?? []) {
        expect(x.reason.ja.length, r.id).toBeGreaterThan(0);
        expect(x.reason.en.length, r.id).toBeGreaterThan(0);
      }
    }
  });

  it('asks for a pre-revision subset only with its reason', () => {
    for (const r of data.requirements)
      if (r.reading?.preRevisionSubset?.length) expect(r.reading.subsetReason?.ja, r.id).toBeTruthy();
  });
});
