// What a list search looks in: case number, names, topic and matter, lower-cased, plus the
// pinyin of person names (full and initials), so 张三 is found by 'zs' and by 'zhangsan'.
// Personal data (ID numbers, phones, addresses) never goes in here: it is stored in plain text.
import { pinyin } from 'pinyin-pro';
import type { LedgerKind, LedgerRecordByKind } from '../schemas/index';

/** The schema's maxLength for searchText. */
export const SEARCH_TEXT_MAX = 4000;

type SearchFields = {
  mediationCase: 'parties' | 'mediators' | 'committee';
  studySession: 'topic' | 'lecturer' | 'organiser' | 'meetingName';
  enforcementCase: 'party' | 'matter';
  officer: 'name' | 'unit' | 'certificateNumber';
  caseReview: 'reviewedUnit' | 'reviewer';
};

export type SearchSource<K extends LedgerKind> = Pick<LedgerRecordByKind[K], Extract<SearchFields[K], keyof LedgerRecordByKind[K]>> & {
  caseNumber?: string;
};

/** A person's name as text plus its pinyin and initials; 'head' reads surnames as surnames (曾 → zeng). */
export function personNameTerms(name: string): string[] {
  const options = { toneType: 'none', type: 'array', surname: 'head', v: true } as const;
  const syllables = pinyin(name, options).filter((part) => part.trim() !== '');
  const initials = pinyin(name, { ...options, pattern: 'first' }).filter((part) => part.trim() !== '');
  return [name, syllables.join(''), initials.join('')];
}

function termsOf<K extends LedgerKind>(kind: K, source: SearchSource<K>): (string | undefined)[] {
  const record = source as SearchSource<LedgerKind> & Record<string, unknown>;
  switch (kind) {
    case 'mediationCase': {
      const r = record as SearchSource<'mediationCase'>;
      return [
        ...r.parties.flatMap((party) => (party.kind === 'person' ? personNameTerms(party.name) : [party.name])),
        ...r.mediators.flatMap(personNameTerms),
      ];
    }
    case 'studySession': {
      const r = record as SearchSource<'studySession'>;
      return [r.topic, r.meetingName, r.organiser, ...personNameTerms(r.lecturer)];
    }
    case 'enforcementCase': {
      const r = record as SearchSource<'enforcementCase'>;
      const party = r.party.kind === 'person' ? personNameTerms(r.party.name) : [r.party.name];
      const representative = r.party.legalRepresentative ? personNameTerms(r.party.legalRepresentative) : [];
      return [...party, ...representative, r.matter];
    }
    case 'officer': {
      const r = record as SearchSource<'officer'>;
      return [...personNameTerms(r.name), r.certificateNumber, r.unit];
    }
    case 'caseReview': {
      const r = record as SearchSource<'caseReview'>;
      return [r.reviewedUnit, ...personNameTerms(r.reviewer)];
    }
    default:
      throw new Error(`LEDGER_KIND_UNKNOWN: 未知的台账类型 ${String(kind)}`);
  }
}

export function searchTextOf<K extends LedgerKind>(kind: K, source: SearchSource<K>): string {
  const terms = [source.caseNumber, ...termsOf(kind, source)]
    .map((term) => term?.trim().toLowerCase())
    .filter((term): term is string => !!term);
  return [...new Set(terms)].join(' ').slice(0, SEARCH_TEXT_MAX);
}

/** The user's search text as a regular expression source that matches it literally. */
export function searchPattern(userText: string): string {
  return userText.trim().toLowerCase().replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
