import ReferenceIcon from '@mui/icons-material/EventNoteOutlined';
import type { FeaturePages } from '../../app/route-types';
import { ReferencePage } from './ReferencePage';

export const referencePages: FeaturePages = { routes: [{ path: '/reference', component: ReferencePage }], nav: { label: '基础数据', href: '/reference', icon: ReferenceIcon } };
