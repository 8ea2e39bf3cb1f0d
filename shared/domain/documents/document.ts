// A 文书 (official document) a record fills: its name, the .docx template it fills and what goes into it.
// Pure: the renderer loads the template, fills it with `fields` and saves or prints it (decision 020).

/** What the document is printed with besides the record (settings, the clock, who is printing). */
export interface DocumentContext {
  /** The township's name from settings (忠仁镇). */
  townshipName: string;
  /** The township's 人民调解委员会 from settings, used when a case names none. */
  committeeName: string;
  /** YYYY-MM-DD by the app's clock. */
  today: string;
  /**
   * Whether ID numbers and phones are printed in full. The township that handles the case hands the paper to
   * the parties and may see them; anyone else gets them masked (个人信息保护法 art. 51).
   */
  showPersonal: boolean;
  /**
   * Names of reference entries by id ('law:…', 'disputeType:…'), for the forms that print them (学法记录's laws,
   * 受理登记表's 纠纷类型). Absent where no form of the caller needs them.
   */
  referenceNames?: Readonly<Record<string, string>>;
}

/** Something the record lacks for the document, named in Chinese (履行期限), with a stable code (docs/spec/rules.md). */
export interface MissingItem {
  code: string;
  message: string;
  /** The record's field to fill, as a dotted path, when it is one field. */
  field?: string;
}

/** A placeholder's value: text, or a list of rows for a `{#name}…{/name}` loop. */
export type FieldValue = string | readonly Readonly<Record<string, string>>[];
export type DocumentFields = Readonly<Record<string, FieldValue>>;

/** `missing` empty: `fields` fill every placeholder. Otherwise the document is refused with `missing`. */
export interface DocumentFill {
  fields: DocumentFields;
  missing: MissingItem[];
}

export interface DocumentDescription<R> {
  /** Stable id, also the template's base name ('mediation-agreement' → mediation-agreement.docx). */
  id: string;
  /** 人民调解协议书 */
  title: string;
  /** File name of its template in resources/templates/ (a county may replace it). */
  template: string;
  fill: (record: R, context: DocumentContext) => DocumentFill;
}
