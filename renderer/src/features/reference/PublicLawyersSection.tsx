// 公职律师: how many the county has now. No ledger holds lawyers (县司法局 keeps their register), so the
// county types the number here; 工作台 sets it against the plan's 公职律师 target.
import { useState } from 'react';
import { defaultsActor } from '#shared/domain/reference/defaults';
import { publicLawyerCountEntry } from '#shared/domain/reference/targets';
import { targetValueFromInput } from '#shared/domain/reference/value-input';
import { changedByText } from './changed-entry';
import { ReferenceSection } from './ReferenceSection';
import { ReferenceTable, type ReferenceColumn } from './ReferenceTable';
import { useReferenceKind } from './useReferenceKind';
import { ValueDialog } from './ValueDialog';

const columns: ReferenceColumn[] = [
  { header: '项目', cell: (entry) => entry.name },
  { header: '人数', cell: (entry) => (entry.details.value === undefined ? '未填写' : `${entry.details.value} 名`), nowrap: true },
];

export function PublicLawyersSection({ editable }: { editable: boolean }) {
  const { entries: settings, error, store, stamped } = useReferenceKind('setting');
  const [editing, setEditing] = useState(false);
  const entry = settings && publicLawyerCountEntry(settings, '', defaultsActor);

  const save = async (value: number) => {
    if (!entry) return;
    await store([stamped(entry, { details: { ...entry.details, value } })]);
    setEditing(false);
  };

  return (
    <ReferenceSection title="公职律师" loadError={error} loaded={entry !== undefined}
      description="县司法局掌握的全县现有公职律师人数；工作台的“公职律师”按此与规划目标对照。">
      <ReferenceTable label="公职律师" rows={entry ? [entry] : []} columns={columns}
        changed={(row) => (row.updatedAt ? changedByText(row) : '县司法局尚未填写')}
        actions={editable ? (row) => [{ label: '修改', name: `修改${row.name}`, onClick: () => setEditing(true) }] : undefined} />
      {editing && entry && (
        <ValueDialog title="修改现有公职律师人数" label="人数" hint="填写整数，例如 8" description={entry.details.text}
          initialText={entry.details.value === undefined ? '' : String(entry.details.value)} parse={(text) => targetValueFromInput('count', text)}
          onSave={save} onClose={() => setEditing(false)} />
      )}
    </ReferenceSection>
  );
}
