// 法制审核数额: the fine from which a penalty needs 法制审核 before its decision (行政处罚法 art. 58(1)(四)),
// for a person and for an organisation. Stored as 'setting' entries; every form and the store read them
// through thresholdsFromReference, with the defaults while the county has set none.
import { useState } from 'react';
import { defaultsActor } from '#shared/domain/reference/defaults';
import { legalReviewFineEntries } from '#shared/domain/reference/thresholds';
import { fineThresholdFromInput } from '#shared/domain/reference/value-input';
import type { ReferenceData } from '#shared/domain/schemas/index';
import { changedByText } from './changed-entry';
import { ReferenceSection } from './ReferenceSection';
import { ReferenceTable, type ReferenceColumn } from './ReferenceTable';
import { useReferenceKind } from './useReferenceKind';
import { ValueDialog } from './ValueDialog';

const yuan = (value: number | undefined) => `${(value ?? 0).toLocaleString('zh-CN')} 元`;

const columns: ReferenceColumn[] = [
  { header: '项目', cell: (entry) => entry.name },
  { header: '数额', cell: (entry) => yuan(entry.details.value), nowrap: true },
];

export function ThresholdsSection({ editable }: { editable: boolean }) {
  const { entries: settings, error, store, stamped } = useReferenceKind('setting');
  const [editing, setEditing] = useState<ReferenceData | null>(null);
  // A PC installed before these were settings has no entries: it shows (and the county first saves) the defaults.
  const thresholds = settings && legalReviewFineEntries(settings, '', defaultsActor);

  const save = async (entry: ReferenceData, value: number) => {
    await store([stamped(entry, { details: { ...entry.details, value } })]);
    setEditing(null);
  };

  return (
    <ReferenceSection title="法制审核数额" loadError={error} loaded={thresholds !== undefined}
      description="罚款达到下列数额的行政处罚，作出决定前须经法制审核（行政处罚法第五十八条）；保存执法案卷时按此检查。">
      <ReferenceTable label="法制审核数额" rows={thresholds ?? []} columns={columns}
        changed={(entry) => (entry.updatedAt ? changedByText(entry) : '默认值（县司法局尚未修改）')}
        actions={editable ? (entry) => [{ label: '修改', name: `修改${entry.name}`, onClick: () => setEditing(entry) }] : undefined} />
      {editing && (
        <ValueDialog title={`修改${editing.name}`} label="罚款数额（元）" hint="填写整数，单位为元，例如 10000" description={editing.details.text}
          initialText={String(editing.details.value ?? '')} parse={fineThresholdFromInput}
          onSave={(value) => save(editing, value)} onClose={() => setEditing(null)} />
      )}
    </ReferenceSection>
  );
}
