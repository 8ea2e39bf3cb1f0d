// 设置 → 诊断信息: the zip an official sends to the county when something is wrong (docs/decisions/034).
import { Paper, Typography } from '@mui/material';
import { useDevice } from '../../app/device-context';
import { useDeviceSettings } from '../../app/settings-context';
import { useDiagnostics } from '../../diagnostics/diagnostics-context';
import { ExportDiagnosticsButton } from '../../diagnostics/ExportDiagnosticsButton';
import { useSync } from '../../sync/SyncContext';

export function DiagnosticsSection() {
  const diagnostics = useDiagnostics();
  const { settings } = useDeviceSettings();
  const { client, status } = useSync();
  const device = useDevice();
  if (!diagnostics) return null;
  const facts = async () => ({
    settings,
    keyProtection: device?.keyProtection,
    sync: { status, enrollment: client ? await client.enrollment().catch(() => null) : null },
  });
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label="诊断信息">
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>诊断信息</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        台账出现问题时，导出一个诊断文件发给县司法局的技术联系人。文件里有版本、本机设置、同步状态和最近的运行记录，没有当事人和工作人员的姓名、身份证号码、电话，也没有密钥。
      </Typography>
      <ExportDiagnosticsButton diagnostics={diagnostics} facts={facts} />
    </Paper>
  );
}
