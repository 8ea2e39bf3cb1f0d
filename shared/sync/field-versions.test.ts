// Decision 015: a PC on an older protocol neither receives newer fields nor loses them by pushing.
import { describe, expect, it } from 'vitest';
import { collectionSchemas, type CollectionName } from '../domain/schemas/index';
import { PROTOCOL_VERSION } from './protocol';
import { baseViews, enumValuesAddedIn, enumValuesNewerThan, fieldsAddedIn, fieldsNewerThan, keepingFields, misplacedPaths, withoutFields, type FieldsAdded } from './field-versions';

const table: Record<number, FieldsAdded> = {
  2: { enforcementCase: ['statement', 'stages.hearingNoticeOn'] },
  3: { enforcementCase: ['decision.remedies'], mediationCase: ['archive'] },
};

describe('fields added per protocol version', () => {
  it('a PC on protocol 1 does not know the fields of 2 and 3; one on 2 only those of 3', () => {
    expect(fieldsNewerThan('enforcementCase', 1, table)).toEqual(['statement', 'stages.hearingNoticeOn', 'decision.remedies']);
    expect(fieldsNewerThan('enforcementCase', 2, table)).toEqual(['decision.remedies']);
    expect(fieldsNewerThan('enforcementCase', 3, table)).toEqual([]);
    expect(fieldsNewerThan('studySession', 1, table)).toEqual([]);
  });

  it('an older PC receives the document without them, nested ones too, and the stored one is untouched', () => {
    const stored = { id: 'e1', statement: { content: '申辩' }, stages: { filedOn: '2027-01-04', hearingNoticeOn: '2027-01-10' } };
    const sent = withoutFields(stored, fieldsNewerThan('enforcementCase', 1, table));
    expect(sent).toEqual({ id: 'e1', stages: { filedOn: '2027-01-04' } });
    expect(stored.stages.hearingNoticeOn).toBe('2027-01-10');
  });

  it("an older PC's push keeps the newer values the server holds, but not under a parent it removed", () => {
    const stored = { id: 'e1', statement: { content: '申辩' }, stages: { filedOn: '2027-01-04', hearingNoticeOn: '2027-01-10' }, decision: { outcome: 'penalty', remedies: '复议' } };
    const pushed = { id: 'e1', matter: '改了', stages: { filedOn: '2027-01-05' } };
    expect(keepingFields(pushed, stored, fieldsNewerThan('enforcementCase', 1, table))).toEqual({
      id: 'e1',
      matter: '改了',
      statement: { content: '申辩' },
      stages: { filedOn: '2027-01-05', hearingNoticeOn: '2027-01-10' },
    });
  });

  it('a value the push holds itself is kept: an app updated since its pull may have filled the field in', () => {
    const stored = { id: 'e1', statement: { content: '旧' } };
    expect(keepingFields({ id: 'e1', statement: { content: '新' } }, stored, ['statement'])).toEqual({ id: 'e1', statement: { content: '新' } });
  });

  it('the views a PC may have had of a document: as it receives it now, then as each older protocol did', () => {
    expect(baseViews('enforcementCase', 3, 1, table)).toEqual([[], ['decision.remedies'], ['statement', 'stages.hearingNoticeOn', 'decision.remedies']]);
    expect(baseViews('enforcementCase', 1, 1, table)).toEqual([['statement', 'stages.hearingNoticeOn', 'decision.remedies']]);
    // mediationCase grew only in 3: the views of 2 and 1 are the same, listed once.
    expect(baseViews('mediationCase', 3, 1, table)).toEqual([[], ['archive']]);
    expect(baseViews('studySession', 3, 1, table)).toEqual([[]]);
  });

  it('nothing newer: the same object comes back', () => {
    const doc = { id: 'e1' };
    expect(withoutFields(doc, [])).toBe(doc);
    expect(keepingFields(doc, {}, [])).toBe(doc);
  });

  it('a path into an array item, not in the schema, or required is a mistake the check finds', () => {
    const schema = collectionSchemas.mediationCase as unknown as Record<string, unknown>;
    expect(misplacedPaths(schema, ['closingNote', 'agreement.performancePlace', 'parties.name', 'agreement.nope', 'nope', 'caseNumber', 'agreement.form'])).toEqual([
      'parties.name',
      'agreement.nope',
      'nope',
      'caseNumber',
      'agreement.form',
    ]);
  });

  it('every entry of the real table names an optional field of the current schema, through objects only, in a version this code speaks', () => {
    for (const [version, added] of Object.entries(fieldsAddedIn)) {
      expect(Number(version)).toBeGreaterThan(1);
      expect(Number(version)).toBeLessThanOrEqual(PROTOCOL_VERSION);
      for (const [collection, paths] of Object.entries(added) as [CollectionName, string[]][]) {
        const schema = collectionSchemas[collection] as unknown as Record<string, unknown>;
        expect(misplacedPaths(schema, paths), `${collection} in protocol ${version}`).toEqual([]);
      }
    }
  });
});

describe('coded values added per protocol version (decision 037)', () => {
  it('a PC below protocol 4 does not know 普法活动; one on 4 knows every value', () => {
    expect(enumValuesNewerThan('studySession', 3)).toEqual({ kind: ['publicLegalEducation'] });
    expect(enumValuesNewerThan('studySession', 1)).toEqual({ kind: ['publicLegalEducation'] });
    expect(enumValuesNewerThan('studySession', PROTOCOL_VERSION)).toEqual({});
    expect(enumValuesNewerThan('mediationCase', 1)).toEqual({});
  });

  it('values of several versions add up per field', () => {
    const table = { 2: { studySession: { kind: ['a'] } }, 3: { studySession: { kind: ['b'], other: ['c'] } } };
    expect(enumValuesNewerThan('studySession', 1, table)).toEqual({ kind: ['a', 'b'], other: ['c'] });
    expect(enumValuesNewerThan('studySession', 2, table)).toEqual({ kind: ['b'], other: ['c'] });
  });

  it('every value listed is in today\'s schema enum of a top-level field, so the older schema is today\'s minus it', () => {
    for (const added of Object.values(enumValuesAddedIn)) {
      for (const [collection, fields] of Object.entries(added) as [CollectionName, Record<string, string[]>][]) {
        const properties = (collectionSchemas[collection] as { properties: Record<string, { enum?: readonly string[] }> }).properties;
        for (const [field, values] of Object.entries(fields)) expect(properties[field]?.enum, `${collection}.${field}`).toEqual(expect.arrayContaining(values));
      }
    }
  });
});
