// What the mediation 文书 state alike: the committee's name, a party's basic facts (人民调解法 art. 29(一); the
// 申请书's fields [W7]).
import { genderLabels, partyRoleLabels } from '../labels';
import type { MediationCase } from '../schemas/mediation-case';
import type { DocumentContext } from './document';
import { joinParts, personalText } from './format';

type Party = MediationCase['parties'][number];
type PartyPersonal = NonNullable<MediationCase['personal']['parties']>[number];

/** The 调解委员会 the case names, or the township's from settings when the case leaves it blank. */
export const committeeNameOf = (record: Pick<MediationCase, 'committee'>, context: DocumentContext): string =>
  record.committee.trim() || context.committeeName;

/** 申请人：王秀兰，女，45岁，汉族，农民，身份证号码…，联系电话…，住址：… */
export function partyLine(party: Party, personal: PartyPersonal | undefined, representative: string | undefined, context: DocumentContext): string {
  const person = party.kind === 'person';
  const details = joinParts([
    person && party.gender ? genderLabels[party.gender] : undefined,
    person && party.age !== undefined ? `${party.age}岁` : undefined,
    person ? party.ethnicity : undefined,
    person ? party.occupation : undefined,
    !person && representative ? `法定代表人或主要负责人：${representative}` : undefined,
    personal?.idNumber ? `${person ? '身份证号码' : '证件号码'}：${personalText('idNumber', personal.idNumber, context.showPersonal)}` : undefined,
    personal?.phone ? `联系电话：${personalText('phone', personal.phone, context.showPersonal)}` : undefined,
    personal?.address ? `${person ? '住址' : '住所'}：${personalText('address', personal.address, context.showPersonal)}` : undefined,
  ]);
  return `${partyRoleLabels[party.role]}：${party.name}${details ? `，${details}` : ''}`;
}

/** Every party's line, in the record's order. */
export const partyLines = (record: Pick<MediationCase, 'parties' | 'personal' | 'legalRepresentatives'>, context: DocumentContext): { line: string }[] => {
  const personalById = new Map((record.personal.parties ?? []).map((item) => [item.partyId, item]));
  return record.parties.map((party) => ({ line: partyLine(party, personalById.get(party.partyId), record.legalRepresentatives?.[party.partyId], context) }));
};
