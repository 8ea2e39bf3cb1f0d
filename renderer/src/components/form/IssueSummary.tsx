// Every problem with the form at once, each with the field's Chinese name; clicking one jumps to the field.
import { Alert, AlertTitle, Box, Link } from '@mui/material';
import type { DomainIssue } from '#shared/domain/issue';
import { labelOfField, type FieldLabels } from './field-labels';

interface IssueSummaryProps {
  issues: DomainIssue[];
  fieldLabels: FieldLabels;
  onJump?: (field: string) => void;
}

export function IssueList({ issues, fieldLabels, onJump }: IssueSummaryProps) {
  return (
    <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
      {issues.map((issue, index) => (
        <li key={`${issue.code}-${issue.field ?? ''}-${index}`}>
          {issue.field && onJump && (
            <Link component="button" type="button" variant="body2" onClick={() => onJump(issue.field!)} sx={{ verticalAlign: 'baseline' }}>
              {labelOfField(issue.field, fieldLabels)}
            </Link>
          )}
          {issue.field && !onJump && <strong>{labelOfField(issue.field, fieldLabels)}</strong>}
          {issue.field ? `：${issue.message}` : issue.message}
        </li>
      ))}
    </Box>
  );
}

export function IssueSummary({ issues, fieldLabels, onJump }: IssueSummaryProps) {
  const errors = issues.filter((issue) => issue.severity === 'error');
  const warnings = issues.filter((issue) => issue.severity === 'warning');
  return (
    <>
      {errors.length > 0 && (
        <Alert severity="error" role="alert" sx={{ mb: 2 }} data-testid="issue-summary">
          <AlertTitle>有 {errors.length} 处需要修改，尚未保存</AlertTitle>
          <IssueList issues={errors} fieldLabels={fieldLabels} onJump={onJump} />
        </Alert>
      )}
      {warnings.length > 0 && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          <AlertTitle>请留意</AlertTitle>
          <IssueList issues={warnings} fieldLabels={fieldLabels} onJump={onJump} />
        </Alert>
      )}
    </>
  );
}
