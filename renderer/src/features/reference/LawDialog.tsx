// 添加法律法规: a law the county adds to 法律法规目录 (full title, short name, category). Checked by the
// shared lawFromInput; a deactivated title typed again is restored under its old code.
import { useState } from 'react';
import { MenuItem, TextField } from '@mui/material';
import { lawCategories, lawFromInput } from '#shared/domain/reference/law-input';
import type { DomainIssue } from '#shared/domain/issue';
import type { ReferenceData } from '#shared/domain/schemas/index';
import type { Actor } from '../../store/contract';
import { EditDialog } from './EditDialog';
import { useClock } from '../../app/useToday';
import { useSaveAction } from './useSaveAction';

interface Props {
  laws: readonly ReferenceData[];
  actor: Actor;
  onSave: (entry: ReferenceData) => Promise<void>;
  onClose: () => void;
}

export function LawDialog({ laws, actor, onSave, onClose }: Props) {
  const [name, setName] = useState('');
  const [shortName, setShortName] = useState('');
  const [category, setCategory] = useState('地方性法规');
  const [issues, setIssues] = useState<DomainIssue[]>([]);
  const { saving, failure, run } = useSaveAction();
  const clock = useClock();

  const save = async () => {
    const result = lawFromInput({ name, shortName, category }, laws);
    setIssues(result.ok ? [] : result.issues);
    if (!result.ok) return;
    const { law } = result;
    const previous = laws.find((entry) => entry.code === law.code);
    await run(() => onSave({
      id: `law:${law.code}`,
      kind: 'law',
      code: law.code,
      name: law.name,
      sortOrder: previous?.sortOrder ?? Math.max(0, ...laws.map((entry) => entry.sortOrder)) + 10,
      active: true,
      details: { shortName: law.shortName, category: law.category },
      updatedAt: clock().toISOString(),
      updatedBy: { ...actor },
    }));
  };

  const problem = (field: string) => issues.filter((issue) => issue.field === field).map((issue) => issue.message).join('；');

  return (
    <EditDialog title="添加法律法规" failure={failure} saving={saving} onSave={() => void save()} onClose={onClose}>
      <TextField label="全称" value={name} onChange={(event) => setName(event.target.value)} autoFocus
        error={problem('name') !== ''} helperText={problem('name') || '按公布的名称填写，例如 黑龙江省行政执法与监督条例'} />
      <TextField label="简称" value={shortName} onChange={(event) => setShortName(event.target.value)}
        error={problem('shortName') !== ''} helperText={problem('shortName') || '用于查找，可不填（不填则与全称相同）'} />
      <TextField select label="类别" value={category} onChange={(event) => setCategory(event.target.value)}
        error={problem('category') !== ''} helperText={problem('category') || ' '}>
        {lawCategories.map((option) => <MenuItem key={option} value={option}>{option}</MenuItem>)}
      </TextField>
    </EditDialog>
  );
}
