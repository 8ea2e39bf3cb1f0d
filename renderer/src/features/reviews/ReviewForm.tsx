// The case-review form: new or edit.
import type { CaseReview } from '#shared/domain/schemas/index';
import { LedgerRecordForm } from '../../app/LedgerRecordForm';
import { DateField, TextInput } from '../../components/fields/form-fields';
import { FieldRow, FormSection } from '../../components/form/FormSection';
import { CasePicker } from './CasePicker';
import { reviewDraftOf, reviewFormFieldOf, type ReviewFormValues } from './form-values';
import { ScoreSection } from './ScoreSection';
import { useToday } from '../../app/useToday';

export interface ReviewFormProps {
  /** The review being edited; absent for a new one. */
  record?: CaseReview;
  defaultValues: ReviewFormValues;
}

export function ReviewForm({ record, defaultValues }: ReviewFormProps) {
  const today = useToday();
  return (
    <LedgerRecordForm
      kind="caseReview"
      record={record}
      title={record ? `修改案卷评查 ${record.caseNumber}` : '新建案卷评查'}
      defaultValues={defaultValues}
      toDraft={reviewDraftOf}
      formFieldOf={reviewFormFieldOf}
    >
      <FormSection title="基本情况">
        <FieldRow columns={2}>
          <CasePicker name="reviewedCase" label="被评查的执法案件" />
          <TextInput name="reviewedUnit" label="被评查单位" />
        </FieldRow>
        <FieldRow columns={2}>
          <DateField name="reviewedOn" label="评查日期" maxDate={today} />
          <TextInput name="reviewer" label="评查人" />
        </FieldRow>
      </FormSection>
      <ScoreSection />
    </LedgerRecordForm>
  );
}
