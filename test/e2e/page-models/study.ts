// 学法记录: study sessions (会前学法, 执法人员培训 …) with the laws studied from the county's catalogue.
import { expect, type Page } from '@playwright/test';
import { choose, typeDate } from './controls';
import { LedgerList } from './ledger-list';
import { RecordDetail } from './record-detail';
import { RecordForm } from './record-form';

export interface StudyInput {
  heldOn?: string;
  kind?: '会前学法' | '中心组学法' | '干部集中学法' | '执法人员培训' | '法治讲座' | '学法考试' | '普法活动';
  meetingName?: string;
  lecturer?: string;
  place?: string;
  hours?: number;
  topic?: string;
  summary?: string;
}

/** A 普法活动 (谁执法谁普法, decision 037): its own names for the shared fields, and whom it reached. */
export interface ActivityInput {
  unit: string;
  topic: string;
  place: string;
  hours: number;
  audience: string;
  peopleReached: number;
}

export class StudyList extends LedgerList {
  constructor(page: Page) {
    super(page, '学法记录');
  }

  readonly yearProgress = () => this.main.getByRole('alert', { name: '年度会前学法进度' });

  async startNewSession(): Promise<StudyForm> {
    await this.startNew('新建学法记录');
    const form = new StudyForm(this.page);
    await form.expectOpen('新建学法记录');
    return form;
  }
}

export class StudyForm extends RecordForm {
  readonly lawsField = () => this.form.getByRole('combobox', { name: '所学法律法规' });

  async fill(input: StudyInput): Promise<void> {
    if (input.heldOn) await typeDate(this.form, '学习日期', input.heldOn);
    if (input.kind) await choose(this.form, '学习形式', input.kind);
    if (input.meetingName !== undefined) await this.textbox('会议名称').fill(input.meetingName);
    if (input.lecturer !== undefined) await this.textbox('主讲人').fill(input.lecturer);
    if (input.place !== undefined) await this.textbox('学习地点').fill(input.place);
    if (input.hours !== undefined) await this.form.getByRole('spinbutton', { name: '学习时长（小时）' }).fill(String(input.hours));
    if (input.topic !== undefined) await this.textbox('学习主题').fill(input.topic);
    if (input.summary !== undefined) await this.textbox('学习内容摘要').fill(input.summary);
  }

  /** Chooses 普法活动 and fills what it asks for under the names it shows them. */
  async fillActivity(input: ActivityInput): Promise<void> {
    await choose(this.form, '学习形式', '普法活动');
    await this.textbox('执法部门（组织单位）').fill(input.unit);
    await this.textbox('普法主题').fill(input.topic);
    await this.textbox('活动地点').fill(input.place);
    await this.form.getByRole('spinbutton', { name: '活动时长（小时）' }).fill(String(input.hours));
    await this.textbox('普法对象').fill(input.audience);
    await this.form.getByRole('spinbutton', { name: '受众人数（人）' }).fill(String(input.peopleReached));
  }

  /** Types part of a law's name and picks the catalogue entry whose full name is `fullName`. */
  async addLaw(typed: string, fullName: string, field = this.lawsField()): Promise<void> {
    await field.fill(typed);
    await this.page.getByRole('listbox').getByRole('option', { name: new RegExp(`^${fullName}`) }).click();
  }

  readonly lawChip = (shortName: string) => this.form.getByRole('button', { name: shortName, exact: true });

  async addParticipant(name: string): Promise<void> {
    await this.form.getByRole('button', { name: '添加参加人员' }).click();
    const row = this.form.getByRole('group', { name: /^第\d+名参加人员$/ }).last();
    await this.textbox('参加人员姓名', row).fill(name);
  }

  async saveSession(): Promise<StudyDetail> {
    await this.save();
    const detail = new StudyDetail(this.page);
    await expect(detail.section('基本情况')).toBeVisible();
    await expect(this.form).toBeHidden();
    return detail;
  }
}

export class StudyDetail extends RecordDetail {
  async edit(): Promise<StudyForm> {
    await this.pressEdit();
    return new StudyForm(this.page);
  }
}
