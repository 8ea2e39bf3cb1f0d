// Where the 附件 section gets its file sync and its "save as" from: the app's (boot.ts, provided by
// <App>), or a test's own (fake-indexeddb, a fake fetch, a recording saveFile) through <FilesProvider>.
import { createContext, use } from 'react';
import { bridge } from '#bridge';
import type { FilesServices } from '../files/files-services';

const noFileSync = () => Promise.reject(new Error('FILES_NOT_PROVIDED: 附件功能未启动'));
const FilesContext = createContext<FilesServices>({
  fileSync: noFileSync, saveFile: (request) => bridge.saveFile(request), printToPdf: (request) => bridge.printToPdf(request),
});

export const FilesProvider = FilesContext.Provider;

export const useFiles = (): FilesServices => use(FilesContext);
