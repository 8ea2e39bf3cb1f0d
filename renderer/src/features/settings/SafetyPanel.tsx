// How safe the data on this computer is, in plain words: persistent storage, the key that encrypts
// personal data, and the app's version.
import { Alert, Paper, Stack, Typography } from '@mui/material';
import type { KeyProtection } from '#shared/bridge';
import { useDevice } from '../../app/device-context';
import { useAppStore } from '../../app/store-context';
import { UpdateLine } from './UpdateLine';

const protectionTexts: Record<KeyProtection, { severity: 'success' | 'warning' | 'info'; text: string }> = {
  os: { severity: 'success', text: '当事人身份证号码、电话、住址等个人信息已加密保存，密钥由操作系统的安全存储保管。' },
  basic_text: {
    severity: 'warning',
    text: '本机操作系统没有可用的密钥库，加密密钥只做了简单处理，安全性较低。请联系技术人员为本机启用系统密钥库（如 GNOME 密钥环）。',
  },
  browser: { severity: 'info', text: '网页版：个人信息加密密钥保存在浏览器配置中，安全性低于桌面版。正式使用请安装桌面版。' },
};

export function SafetyPanel() {
  const store = useAppStore();
  const device = useDevice();
  return (
    <Paper variant="outlined" sx={{ p: 2 }} aria-label="数据安全">
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 2 }}>数据安全</Typography>
      <Stack spacing={1.5}>
        {store.persisted
          ? <Alert severity="success">本机数据已设为持久保存：磁盘空间紧张时，系统不会自动清除台账数据。</Alert>
          : <Alert severity="warning">本机数据未获得持久保存许可：磁盘空间紧张时，系统可能清除尚未同步的台账数据。请保持足够的磁盘空间并及时同步。</Alert>}
        {device && <Alert severity={protectionTexts[device.keyProtection].severity}>{protectionTexts[device.keyProtection].text}</Alert>}
        {device && (
          <Typography variant="body2" color="text.secondary">
            {`${device.app.name} 版本 ${device.app.version}（${device.app.platform === 'desktop' ? '桌面版' : '网页版'}）`}
          </Typography>
        )}
        {device?.updateStatus && <UpdateLine read={device.updateStatus} />}
      </Stack>
    </Paper>
  );
}
