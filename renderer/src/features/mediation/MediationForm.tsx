// The mediation case form: new or edit. Status moves 受理 → 调解中 → 调解成功 by editing; the
// agreement section opens when the case succeeds.
import type { MediationCase } from '#shared/domain/schemas/index';
import { useLedgerFormWiring } from '../../app/useLedgerFormWiring';
import { useRuleValidation } from '../../app/useRuleValidation';
import { RecordForm } from '../../components/form/RecordForm';
import { AgreementSection } from './AgreementSection';
import { ArchiveSection } from './ArchiveSection';
import { BasicSection } from './BasicSection';
import { ClosingSection, ConfirmationReferralSection, ReturnVisitsSection } from './ClosingSection';
import { mediationFieldLabels } from '#shared/domain/fields/mediation-case';
import { mediationDraftOf, mediationFormFieldOf, type MediationFormValues } from './form-values';
import { MediatorsSection, SessionsSection } from './MediatorsSessionsSection';
import { PartiesSection } from './PartiesSection';
import { SafeguardsSection } from './SafeguardsSection';

export interface MediationFormProps {
  /** The case being edited; absent for a new case. */
  record?: MediationCase;
  defaultValues: MediationFormValues;
  disputeTypeLabels: Record<string, string>;
}

export function MediationForm({ record, defaultValues, disputeTypeLabels }: MediationFormProps) {
  const validate = useRuleValidation('mediationCase');
  const wiring = useLedgerFormWiring('mediationCase', record);
  return (
    <RecordForm
      kind="mediationCase"
      recordId={record?.id}
      title={record ? `修改调解案件 ${record.caseNumber}` : '新建调解案件'}
      defaultValues={defaultValues}
      toDraft={mediationDraftOf}
      validate={validate}
      save={wiring.save}
      fieldLabels={mediationFieldLabels}
      formFieldOf={mediationFormFieldOf}
      onSaved={wiring.onSaved}
      onCancel={wiring.onCancel}
    >
      <BasicSection disputeTypeLabels={disputeTypeLabels} />
      <PartiesSection />
      <MediatorsSection />
      <SafeguardsSection />
      <SessionsSection />
      <AgreementSection />
      <ClosingSection />
      <ReturnVisitsSection />
      <ConfirmationReferralSection />
      <ArchiveSection />
    </RecordForm>
  );
}
