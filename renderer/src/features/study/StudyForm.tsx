// The study-session form: new or edit.
import type { Officer, ReferenceData, StudySession } from '#shared/domain/schemas/index';
import { useLedgerFormWiring } from '../../app/useLedgerFormWiring';
import { useRuleValidation } from '../../app/useRuleValidation';
import { RecordForm } from '../../components/form/RecordForm';
import { studyFieldLabels } from '#shared/domain/fields/study-session';
import { studyDraftOf, studyFormFieldOf, type StudyFormValues } from './form-values';
import { ParticipantsSection } from './ParticipantsSection';
import { StudyBasicSection, StudyContentSection } from './StudyBasicSection';
import { useToday } from '../../app/useToday';

export interface StudyFormProps {
  /** The session being edited; absent for a new one. */
  record?: StudySession;
  defaultValues: StudyFormValues;
  /** referenceData entries of kind 'law'. */
  laws: readonly ReferenceData[];
  officers: readonly Officer[];
}

export function StudyForm({ record, defaultValues, laws, officers }: StudyFormProps) {
  const validate = useRuleValidation('studySession');
  const wiring = useLedgerFormWiring('studySession', record);
  const today = useToday();
  return (
    <RecordForm
      kind="studySession"
      recordId={record?.id}
      title={record ? `修改学法记录 ${record.heldOn}` : '新建学法记录'}
      defaultValues={defaultValues}
      toDraft={studyDraftOf}
      validate={validate}
      save={wiring.save}
      fieldLabels={studyFieldLabels}
      formFieldOf={studyFormFieldOf}
      onSaved={wiring.onSaved}
      onCancel={wiring.onCancel}
    >
      <StudyBasicSection today={today} />
      <StudyContentSection laws={laws} />
      <ParticipantsSection officers={officers} />
    </RecordForm>
  );
}
