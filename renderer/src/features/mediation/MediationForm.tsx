// The mediation case form: new or edit. Status moves 受理 → 调解中 → 调解成功 by editing; the
// agreement section opens when the case succeeds.
import type { MediationCase } from '#shared/domain/schemas/index';
import { LedgerRecordForm } from '../../app/LedgerRecordForm';
import { AgreementSection } from './AgreementSection';
import { ArchiveSection } from './ArchiveSection';
import { BasicSection } from './BasicSection';
import { ClosingSection, ConfirmationReferralSection, ReturnVisitsSection } from './ClosingSection';
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
  return (
    <LedgerRecordForm
      kind="mediationCase"
      record={record}
      title={record ? `修改调解案件 ${record.caseNumber}` : '新建调解案件'}
      defaultValues={defaultValues}
      toDraft={mediationDraftOf}
      formFieldOf={mediationFormFieldOf}
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
    </LedgerRecordForm>
  );
}
