import { describe, expect, it } from 'vitest';
import { collectionSchemas } from '#shared/domain/schemas/index';
import { recordValidatorsModule, schemaFingerprint, storageSchemas } from './record-validators-code';

describe('generated record validators', () => {
  const schemas = storageSchemas(collectionSchemas);
  const code = recordValidatorsModule(schemas);

  it('compile nothing at run time and load nothing by require, so they run under script-src self', () => {
    expect(code).not.toMatch(/new Function|\beval\(|\brequire\(/);
  });

  it('cover RxDB\'s internal store, local documents, and every collection with its replication meta data', () => {
    const titles = schemas.map((schema) => schema.title);
    expect(titles).toEqual(expect.arrayContaining(['RxInternalDocument', 'RxLocalDocument', ...Object.keys(collectionSchemas)]));
    expect(titles.filter((title) => title === 'RxReplicationProtocolMetaData')).toHaveLength(Object.keys(collectionSchemas).length);
    for (const schema of schemas) expect(code).toContain(schemaFingerprint(JSON.stringify(schema)));
  });

  it('tell schemas apart by fingerprint', () => {
    const fingerprints = new Set(schemas.map((schema) => schemaFingerprint(JSON.stringify(schema))));
    expect(fingerprints.size).toBe(schemas.length);
  });
});
