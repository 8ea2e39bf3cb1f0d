// 当事人: each party's basic facts; ID number, phone and address are personal data (kept encrypted).
import { Box, Button, Paper, Typography } from '@mui/material';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { genderLabels, partyKindLabels, partyRoleLabels } from '#shared/domain/labels';
import { EnumSelect, NumberInput, TextInput } from '../../components/fields/form-fields';
import { FieldRow, FormSection } from '../../components/form/FormSection';
import { newParty, type MediationFormValues } from './form-values';

export function PartiesSection() {
  const { control } = useFormContext<MediationFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'parties', keyName: 'key' });
  return (
    <FormSection title="当事人" actions={<Button size="small" onClick={() => append(newParty('respondent'))}>添加当事人</Button>}>
      {fields.length === 0 && <Typography color="text.secondary">尚未填写当事人</Typography>}
      {fields.map((field, index) => (
        <Paper key={field.key} variant="outlined" sx={{ p: 1.5, mb: 1.5 }} component="fieldset" aria-label={`第${index + 1}位当事人`}>
          <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
            <Typography component="legend" variant="body2" sx={{ fontWeight: 600, flexGrow: 1 }}>当事人 {index + 1}</Typography>
            <Button size="small" color="error" onClick={() => remove(index)} aria-label={`删除第${index + 1}位当事人`}>删除</Button>
          </Box>
          <FieldRow columns={4}>
            <EnumSelect name={`parties.${index}.role`} label="当事人身份" labels={partyRoleLabels} />
            <EnumSelect name={`parties.${index}.kind`} label="当事人类别" labels={partyKindLabels} />
            <TextInput name={`parties.${index}.name`} label="当事人姓名" />
            <EnumSelect name={`parties.${index}.gender`} label="性别" labels={genderLabels} allowEmpty />
          </FieldRow>
          <FieldRow columns={4}>
            <TextInput name={`parties.${index}.ethnicity`} label="民族" />
            <NumberInput name={`parties.${index}.age`} label="年龄" min={0} />
            <TextInput name={`parties.${index}.occupation`} label="职业" />
            <TextInput name={`parties.${index}.phone`} label="联系电话" />
          </FieldRow>
          <IdentityRow index={index} />
        </Paper>
      ))}
    </FormSection>
  );
}

/** ID number and address; an organisation's 统一社会信用代码, 住所地 and 法定代表人 (人民调解法 art. 29(一)). */
function IdentityRow({ index }: { index: number }) {
  const { control } = useFormContext<MediationFormValues>();
  const kind = useWatch({ control, name: `parties.${index}.kind` });
  if (kind !== 'organisation') {
    return (
      <FieldRow columns={2}>
        <TextInput name={`parties.${index}.idNumber`} label="身份证号码" />
        <TextInput name={`parties.${index}.address`} label="住址" />
      </FieldRow>
    );
  }
  return (
    <FieldRow columns={3}>
      <TextInput name={`parties.${index}.idNumber`} label="统一社会信用代码" />
      <TextInput name={`parties.${index}.address`} label="住所地" />
      <TextInput name={`parties.${index}.legalRepresentative`} label="法定代表人或主要负责人" />
    </FieldRow>
  );
}
