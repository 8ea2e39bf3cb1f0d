// 办理环节: the date each stage was reached, in procedural order; the furthest one is the case's stage.
import { DateField } from '../../components/fields/form-fields';
import { FieldRow, FormSection } from '../../components/form/FormSection';
import type { StageValues } from './form-values';

/** The stage dates in the order the rules check them (rules/enforcement.ts stageOrder), with the form's labels. */
export const stageFields: readonly { field: keyof StageValues; label: string; helperText?: string }[] = [
  { field: 'filedOn', label: '立案日期', helperText: '行政处罚自立案起九十日内作出决定' },
  { field: 'investigatedOn', label: '调查取证日期' },
  { field: 'notifiedOn', label: '告知日期', helperText: '告知拟作出的决定及陈述、申辩、听证权利' },
  { field: 'hearingRequestedOn', label: '申请听证日期', helperText: '当事人在告知后五个工作日内提出' },
  { field: 'hearingHeldOn', label: '听证日期' },
  { field: 'decidedOn', label: '决定日期' },
  { field: 'servedOn', label: '送达日期', helperText: '决定后七个工作日内送达' },
  { field: 'executedOn', label: '执行日期' },
  { field: 'closedOn', label: '结案日期' },
];

export function StagesSection() {
  return (
    <FormSection title="办理环节">
      <FieldRow>
        {stageFields.map(({ field, label, helperText }) => (
          <DateField key={field} name={`stages.${field}`} label={label} {...(helperText ? { helperText } : {})} />
        ))}
      </FieldRow>
    </FormSection>
  );
}
