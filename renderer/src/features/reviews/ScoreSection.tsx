// 评查评分: the veto items (否决项) as checkboxes, the form (≤ 20) and content (≤ 80) scores, and the
// total and grade shown live while typing.
import { Checkbox, FormControl, FormControlLabel, FormGroup, FormHelperText, FormLabel } from '@mui/material';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { contentScoreMaximum, formScoreMaximum, vetoItemCatalogue } from '#shared/domain/rules/case-review-score';
import { NumberInput, TextInput } from '../../components/fields/form-fields';
import { FieldRow, FormSection } from '../../components/form/FormSection';
import type { ReviewFormValues } from './form-values';
import { LiveScore } from './ReviewScore';

function VetoItems() {
  const { control } = useFormContext<ReviewFormValues>();
  return (
    <Controller name="vetoItems" control={control} render={({ field, fieldState }) => {
      const checked = new Set(field.value);
      const toggle = (code: string, on: boolean) => {
        const next = new Set(checked);
        if (on) next.add(code); else next.delete(code);
        // Catalogue order, so the record reads the same however the boxes were ticked.
        field.onChange(Object.keys(vetoItemCatalogue).filter((each) => next.has(each)));
      };
      return (
        <FormControl component="fieldset" error={Boolean(fieldState.error)} sx={{ mb: 2 }}>
          <FormLabel component="legend">否决项（任一项成立即为不合格卷，总分0分）</FormLabel>
          <FormGroup sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, minmax(0, 1fr))' } }}>
            {Object.entries(vetoItemCatalogue).map(([code, label], index) => (
              <FormControlLabel key={code} label={label} control={(
                <Checkbox checked={checked.has(code)} onChange={(event) => toggle(code, event.target.checked)} onBlur={field.onBlur}
                  color="error" slotProps={{ input: { ref: index === 0 ? field.ref : undefined } }} />
              )} />
            ))}
          </FormGroup>
          {fieldState.error && <FormHelperText>{fieldState.error.message}</FormHelperText>}
        </FormControl>
      );
    }} />
  );
}

export function ScoreSection() {
  const { control } = useFormContext<ReviewFormValues>();
  const [vetoItems, formScore, contentScore] = useWatch({ control, name: ['vetoItems', 'formScore', 'contentScore'] });
  return (
    <FormSection title="评分">
      <VetoItems />
      <FieldRow columns={3}>
        <NumberInput name="formScore" label="案卷形式得分" min={0} helperText={`满分${formScoreMaximum}分：文书规范、一案一卷、目录页码、装订顺序`} />
        <NumberInput name="contentScore" label="案卷内容得分" min={0} helperText={`满分${contentScoreMaximum}分：按扣分项逐项扣减，不出现负分`} />
        <LiveScore vetoItems={vetoItems} formScore={formScore} contentScore={contentScore} />
      </FieldRow>
      <FieldRow columns={1}>
        <TextInput name="findings" label="评查意见" multiline minRows={3} helperText="写明发现的问题和整改建议；存在否决项时必填" />
      </FieldRow>
    </FormSection>
  );
}
