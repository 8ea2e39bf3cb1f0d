// The frame around every page: app bar (台账, township, the signed-in official, sync status, 修改密码, 锁定 and 退出登录)
// and the navigation. None of it
// is printed: a printed page (a 文书) is the page's content alone.
import { useState, type ReactNode } from 'react';
import { Alert, AppBar, Box, Button, Drawer, List, ListItemButton, ListItemIcon, ListItemText, Snackbar, Toolbar, Typography } from '@mui/material';
import { Link, useLocation } from 'wouter';
import type { NavEntry } from './route-types';
import { useDeviceSettings } from './settings-context';
import { ChangePasswordDialog } from './accounts/ChangePasswordDialog';
import { useSession } from './accounts/session-context';

const drawerWidth = 184;

const isActive = (href: string, location: string) => (href === '/' ? location === '/' : location === href || location.startsWith(`${href}/`));

export function AppShell({ children, nav, statusSlot }: { children: ReactNode; nav: readonly NavEntry[]; statusSlot?: ReactNode }) {
  const { settings, township } = useDeviceSettings();
  const { account, lock, signOut } = useSession();
  const [location] = useLocation();
  const [changingPassword, setChangingPassword] = useState(false);
  const [passwordChanged, setPasswordChanged] = useState(false);
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1, displayPrint: 'none' }}>
        <Toolbar variant="dense" sx={{ gap: 2 }}>
          <Typography variant="h6" component="span" sx={{ fontWeight: 700 }}>台账</Typography>
          <Typography component="span" data-testid="township-name">{township?.name ?? '未设置乡镇'}</Typography>
          <Typography component="span" sx={{ opacity: 0.85 }}>经办人：{account?.name ?? (settings.operatorName || '未设置')}</Typography>
          <Box sx={{ flexGrow: 1 }} />
          <Box data-testid="sync-status-slot">{statusSlot}</Box>
          {account && (
            <>
              <Button color="inherit" size="small" onClick={() => setChangingPassword(true)}>修改密码</Button>
              <Button color="inherit" size="small" onClick={lock}>锁定</Button>
              <Button color="inherit" size="small" onClick={signOut}>退出登录</Button>
            </>
          )}
        </Toolbar>
      </AppBar>
      <Drawer variant="permanent" sx={{ width: drawerWidth, flexShrink: 0, displayPrint: 'none', '& .MuiDrawer-paper': { width: drawerWidth, boxSizing: 'border-box' } }}>
        <Toolbar variant="dense" />
        <nav aria-label="主导航">
          <List dense>
            {nav.filter((entry) => (!entry.onlyFor || entry.onlyFor === settings.role) && (!entry.adminOnly || account?.role === 'admin')).map(({ label, href, icon: Icon, badge: Badge }) => (
              <ListItemButton key={href} component={Link} href={href} selected={isActive(href, location)}
                aria-current={isActive(href, location) ? 'page' : undefined}>
                <ListItemIcon sx={{ minWidth: 36 }}><Icon /></ListItemIcon>
                <ListItemText primary={label} />
                {Badge && <Badge />}
              </ListItemButton>
            ))}
          </List>
        </nav>
      </Drawer>
      <Box component="main" sx={{ flexGrow: 1, minWidth: 0, p: 3, '@media print': { p: 0 } }}>
        <Toolbar variant="dense" sx={{ displayPrint: 'none' }} />
        {children}
      </Box>
      {changingPassword && <ChangePasswordDialog onClose={() => setChangingPassword(false)} onChanged={() => { setChangingPassword(false); setPasswordChanged(true); }} />}
      <Snackbar open={passwordChanged} autoHideDuration={8000} onClose={() => setPasswordChanged(false)} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
        <Alert severity="success" role="status" onClose={() => setPasswordChanged(false)}>密码已修改。下次登录和解锁请用新密码。</Alert>
      </Snackbar>
    </Box>
  );
}
