// 执法人员: an enforcement officer and the certificate (执法证) that lets them act.
import type { FromSchema } from 'json-schema-to-ts';
import { dateField, recordBaseProperties, recordBaseRequired, shortText } from './fragments';

export const officerStatuses = ['active', 'suspended', 'revoked', 'left'] as const;

export const officerSchema = {
  title: 'officer',
  description: '执法人员',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...recordBaseProperties,
    name: shortText(60),
    gender: { type: 'string', enum: ['male', 'female'] },
    unit: shortText(100),
    certificateNumber: shortText(40),
    certificateIssuedOn: dateField,
    certificateExpiresOn: dateField,
    status: { type: 'string', enum: officerStatuses, maxLength: 20 },
    /** ID number and phone: encrypted at rest. */
    personal: {
      type: 'object',
      properties: { idNumber: shortText(30), phone: shortText(30) },
      additionalProperties: false,
    },
    idNumberHash: shortText(64),
    note: shortText(1000),
  },
  required: [
    ...recordBaseRequired,
    'name', 'unit', 'certificateNumber', 'certificateIssuedOn', 'certificateExpiresOn', 'status', 'personal', 'idNumberHash',
  ],
  additionalProperties: false,
  indexes: [
    ['trashed', 'newestFirstKey'],
    ['trashed', 'status', 'newestFirstKey'],
    ['trashed', 'townshipId', 'newestFirstKey'],
    ['certificateNumber'],
  ],
  encrypted: ['personal'],
} as const;

export type Officer = FromSchema<typeof officerSchema>;
export type OfficerStatus = (typeof officerStatuses)[number];
