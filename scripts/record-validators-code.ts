// Build-time half of the precompiled validators (docs/decisions/007): ajv compiles every schema the
// RxDB storage will see into plain JS source, so the renderer never needs eval or `new Function`.
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import {
  fillWithDefaultSettings, getRxReplicationMetaInstanceSchema, hasEncryption, INTERNAL_STORE_SCHEMA, normalizeRxJsonSchema, type RxJsonSchema,
} from 'rxdb';
import { RX_LOCAL_DOCUMENT_SCHEMA } from 'rxdb/plugins/local-documents';

/** RxDB's own schema keywords (as in rxdb/plugins/validate-ajv): known to ajv, never validated. */
const rxdbKeywords = ['version', 'keyCompression', 'primaryKey', 'indexes', 'encrypted', 'final', 'sharding', 'internalIndexes', 'attachments', 'ref', 'crdt'];

// The one runtime helper ajv's code requires (maxLength/minLength count code points); inlined,
// because the browser has no `require` and the helper is a few lines.
const ucs2lengthRequire = 'require("ajv/dist/runtime/ucs2length").default';
const ucs2lengthInline = `function ucs2length(str) {
  let length = 0;
  for (let pos = 0; pos < str.length; length++) {
    const code = str.charCodeAt(pos++);
    if (code >= 0xd800 && code <= 0xdbff && pos < str.length && (str.charCodeAt(pos) & 0xfc00) === 0xdc00) pos++;
  }
  return length;
}`;

/**
 * A fingerprint of a schema's JSON (cyrb53), so the renderer picks the validator generated from
 * exactly the schema RxDB hands the storage. Self-contained: its source is copied into the module.
 */
export function schemaFingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * Every schema an RxDB storage instance of the app is created with: RxDB's internal store, local
 * documents (settings, counters), and per collection its schema as createRxSchema makes it (filled
 * with RxDB's fields, keys sorted) plus the replication meta-instance schema sync will open beside it.
 * `previousSchemas` are earlier versions a store migrates from (decision 015): RxDB opens the old
 * collection with its schema and copies it, and the sync meta instance beside it, through migration
 * meta instances of their own — without these validators a PC that had synced could not open.
 */
export function storageSchemas(collectionSchemas: Record<string, unknown>, olderVersions: Record<string, unknown> = {}): RxJsonSchema<unknown>[] {
  const schemas: RxJsonSchema<unknown>[] = [INTERNAL_STORE_SCHEMA as RxJsonSchema<unknown>, RX_LOCAL_DOCUMENT_SCHEMA as RxJsonSchema<unknown>];
  const metaOf = (schema: RxJsonSchema<unknown>) => getRxReplicationMetaInstanceSchema(schema as never, hasEncryption(schema)) as RxJsonSchema<unknown>;
  for (const schema of Object.values(collectionSchemas)) {
    const filled = normalizeRxJsonSchema(fillWithDefaultSettings(schema as RxJsonSchema<unknown>)) as RxJsonSchema<unknown>;
    schemas.push(filled, metaOf(filled));
  }
  // While RxDB migrates a collection from an older version it opens the old schema, the sync's old meta
  // instance, and meta instances of its own that replicate both (rx-migration-state-meta-…): the meta
  // schema of each (decision 015).
  for (const schema of Object.values(olderVersions)) {
    const filled = normalizeRxJsonSchema(fillWithDefaultSettings(schema as RxJsonSchema<unknown>)) as RxJsonSchema<unknown>;
    schemas.push(filled, metaOf(filled), metaOf(metaOf(filled)));
  }
  return schemas;
}

/** The ES module source: the validators, `schemaFingerprint`, and `recordValidators` to look them up. */
export function recordValidatorsModule(schemas: RxJsonSchema<unknown>[]): string {
  const ajv = new Ajv({ strict: false, allErrors: true, code: { source: true, esm: true } });
  for (const keyword of rxdbKeywords) ajv.addKeyword(keyword);
  const exports: Record<string, string> = {};
  schemas.forEach((schema, index) => {
    ajv.addSchema(schema, `validator${index}`);
    exports[`validator${index}`] = `validator${index}`;
  });
  const code = standaloneCode(ajv, exports).replaceAll(ucs2lengthRequire, 'ucs2length');
  const leftover = /require\([^)]*\)/.exec(code);
  if (leftover) throw new Error(`RECORD_VALIDATORS: generated code needs ${leftover[0]}, which the browser cannot load`);
  const table = schemas.map((schema, index) => {
    const entry = { title: schema.title ?? '', version: schema.version, fingerprint: schemaFingerprint(JSON.stringify(schema)) };
    return `  { ...${JSON.stringify(entry)}, validate: validator${index} },`;
  });
  return [
    code,
    ucs2lengthInline,
    `export ${schemaFingerprint.toString()}`,
    `export const recordValidators = [\n${table.join('\n')}\n];`,
    '',
  ].join('\n');
}
