// The file sync and each attachment's state (本机 / 待上传 / 已上传 / 需下载), kept current as
// parts go up and chunks come down.
import { useEffect, useState } from 'react';
import type { FileState, FileSync } from '../../files/file-sync';
import { useFiles } from '../../app/files-context';

export function useFileSync(): { fileSync?: FileSync; error?: unknown } {
  const { fileSync } = useFiles();
  const [state, setState] = useState<{ fileSync?: FileSync; error?: unknown }>({});
  useEffect(() => {
    let live = true;
    fileSync().then((opened) => live && setState({ fileSync: opened }), (error: unknown) => live && setState({ error }));
    return () => { live = false; };
  }, [fileSync]);
  return state;
}

export function useFileStates(fileSync: FileSync | undefined, sha256s: readonly string[]): Map<string, FileState> {
  const [states, setStates] = useState(new Map<string, FileState>());
  const key = sha256s.join(',');
  useEffect(() => {
    if (!fileSync) return undefined;
    let live = true;
    const refresh = () => {
      fileSync.states(key ? key.split(',') : []).then((next) => live && setStates(next), () => undefined);
    };
    refresh();
    const unsubscribe = fileSync.subscribe(refresh);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [fileSync, key]);
  return states;
}
