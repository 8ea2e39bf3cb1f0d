import { fillWithDefaultSettings } from 'rxdb';
import { describe, expect, it } from 'vitest';
import { collectionSchemas } from '#shared/domain/schemas/index';
import { getCachedZSchemaValidator } from './validate-z-schema-cached';

const schema = fillWithDefaultSettings(collectionSchemas.recordHistory as never);
const entry = {
  id: 'h1', recordId: 'r1', recordKind: 'mediationCase', townshipId: 'suibin', at: '2026-01-01T00:00:00.000Z',
  actor: { person: '王', deviceId: 'd' }, action: 'update', changes: [{ field: 'status', before: 'a', after: 'b' }],
  _deleted: false, _rev: '1-a', _meta: { lwt: 1 }, _attachments: {},
};

describe('cached z-schema validator', () => {
  it('accepts a valid document again and again', () => {
    const validate = getCachedZSchemaValidator(schema);
    expect(validate(entry)).toEqual([]);
    expect(validate({ ...entry, id: 'h2' })).toEqual([]);
  });

  it('names the field of each violation', () => {
    const validate = getCachedZSchemaValidator(schema);
    const errors = validate({ ...entry, action: 'erase', changes: [{ before: 'x' }] });
    expect(errors.map((error) => error.field).sort()).toEqual(['#/action', '#/changes/0']);
    expect(validate({ ...entry, unknown: 1 })).toHaveLength(1);
  });

  it('leaves RxDB\'s schema object untouched', () => {
    const before = JSON.stringify(schema);
    getCachedZSchemaValidator(schema)(entry);
    expect(JSON.stringify(schema)).toBe(before);
  });
});
