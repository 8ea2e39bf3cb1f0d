// Schema validation with validators ajv generated at build time (virtual:record-validators, see
// scripts/vite-plugin-record-validators.ts and docs/decisions/007): ajv's speed without compiling
// at run time, which the CSP (`script-src 'self'`, no 'unsafe-eval') forbids.
import { wrappedValidateStorageFactory, type RxJsonSchema, type RxValidationError } from 'rxdb';
import { recordValidators, schemaFingerprint, type RecordValidator } from 'virtual:record-validators';
import { fieldOf } from './validate-precompiled-errors';

/** The generated validator of exactly this schema; throws when the build did not generate one. */
export function findPrecompiledValidator(schema: RxJsonSchema<unknown>): RecordValidator {
  const fingerprint = schemaFingerprint(JSON.stringify(schema));
  const match = recordValidators.find((candidate) => candidate.fingerprint === fingerprint);
  if (match) return match;
  const name = `${schema.title ?? '(无标题)'} v${schema.version}`;
  const sameVersion = recordValidators.some((candidate) => candidate.title === schema.title && candidate.version === schema.version);
  throw new Error(sameVersion
    ? `VALIDATOR_STALE: 记录结构 ${name} 与构建时生成校验器的结构不一致，请重新构建应用`
    : `VALIDATOR_MISSING: 记录结构 ${name} 没有预编译的校验器（生成器只读取 collectionSchemas；旧版本结构迁移时也需要），请补充后重新构建`);
}

export function getPrecompiledValidator(schema: RxJsonSchema<unknown>) {
  const { validate } = findPrecompiledValidator(schema);
  return (document: unknown): RxValidationError[] => {
    if (validate(document)) return [];
    return (validate.errors ?? []).map((error) => ({ field: fieldOf(error), message: error.message ?? 'invalid' }));
  };
}

export const wrappedValidatePrecompiledStorage = wrappedValidateStorageFactory(getPrecompiledValidator, 'precompiled');
