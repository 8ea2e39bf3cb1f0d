// Why a 文书 cannot be made yet: what the record lacks, in the form's own words, and where to fill it (修改).
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, List, ListItem, ListItemText } from '@mui/material';
import type { MissingItem } from '#shared/domain/documents/index';

export interface MissingDialogProps {
  /** 人民调解协议书 */
  title: string;
  missing: readonly MissingItem[];
  onClose: () => void;
}

export function MissingList({ missing }: { missing: readonly MissingItem[] }) {
  return (
    <List dense aria-label="尚缺的内容">
      {missing.map((item) => <ListItem key={`${item.code}:${item.field ?? item.message}`}><ListItemText primary={item.message} /></ListItem>)}
    </List>
  );
}

export function MissingDialog({ title, missing, onClose }: MissingDialogProps) {
  return (
    <Dialog open onClose={onClose} aria-labelledby="missing-dialog-title">
      <DialogTitle id="missing-dialog-title">暂不能制作{title}</DialogTitle>
      <DialogContent>
        <DialogContentText>还缺少以下内容，请先点「修改」补充后再制作：</DialogContentText>
        <MissingList missing={missing} />
      </DialogContent>
      <DialogActions><Button onClick={onClose}>知道了</Button></DialogActions>
    </Dialog>
  );
}
