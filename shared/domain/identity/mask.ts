// Masking for lists, exports and history (个人信息保护法 art. 51: de-identify where the full value is not needed).

const maskMiddle = (text: string, keepStart: number, keepEnd: number): string => {
  if (text.length <= keepStart + keepEnd) return '*'.repeat(text.length);
  return text.slice(0, keepStart) + '*'.repeat(text.length - keepStart - keepEnd) + text.slice(text.length - keepEnd);
};

/** '230422199001011234' → '2304**********1234': region prefix and last four stay for recognition. */
export const maskIdNumber = (idNumber: string): string => maskMiddle(idNumber.trim(), 4, 4);

/** '13912345678' → '139****5678'; a landline keeps its first three and last four digits the same way. */
export const maskPhone = (phone: string): string => maskMiddle(phone.trim().replace(/\s/g, ''), 3, 4);

/**
 * '忠仁镇忠仁村三组5号' → '忠仁镇忠仁村****': the first part (township, village) stays so a reader knows the
 * place, the rest (group, house number) is hidden; at most half of a short address shows.
 */
export const maskAddress = (address: string): string => {
  const text = address.trim();
  const keep = Math.min(6, Math.floor(text.length / 2));
  return text.slice(0, keep) + '*'.repeat(Math.min(4, text.length - keep));
};
