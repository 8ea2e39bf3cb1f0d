// 调解协议 (art. 28 oral / art. 29 written): shown once the case succeeds, or whenever something is filled in.
import { useState } from 'react';
import { Button, Typography } from '@mui/material';
import { useFormContext, useWatch } from 'react-hook-form';
import { agreementFormLabels, performanceLabels } from '#shared/domain/labels';
import { DateField, EnumSelect, NumberInput, TextInput } from '../../components/fields/form-fields';
import { FieldRow, FormSection } from '../../components/form/FormSection';
import { AgreementOriginalsFields } from './AgreementOriginalsFields';
import type { MediationFormValues } from './form-values';

export function AgreementSection() {
  const { control } = useFormContext<MediationFormValues>();
  const status = useWatch({ control, name: 'status' });
  const agreement = useWatch({ control, name: 'agreement' });
  const [opened, setOpened] = useState(false);
  // The originals' ticks are not content of their own: an untouched agreement stays folded.
  const hasContent = Object.entries(agreement ?? {}).some(([key, value]) => key !== 'originals' && value !== '' && value !== undefined);
  if (status !== 'succeeded' && !hasContent && !opened) {
    return (
      <FormSection title="调解协议">
        <Typography color="text.secondary" sx={{ mb: 1 }}>调解成功后填写调解协议。</Typography>
        <Button size="small" onClick={() => setOpened(true)}>填写调解协议</Button>
      </FormSection>
    );
  }
  return (
    <FormSection title="调解协议">
      <FieldRow>
        <EnumSelect name="agreement.form" label="协议形式" labels={agreementFormLabels} allowEmpty emptyLabel="（请选择）" />
        <DateField name="agreement.signedOn" label="协议签订日期" />
        <NumberInput name="agreement.amount" label="协议涉及金额（元）" min={0} />
      </FieldRow>
      <FieldRow columns={1}>
        <TextInput name="agreement.facts" label="纠纷主要事实、争议事项及各方责任" multiline minRows={3} />
        <TextInput name="agreement.terms" label="协议内容" multiline minRows={3} />
      </FieldRow>
      <FieldRow columns={4}>
        <TextInput name="agreement.performanceMethod" label="履行方式" />
        <DateField name="agreement.performanceDeadline" label="履行期限" />
        <TextInput name="agreement.performancePlace" label="履行地点" />
        <EnumSelect name="agreement.performance" label="履行情况" labels={performanceLabels} allowEmpty />
      </FieldRow>
      {agreement?.form === 'written' && <AgreementOriginalsFields />}
    </FormSection>
  );
}
