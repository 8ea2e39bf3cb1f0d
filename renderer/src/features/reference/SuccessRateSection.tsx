// 调解成功率口径: whether the mediation success rate divides by cases closed (已结案, the default) or by cases
// received (受理). The dashboard names the chosen definition beside the figure (yearFigures).
import { FormControlLabel, Radio, RadioGroup, Typography } from '@mui/material';
import { successRateDefinitions, successRateSettingCode, type SuccessRateDenominator } from '#shared/domain/reference/targets';
import { changedByText } from './changed-entry';
import { ReferenceSection } from './ReferenceSection';
import { useReferenceKind } from './useReferenceKind';

const denominatorLabels: Record<SuccessRateDenominator, string> = { closed: '以已结案件数为分母', received: '以受理件数为分母' };

export function SuccessRateSection({ editable }: { editable: boolean }) {
  const { entries: settings, error, change, failure, stamped } = useReferenceKind('setting');
  const entry = settings?.find((setting) => setting.id === `setting:${successRateSettingCode}`);
  const denominator: SuccessRateDenominator = entry?.details.category === 'received' ? 'received' : 'closed';

  const choose = (next: SuccessRateDenominator) => {
    if (!entry || next === denominator) return;
    void change([stamped(entry, { details: { ...entry.details, category: next, text: successRateDefinitions[next] } })]);
  };

  return (
    <ReferenceSection title="调解成功率口径" loadError={error} loaded={settings !== undefined} failure={failure}>
      {editable && entry && (
        <RadioGroup row value={denominator} onChange={(event) => choose(event.target.value as SuccessRateDenominator)} aria-label="调解成功率的分母">
          {(Object.keys(denominatorLabels) as SuccessRateDenominator[]).map((key) => (
            <FormControlLabel key={key} value={key} control={<Radio />} label={denominatorLabels[key]} />
          ))}
        </RadioGroup>
      )}
      <Typography variant="body2" data-testid="success-rate-definition">{entry?.details.text ?? successRateDefinitions[denominator]}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
        工作台的调解成功率按此口径计算并注明。最后修改：{entry ? changedByText(entry) : '默认值'}
      </Typography>
    </ReferenceSection>
  );
}
