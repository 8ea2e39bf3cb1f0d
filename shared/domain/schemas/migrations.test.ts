// A schema version without its migration would stop the app at open (RxDB COL12) on every PC.
import { expect, it } from 'vitest';
import { collectionSchemas, type CollectionName } from './index';
import { schemaMigrations } from './migrations';

it('every schema version above 0 has a migration from the one before', () => {
  for (const [name, schema] of Object.entries(collectionSchemas) as [CollectionName, { version: number }][]) {
    const versions = Object.keys(schemaMigrations[name] ?? {}).map(Number).sort((a, b) => a - b);
    expect(versions, name).toEqual(Array.from({ length: schema.version }, (_, i) => i + 1));
  }
});
