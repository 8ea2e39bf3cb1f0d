// 基本情况 and 学习内容 of a study session. 会前学法 must name the executive meeting and the laws studied
// (the county plan counts distinct laws from the catalogue), so their hints change with the kind; a 普法活动
// (谁执法谁普法, decision 037) is organised by the enforcing unit, held somewhere and may have no lecturer.
import { useFormContext, useWatch } from 'react-hook-form';
import { studyKindLabels } from '#shared/domain/labels';
import { PUBLIC_LEGAL_EDUCATION } from '#shared/domain/schemas/study-session';
import type { ReferenceData } from '#shared/domain/schemas/index';
import { DateField, EnumSelect, NumberInput, TextInput } from '../../components/fields/form-fields';
import { FieldRow, FormSection } from '../../components/form/FormSection';
import type { StudyFormValues } from './form-values';
import { LawPicker } from './LawPicker';

export function StudyBasicSection({ today }: { today: string }) {
  const { control } = useFormContext<StudyFormValues>();
  const kind = useWatch({ control, name: 'kind' });
  const outreach = kind === PUBLIC_LEGAL_EDUCATION;
  return (
    <FormSection title="基本情况">
      <FieldRow>
        <DateField name="heldOn" label="学习日期" maxDate={today} />
        <EnumSelect name="kind" label="学习形式" labels={studyKindLabels} />
        <TextInput name="meetingName" label="会议名称"
          helperText={kind === 'preMeeting' ? '会前学法必填，如：第12次政府常务会议' : '选填'} />
      </FieldRow>
      <FieldRow>
        <TextInput name="organiser" label={outreach ? '执法部门（组织单位）' : '组织单位'}
          helperText={outreach ? '谁执法谁普法：填写开展普法的执法部门' : undefined} />
        <TextInput name="lecturer" label={outreach ? '宣讲人' : '主讲人'} helperText={kind === 'exam' ? '考试可不填' : outreach ? '选填' : undefined} />
        <TextInput name="place" label={outreach ? '活动地点' : '学习地点'} helperText={outreach ? '必填，如：镇农贸市场' : undefined} />
      </FieldRow>
      <FieldRow columns={3}>
        <NumberInput name="hours" label={outreach ? '活动时长（小时）' : '学习时长（小时）'} min={0} helperText="按0.5小时计" />
      </FieldRow>
    </FormSection>
  );
}

export function StudyContentSection({ laws }: { laws: readonly ReferenceData[] }) {
  const { control } = useFormContext<StudyFormValues>();
  const kind = useWatch({ control, name: 'kind' });
  const outreach = kind === PUBLIC_LEGAL_EDUCATION;
  return (
    <FormSection title={outreach ? '普法内容' : '学习内容'}>
      <FieldRow columns={1}>
        <TextInput name="topic" label={outreach ? '普法主题' : '学习主题'} />
        <LawPicker name="lawIds" label={outreach ? '宣传的法律法规' : '所学法律法规'} laws={laws}
          helperText={kind === 'preMeeting' ? '会前学法至少选择一部，计入年度会前学法数' : outreach ? '选择本部门执行、本次宣传的法律法规' : undefined} />
        <TextInput name="summary" label={outreach ? '活动内容摘要' : '学习内容摘要'} multiline minRows={3} />
      </FieldRow>
    </FormSection>
  );
}
