// 法律法规目录: what 会前学法 and training sessions cite. The county adds a law or deactivates one (停用:
// no longer offered to new sessions; sessions that cite it keep it); a township reads the catalogue.
import { useState } from 'react';
import { LawDialog } from './LawDialog';
import { ReferenceSection } from './ReferenceSection';
import { ReferenceTable, type ReferenceColumn } from './ReferenceTable';
import { useReferenceKind } from './useReferenceKind';

const columns: ReferenceColumn[] = [
  { header: '名称', cell: (entry) => entry.name },
  { header: '简称', cell: (entry) => entry.details.shortName },
  { header: '类别', cell: (entry) => entry.details.category, nowrap: true },
  { header: '状态', cell: (entry) => (entry.active ? '在用' : '已停用'), nowrap: true },
];

export function LawsSection({ editable }: { editable: boolean }) {
  const { entries: laws, error, actor, store, change, failure, stamped } = useReferenceKind('law');
  const [adding, setAdding] = useState(false);

  return (
    <ReferenceSection title="法律法规目录" loadError={error} loaded={laws !== undefined} failure={failure}
      action={editable ? { label: '添加法律法规', onClick: () => setAdding(true) } : undefined}
      description="学法记录从此目录选择所学法律法规，会前学法按目录去重计数。停用的不再供新记录选择，已有记录不受影响。">
      <ReferenceTable label="法律法规" rows={laws ?? []} columns={columns}
        actions={editable ? (entry) => [{
          label: entry.active ? '停用' : '恢复',
          name: `${entry.active ? '停用' : '恢复'}${entry.name}`,
          onClick: () => void change([stamped(entry, { active: !entry.active })]),
        }] : undefined} />
      {adding && laws && (
        <LawDialog laws={laws} actor={actor} onSave={async (entry) => { await store([entry]); setAdding(false); }} onClose={() => setAdding(false)} />
      )}
    </ReferenceSection>
  );
}
