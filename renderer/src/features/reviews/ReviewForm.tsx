// The case-review form: new or edit.
import dayjs from 'dayjs';
import { useLocation } from 'wouter';
import type { CaseReview } from '#shared/domain/schemas/index';
import { useActor } from '../../app/settings-context';
import { useAppStore } from '../../app/store-context';
import { useRuleValidation } from '../../app/useRuleValidation';
import { DateField, TextInput } from '../../components/fields/form-fields';
import { FieldRow, FormSection } from '../../components/form/FormSection';
import { RecordForm } from '../../components/form/RecordForm';
import { CasePicker } from './CasePicker';
import { reviewFieldLabels } from './field-labels';
import { reviewDraftOf, reviewFormFieldOf, type ReviewFormValues } from './form-values';
import { ScoreSection } from './ScoreSection';

export interface ReviewFormProps {
  /** The review being edited; absent for a new one. */
  record?: CaseReview;
  defaultValues: ReviewFormValues;
}

export function ReviewForm({ record, defaultValues }: ReviewFormProps) {
  const store = useAppStore();
  const actor = useActor();
  const validate = useRuleValidation('caseReview');
  const [, navigate] = useLocation();
  return (
    <RecordForm
      kind="caseReview"
      recordId={record?.id}
      title={record ? `修改案卷评查 ${record.caseNumber}` : '新建案卷评查'}
      defaultValues={defaultValues}
      toDraft={reviewDraftOf}
      validate={validate}
      save={(draft) => (record ? store.ledger.update('caseReview', record.id, draft, actor) : store.ledger.create('caseReview', draft, actor))}
      fieldLabels={reviewFieldLabels}
      formFieldOf={reviewFormFieldOf}
      onSaved={(saved) => navigate(`/reviews/${saved.id}`, { replace: true })}
      onCancel={() => navigate(record ? `/reviews/${record.id}` : '/reviews')}
    >
      <FormSection title="基本情况">
        <FieldRow columns={2}>
          <CasePicker name="reviewedCase" label="被评查的执法案件" />
          <TextInput name="reviewedUnit" label="被评查单位" />
        </FieldRow>
        <FieldRow columns={2}>
          <DateField name="reviewedOn" label="评查日期" maxDate={dayjs().format('YYYY-MM-DD')} />
          <TextInput name="reviewer" label="评查人" />
        </FieldRow>
      </FormSection>
      <ScoreSection />
    </RecordForm>
  );
}
