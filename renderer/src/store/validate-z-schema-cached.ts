// Schema validation with z-schema, registered once per schema. RxDB's own validate-z-schema
// passes the schema object on every call, and z-schema 12 then deep-clones and recompiles it
// for each document: ~10 ms per mediation case in Chromium (an import of 10,000 cases spent
// minutes there). Validating against a schema id reuses the compiled schema (~0.15 ms).
// z-schema, unlike ajv, needs no 'unsafe-eval', so it runs under the app's CSP.
import { wrappedValidateStorageFactory, type RxJsonSchema, type RxValidationError } from 'rxdb';
import ZSchema from 'z-schema';

interface ZSchemaErrorDetail {
  message: string;
  /** e.g. '#/parties/0/name' */
  path: string;
}

let schemaCount = 0;

export function getCachedZSchemaValidator(schema: RxJsonSchema<unknown>) {
  const validator = ZSchema.create({ strictMode: false });
  schemaCount += 1;
  const id = `taizhang:${schema.title ?? 'schema'}:v${schema.version}:${schemaCount}`;
  // z-schema annotates the schema it compiles; give it a copy, not RxDB's object.
  const copy = { ...(JSON.parse(JSON.stringify(schema)) as Record<string, unknown>), id };
  const registered = validator.validateSchemaSafe(copy);
  if (!registered.valid) throw new Error(`SCHEMA_INVALID: 记录结构定义 ${id} 无法编译`);
  return (document: unknown): RxValidationError[] => {
    const result = validator.validateSafe(document, id);
    if (result.valid) return [];
    const details = (result.err as { details?: ZSchemaErrorDetail[] } | undefined)?.details ?? [];
    return details.map(({ message, path }) => ({ field: path, message }));
  };
}

export const wrappedValidateCachedZSchemaStorage = wrappedValidateStorageFactory(getCachedZSchemaValidator, 'z-schema-cached');
