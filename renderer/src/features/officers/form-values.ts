// The officer form's shape and its two-way conversion with the record. ID number and phone stay in
// `personal` (encrypted at rest), so form paths and record paths are the same.
import type { Draft } from '#shared/domain/draft';
import type { Officer, OfficerStatus } from '#shared/domain/schemas/officer';

export interface OfficerFormValues {
  name: string;
  gender?: 'male' | 'female';
  unit: string;
  certificateNumber: string;
  certificateIssuedOn: string;
  certificateExpiresOn: string;
  status: OfficerStatus;
  personal: { idNumber: string; phone: string };
  note: string;
}

/** A township's enforcement office is the usual unit (乡镇综合行政执法办公室). */
export const defaultUnitOf = (townshipName: string | undefined): string => (townshipName ? `${townshipName}综合行政执法办公室` : '');

export function newOfficerValues(unit: string): OfficerFormValues {
  return {
    name: '', unit, certificateNumber: '', certificateIssuedOn: '', certificateExpiresOn: '', status: 'active',
    personal: { idNumber: '', phone: '' }, note: '',
  };
}

export function officerValuesOf(record: Officer): OfficerFormValues {
  return {
    name: record.name, ...(record.gender ? { gender: record.gender } : {}), unit: record.unit,
    certificateNumber: record.certificateNumber, certificateIssuedOn: record.certificateIssuedOn,
    certificateExpiresOn: record.certificateExpiresOn, status: record.status,
    personal: { idNumber: record.personal.idNumber ?? '', phone: record.personal.phone ?? '' },
    note: record.note ?? '',
  };
}

export function officerDraftOf(values: OfficerFormValues): Draft<'officer'> {
  const idNumber = values.personal.idNumber.trim().toUpperCase();
  const phone = values.personal.phone.trim();
  const note = values.note.trim();
  return {
    name: values.name.trim(),
    ...(values.gender ? { gender: values.gender } : {}),
    unit: values.unit.trim(),
    certificateNumber: values.certificateNumber.trim(),
    certificateIssuedOn: values.certificateIssuedOn,
    certificateExpiresOn: values.certificateExpiresOn,
    status: values.status,
    personal: { ...(idNumber ? { idNumber } : {}), ...(phone ? { phone } : {}) },
    ...(note ? { note } : {}),
  };
}
