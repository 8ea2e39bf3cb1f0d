// 执法人员: the register of enforcement officers and their certificates (持证上岗).
import { expect, type Page } from '@playwright/test';
import { AppShell } from './app-shell';
import { choose, typeDate } from './controls';
import { LedgerList } from './ledger-list';
import { RecordDetail } from './record-detail';
import { RecordForm } from './record-form';

export interface OfficerInput {
  name?: string;
  gender?: '男' | '女';
  status?: '在岗' | '暂停执法' | '证件已注销' | '已调离';
  certificateNumber?: string;
  issuedOn?: string;
  expiresOn?: string;
  idNumber?: string;
  phone?: string;
  note?: string;
}

export class OfficerList extends LedgerList {
  constructor(page: Page) {
    super(page, '执法人员');
  }

  async startNewOfficer(): Promise<OfficerForm> {
    await this.startNew('新建执法人员');
    const form = new OfficerForm(this.page);
    await form.expectOpen('新建执法人员');
    return form;
  }
}

export class OfficerForm extends RecordForm {
  async fill(input: OfficerInput): Promise<void> {
    if (input.name !== undefined) await this.textbox('姓名').fill(input.name);
    if (input.gender) await choose(this.form, '性别', input.gender);
    if (input.status) await choose(this.form, '人员状态', input.status);
    if (input.certificateNumber !== undefined) await this.textbox('执法证号').fill(input.certificateNumber);
    if (input.issuedOn) await typeDate(this.form, '发证日期', input.issuedOn);
    if (input.expiresOn) await typeDate(this.form, '有效期至', input.expiresOn);
    if (input.idNumber !== undefined) await this.textbox('身份证号码').fill(input.idNumber);
    if (input.phone !== undefined) await this.textbox('联系电话').fill(input.phone);
    if (input.note !== undefined) await this.textbox('备注').fill(input.note);
  }

  async saveOfficer(): Promise<OfficerDetail> {
    await this.save();
    const detail = new OfficerDetail(this.page);
    await expect(detail.heading()).toHaveText(/^执法人员 \S+$/);
    return detail;
  }
}

export class OfficerDetail extends RecordDetail {
  async edit(): Promise<OfficerForm> {
    await this.pressEdit();
    return new OfficerForm(this.page);
  }
}

/** Registers an officer through the UI (执法人员 → 新建执法人员 → 保存), as a case needs officers on file. */
export async function registerOfficer(page: Page, input: OfficerInput): Promise<OfficerDetail> {
  await new AppShell(page).goTo('执法人员');
  const form = await new OfficerList(page).startNewOfficer();
  await form.fill(input);
  const detail = await form.saveOfficer();
  await expect(detail.heading()).toHaveText(`执法人员 ${input.name}`);
  return detail;
}
