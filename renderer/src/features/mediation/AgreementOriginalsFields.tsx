// The signed originals of a written 调解协议书 (人民调解法 art. 29(2): effective once the parties and the mediator
// have signed and the committee has sealed it; one copy per party plus one kept). The scan goes in 附件.
import { Typography } from '@mui/material';
import { NumberInput } from '../../components/fields/form-fields';
import { FieldRow } from '../../components/form/FormSection';
import { CheckboxField } from '../enforcement/CheckboxField';

export function AgreementOriginalsFields() {
  return (
    <>
      <Typography variant="body2" sx={{ fontWeight: 600, mb: 1 }}>协议书原件（人民调解法第二十九条）</Typography>
      <FieldRow columns={4}>
        <CheckboxField name="agreement.originals.partiesSigned" label="各方当事人已签名、盖章或按指印" />
        <CheckboxField name="agreement.originals.mediatorsSigned" label="调解员已签名" />
        <CheckboxField name="agreement.originals.sealed" label="已加盖调解委员会印章" />
        <NumberInput name="agreement.originals.copies" label="协议书份数" min={0}
          helperText="当事人各执一份，调解委员会留存一份" />
      </FieldRow>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        保存后在案件详情页「附件」中上传用途为“调解协议书签字扫描件”的原件扫描件。
      </Typography>
    </>
  );
}
