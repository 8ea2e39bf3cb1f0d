// 结案理由: a case closes once its decision is served and executed, or with the reason it closes without
// (终止调查, 移送, 已申请人民法院强制执行 under 行政处罚法 art. 72 …).
import { closingReasonLabels } from '#shared/domain/labels';
import { EnumSelect, TextInput } from '../../components/fields/form-fields';
import { FieldRow, FormSection } from '../../components/form/FormSection';

export function ClosingSection() {
  return (
    <FormSection title="结案">
      <FieldRow>
        <EnumSelect name="closing.reason" label="未执行即结案的理由" labels={closingReasonLabels} allowEmpty emptyLabel="（已执行完毕）" />
        <TextInput name="closing.note" label="结案说明" />
      </FieldRow>
    </FormSection>
  );
}
