// How a generated validator's error names the field, shared by the storage wrapper (validate-precompiled.ts)
// and the pure schema check (record-schema.ts). No RxDB here.

interface AjvErrorLike {
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

/** '#/parties/0/name', naming the missing or unknown property itself rather than its parent. */
export function fieldOf(error: AjvErrorLike): string {
  const property = error.params['missingProperty'] ?? error.params['additionalProperty'];
  return `#${error.instancePath}${typeof property === 'string' ? `/${property}` : ''}`;
}
