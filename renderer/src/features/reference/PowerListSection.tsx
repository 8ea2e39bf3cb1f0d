// 权责清单: the powers the township's comprehensive enforcement office exercises, each with its enforcement
// category and legal basis. A case's 权责清单事项 is picked from it. The county adds, changes and
// deactivates items (停用: no longer offered to new cases; cases that cite it keep showing it); a
// township reads the list.
import { useState } from 'react';
import { enforcementCategoryLabels } from '#shared/domain/labels';
import { powerItemFromInput } from '#shared/domain/reference/power-item-input';
import type { EnforcementCategory } from '#shared/domain/schemas/enforcement-case';
import type { ReferenceData } from '#shared/domain/schemas/index';
import { PowerItemDialog } from './PowerItemDialog';
import { ReferenceSection } from './ReferenceSection';
import { ReferenceTable, type ReferenceColumn } from './ReferenceTable';
import { useReferenceKind } from './useReferenceKind';

const categoryLabel = (code: string | undefined): string =>
  (code && enforcementCategoryLabels[code as EnforcementCategory]) || code || '';

const columns: ReferenceColumn[] = [
  { header: '事项名称', cell: (entry) => entry.name },
  { header: '类别', cell: (entry) => categoryLabel(entry.details.category), nowrap: true },
  { header: '法律依据', cell: (entry) => entry.details.text },
  { header: '状态', cell: (entry) => (entry.active ? '在用' : '已停用'), nowrap: true },
];

export function PowerListSection({ editable }: { editable: boolean }) {
  const { entries: powerItems, error, actor, store, change, failure, stamped } = useReferenceKind('powerItem');
  const [editing, setEditing] = useState<ReferenceData | 'new' | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  // 恢复 is refused while another active item has the same name (the list would offer it twice).
  const setActive = (entry: ReferenceData, active: boolean) => {
    const check = active && powerItemFromInput({ name: entry.name, category: entry.details.category ?? '', legalBasis: entry.details.text ?? '' }, powerItems ?? [], entry);
    setRefusal(check && !check.ok ? `不能恢复：${check.issues.map((issue) => issue.message).join('；')}` : null);
    if (check && !check.ok) return;
    void change([stamped(entry, { active })]);
  };

  return (
    <ReferenceSection title="权责清单" loadError={error} loaded={powerItems !== undefined} failure={refusal ?? failure}
      action={editable ? { label: '添加事项', onClick: () => setEditing('new') } : undefined}
      description="执法案卷的“权责清单事项”按执法类别从此清单选择，并带出法律依据。停用的事项不再供新案卷选择，已引用的案卷仍显示该事项。">
      <ReferenceTable label="权责清单事项" rows={powerItems ?? []} columns={columns} actionsWidth={130}
        actions={editable ? (entry) => [
          { label: '修改', name: `修改${entry.name}`, onClick: () => setEditing(entry) },
          { label: entry.active ? '停用' : '恢复', name: `${entry.active ? '停用' : '恢复'}${entry.name}`, onClick: () => setActive(entry, !entry.active) },
        ] : undefined} />
      {editing && powerItems && (
        <PowerItemDialog entry={editing === 'new' ? null : editing} powerItems={powerItems} actor={actor}
          onSave={async (entry) => { await store([entry]); setEditing(null); }} onClose={() => setEditing(null)} />
      )}
    </ReferenceSection>
  );
}
