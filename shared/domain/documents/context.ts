// What a document is printed with besides its record, from the device's settings and the app's clock.
import type { DocumentContext } from './document';

export interface DocumentContextInput {
  townshipName: string;
  /** The township's 人民调解委员会 (its reference entry's text); `${township}人民调解委员会` when it has none. */
  committeeName: string | undefined;
  today: string;
  /** The device's role and township, and the township the record belongs to. */
  role: 'township' | 'county';
  deviceTownshipId: string;
  recordTownshipId: string;
}

/**
 * Personal data is printed in full only for the township that handles the record: it hands the paper to the
 * parties and files it. The county reading a township's record gets it masked (个人信息保护法 art. 6, 51).
 */
export const documentContext = (input: DocumentContextInput): DocumentContext => ({
  townshipName: input.townshipName,
  committeeName: input.committeeName?.trim() || `${input.townshipName}人民调解委员会`,
  today: input.today,
  showPersonal: input.role === 'township' && input.deviceTownshipId === input.recordTownshipId,
});
