// A 行政处罚 case as the procedure specs start it: two certified officers registered, then a new case with
// its matter, legal basis, party, officers and a ¥500 fine decided.
import type { Page } from '@playwright/test';
import { AppShell } from './app-shell';
import { EnforcementList, type EnforcementForm } from './enforcement';
import { registerOfficer } from './officers';

export const caseOfficers = [
  { name: '钱晓东', certificateNumber: 'ZR2024001', issuedOn: '2024-03-01', expiresOn: '2029-02-28' },
  { name: '周海峰', certificateNumber: 'ZR2025003', issuedOn: '2025-01-02', expiresOn: '2030-12-31' },
];

/** `registerOfficers: false` for a second case on the same PC: the two are registered already. */
export async function newPenaltyCase(page: Page, partyName: string, { registerOfficers = true } = {}): Promise<EnforcementForm> {
  if (registerOfficers) for (const officer of caseOfficers) await registerOfficer(page, officer);
  await new AppShell(page).goTo('行政执法');
  const form = await new EnforcementList(page).startNewCase();
  await form.fill({ category: '行政处罚', matter: '秸秆露天焚烧', legalBasis: '《中华人民共和国大气污染防治法》第一百一十九条', partyName });
  for (const officer of caseOfficers) await form.addOfficer(officer.name);
  await form.fillDecision({ outcome: '给予行政处罚', fineAmount: 500, content: '罚款伍佰元' });
  return form;
}
