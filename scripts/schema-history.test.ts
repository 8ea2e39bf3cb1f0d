// An update migrates stored documents from the schema version the PC had; the build must know that
// schema exactly (its validators are looked up by fingerprint), so the derived one is pinned here.
import { describe, expect, it } from 'vitest';
import { collectionSchemas } from '#shared/domain/schemas/index';
import { schemaFingerprint } from './record-validators-code';
import { olderSchemaVersions, schemaVersionAddedBy, schemaVersionChanges } from '#shared/sync/schema-history';

/** JSON with keys sorted at every level, so the fingerprint does not depend on the order keys were written. */
const sorted = (value: unknown): unknown => (Array.isArray(value) ? value.map(sorted)
  : value && typeof value === 'object'
    ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, item]) => [key, sorted(item)]))
    : value);

describe('schema history (decision 015)', () => {
  it('[S47] enforcementCase version 0 is derived exactly as the released app had it (enforcement-case.ts at f6e6651)', () => {
    const older = olderSchemaVersions(collectionSchemas);
    expect(Object.keys(older).sort()).toEqual(['enforcementCase@0', 'enforcementCase@1', 'mediationCase@0', 'studySession@0', 'syncConflict@0']);
    const v0 = older['enforcementCase@0'] as Record<string, unknown>;
    expect(v0.version).toBe(0);
    expect(Object.keys(v0.properties as object)).not.toContain('statement');
    // Fingerprint of the version-0 schema file as released, keys sorted.
    expect(schemaFingerprint(JSON.stringify(sorted(v0)))).toBe('14jyp9qv2y4');
  });

  it('[S47] enforcementCase version 1 is derived as the very JSON released before decision 030 (main at 34a4c31)', () => {
    const v1 = olderSchemaVersions(collectionSchemas)['enforcementCase@1'] as Record<string, unknown>;
    expect(v1.version).toBe(1);
    expect(Object.keys((v1.properties as { decision: { properties: object } }).decision.properties)).not.toContain('place');
    expect(schemaFingerprint(JSON.stringify(v1))).toBe('6iqairgt88');
  });

  it('[S47] mediationCase version 0 is derived as the very JSON released before decision 017 (its validator is found by this fingerprint)', () => {
    const v0 = olderSchemaVersions(collectionSchemas)['mediationCase@0'] as Record<string, unknown>;
    expect(Object.keys(v0.properties as object)).not.toContain('archive');
    expect(schemaFingerprint(JSON.stringify(v0))).toBe('rvgsarvjko');
  });

  it('[S47] studySession version 0 is derived as the very JSON released before decision 037: no 普法活动 kind, no audience', () => {
    const v0 = olderSchemaVersions(collectionSchemas)['studySession@0'] as { version: number; properties: { kind: { enum: string[] } } };
    expect(v0.version).toBe(0);
    expect(v0.properties.kind.enum).not.toContain('publicLegalEducation');
    expect(Object.keys(v0.properties)).not.toContain('peopleReached');
    // Fingerprint of study-session.ts's schema at a18731b (before decision 037).
    expect(schemaFingerprint(JSON.stringify(v0))).toBe('bt3m5iofk2');
  });

  it('[C12] syncConflict version 0 is derived as the very JSON released before decision 042: local, no township, no finder', () => {
    const v0 = olderSchemaVersions(collectionSchemas)['syncConflict@0'] as { version: number; required: string[]; properties: object };
    expect(v0.version).toBe(0);
    expect(Object.keys(v0.properties)).not.toContain('townshipId');
    expect(v0.required).not.toContain('foundOn');
    // Fingerprint of sync-conflict.ts's schema at 1075cf2.
    expect(schemaFingerprint(JSON.stringify(v0))).toBe('vlnpncpnrf');
  });

  it('every schema version above 0 names the protocol that added its fields (or its change), so its predecessor gets a validator', () => {
    for (const [name, schema] of Object.entries(collectionSchemas) as [keyof typeof collectionSchemas, { version: number }][]) {
      const versions = [...new Set([...Object.keys(schemaVersionAddedBy[name] ?? {}), ...Object.keys(schemaVersionChanges[name] ?? {})])].map(Number).sort((a, b) => a - b);
      expect(versions, name).toEqual(Array.from({ length: schema.version }, (_, i) => i + 1));
    }
  });

  it('a schema version with no protocol named for it is a mistake found at build time', () => {
    expect(() => olderSchemaVersions(collectionSchemas, {})).not.toThrow();
    expect(() => olderSchemaVersions(collectionSchemas, { enforcementCase: {} })).toThrow(/SCHEMA_HISTORY_MISSING/);
  });
});
