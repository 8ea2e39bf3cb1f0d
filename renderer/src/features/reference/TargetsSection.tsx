// 规划目标: the county plan's yearly targets the dashboard measures against (docs/design.md §1). The county
// changes a value; a township reads it with who changed it and when.
import { useState } from 'react';
import { targetValueFromInput, targetValueText } from '#shared/domain/reference/value-input';
import type { ReferenceData } from '#shared/domain/schemas/index';
import { ReferenceSection } from './ReferenceSection';
import { ReferenceTable, type ReferenceColumn } from './ReferenceTable';
import { useReferenceKind } from './useReferenceKind';
import { ValueDialog } from './ValueDialog';

const unitOf = (entry: ReferenceData) => (entry.details.unit === 'ratio' ? 'ratio' : 'count');

export const targetValueLabel = (entry: ReferenceData): string =>
  unitOf(entry) === 'ratio' ? `${targetValueText('ratio', entry.details.value ?? 0)}%` : String(entry.details.value ?? 0);

const columns: ReferenceColumn[] = [
  { header: '目标', cell: (entry) => entry.name },
  { header: '目标值', cell: targetValueLabel, nowrap: true },
  { header: '说明', cell: (entry) => entry.details.text },
];

export function TargetsSection({ editable }: { editable: boolean }) {
  const { entries: targets, error, store, stamped } = useReferenceKind('target');
  const [editing, setEditing] = useState<ReferenceData | null>(null);

  const save = async (entry: ReferenceData, value: number) => {
    await store([stamped(entry, { details: { ...entry.details, value } })]);
    setEditing(null);
  };

  return (
    <ReferenceSection title="规划目标" loadError={error} loaded={targets !== undefined}
      description="全县法治建设规划的年度目标，工作台的完成情况按此计算。">
      <ReferenceTable label="规划目标" rows={(targets ?? []).filter((entry) => entry.active)} columns={columns}
        actions={editable ? (entry) => [{ label: '修改', name: `修改${entry.name}`, onClick: () => setEditing(entry) }] : undefined} />
      {editing && (
        <ValueDialog title={`修改${editing.name}`} label={unitOf(editing) === 'ratio' ? '目标值（%）' : '目标值'}
          hint={unitOf(editing) === 'ratio' ? '填写 0 至 100 之间的百分数，例如 90' : '填写不小于 0 的整数'}
          description={editing.details.text} initialText={targetValueText(unitOf(editing), editing.details.value ?? 0)}
          parse={(text) => targetValueFromInput(unitOf(editing), text)} onSave={(value) => save(editing, value)} onClose={() => setEditing(null)} />
      )}
    </ReferenceSection>
  );
}
