// 联系电话: a mainland mobile number, or a landline with its area code (e.g. 0468-7891234, extension allowed).

const mobilePattern = /^(?:\+?86)?1[3-9]\d{9}$/;
const landlinePattern = /^0\d{2,3}-?[2-9]\d{6,7}(?:-\d{1,6})?$/;

/** Strips spaces and the brackets people put round an area code: (0468) 7891234. */
export const normalisePhone = (text: string): string => text.trim().replace(/[\s()（）]/g, '');

export const isValidMobile = (text: string): boolean => mobilePattern.test(normalisePhone(text));

export const isValidLandline = (text: string): boolean => landlinePattern.test(normalisePhone(text));

export const isValidPhone = (text: string): boolean => isValidMobile(text) || isValidLandline(text);
