// The study-session form: new or edit.
import type { Officer, ReferenceData, StudySession } from '#shared/domain/schemas/index';
import { LedgerRecordForm } from '../../app/LedgerRecordForm';
import { studyDraftOf, studyFormFieldOf, type StudyFormValues } from './form-values';
import { ParticipantsSection } from './ParticipantsSection';
import { PublicEducationSection } from './PublicEducationSection';
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
  const today = useToday();
  return (
    <LedgerRecordForm
      kind="studySession"
      record={record}
      title={record ? `修改学法记录 ${record.heldOn}` : '新建学法记录'}
      defaultValues={defaultValues}
      toDraft={studyDraftOf}
      formFieldOf={studyFormFieldOf}
    >
      <StudyBasicSection today={today} />
      <PublicEducationSection />
      <StudyContentSection laws={laws} />
      <ParticipantsSection officers={officers} />
    </LedgerRecordForm>
  );
}
