// 卷宗 (人民调解法 art. 27: 立卷归档): its number, keeping period, archive date and the documents it holds.
import { Checkbox, FormControl, FormControlLabel, FormGroup, FormHelperText, FormLabel } from '@mui/material';
import { Controller, useFormContext } from 'react-hook-form';
import { archiveDocumentLabels, archiveKeepingPeriodLabels } from '#shared/domain/labels';
import type { ArchiveDocument } from '#shared/domain/schemas/mediation-case';
import { DateField, EnumSelect, TextInput } from '../../components/fields/form-fields';
import { FieldRow, FormSection } from '../../components/form/FormSection';
import type { MediationFormValues } from './form-values';

const documentOrder = Object.keys(archiveDocumentLabels) as ArchiveDocument[];

function ArchiveDocumentsField() {
  const { control } = useFormContext<MediationFormValues>();
  return (
    <Controller name="archive.documents" control={control} render={({ field, fieldState }) => {
      const held = new Set(field.value);
      // Kept in the checklist's order whatever order they were ticked in.
      const toggle = (document: ArchiveDocument, on: boolean) =>
        field.onChange(documentOrder.filter((item) => (item === document ? on : held.has(item))));
      return (
        <FormControl component="fieldset" error={Boolean(fieldState.error)}>
          <FormLabel component="legend">卷内材料</FormLabel>
          <FormGroup row>
            {documentOrder.map((document, index) => (
              <FormControlLabel key={document} label={archiveDocumentLabels[document]} control={(
                <Checkbox checked={held.has(document)} onChange={(event) => toggle(document, event.target.checked)} onBlur={field.onBlur}
                  slotProps={{ input: { ref: index === 0 ? field.ref : undefined } }} />
              )} />
            ))}
          </FormGroup>
          {fieldState.error && <FormHelperText>{fieldState.error.message}</FormHelperText>}
        </FormControl>
      );
    }} />
  );
}

export function ArchiveSection() {
  return (
    <FormSection title="卷宗归档">
      <FieldRow>
        <TextInput name="archive.volumeNumber" label="卷号" helperText="如（2026）人调字第12号" />
        <EnumSelect name="archive.keepingPeriod" label="保管期限" labels={archiveKeepingPeriodLabels} allowEmpty />
        <DateField name="archive.archivedOn" label="归档日期" />
      </FieldRow>
      <ArchiveDocumentsField />
    </FormSection>
  );
}
