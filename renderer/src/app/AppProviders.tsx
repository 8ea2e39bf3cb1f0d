// Theme and date localisation (zh-CN) around everything; tests render features inside it too.
import type { ReactNode } from 'react';
import { CssBaseline, ThemeProvider } from '@mui/material';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { zhCN } from '@mui/x-date-pickers/locales';
import 'dayjs/locale/zh-cn';
import { theme } from './theme';

const pickerTexts = zhCN.components.MuiLocalizationProvider.defaultProps.localeText;

export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale="zh-cn" localeText={pickerTexts}>
        {children}
      </LocalizationProvider>
    </ThemeProvider>
  );
}
