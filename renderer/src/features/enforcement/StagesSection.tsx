// 办理环节: the date each stage was reached, in procedural order; the furthest one is the case's stage.
import { stageDates } from '#shared/domain/rules/enforcement-stage';
import { DateField } from '../../components/fields/form-fields';
import { FieldRow, FormSection } from '../../components/form/FormSection';
import type { StageValues } from './form-values';

/** What the form says under a date: the clock that runs from it. */
const helperTexts: Partial<Record<keyof StageValues, string>> = {
  filedOn: '行政处罚自立案起九十日内作出决定',
  notifiedOn: '告知拟作出的决定及陈述、申辩、听证权利',
  hearingRequestedOn: '当事人在告知后五个工作日内提出',
  servedOn: '决定后七个工作日内送达',
};

export function StagesSection() {
  return (
    <FormSection title="办理环节">
      <FieldRow>
        {stageDates.map(({ field, label }) => (
          <DateField key={field} name={`stages.${field}`} label={label} {...(helperTexts[field] ? { helperText: helperTexts[field] } : {})} />
        ))}
      </FieldRow>
    </FormSection>
  );
}
