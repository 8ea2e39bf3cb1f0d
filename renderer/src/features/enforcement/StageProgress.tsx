// 办理进度: the eight stages with the date each was reached; a stage passed over (e.g. no hearing) stays blank.
import { Box, Step, StepLabel, Stepper, Typography } from '@mui/material';
import { enforcementStageLabels } from '#shared/domain/labels';
import { enforcementStages, type EnforcementCase, type EnforcementStage } from '#shared/domain/schemas/enforcement-case';

type Stages = EnforcementCase['stages'];

function datesOf(stage: EnforcementStage, stages: Stages): string[] {
  if (stage === 'hearing') {
    return [stages.hearingRequestedOn && `申请 ${stages.hearingRequestedOn}`, stages.hearingHeldOn && `举行 ${stages.hearingHeldOn}`]
      .filter((text): text is string => Boolean(text));
  }
  const date = stages[`${stage}On` as keyof Stages];
  return date ? [date] : [];
}

export function StageProgress({ stages, current }: { stages: Stages; current: EnforcementStage }) {
  const reached = enforcementStages.indexOf(current);
  return (
    <Box sx={{ overflowX: 'auto', pb: 1 }}>
      <Stepper alternativeLabel activeStep={current === 'closed' ? enforcementStages.length : reached + 1} aria-label="办理进度" sx={{ minWidth: 640 }}>
        {enforcementStages.map((stage, index) => {
          const dates = datesOf(stage, stages);
          const skipped = index < reached && dates.length === 0;
          return (
            <Step key={stage} completed={dates.length > 0}>
              <StepLabel optional={
                <Typography variant="caption" color="text.secondary" component="span" sx={{ display: 'block' }}>
                  {dates.length > 0 ? dates.map((text) => <span key={text} style={{ display: 'block' }}>{text}</span>) : skipped ? '未经此环节' : '—'}
                </Typography>
              }>
                {enforcementStageLabels[stage]}
              </StepLabel>
            </Step>
          );
        })}
      </Stepper>
    </Box>
  );
}
