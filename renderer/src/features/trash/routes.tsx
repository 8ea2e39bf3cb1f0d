import TrashIcon from '@mui/icons-material/DeleteOutlineOutlined';
import type { FeaturePages } from '../../app/route-types';
import { TrashPage } from './TrashPage';

export const trashPages: FeaturePages = { routes: [{ path: '/trash', component: TrashPage }], nav: { label: '回收站', href: '/trash', icon: TrashIcon } };
