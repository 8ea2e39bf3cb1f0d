// The enforcement case form: new or edit. The rules run with the officer register in their context,
// so too few officers or an expired certificate is refused at the officers field and in the summary.
import { useCallback, useState } from 'react';
import type { Draft } from '#shared/domain/draft';
import { validateRecord } from '#shared/domain/by-kind/validate';
import type { DomainIssue } from '#shared/domain/issue';
import type { EnforcementCase } from '#shared/domain/schemas/index';
import { useLedgerFormWiring } from '../../app/useLedgerFormWiring';
import { FormSection } from '../../components/form/FormSection';
import { RecordForm } from '../../components/form/RecordForm';
import { BasicSection } from './BasicSection';
import { ClosingSection } from './ClosingSection';
import { CollectiveDiscussionSection } from './CollectiveDiscussionSection';
import { DecisionSection, LegalReviewSection, PublicitySection } from './DecisionSection';
import { DefenceSection } from './DefenceSection';
import { enforcementFieldLabels } from '#shared/domain/fields/enforcement-case';
import { enforcementDraftOf, enforcementFormFieldOf, type EnforcementFormValues } from './form-values';
import { OfficerPicker } from './OfficerPicker';
import { HearingSection } from './HearingSection';
import { PartySection } from './PartySection';
import { PreservationSection } from './PreservationSection';
import { RecordingsSection } from './RecordingsSection';
import { StagesSection } from './StagesSection';
import type { EnforcementRules } from './useEnforcementRules';
import { useClock, useToday } from '../../app/useToday';
import { asOfNow } from '../../app/useRuleValidation';

export interface EnforcementFormProps {
  record?: EnforcementCase;
  defaultValues: EnforcementFormValues;
  rules: EnforcementRules;
}

const isOfficerIssue = (issue: DomainIssue): boolean => /^officerIds(\.\d+)?$/.test(issue.field ?? '');

export function EnforcementForm({ record, defaultValues, rules }: EnforcementFormProps) {
  const wiring = useLedgerFormWiring('enforcementCase', record);
  const today = useToday();
  const clock = useClock();
  // RecordForm marks one message per form field; the picker lists every officer problem itself.
  const [officerIssues, setOfficerIssues] = useState<DomainIssue[]>([]);
  const validate = useCallback((draft: Draft<'enforcementCase'>) => {
    const found = validateRecord('enforcementCase', draft, asOfNow(rules.context, clock));
    setOfficerIssues(found.filter((issue) => isOfficerIssue(issue) && issue.severity === 'error'));
    return found;
  }, [rules.context, clock]);
  const save = async (draft: Draft<'enforcementCase'>) => {
    const result = await wiring.save(draft);
    if (!result.ok) setOfficerIssues(result.issues.filter((issue) => isOfficerIssue(issue) && issue.severity === 'error'));
    return result;
  };
  return (
    <RecordForm
      kind="enforcementCase"
      recordId={record?.id}
      title={record ? `修改执法案件 ${record.caseNumber}` : '新建执法案件'}
      defaultValues={defaultValues}
      toDraft={enforcementDraftOf}
      validate={validate}
      save={save}
      fieldLabels={enforcementFieldLabels}
      formFieldOf={enforcementFormFieldOf}
      onSaved={wiring.onSaved}
      onCancel={wiring.onCancel}
    >
      <BasicSection powerItems={rules.powerItems} />
      <PartySection />
      <FormSection title="执法人员（持证上岗）">
        <OfficerPicker officers={rules.officers} today={today} issues={officerIssues} />
      </FormSection>
      <StagesSection />
      <PreservationSection />
      <DefenceSection />
      <HearingSection />
      <DecisionSection />
      <LegalReviewSection />
      <CollectiveDiscussionSection />
      <PublicitySection />
      <ClosingSection />
      <RecordingsSection />
    </RecordForm>
  );
}
