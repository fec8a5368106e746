// Client forms below: all their messages (components/i18n/form-messages.tsx).
export { default } from '@/components/i18n/form-messages';
