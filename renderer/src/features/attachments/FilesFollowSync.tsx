// Keeps attachment uploads in step with record sync: the file sync talks to the server the device
// enrolled with (token from the bridge), and resumes its queue whenever sync is back online.
// Mounted once inside <SyncProvider>; the 附件 section runs the same hook, so a detail page
// also starts it.
import { useEffect } from 'react';
import { configureFileConnection, connectionFrom, resumeFileUploads } from '../../files/app-files';
import { useSync } from '../../sync/SyncContext';

export function useFilesFollowSync(): void {
  const { client, status } = useSync();
  useEffect(() => {
    if (client) configureFileConnection(connectionFrom(() => client.enrollment()));
  }, [client]);
  const connected = status.online && (status.phase === 'idle' || status.phase === 'syncing');
  useEffect(() => {
    if (client && connected) resumeFileUploads();
  }, [client, connected]);
}

export function FilesFollowSync(): null {
  useFilesFollowSync();
  return null;
}
