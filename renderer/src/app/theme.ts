// One theme for the whole app: MUI's Chinese texts (pagination, dialogs) and a calm palette for office screens.
import { createTheme } from '@mui/material/styles';
import { zhCN } from '@mui/material/locale';

export const theme = createTheme(
  {
    palette: { primary: { main: '#1d4e89' }, secondary: { main: '#b23a48' }, background: { default: '#f5f6f8' } },
    typography: {
      fontFamily: ['"Microsoft YaHei"', '"PingFang SC"', '"Noto Sans CJK SC"', '"WenQuanYi Micro Hei"', 'sans-serif'].join(','),
    },
    components: {
      MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
      MuiFormControl: { defaultProps: { size: 'small' } },
    },
  },
  zhCN,
);
