// An earlier version must be the very JSON that version shipped with: RxDB opens the old collection
// with the schema it stored, and the validator is looked up by that JSON's fingerprint.
import { expect, it } from 'vitest';
import { collectionSchemas, previousSchemaVersions } from '#shared/domain/schemas/index';
import { schemaFingerprint } from './record-validators-code';

/** Fingerprints of the schema JSON as released (mediationCase 0: main before decision 017). */
const released: Record<string, string> = {
  'mediationCase@0': 'rvgsarvjko',
};

it('every earlier version is the JSON it was released with', () => {
  for (const [key, schema] of Object.entries(previousSchemaVersions)) {
    expect(schemaFingerprint(JSON.stringify(schema)), key).toBe(released[key]);
  }
});

it('every version below a collection\'s current one is kept', () => {
  for (const [name, schema] of Object.entries(collectionSchemas)) {
    for (let version = 0; version < schema.version; version += 1) expect(previousSchemaVersions, name).toHaveProperty([`${name}@${String(version)}`]);
  }
});
