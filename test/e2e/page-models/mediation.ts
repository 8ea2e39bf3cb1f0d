// 人民调解: the case list, the case form (new and 修改) and the case detail, as an official uses them.
import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './app-shell';
import { choose, typeDate } from './controls';
import { LedgerList } from './ledger-list';
import { RecordDetail } from './record-detail';
import { RecordForm } from './record-form';

export interface PartyInput {
  role?: '申请人' | '被申请人' | '第三人';
  name?: string;
  gender?: '男' | '女';
  age?: number;
  ethnicity?: string;
  occupation?: string;
  idNumber?: string;
  phone?: string;
  address?: string;
}

export interface AgreementInput {
  form?: '书面协议' | '口头协议';
  signedOn?: string;
  facts?: string;
  terms?: string;
  performanceMethod?: string;
  performanceDeadline?: string;
  performancePlace?: string;
}

/** 纠纷激化 (人民调解法 art. 25): the risk ticked, and what was done and reported. */
export interface EscalationInput {
  measures?: string;
  reportedOn?: string;
  reportedTo?: string;
}

/** 卷宗: its cover and the documents ticked in 卷内材料. */
export interface ArchiveInput {
  volumeNumber: string;
  keepingPeriod: '永久' | '长期' | '短期';
  archivedOn: string;
  documents: string[];
}

export type MediationStatusText = '已受理' | '调解中' | '调解成功' | '调解不成功' | '终止调解';

/** A case as most tests type it: two parties and one mediator; a session, the agreement, 结案日期 and 卷宗 when given. */
export interface CaseInput {
  disputeType: string;
  summary: string;
  parties: [PartyInput, PartyInput];
  mediator: string;
  status: MediationStatusText;
  session?: { place?: string; record: string };
  agreement?: AgreementInput;
  closedOn?: string;
  archive?: ArchiveInput;
}

export class MediationList extends LedgerList {
  constructor(page: Page) {
    super(page, '人民调解');
  }

  async startNewCase(): Promise<MediationForm> {
    await this.startNew('新建调解案件');
    const form = new MediationForm(this.page);
    await form.expectOpen('新建调解案件');
    return form;
  }
}

export class MediationForm extends RecordForm {
  readonly basics = () => this.form.getByRole('region', { name: '基本情况' });
  readonly party = (n: number) => this.form.getByRole('group', { name: `第${n}位当事人` });
  readonly agreement = () => this.form.getByRole('region', { name: '调解协议' });

  async fillBasics({ disputeType, summary, receivedOn }: { disputeType?: string; summary?: string; receivedOn?: string }): Promise<void> {
    if (disputeType) await choose(this.basics(), '纠纷类型', disputeType);
    if (summary !== undefined) await this.textbox('纠纷简要情况', this.basics()).fill(summary);
    if (receivedOn) await typeDate(this.basics(), '受理日期', receivedOn);
  }

  async setStatus(status: MediationStatusText): Promise<void> {
    await choose(this.basics(), '调解状态', status);
  }

  async fillParty(n: number, party: PartyInput): Promise<void> {
    const scope = this.party(n);
    if (party.role) await choose(scope, '当事人身份', party.role);
    if (party.name !== undefined) await this.textbox('当事人姓名', scope).fill(party.name);
    if (party.gender) await choose(scope, '性别', party.gender);
    if (party.age !== undefined) await scope.getByRole('spinbutton', { name: '年龄' }).fill(String(party.age));
    if (party.ethnicity !== undefined) await this.textbox('民族', scope).fill(party.ethnicity);
    if (party.occupation !== undefined) await this.textbox('职业', scope).fill(party.occupation);
    if (party.idNumber !== undefined) await this.textbox('身份证号码', scope).fill(party.idNumber);
    if (party.phone !== undefined) await this.textbox('联系电话', scope).fill(party.phone);
    if (party.address !== undefined) await this.textbox('住址', scope).fill(party.address);
  }

  async setMediator(name: string): Promise<void> {
    await this.textbox('调解员姓名', this.form.getByRole('region', { name: '调解员' })).first().fill(name);
  }

  /** 添加调解记录 and fills the new (last) one. */
  async addSession({ date, place, record }: { date?: string; place?: string; record: string }): Promise<void> {
    const region = this.form.getByRole('region', { name: '调解记录' });
    await region.getByRole('button', { name: '添加调解记录' }).click();
    const session = region.getByLabel(/^第\d+次调解$/).last();
    if (date) await typeDate(session, '调解日期', date);
    if (place !== undefined) await this.textbox('调解地点', session).fill(place);
    await this.textbox('调解记录内容', session).fill(record);
  }

  /** 填写调解协议: opens the folded agreement of a case not (yet) 调解成功. */
  async openAgreement(): Promise<void> {
    await this.agreement().getByRole('button', { name: '填写调解协议' }).click();
  }

  async fillAgreement(agreement: AgreementInput): Promise<void> {
    const region = this.agreement();
    if (agreement.form) await choose(region, '协议形式', agreement.form);
    if (agreement.signedOn) await typeDate(region, '协议签订日期', agreement.signedOn);
    if (agreement.facts !== undefined) await this.textbox('纠纷主要事实、争议事项及各方责任', region).fill(agreement.facts);
    if (agreement.terms !== undefined) await this.textbox('协议内容', region).fill(agreement.terms);
    if (agreement.performanceMethod !== undefined) await this.textbox('履行方式', region).fill(agreement.performanceMethod);
    if (agreement.performanceDeadline) await typeDate(region, '履行期限', agreement.performanceDeadline);
    if (agreement.performancePlace !== undefined) await this.textbox('履行地点', region).fill(agreement.performancePlace);
  }

  readonly safeguards = () => this.form.getByRole('region', { name: '权利义务告知与防止激化' });

  async setRightsNoticeGiven(date: string): Promise<void> {
    await typeDate(this.safeguards(), '权利义务告知日期', date);
  }

  /** Ticks 纠纷有激化可能 (once) and fills what is given. */
  async markEscalation({ measures, reportedOn, reportedTo }: EscalationInput): Promise<void> {
    const region = this.safeguards();
    await region.getByRole('checkbox', { name: /^纠纷有激化可能/ }).check();
    if (measures !== undefined) await this.textbox('已采取的预防措施', region).fill(measures);
    if (reportedOn) await typeDate(region, '报告日期', reportedOn);
    if (reportedTo !== undefined) await this.textbox('报告的公安机关或有关部门', region).fill(reportedTo);
  }

  /** 协议书原件: every signature and the seal ticked, and the number of copies. */
  async confirmOriginals(copies: number): Promise<void> {
    const region = this.agreement();
    for (const name of ['各方当事人已签名、盖章或按指印', '调解员已签名', '已加盖调解委员会印章']) {
      await region.getByRole('checkbox', { name, exact: true }).check();
    }
    await region.getByRole('spinbutton', { name: '协议书份数' }).fill(String(copies));
  }

  async fillArchive({ volumeNumber, keepingPeriod, archivedOn, documents }: ArchiveInput): Promise<void> {
    const region = this.form.getByRole('region', { name: '卷宗归档' });
    await this.textbox('卷号', region).fill(volumeNumber);
    await choose(region, '保管期限', keepingPeriod);
    await typeDate(region, '归档日期', archivedOn);
    for (const name of documents) await region.getByRole('checkbox', { name, exact: true }).check();
  }

  /** Types `input` in the order an official fills the form; an agreement of a case not 调解成功 is opened first. */
  async fillCase(input: CaseInput): Promise<void> {
    await this.fillBasics({ disputeType: input.disputeType, summary: input.summary });
    await this.fillParty(1, input.parties[0]);
    await this.fillParty(2, input.parties[1]);
    await this.setMediator(input.mediator);
    await this.setStatus(input.status);
    if (input.session) await this.addSession(input.session);
    if (input.agreement) {
      if (input.status !== '调解成功') await this.openAgreement();
      await this.fillAgreement(input.agreement);
    }
    if (input.closedOn) await this.setClosedOn(input.closedOn);
    if (input.archive) await this.fillArchive(input.archive);
  }

  async setClosedOn(date: string): Promise<void> {
    await typeDate(this.form.getByRole('region', { name: '结案' }), '结案日期', date);
  }

  /** Saves and waits for the case's detail page. */
  async saveCase(): Promise<MediationDetail> {
    await this.save();
    const detail = new MediationDetail(this.page);
    await expect(detail.heading()).toHaveText(/^调解案件 〔\d{4}〕.+调字第\d+号$/);
    return detail;
  }

  partyField(n: number, label: string): Locator {
    return this.textbox(label, this.party(n));
  }
}

export class MediationDetail extends RecordDetail {
  async caseNumber(): Promise<string> {
    const title = (await this.heading().textContent()) ?? '';
    return title.replace(/^调解案件\s*/, '').trim();
  }

  readonly status = () => this.main.getByRole('heading', { level: 1 }).locator('xpath=following-sibling::*[1]');

  async edit(): Promise<MediationForm> {
    await this.pressEdit();
    return new MediationForm(this.page);
  }
}

/** 人民调解 → 新建调解案件, `input` typed and saved: the case's detail page is open. */
export async function recordMediationCase(page: Page, input: CaseInput): Promise<MediationDetail> {
  await new AppShell(page).goTo('人民调解');
  const form = await new MediationList(page).startNewCase();
  await form.fillCase(input);
  return form.saveCase();
}
