// 案卷评查: a score sheet for one enforcement case file (veto items, 20 form points, 80 content points).
import { expect, type Page } from '@playwright/test';
import { AppShell } from './app-shell';
import { typeDate } from './controls';
import { EnforcementList } from './enforcement';
import { LedgerList } from './ledger-list';
import { registerOfficer } from './officers';
import { RecordDetail } from './record-detail';
import { RecordForm } from './record-form';

export interface ReviewInput {
  reviewedOn?: string;
  reviewer?: string;
  vetoItems?: string[];
  formScore?: number;
  contentScore?: number;
  findings?: string;
}

export class ReviewList extends LedgerList {
  constructor(page: Page) {
    super(page, '案卷评查');
  }

  async startNewReview(): Promise<ReviewForm> {
    await this.startNew('新建案卷评查');
    const form = new ReviewForm(this.page);
    await form.expectOpen('新建案卷评查');
    return form;
  }

  /** The list's 评查日期 range (its filter). */
  async reviewedBetween(from: string, to: string): Promise<void> {
    await typeDate(this.main, '评查日期从', from);
    await typeDate(this.main, '评查日期至', to);
  }
}

export class ReviewForm extends RecordForm {
  /** Searches the township's enforcement cases by `typed` and picks the one whose label starts with `caseNumber`. */
  async pickCase(typed: string, caseNumber: string): Promise<void> {
    await this.form.getByRole('combobox', { name: '被评查的执法案件' }).fill(typed);
    await this.page.getByRole('listbox').getByRole('option', { name: new RegExp(`^${caseNumber.replace(/[〔〕]/g, '.')}`) }).click();
  }

  readonly score = () => this.form.getByRole('status', { name: '评查得分' });

  async fill(input: ReviewInput): Promise<void> {
    if (input.reviewedOn) await typeDate(this.form, '评查日期', input.reviewedOn);
    if (input.reviewer !== undefined) await this.textbox('评查人').fill(input.reviewer);
    for (const item of input.vetoItems ?? []) await this.form.getByRole('checkbox', { name: item }).check();
    if (input.formScore !== undefined) await this.form.getByRole('spinbutton', { name: '案卷形式得分' }).fill(String(input.formScore));
    if (input.contentScore !== undefined) await this.form.getByRole('spinbutton', { name: '案卷内容得分' }).fill(String(input.contentScore));
    if (input.findings !== undefined) await this.textbox('评查意见').fill(input.findings);
  }

  async saveReview(): Promise<ReviewDetail> {
    await this.save();
    const detail = new ReviewDetail(this.page);
    await expect(detail.heading()).toHaveText(/^案卷评查 /);
    return detail;
  }
}

export class ReviewDetail extends RecordDetail {
  async edit(): Promise<ReviewForm> {
    await this.pressEdit();
    return new ReviewForm(this.page);
  }
}

/**
 * An enforcement case to review, made through the UI: a 行政检查 of 蒋春燕 by two officers with valid certificates.
 * Returns its case number with 案卷评查 open.
 */
export async function caseToReview(page: Page): Promise<string> {
  await registerOfficer(page, { name: '钱晓东', certificateNumber: 'ZR2024001', issuedOn: '2024-03-01', expiresOn: '2029-02-28' });
  await registerOfficer(page, { name: '周海峰', certificateNumber: 'ZR2025003', issuedOn: '2025-01-02', expiresOn: '2030-12-31' });
  const shell = new AppShell(page);
  await shell.goTo('行政执法');
  const cases = await new EnforcementList(page).startNewCase();
  await cases.fill({ category: '行政检查', matter: '餐饮店消防通道检查', legalBasis: '《中华人民共和国消防法》第五十三条', partyName: '蒋春燕' });
  await cases.addOfficer('钱晓东');
  await cases.addOfficer('周海峰');
  const caseNumber = await (await cases.saveCase()).caseNumber();
  await shell.goTo('案卷评查');
  return caseNumber;
}
