// Types of the module scripts/vite-plugin-record-validators.ts generates at build time.
declare module 'virtual:record-validators' {
  interface AjvError {
    instancePath: string;
    keyword: string;
    params: Record<string, unknown>;
    message?: string;
  }
  interface GeneratedValidator {
    (document: unknown): boolean;
    errors?: AjvError[] | null;
  }
  export interface RecordValidator {
    title: string;
    version: number;
    /** schemaFingerprint(JSON.stringify(schema)) of the schema it was generated from. */
    fingerprint: string;
    validate: GeneratedValidator;
  }
  export const recordValidators: readonly RecordValidator[];
  export function schemaFingerprint(text: string): string;
}
