// Who may take personal fields (ID numbers, phones, addresses) out of the app whole, in an exported 台账.
// No role today: the lists show them masked to every role, and a detail page shows one value at a time
// on 显示 (个人信息保护法 art. 6 minimum necessary, art. 51 de-identification). An export follows the list.
// A role given the right later is added here, and only here (decision 021).

export type ExportRole = 'township' | 'county';

export const rolesSeeingPersonalFields: readonly ExportRole[] = [];

export const exportShowsPersonalFields = (role: ExportRole): boolean => rolesSeeingPersonalFields.includes(role);
