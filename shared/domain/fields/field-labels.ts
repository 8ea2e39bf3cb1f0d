// The shapes of a kind's field names in Chinese. They stand here, below the kinds, the documents and the
// Excel columns, so each of those reads them without reaching up into the kind registry.

/** Chinese names of a record's fields by dotted path; '*' stands for an array index ('parties.*.name'). */
export type FieldLabels = Readonly<Record<string, string>>;
/** Coded values in words, by field path: { status: { accepted: '已受理' } }. */
export type ValueLabels = Readonly<Record<string, Readonly<Record<string, string>>>>;
