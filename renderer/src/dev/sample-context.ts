// What every sample-record maker needs: the reference codes to draw from, the township the
// records belong to, the date window, and how to make up a person.
import dayjs from 'dayjs';
import type { ReferenceData } from '#shared/domain/schemas/index';
import { sampleIdNumber, sampleMobile } from './identity';
import { ETHNICITIES, GIVEN_FEMALE, GIVEN_MALE, OCCUPATIONS, SURNAMES, VILLAGES } from './names';
import type { Random } from './prng';

export interface SampleTownship {
  code: string;
  name: string;
  /** 人民调解委员会 name. */
  committee: string;
}

export interface SamplePowerItem {
  id: string;
  name: string;
  /** Enforcement category of the item when the power list says so. */
  category?: string;
  legalBasis?: string;
}

export interface SampleLaw {
  id: string;
  name: string;
}

/** The reference data a generator draws from; codes come from the store, never invented. */
export interface SampleContext {
  township: SampleTownship;
  disputeTypes: string[];
  laws: SampleLaw[];
  powerItems: SamplePowerItem[];
  /** First and last day records may carry (YYYY-MM-DD); nothing is dated after `today`. */
  firstDay: string;
  today: string;
}

const FIRST_DAY = '2024-01-01';
const LAST_DAY = '2026-12-31';

const activeOf = (entries: readonly ReferenceData[], kind: ReferenceData['kind']) =>
  entries.filter((entry) => entry.kind === kind && entry.active).sort((a, b) => a.sortOrder - b.sortOrder);

/** Builds the context from reference entries (the store's, or `defaultReferenceData`). */
export function sampleContextFrom(entries: readonly ReferenceData[], now: Date, townshipCode?: string): SampleContext {
  const townships = activeOf(entries, 'township');
  const township = townships.find((entry) => entry.code === townshipCode) ?? townships[0];
  if (!township) throw new Error('SAMPLE_NO_TOWNSHIP: 基础数据中没有乡镇，无法生成样例记录');
  const disputeTypes = activeOf(entries, 'disputeType').map((entry) => entry.code);
  if (disputeTypes.length === 0) throw new Error('SAMPLE_NO_DISPUTE_TYPE: 基础数据中没有纠纷类型，无法生成样例记录');
  const today = dayjs(now).format('YYYY-MM-DD');
  return {
    township: { code: township.code, name: township.name, committee: township.details.text ?? `${township.name}人民调解委员会` },
    disputeTypes,
    laws: activeOf(entries, 'law').map((entry) => ({ id: entry.id, name: entry.details.shortName ?? entry.name })),
    powerItems: activeOf(entries, 'powerItem').map((entry) => ({
      id: entry.id, name: entry.name, category: entry.details.category, legalBasis: entry.details.text,
    })),
    firstDay: FIRST_DAY,
    today: today < LAST_DAY ? today : LAST_DAY,
  };
}

/** A day in [from, to], both YYYY-MM-DD; `to` wins when the window is empty. */
export function dayBetween(random: Random, from: string, to: string): string {
  const span = dayjs(to).diff(dayjs(from), 'day');
  if (span <= 0) return to;
  return dayjs(from).add(random.int(0, span), 'day').format('YYYY-MM-DD');
}

export const addDays = (day: string, days: number): string => dayjs(day).add(days, 'day').format('YYYY-MM-DD');

export const earlier = (a: string, b: string): string => (a < b ? a : b);

/** Whole years between a birth date and a day. */
export const ageOn = (birthDate: string, day: string): number => dayjs(day).diff(dayjs(birthDate), 'year');

export interface SamplePerson {
  name: string;
  gender: 'male' | 'female';
  birthDate: string;
  idNumber: string;
  phone: string;
  village: string;
  address: string;
  ethnicity: string;
  occupation: string;
}

export function samplePersonName(random: Random, gender: 'male' | 'female'): string {
  return random.pick(SURNAMES) + random.pick(gender === 'male' ? GIVEN_MALE : GIVEN_FEMALE);
}

/** An adult of 绥滨县 aged 20–79 on `onDay`. */
export function samplePerson(random: Random, context: SampleContext, onDay: string): SamplePerson {
  const gender = random.chance(0.55) ? 'male' : 'female';
  const birthDate = dayBetween(random, addDays(onDay, -80 * 365), addDays(onDay, -20 * 366));
  const village = random.pick(VILLAGES);
  return {
    name: samplePersonName(random, gender),
    gender,
    birthDate,
    idNumber: sampleIdNumber(random, birthDate, gender),
    phone: sampleMobile(random),
    village,
    address: `黑龙江省鹤岗市绥滨县${context.township.name}${village}${String(random.int(1, 12))}组`,
    ethnicity: random.pick(ETHNICITIES),
    occupation: random.pick(OCCUPATIONS),
  };
}
