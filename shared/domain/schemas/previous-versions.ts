// Every collection schema as it was at each earlier version still found on township PCs. RxDB migrates
// a store by opening the old collection with the schema it stored at the old version, and the storage
// validates with validators generated at build time (decision 007), so the generator must know these
// too (decision 015). An earlier version is the current schema without the fields added since: a test
// checks each against the JSON the old version had.
import { mediationCaseSchema } from './mediation-case';

type Json = Record<string, unknown>;

/** A copy of `schema` at `version` without `paths` (through objects only, as fields are added; decision 015). */
export function schemaWithout<S extends object>(schema: S, version: number, paths: readonly string[]): Json {
  const copy = JSON.parse(JSON.stringify(schema)) as Json;
  copy.version = version;
  for (const path of paths) {
    const keys = path.split('.');
    const last = keys.pop() ?? path;
    let node = copy;
    for (const key of keys) node = (node.properties as Record<string, Json>)[key] ?? {};
    delete (node.properties as Json | undefined)?.[last];
  }
  return copy;
}

/** Version 0 of the mediation case: before decision 017. */
export const mediationCaseSchemaV0 = schemaWithout(mediationCaseSchema, 0, [
  'legalRepresentatives', 'agreement.originals', 'rightsNotice', 'escalation', 'archive',
]);

/** Earlier schema versions by `name@version`, for the validator generator and the upgrade tests. */
export const previousSchemaVersions: Readonly<Record<string, Json>> = {
  'mediationCase@0': mediationCaseSchemaV0,
};
