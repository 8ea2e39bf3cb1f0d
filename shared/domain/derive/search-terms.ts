// The pieces a kind's search words are made of (kinds/*.ts pick them per field). For the searchText scan:
// a person's name with its pinyin, full and initials, so 张三 is found by 'zs' and by 'zhangsan'. For the
// searchToken index, looked up as a prefix (decision 006): a person's name gives itself (so the surname
// finds it), its pinyin and its initials; a case number gives the forms people quote (12, 调字第12号); a
// short text (unit, topic, matter) gives the suffixes of each phrase, so 占道 finds 未经许可占道经营.
// ID numbers give only `idh:` + the record's keyed hash, never the number; phones and addresses give nothing.
import { pinyin } from 'pinyin-pro';
import { parseCaseNumber } from '../case-number';

export const ID_HASH_TOKEN_PREFIX = 'idh:';
/** Suffixes shorter than this are left out: one character would match half the ledger. */
const MIN_SUFFIX = 2;
/** Only the start of a long text gives suffixes (a 200-character topic would give 200 tokens). */
const SUFFIX_SOURCE_MAX = 24;

/** A person's name as text plus its pinyin and initials; 'head' reads surnames as surnames (曾 → zeng). */
export function personNameTerms(name: string): string[] {
  const options = { toneType: 'none', type: 'array', surname: 'head', v: true } as const;
  const syllables = pinyin(name, options).filter((part) => part.trim() !== '');
  const initials = pinyin(name, { ...options, pattern: 'first' }).filter((part) => part.trim() !== '');
  return [name, syllables.join(''), initials.join('')];
}

/** A party of either kind: a person by name and pinyin, an organisation by its name. */
export const partyNameTerms = (party: { kind: 'person' | 'organisation'; name: string }): string[] =>
  (party.kind === 'person' ? personNameTerms(party.name) : [party.name]);

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
export const personTokens = (name: string | undefined): string[] => {
  const trimmed = name?.trim();
  return trimmed ? personNameTerms(trimmed) : [];
};

/** A party's tokens: a person's name as a name, an organisation's as a short text. */
export const partyTokens = (party: { kind: 'person' | 'organisation'; name: string }): string[] =>
  (party.kind === 'person' ? personTokens(party.name) : textTokens(party.name));

/** A certificate number (or a case number in no known style): the whole and its suffixes. */
export const numberTokens = (value: string | undefined): string[] => (value?.trim() ? suffixes(value.trim()) : []);

/**
 * A case number: whole, from the township on, and from the part people quote on
 * (〔2026〕绥滨调字第12号 → 绥滨调字第12号, 调字第12号, 第12号, 12号; 绥滨综执〔2026〕12号 → 综执〔2026〕12号, 〔2026〕12号, 12号).
 */
export function caseNumberTokens(value: string | undefined): string[] {
  const parts = value ? parseCaseNumber(value) : null;
  if (!value || !parts) return numberTokens(value);
  const { year, townshipShortName, seq } = parts;
  return parts.kind === 'mediationCase'
    ? [value, `${townshipShortName}调字第${seq}号`, `调字第${seq}号`, `第${seq}号`, `${seq}号`]
    : [value, `综执〔${year}〕${seq}号`, `〔${year}〕${seq}号`, `${seq}号`];
}

/** A short text (unit, topic, matter): each phrase between spaces and punctuation, with suffixes. */
export function textTokens(text: string | undefined): string[] {
  if (!text?.trim()) return [];
  const phrases = text.split(/[\s\p{P}\p{S}]+/u).filter((phrase) => phrase !== '');
  return [text.trim(), ...phrases.flatMap(suffixes)];
}

/** The token of a keyed ID-number hash (id-number-hash.ts): the hash only, never the number. */
export const idHashToken = (hash: string): string => `${ID_HASH_TOKEN_PREFIX}${hash}`;

export const hashTokens = (hashes: readonly (string | undefined)[]): string[] =>
  hashes.filter((hash): hash is string => !!hash).map(idHashToken);
