// 基本情况: what kind of enforcement, under which procedure and power, on what legal basis.
import { discretionLevelLabels, enforcementCategoryLabels, procedureLabels } from '#shared/domain/labels';
import type { ReferenceData } from '#shared/domain/schemas/index';
import { EnumSelect, TextInput } from '../../components/fields/form-fields';
import { FieldRow, FormSection } from '../../components/form/FormSection';
import { PowerItemField } from './PowerItemField';

export function BasicSection({ powerItems }: { powerItems: readonly ReferenceData[] }) {
  return (
    <FormSection title="基本情况">
      <FieldRow>
        <EnumSelect name="category" label="执法类别" labels={enforcementCategoryLabels} />
        <EnumSelect name="procedure" label="程序类型" labels={procedureLabels}
          helperText="简易程序：当场处罚，罚款对个人不超过200元、对单位不超过3000元" />
        <EnumSelect name="discretionLevel" label="裁量基准" labels={discretionLevelLabels} allowEmpty />
      </FieldRow>
      <FieldRow columns={1}>
        <PowerItemField powerItems={powerItems} />
        <TextInput name="matter" label="执法事项" multiline minRows={2} helperText="违法行为或检查、许可事项的简要说明" />
        <TextInput name="legalBasis" label="法律依据" multiline minRows={2} helperText="写明法律、法规、规章的名称和条款" />
      </FieldRow>
    </FormSection>
  );
}
