// A ledger's form as every kind without rules of its own wires it: RecordForm with the kind's shared rules
// (skipping the record being edited where a rule compares it with the others), its field labels from its
// description, saved as the official in settings, then its page (useLedgerFormWiring).
import type { FieldValues } from 'react-hook-form';
import { describeKind } from '#shared/domain/kinds/index';
import type { LedgerKind, LedgerRecordByKind } from '#shared/domain/schemas/index';
import { RecordForm, type RecordFormProps } from '../components/form/RecordForm';
import { useLedgerFormWiring } from './useLedgerFormWiring';
import { useRuleValidation } from './useRuleValidation';

type WiredProps = 'recordId' | 'validate' | 'save' | 'fieldLabels' | 'onSaved' | 'onCancel';

export type LedgerRecordFormProps<K extends LedgerKind, V extends FieldValues> = Omit<RecordFormProps<K, V>, WiredProps> & {
  /** The record being edited; absent for a new one. */
  record?: LedgerRecordByKind[K];
};

export function LedgerRecordForm<K extends LedgerKind, V extends FieldValues>({ record, ...props }: LedgerRecordFormProps<K, V>) {
  const validate = useRuleValidation(props.kind, record?.id);
  const wiring = useLedgerFormWiring(props.kind, record);
  return (
    <RecordForm
      {...props}
      recordId={record?.id}
      validate={validate}
      save={wiring.save}
      fieldLabels={describeKind(props.kind).fields.labels}
      onSaved={wiring.onSaved}
      onCancel={wiring.onCancel}
    />
  );
}
