export { idNumberCheckCharacter, idNumberProblem, isValidIdNumber, normaliseIdNumber } from './id-number';
export { isValidLandline, isValidMobile, isValidPhone, normalisePhone } from './phone';
export { creditCodeCheckCharacter, isValidCreditCode, normaliseCreditCode } from './credit-code';
export { maskAddress, maskIdNumber, maskPhone } from './mask';
