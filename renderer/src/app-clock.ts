// The app's one source of "now" (the machine's time). Made once here; the store hands it on to the UI
// (AppStore.clock), and boot, files, drafts and the log stamp with it. Tests inject their own.
export const appClock = (): Date => new Date();
