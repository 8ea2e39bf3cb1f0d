// 调解成功率口径: whether the mediation success rate divides by cases closed (已结案, the default) or by cases
// received (受理). The dashboard names the chosen definition beside the figure (yearFigures).
import { useCallback, useState } from 'react';
import { Alert, FormControlLabel, Paper, Radio, RadioGroup, Typography } from '@mui/material';
import { successRateDefinitions, successRateSettingCode, type SuccessRateDenominator } from '#shared/domain/reference/targets';
import { useActor } from '../../app/settings-context';
import { useAppStore } from '../../app/store-context';
import { useAsync } from '../../components/async/useAsync';
import { describeError } from '../../components/feedback/describe-error';
import { LoadingState } from '../../components/feedback/LoadingState';
import { changedByText, changedEntry } from './changed-entry';

const denominatorLabels: Record<SuccessRateDenominator, string> = { closed: '以已结案件数为分母', received: '以受理件数为分母' };

export function SuccessRateSection({ editable }: { editable: boolean }) {
  const store = useAppStore();
  const actor = useActor();
  const load = useCallback(() => store.reference.get(`setting:${successRateSettingCode}`), [store]);
  const { data: entry, error, reload } = useAsync(load);
  const [failure, setFailure] = useState<string | null>(null);
  const denominator: SuccessRateDenominator = entry?.details.category === 'received' ? 'received' : 'closed';

  const choose = async (next: SuccessRateDenominator) => {
    if (!entry || next === denominator) return;
    setFailure(null);
    try {
      await store.reference.upsert([changedEntry(entry, { details: { ...entry.details, category: next, text: successRateDefinitions[next] } }, actor)]);
      reload();
    } catch (caught) {
      setFailure(`保存失败：${describeError(caught).message}`);
    }
  };

  return (
    <Paper component="section" variant="outlined" sx={{ p: 2 }} aria-label="调解成功率口径">
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>调解成功率口径</Typography>
      {error !== undefined && <Alert severity="error">读取调解成功率口径失败：{describeError(error).message}</Alert>}
      {failure && <Alert severity="error" role="alert" sx={{ mb: 1 }}>{failure}</Alert>}
      {entry === undefined && error === undefined && <LoadingState />}
      {entry !== undefined && (
        <>
          {editable && entry && (
            <RadioGroup row value={denominator} onChange={(event) => void choose(event.target.value as SuccessRateDenominator)} aria-label="调解成功率的分母">
              {(Object.keys(denominatorLabels) as SuccessRateDenominator[]).map((key) => (
                <FormControlLabel key={key} value={key} control={<Radio />} label={denominatorLabels[key]} />
              ))}
            </RadioGroup>
          )}
          <Typography variant="body2" data-testid="success-rate-definition">{entry?.details.text ?? successRateDefinitions[denominator]}</Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            工作台的调解成功率按此口径计算并注明。最后修改：{entry ? changedByText(entry) : '默认值'}
          </Typography>
        </>
      )}
    </Paper>
  );
}
