// 导入 Excel on a ledger list: pick an .xlsx, match its columns to the ledger's fields, check every row (a
// dry run that writes nothing), then import — everything, or with bad rows only the good ones when the
// official chooses so. Cases already in the ledger are never imported twice.
import { useRef, useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Snackbar, Typography } from '@mui/material';
import FileUploadIcon from '@mui/icons-material/FileUpload';
import { autoMapping, unmappedRequired, type ColumnMapping, type ImportPlan, type SheetRows } from '#shared/domain/ledger-import/plan';
import type { LedgerKind } from '#shared/domain/schemas/index';
import { describeError } from '../components/feedback/describe-error';
import { readSheet } from '../excel/read-sheet';
import { ColumnMappingView } from './ColumnMappingView';
import { ImportPlanView } from './ImportPlanView';
import { commitImport, dryRunImport, ledgerImportOf } from './ledger-import';
import { useActor } from './settings-context';
import { useAppStore } from './store-context';

type Step =
  | { name: 'map'; fileName: string; sheet: SheetRows; mapping: ColumnMapping }
  | { name: 'plan'; fileName: string; plan: ImportPlan<LedgerKind> };

export function LedgerImportButton({ kind }: { kind: LedgerKind }) {
  const store = useAppStore();
  const actor = useActor();
  const fields = ledgerImportOf(kind).fields;
  const input = useRef<HTMLInputElement>(null);
  const [step, setStep] = useState<Step | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(describeError(caught).message);
    } finally {
      setBusy(false);
    }
  };

  const pick = (file: File) => run(async () => {
    const sheet = await readSheet(await file.arrayBuffer(), fields.flatMap((field) => [field.label, ...field.aliases]));
    setStep({ name: 'map', fileName: file.name, sheet, mapping: autoMapping(fields, sheet.headers) });
  });

  const check = (current: Extract<Step, { name: 'map' }>) => run(async () => {
    setStep({ name: 'plan', fileName: current.fileName, plan: await dryRunImport(store, kind, current.sheet, current.mapping) });
  });

  const commit = (plan: ImportPlan<LedgerKind>, onlyGood: boolean) => run(async () => {
    const result = await commitImport(store, kind, plan, onlyGood, actor);
    setStep(null);
    setDone(`已导入 ${String(result.saved)} 条记录${plan.duplicates.length > 0 ? `，${String(plan.duplicates.length)} 条已在台账中，未重复导入` : ''}。`);
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
      <Dialog open={step !== null || (error !== null && !step)} onClose={busy ? undefined : close} fullWidth maxWidth="md" aria-labelledby="ledger-import-title">
        <DialogTitle id="ledger-import-title">导入 Excel{step ? `：${step.fileName}` : ''}</DialogTitle>
        <DialogContent>
          {busy && <LinearProgress aria-label="正在处理" sx={{ mb: 2 }} />}
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
          <Button onClick={close} disabled={busy}>取消</Button>
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
