// The score of a review as the shared rule computes it (scoreCaseReview): any veto item makes the file
// 不合格 with 0 points, whatever the section scores say.
import { alpha, Box, Chip, Typography } from '@mui/material';
import { reviewGradeLabels } from '#shared/domain/labels';
import { scoreCaseReview, vetoItemCatalogue, isVetoItemCode } from '#shared/domain/rules/case-review-score';
import type { ReviewGrade } from '#shared/domain/schemas/case-review';

const gradeColors: Record<ReviewGrade, 'success' | 'info' | 'default' | 'error'> = {
  excellent: 'success', good: 'info', pass: 'default', fail: 'error',
};

export function GradeChip({ grade }: { grade: ReviewGrade }) {
  return <Chip component="span" size="small" label={reviewGradeLabels[grade]} color={gradeColors[grade]} variant={grade === 'fail' ? 'filled' : 'outlined'} />;
}

export const vetoLabel = (code: string): string => (isVetoItemCode(code) ? vetoItemCatalogue[code] : code);

interface LiveScoreProps {
  vetoItems: string[];
  formScore?: number;
  contentScore?: number;
}

/** The total and grade while the reviewer types; announced to screen readers as it changes. */
export function LiveScore({ vetoItems, formScore, contentScore }: LiveScoreProps) {
  const vetoed = vetoItems.length > 0;
  const nothingYet = !vetoed && formScore === undefined && contentScore === undefined;
  const { totalScore, grade } = scoreCaseReview({ vetoItems, formScore: formScore ?? 0, contentScore: contentScore ?? 0 });
  return (
    <Box role="status" aria-label="评查得分" aria-live="polite"
      sx={{ p: 1.5, borderRadius: 1, border: 1, borderColor: vetoed ? 'error.main' : 'divider', bgcolor: (theme) => (vetoed ? alpha(theme.palette.error.main, 0.06) : theme.palette.background.default) }}>
      {nothingYet ? <Typography color="text.secondary">填写得分后在此显示总分和等级</Typography> : (
        <>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
            <Typography variant="h6" component="p" color={vetoed ? 'error' : undefined}>总分 {totalScore} 分</Typography>
            <GradeChip grade={grade} />
            {!vetoed && (
              <Typography variant="body2" color="text.secondary">
                形式 {formScore ?? '—'} + 内容 {contentScore ?? '—'}
              </Typography>
            )}
          </Box>
          {vetoed && (
            <Typography variant="body2" color="error" sx={{ mt: 0.5 }}>
              存在否决项（{vetoItems.map(vetoLabel).join('、')}），案卷判为不合格卷，总分为0分
            </Typography>
          )}
        </>
      )}
    </Box>
  );
}
