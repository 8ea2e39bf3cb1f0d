// "Today" in the UI comes from the store's clock, never from the machine directly: a test that sets
// the date sets it for the forms, the rules they run and the store's own stamps alike.
import { localDateOf } from '#shared/domain/calendar/dates';
import { useAppStore } from './store-context';

/** Now; call it when the moment matters (a click, a save), not once per render. */
export const useClock = (): (() => Date) => useAppStore().clock;

/** Today's date as records hold it ('YYYY-MM-DD'). */
export const useToday = (): string => localDateOf(useAppStore().clock());

export const useThisYear = (): number => useAppStore().clock().getFullYear();
