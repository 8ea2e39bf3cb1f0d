// The 文书's shared vocabulary and the context they are filled with (decision 020); a kind's documents are read
// through by-kind/documents.ts.
export { documentContext, type DocumentContextInput } from './context';
export type { DocumentContext, DocumentDescription, DocumentFields, DocumentFill, FieldValue, MissingItem } from './document';
