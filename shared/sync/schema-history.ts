// The schemas a collection had before it grew (decision 015), derived from today's schema and the fields
// each protocol added. An app being updated opens its stored data with the previous version's schema while
// RxDB migrates it (the old storage instance and the migration's own meta instance), so the precompiled
// validators (decision 007) must cover those versions too, or the update fails at open with VALIDATOR_MISSING.
import type { CollectionName } from '../domain/schemas/index';
import { enumValuesAddedIn, fieldsAddedIn, type EnumValuesAdded, type FieldsAdded } from './field-versions';

type Json = Record<string, unknown>;

/** Per collection, per schema version above 0: the protocol version whose `fieldsAddedIn` entry it added. */
export const schemaVersionAddedBy: Readonly<Partial<Record<CollectionName, Readonly<Record<number, number>>>>> = {
  enforcementCase: { 1: 2, 2: 3 },
  mediationCase: { 1: 2 },
  studySession: { 1: 4 },
};

/**
 * Per collection, per schema version: what the version changed outside the protocol's tables — a local
 * collection that began to sync (decision 042) gained required fields no older protocol knows. Version n−1
 * is version n without `fields` (in `properties` and `required`), with `description` when it changed.
 */
export const schemaVersionChanges: Readonly<Partial<Record<CollectionName, Readonly<Record<number, { fields: readonly string[]; description?: string }>>>>> = {
  syncConflict: { 1: { fields: ['townshipId', 'foundOn'], description: '同步冲突（本机数据，不同步）' } },
};

/** `schema` without the top-level `fields`, in `properties` and in `required`, as a copy. */
function withoutRequiredFields(schema: Json, change: { fields: readonly string[]; description?: string }): Json {
  const copy = withoutProperties(schema, change.fields);
  if (Array.isArray(copy.required)) copy.required = copy.required.filter((field) => !change.fields.includes(field as string));
  if (change.description !== undefined) copy.description = change.description;
  return copy;
}

/** `schema` without `paths` (reached through `properties`), as a copy. */
function withoutProperties(schema: Json, paths: readonly string[]): Json {
  const copy = JSON.parse(JSON.stringify(schema)) as Json;
  for (const path of paths) {
    const keys = path.split('.');
    const last = keys.pop() ?? path;
    let node: Json | undefined = copy;
    for (const key of keys) node = (node?.properties as Json | undefined)?.[key] as Json | undefined;
    const properties = node?.properties as Json | undefined;
    if (properties) delete properties[last];
  }
  return copy;
}

/** `schema` without the coded `values` its top-level fields gained, as a copy (the enum's order kept). */
function withoutEnumValues(schema: Json, values: Readonly<Record<string, readonly string[]>>): Json {
  const copy = JSON.parse(JSON.stringify(schema)) as Json;
  for (const [field, added] of Object.entries(values)) {
    const property = (copy.properties as Json | undefined)?.[field] as Json | undefined;
    if (property && Array.isArray(property.enum)) property.enum = property.enum.filter((value) => !added.includes(value as string));
  }
  return copy;
}

/**
 * Every earlier version of every grown schema, newest first per collection: version n−1 is version n without
 * the fields and coded values version n added. Keyed '<collection>@<version>'.
 */
export function olderSchemaVersions(
  schemas: Readonly<Record<string, unknown>>,
  addedBy: typeof schemaVersionAddedBy = schemaVersionAddedBy,
  added: Readonly<Record<number, FieldsAdded>> = fieldsAddedIn,
  addedValues: Readonly<Record<number, EnumValuesAdded>> = enumValuesAddedIn,
  changes: typeof schemaVersionChanges = schemaVersionChanges,
): Record<string, Json> {
  const older: Record<string, Json> = {};
  const names = new Set([...Object.keys(addedBy), ...Object.keys(changes)]) as Set<CollectionName>;
  for (const name of names) {
    const byVersion = addedBy[name] ?? {};
    const today = schemas[name] as Json | undefined;
    if (!today) continue;
    let schema: Json = today;
    for (let version = schema.version as number; version > 0; version -= 1) {
      const change = changes[name]?.[version];
      const protocol = byVersion[version];
      if (protocol === undefined && change === undefined) throw new Error(`SCHEMA_HISTORY_MISSING: ${name} v${version} 未登记其新增字段所属的协议版本`);
      const fewer: Json = change ? withoutRequiredFields(schema, change)
        : withoutEnumValues(withoutProperties(schema, added[protocol ?? 0]?.[name] ?? []), addedValues[protocol ?? 0]?.[name] ?? {});
      schema = { ...fewer, version: version - 1 };
      older[`${name}@${version - 1}`] = schema;
    }
  }
  return older;
}

/** Every collection as the first release had it (version 0): the app a PC runs before any update, for tests and tools. */
export function firstReleaseSchemas(schemas: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const older = olderSchemaVersions(schemas);
  return Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, older[`${name}@0`] ?? schema]));
}
