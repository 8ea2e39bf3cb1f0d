// 身份证号 as typed by officials varies (spaces, lower-case x, full-width digits); the keyed
// hash must see one form, or the same person is not found again.
export function normaliseIdNumber(idNumber: string): string {
  return idNumber.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}
