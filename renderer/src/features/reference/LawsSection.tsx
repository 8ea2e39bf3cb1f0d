// 法律法规目录: what 会前学法 and training sessions cite. The county adds a law or deactivates one (停用:
// no longer offered to new sessions; sessions that cite it keep it); a township reads the catalogue.
import { useCallback, useState } from 'react';
import { Alert, Box, Button, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReferenceData } from '#shared/domain/schemas/index';
import { useActor } from '../../app/settings-context';
import { useAppStore } from '../../app/store-context';
import { useAsync } from '../../components/async/useAsync';
import { describeError } from '../../components/feedback/describe-error';
import { LoadingState } from '../../components/feedback/LoadingState';
import { changedByText, changedEntry } from './changed-entry';
import { LawDialog } from './LawDialog';

export function LawsSection({ editable }: { editable: boolean }) {
  const store = useAppStore();
  const actor = useActor();
  const load = useCallback(() => store.reference.list('law'), [store]);
  const { data: laws, error, reload } = useAsync(load);
  const [adding, setAdding] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const setActive = async (entry: ReferenceData, active: boolean) => {
    setFailure(null);
    try {
      await store.reference.upsert([changedEntry(entry, { active }, actor)]);
      reload();
    } catch (caught) {
      setFailure(`保存失败：${describeError(caught).message}`);
    }
  };

  return (
    <Paper component="section" variant="outlined" sx={{ p: 2 }} aria-label="法律法规目录">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1, flexWrap: 'wrap' }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, flexGrow: 1 }}>法律法规目录</Typography>
        {editable && <Button variant="contained" onClick={() => setAdding(true)}>添加法律法规</Button>}
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        学法记录从此目录选择所学法律法规，会前学法按目录去重计数。停用的不再供新记录选择，已有记录不受影响。
      </Typography>
      {failure && <Alert severity="error" role="alert" sx={{ mb: 1 }}>{failure}</Alert>}
      {error !== undefined && <Alert severity="error">读取法律法规目录失败：{describeError(error).message}</Alert>}
      {!laws && error === undefined && <LoadingState />}
      {laws && (
        <Table size="small" aria-label="法律法规">
          <TableHead>
            <TableRow>
              <TableCell>名称</TableCell>
              <TableCell>简称</TableCell>
              <TableCell>类别</TableCell>
              <TableCell>状态</TableCell>
              <TableCell>最后修改</TableCell>
              {editable && <TableCell width={90}>操作</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {laws.map((entry) => (
              <TableRow key={entry.id} sx={entry.active ? undefined : { '& td': { color: 'text.disabled' } }}>
                <TableCell>{entry.name}</TableCell>
                <TableCell>{entry.details.shortName}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{entry.details.category}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{entry.active ? '在用' : '已停用'}</TableCell>
                <TableCell>{changedByText(entry)}</TableCell>
                {editable && (
                  <TableCell>
                    <Button size="small" onClick={() => void setActive(entry, !entry.active)} aria-label={`${entry.active ? '停用' : '恢复'}${entry.name}`}>
                      {entry.active ? '停用' : '恢复'}
                    </Button>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {adding && laws && <LawDialog laws={laws} onClose={() => setAdding(false)} onSaved={() => { setAdding(false); reload(); }} />}
    </Paper>
  );
}
