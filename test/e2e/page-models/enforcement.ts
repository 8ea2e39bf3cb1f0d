// 行政执法: the case list, the case form (party, officers, stage dates, hearing notice, decision, 法制审核, 集体讨论,
// 公示) and the detail.
import { expect, type Locator, type Page } from '@playwright/test';
import { choose, typeDate } from './controls';
import { LedgerList } from './ledger-list';
import { RecordDetail } from './record-detail';
import { RecordForm } from './record-form';

export interface EnforcementInput {
  category?: '行政处罚' | '行政许可' | '行政强制' | '行政检查';
  matter?: string;
  legalBasis?: string;
  partyName?: string;
  idNumber?: string;
  phone?: string;
  address?: string;
}

/** Stage dates by their labels in the form's 办理环节 section. */
export type StageDates = Partial<Record<'立案日期' | '调查取证日期' | '告知日期' | '申请听证日期' | '听证日期' | '决定日期' | '送达日期' | '执行日期' | '结案日期', string>>;

export interface DecisionInput {
  outcome?: string;
  fineAmount?: number;
  documentNumber?: string;
  content?: string;
  /** 决定书: 履行方式和期限, 复议、诉讼的途径和期限 (行政处罚法 art. 59). */
  performance?: string;
  remedies?: string;
  /** 处罚地点: shown under 简易程序 only (当场处罚决定书, art. 52). */
  place?: string;
}

export class EnforcementList extends LedgerList {
  constructor(page: Page) {
    super(page, '行政执法');
  }

  async startNewCase(): Promise<EnforcementForm> {
    await this.startNew('新建执法案件');
    const form = new EnforcementForm(this.page);
    await form.expectOpen('新建执法案件');
    return form;
  }
}

export class EnforcementForm extends RecordForm {
  readonly region = (title: string) => this.form.getByRole('region', { name: title, exact: true });
  readonly officersField = () => this.region('执法人员（持证上岗）').getByRole('combobox', { name: '执法人员' });

  async fill(input: EnforcementInput): Promise<void> {
    const basics = this.region('基本情况');
    if (input.category) await choose(basics, '执法类别', input.category);
    if (input.matter !== undefined) await this.textbox('执法事项', basics).fill(input.matter);
    if (input.legalBasis !== undefined) await this.textbox('法律依据', basics).fill(input.legalBasis);
    const party = this.region('当事人');
    if (input.partyName !== undefined) await this.textbox('当事人姓名', party).fill(input.partyName);
    if (input.idNumber !== undefined) await this.textbox('身份证号码', party).fill(input.idNumber);
    if (input.phone !== undefined) await this.textbox('联系电话', party).fill(input.phone);
    if (input.address !== undefined) await this.textbox('住址', party).fill(input.address);
  }

  /** Types an officer's name into 执法人员 and picks them from the register's suggestions. */
  async addOfficer(name: string): Promise<void> {
    await this.officersField().fill(name);
    await this.page.getByRole('listbox').getByRole('option', { name: new RegExp(`^${name}`) }).click();
    await expect(this.officerChip(name)).toBeVisible();
  }

  /** Removes the last chosen officer, as Backspace in the empty box does. */
  async removeLastOfficer(): Promise<void> {
    await this.officersField().fill('');
    await this.officersField().press('Backspace');
  }

  readonly officerChip = (name: string): Locator => this.region('执法人员（持证上岗）').getByRole('button', { name: new RegExp(`^${name}（证号`) });

  async setStages(dates: StageDates): Promise<void> {
    for (const [label, date] of Object.entries(dates)) await typeDate(this.region('办理环节'), label, date);
  }

  async fillDecision(decision: DecisionInput): Promise<void> {
    const region = this.region('执法决定');
    if (decision.outcome) await choose(region, '决定结果', decision.outcome);
    if (decision.fineAmount !== undefined) await region.getByRole('spinbutton', { name: '罚款金额（元）' }).fill(String(decision.fineAmount));
    if (decision.documentNumber !== undefined) await this.textbox('决定书文号', region).fill(decision.documentNumber);
    if (decision.content !== undefined) await this.textbox('决定内容', region).fill(decision.content);
    if (decision.performance !== undefined) await this.textbox('履行方式和期限', region).fill(decision.performance);
    if (decision.remedies !== undefined) await this.textbox('复议、诉讼的途径和期限', region).fill(decision.remedies);
    if (decision.place !== undefined) await this.textbox('处罚地点', region).fill(decision.place);
  }

  /** 全过程记录 → 添加记录, describing what was recorded (its stage and form as the form proposes). */
  async addRecording(description: string): Promise<void> {
    const region = this.region('全过程记录');
    await region.getByRole('button', { name: '添加记录' }).click();
    await this.textbox('记录说明', region.getByLabel(/^第\d+条记录$/).last()).fill(description);
  }

  async markMajor(): Promise<void> {
    await this.region('法制审核').getByRole('checkbox', { name: '重大执法决定' }).check();
  }

  async fillLegalReview({ reviewedOn, reviewer, opinion, qualification }: {
    reviewedOn: string; reviewer: string; opinion: '同意' | '不同意' | '修改后再报';
    qualification?: '非初次从事法制审核' | '初次从事，已取得法律职业资格' | '初次从事，未取得法律职业资格';
  }): Promise<void> {
    const region = this.region('法制审核');
    await typeDate(region, '法制审核日期', reviewedOn);
    await this.textbox('法制审核人员', region).fill(reviewer);
    await choose(region, '法制审核意见', opinion);
    if (qualification) await choose(region, '审核人员资格', qualification);
  }

  /** 听证通知与主持: when the party was told the hearing's time and place, where, and who hosts it. */
  async fillHearingNotice({ noticeOn, place, host }: { noticeOn: string; place: string; host: string }): Promise<void> {
    const region = this.region('听证通知与主持');
    await typeDate(region, '听证通知日期', noticeOn);
    await this.textbox('听证地点', region).fill(place);
    await this.textbox('听证主持人', region).fill(host);
  }

  async fillCollectiveDiscussion({ discussedOn, participants, conclusion }: { discussedOn: string; participants: string; conclusion: string }): Promise<void> {
    const region = this.region('负责人集体讨论');
    await typeDate(region, '集体讨论日期', discussedOn);
    await this.textbox('参加讨论的负责人', region).fill(participants);
    await this.textbox('集体讨论结论', region).fill(conclusion);
  }

  async recordPublicity(publishedOn: string, channel: string): Promise<void> {
    const region = this.region('执法公示');
    await typeDate(region, '公示日期', publishedOn);
    await this.textbox('公示渠道', region).fill(channel);
  }

  async saveCase(): Promise<EnforcementDetail> {
    await this.save();
    const detail = new EnforcementDetail(this.page);
    await expect(detail.heading()).toHaveText(/^执法案件 \S+〔\d{4}〕\d+号$/);
    return detail;
  }
}

export class EnforcementDetail extends RecordDetail {
  async caseNumber(): Promise<string> {
    return ((await this.heading().textContent()) ?? '').replace(/^执法案件\s*/, '').trim();
  }

  /** The statutory clock named `label` in 法定期限 (e.g. 执法决定公示). */
  readonly deadline = (label: string | RegExp) => this.section('法定期限').getByRole('listitem').filter({ hasText: label });

  async edit(): Promise<EnforcementForm> {
    await this.pressEdit();
    return new EnforcementForm(this.page);
  }
}
