// The words a record is found by through the searchToken index (docs/decisions/006). A search
// looks a word up as a prefix: a person's name gives itself (so the surname finds it), its pinyin
// in full and its initials (as search-text.ts reads them); a case number gives the forms people
// quote (12, 调字第12号); a short text (unit, topic, matter) gives the suffixes of each phrase, so
// 占道 finds 未经许可占道经营. Every row costs ~0.3 ms to write in Chromium, so words that would
// match most records (mediators) are left to the bounded scan of search-list.ts.
// ID numbers give only `idh:` + the record's keyed hash, never the number; phones and addresses
// give nothing.
import { parseCaseNumber } from '../case-number';
import type { LedgerKind, LedgerRecordByKind } from '../schemas/index';
import { SEARCH_TOKEN_MAX } from '../schemas/search-token';
import { personNameTerms } from './search-text';

export const ID_HASH_TOKEN_PREFIX = 'idh:';
/** Suffixes shorter than this are left out: one character would match half the ledger. */
const MIN_SUFFIX = 2;
/** Only the start of a long text gives suffixes (a 200-character topic would give 200 tokens). */
const SUFFIX_SOURCE_MAX = 24;

/**
 * What a token and a search are compared in: NFKC (full-width digits and letters), trimmed,
 * lower-case, and the brackets people type for 〔〕 ([] () （） 【】) read as 〔〕.
 */
export function normaliseSearchText(text: string): string {
  const plain = text.normalize('NFKC').trim().toLowerCase().replace(/[[(【]/g, '〔').replace(/[\])】]/g, '〕');
  return cutToTokenLength(plain);
}

/** At most SEARCH_TOKEN_MAX UTF-16 units, never ending in half a surrogate pair. */
function cutToTokenLength(text: string): string {
  if (text.length <= SEARCH_TOKEN_MAX) return text;
  const cut = text.slice(0, SEARCH_TOKEN_MAX);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

const isWordChar = (char: string) => /[\p{L}\p{N}]/u.test(char);
const isDigit = (char: string | undefined) => char !== undefined && /\p{Nd}/u.test(char);

/** The word and its suffixes that start at a letter or at the start of a number (not inside 2026). */
function suffixes(word: string): string[] {
  const chars = Array.from(word);
  const found = [word];
  const lastStart = Math.min(chars.length - MIN_SUFFIX, SUFFIX_SOURCE_MAX);
  for (let start = 1; start <= lastStart; start += 1) {
    const char = chars[start] ?? '';
    if (!isWordChar(char) || (isDigit(char) && isDigit(chars[start - 1]))) continue;
    found.push(chars.slice(start).join(''));
  }
  return found;
}

/** A person's name, its pinyin and its initials (a given name alone is left to the bounded scan). */
const personTokens = (name: string | undefined): string[] => {
  const trimmed = name?.trim();
  return trimmed ? personNameTerms(trimmed) : [];
};

/** A certificate number (or a case number in no known style): the whole and its suffixes. */
const numberTokens = (value: string | undefined): string[] => (value?.trim() ? suffixes(value.trim()) : []);

/**
 * A case number: whole, from the township on, and from the part people quote on
 * (〔2026〕绥滨调字第12号 → 绥滨调字第12号, 调字第12号, 第12号, 12号; 绥滨综执〔2026〕12号 → 综执〔2026〕12号, 〔2026〕12号, 12号).
 */
function caseNumberTokens(value: string | undefined): string[] {
  const parts = value ? parseCaseNumber(value) : null;
  if (!value || !parts) return numberTokens(value);
  const { year, townshipShortName, seq } = parts;
  return parts.kind === 'mediationCase'
    ? [value, `${townshipShortName}调字第${seq}号`, `调字第${seq}号`, `第${seq}号`, `${seq}号`]
    : [value, `综执〔${year}〕${seq}号`, `〔${year}〕${seq}号`, `${seq}号`];
}

/** A short text (unit, topic, matter): each phrase between spaces and punctuation, with suffixes. */
function textTokens(text: string | undefined): string[] {
  if (!text?.trim()) return [];
  const phrases = text.split(/[\s\p{P}\p{S}]+/u).filter((phrase) => phrase !== '');
  return [text.trim(), ...phrases.flatMap(suffixes)];
}

/** The token of a keyed ID-number hash (id-number-hash.ts): the hash only, never the number. */
export const idHashToken = (hash: string): string => `${ID_HASH_TOKEN_PREFIX}${hash}`;

const hashTokens = (hashes: (string | undefined)[]): string[] =>
  hashes.filter((hash): hash is string => !!hash).map(idHashToken);

function rawTokens<K extends LedgerKind>(kind: K, source: LedgerRecordByKind[K]): string[] {
  const record: LedgerRecordByKind[LedgerKind] = source;
  switch (kind) {
    case 'mediationCase': {
      const r = record as LedgerRecordByKind['mediationCase'];
      return [
        ...caseNumberTokens(r.caseNumber),
        ...r.parties.flatMap((party) => (party.kind === 'person' ? personTokens(party.name) : textTokens(party.name))),
        // Not the mediators: a township has a handful, each on thousands of cases, so their names
        // would cost rows on every case and still match too many; the bounded scan finds them at once.
        ...hashTokens(r.partyIdHashes),
      ];
    }
    case 'studySession': {
      const r = record as LedgerRecordByKind['studySession'];
      return [...textTokens(r.topic), ...textTokens(r.meetingName), ...textTokens(r.organiser), ...personTokens(r.lecturer)];
    }
    case 'enforcementCase': {
      const r = record as LedgerRecordByKind['enforcementCase'];
      return [
        ...caseNumberTokens(r.caseNumber),
        ...(r.party.kind === 'person' ? personTokens(r.party.name) : textTokens(r.party.name)),
        ...personTokens(r.party.legalRepresentative),
        ...textTokens(r.matter),
        ...hashTokens(r.partyIdHashes),
      ];
    }
    case 'officer': {
      const r = record as LedgerRecordByKind['officer'];
      return [...personTokens(r.name), ...numberTokens(r.certificateNumber), ...textTokens(r.unit), ...hashTokens([r.idNumberHash])];
    }
    case 'caseReview': {
      const r = record as LedgerRecordByKind['caseReview'];
      return [...caseNumberTokens(r.caseNumber), ...textTokens(r.reviewedUnit), ...personTokens(r.reviewer)];
    }
    default:
      throw new Error(`LEDGER_KIND_UNKNOWN: 未知的台账类型 ${String(kind)}`);
  }
}

/** The distinct tokens of a saved record (it carries its keyed ID hashes), each at most SEARCH_TOKEN_MAX long. */
export function searchTokensOf<K extends LedgerKind>(kind: K, record: LedgerRecordByKind[K]): string[] {
  const tokens = rawTokens(kind, record).map((token) =>
    token.startsWith(ID_HASH_TOKEN_PREFIX) ? token : normaliseSearchText(token));
  return [...new Set(tokens.filter((token) => token !== ''))];
}
