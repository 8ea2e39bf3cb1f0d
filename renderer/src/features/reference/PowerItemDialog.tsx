// 添加 / 修改 a 权责清单 item: its name, enforcement category and legal basis, checked by the shared
// powerItemFromInput. A changed item keeps its code, so the cases that cite it keep finding it.
import { useState } from 'react';
import { Alert, MenuItem, TextField } from '@mui/material';
import { enforcementCategoryLabels } from '#shared/domain/labels';
import { MAX_LEGAL_BASIS, MAX_POWER_NAME, powerItemFromInput } from '#shared/domain/reference/power-item-input';
import type { DomainIssue } from '#shared/domain/issue';
import { enforcementCategories } from '#shared/domain/schemas/enforcement-case';
import type { ReferenceData } from '#shared/domain/schemas/index';
import type { Actor } from '../../store/contract';
import { EditDialog } from './EditDialog';
import { useClock } from '../../app/useToday';
import { useSaveAction } from './useSaveAction';

interface Props {
  /** The item being changed, or null for a new one. */
  entry: ReferenceData | null;
  powerItems: readonly ReferenceData[];
  actor: Actor;
  onSave: (entry: ReferenceData) => Promise<void>;
  onClose: () => void;
}

export function PowerItemDialog({ entry, powerItems, actor, onSave, onClose }: Props) {
  const [name, setName] = useState(entry?.name ?? '');
  const [category, setCategory] = useState(entry?.details.category ?? 'penalty');
  const [legalBasis, setLegalBasis] = useState(entry?.details.text ?? '');
  const [issues, setIssues] = useState<DomainIssue[]>([]);
  const { saving, failure, run } = useSaveAction();
  const clock = useClock();

  const save = async () => {
    const result = powerItemFromInput({ name, category, legalBasis }, powerItems, entry);
    setIssues(result.ok ? [] : result.issues);
    if (!result.ok) return;
    const { item } = result;
    const previous = entry ?? powerItems.find((other) => other.code === item.code);
    await run(() => onSave({
      id: `powerItem:${item.code}`,
      kind: 'powerItem',
      code: item.code,
      name: item.name,
      sortOrder: previous?.sortOrder ?? Math.max(0, ...powerItems.map((other) => other.sortOrder)) + 10,
      // A changed item keeps its state; a deactivated one typed again as new is restored.
      active: entry?.active ?? true,
      details: { category: item.category, text: item.legalBasis },
      updatedAt: clock().toISOString(),
      updatedBy: { ...actor },
    }));
  };

  const problem = (field: string) => issues.filter((issue) => issue.field === field).map((issue) => issue.message).join('；');

  return (
    <EditDialog title={entry ? '修改权责清单事项' : '添加权责清单事项'} failure={failure} saving={saving} onSave={() => void save()} onClose={onClose}>
      {issues.length > 0 && <Alert severity="error" role="alert">有 {issues.length} 处需要修改，尚未保存</Alert>}
      <TextField label="事项名称" value={name} onChange={(event) => setName(event.target.value)} autoFocus multiline minRows={2}
        error={problem('name') !== ''} helperText={problem('name') || `按本县权责清单公布的名称填写，不超过${MAX_POWER_NAME}字`} />
      <TextField select label="类别" value={category} onChange={(event) => setCategory(event.target.value)}
        error={problem('category') !== ''} helperText={problem('category') || '执法案卷按此类别列出可选事项'}>
        {enforcementCategories.map((option) => <MenuItem key={option} value={option}>{enforcementCategoryLabels[option]}</MenuItem>)}
      </TextField>
      <TextField label="法律依据" value={legalBasis} onChange={(event) => setLegalBasis(event.target.value)} multiline minRows={3}
        error={problem('legalBasis') !== ''}
        helperText={problem('legalBasis') || `写明法律法规名称和条款，例如《中华人民共和国土地管理法》第七十八条；选用此事项的案卷据此填入法律依据（不超过${MAX_LEGAL_BASIS}字）`} />
    </EditDialog>
  );
}
