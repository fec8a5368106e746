export { ViewLoading as default } from '@/components/views/view-loading';
