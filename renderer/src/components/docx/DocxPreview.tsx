// A filled .docx laid out on A4 by docx-preview, as the print view and the 卷宗 show it. `onRendered` gets the
// laid-out pages once they stand (the 卷宗 counts them); a file docx-preview cannot read says so in place.
import { useEffect, useRef, useState } from 'react';
import { Alert, Box } from '@mui/material';
import { renderAsync } from 'docx-preview';
import { describeError } from '../feedback/describe-error';

interface DocxPreviewProps {
  bytes: Uint8Array;
  onRendered?: (container: HTMLElement) => void;
  testId?: string;
}

export function DocxPreview({ bytes, onRendered, testId }: DocxPreviewProps) {
  const body = useRef<HTMLDivElement>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    const container = body.current;
    if (!container) return;
    container.replaceChildren();
    renderAsync(new Blob([new Uint8Array(bytes)]), container, undefined, { className: 'docx', inWrapper: true, breakPages: true, useBase64URL: true })
      .then(() => onRendered?.(container))
      .catch((error: unknown) => setFailure(describeError(error).message));
  }, [bytes, onRendered]);
  if (failure) return <Alert severity="error">文书无法显示：{failure}</Alert>;
  return <Box ref={body} data-testid={testId} />;
}
