// 导入 Excel on a ledger list: pick an .xlsx, match its columns to the ledger's fields, check every row (a
// dry run that writes nothing), then import — everything, or with bad rows only the good ones when the
// official chooses so. Cases already in the ledger are never imported twice. Checking and importing show
// progress and can be stopped: a stopped check writes nothing; a stopped import keeps the whole records it
// saved and says how to add the rest (the same file again).
import { useRef, useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Snackbar, Typography } from '@mui/material';
import FileUploadIcon from '@mui/icons-material/FileUpload';
import { autoMapping, unmappedRequired, type ColumnMapping, type ImportPlan, type SheetRows } from '#shared/domain/ledger-import/plan';
import type { LedgerKind } from '#shared/domain/schemas/index';
import { describeError } from '../components/feedback/describe-error';
import { readSheet } from '../excel/read-sheet';
import { ColumnMappingView } from './ColumnMappingView';
import { ImportPlanView } from './ImportPlanView';
import { commitImport, dryRunImport, ledgerImportOf, type ImportProgress } from './ledger-import';
import { useActor } from './settings-context';
import { useAppStore } from './store-context';

interface Running {
  controller: AbortController;
  progress?: ImportProgress;
}

const count = (value: number): string => value.toLocaleString('zh-CN');

function progressText(progress: ImportProgress | undefined): string {
  if (!progress) return '正在处理…';
  return progress.phase === 'reading'
    ? `正在读取台账中已有的记录（已读 ${count(progress.done)} 条），用于识别重复…`
    : `正在导入：已保存 ${count(progress.done)} / ${count(progress.total ?? progress.done)} 条`;
}

type Step =
  | { name: 'map'; fileName: string; sheet: SheetRows; mapping: ColumnMapping }
  | { name: 'plan'; fileName: string; plan: ImportPlan<LedgerKind> };

export function LedgerImportButton({ kind }: { kind: LedgerKind }) {
  const store = useAppStore();
  const actor = useActor();
  const fields = ledgerImportOf(kind).fields;
  const input = useRef<HTMLInputElement>(null);
  const [step, setStep] = useState<Step | null>(null);
  const [running, setRunning] = useState<Running | null>(null);
  const busy = running !== null;
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const run = async (work: (options: { signal: AbortSignal; onProgress: (progress: ImportProgress) => void }) => Promise<void>) => {
    const controller = new AbortController();
    setRunning({ controller });
    setError(null);
    try {
      await work({ signal: controller.signal, onProgress: (progress) => setRunning({ controller, progress }) });
    } catch (caught) {
      // A stopped read or check wrote nothing: the dialog stays where it was.
      if (!controller.signal.aborted) setError(describeError(caught).message);
    } finally {
      setRunning(null);
    }
  };

  const pick = (file: File) => run(async ({ signal }) => {
    const sheet = await readSheet(await file.arrayBuffer(), fields.flatMap((field) => [field.label, ...field.aliases]));
    signal.throwIfAborted();
    setStep({ name: 'map', fileName: file.name, sheet, mapping: autoMapping(fields, sheet.headers) });
  });

  const check = (current: Extract<Step, { name: 'map' }>) => run(async (options) => {
    setStep({ name: 'plan', fileName: current.fileName, plan: await dryRunImport(store, kind, current.sheet, current.mapping, options) });
  });

  const commit = (plan: ImportPlan<LedgerKind>, onlyGood: boolean) => run(async (options) => {
    const result = await commitImport(store, kind, plan, onlyGood, actor, options);
    setStep(null);
    const duplicates = plan.duplicates.length > 0 ? `，${String(plan.duplicates.length)} 条已在台账中，未重复导入` : '';
    setDone(result.stopped
      ? `已停止导入：已导入 ${String(result.saved)} 条，其余 ${String(plan.good.length - result.saved)} 条未导入。再次导入同一文件将只导入其余的记录。`
      : `已导入 ${String(result.saved)} 条记录${duplicates}。`);
  });

  const close = () => {
    setStep(null);
    setError(null);
  };
  const missing = step?.name === 'map' ? unmappedRequired(fields, step.mapping) : [];

  return (
    <>
      <Button variant="outlined" startIcon={<FileUploadIcon />} sx={{ textTransform: 'none' }} disabled={busy} onClick={() => input.current?.click()}>导入 Excel</Button>
      <input ref={input} type="file" hidden aria-label="选择要导入的 Excel 文件" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void pick(file);
        }} />
      <Dialog open={step !== null || running !== null || error !== null} onClose={busy ? undefined : close} fullWidth maxWidth="md" aria-labelledby="ledger-import-title">
        <DialogTitle id="ledger-import-title">导入 Excel{step ? `：${step.fileName}` : ''}</DialogTitle>
        <DialogContent>
          {running && (
            <>
              <Typography aria-live="polite" sx={{ mb: 1 }}>{progressText(running.progress)}</Typography>
              <LinearProgress aria-label="导入进度" sx={{ mb: 2 }} variant={running.progress?.total ? 'determinate' : 'indeterminate'}
                value={running.progress?.total ? (running.progress.done / running.progress.total) * 100 : undefined} />
            </>
          )}
          {error && <Alert severity="error" sx={{ mb: 2 }}>{error}</Alert>}
          {step?.name === 'map' && (
            <>
              <Typography sx={{ mb: 1 }}>文件共 {step.sheet.rows.length} 行数据。请确认每个台账字段对应文件中的哪一列：</Typography>
              {missing.length > 0 && <Alert severity="warning" sx={{ mb: 1 }}>请为必填字段选择列：{missing.join('、')}</Alert>}
              <ColumnMappingView fields={fields} headers={step.sheet.headers} mapping={step.mapping} onChange={(mapping) => setStep({ ...step, mapping })} />
            </>
          )}
          {step?.name === 'plan' && <ImportPlanView plan={step.plan} />}
        </DialogContent>
        <DialogActions>
          {running ? <Button onClick={() => running.controller.abort()}>{running.progress?.phase === 'saving' ? '停止导入' : '取消'}</Button>
            : <Button onClick={close}>取消</Button>}
          {step?.name === 'map' && <Button variant="contained" disabled={busy || missing.length > 0} onClick={() => void check(step)}>检查数据</Button>}
          {step?.name === 'plan' && step.plan.good.length > 0 && (step.plan.bad.length === 0
            ? <Button variant="contained" disabled={busy} onClick={() => void commit(step.plan, false)}>导入 {step.plan.good.length} 条</Button>
            : <Button variant="contained" color="warning" disabled={busy} onClick={() => void commit(step.plan, true)}>只导入没有问题的 {step.plan.good.length} 条</Button>)}
        </DialogActions>
      </Dialog>
      <Snackbar open={done !== null} autoHideDuration={8000} onClose={() => setDone(null)} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
        {done ? <Alert severity="success" variant="filled" onClose={() => setDone(null)}>{done}</Alert> : undefined}
      </Snackbar>
    </>
  );
}
