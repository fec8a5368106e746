'use client';

export { ViewError as default } from '@/components/views/view-error';
