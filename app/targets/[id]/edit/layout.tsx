// Client forms below: all their messages (components/i18n/form-messages.tsx). Not for the
// whole of app/targets: the target page itself (the (view) group) has no client form, and
// these ~37 kB of messages were half of its RSC payload.
export { default } from '@/components/i18n/form-messages';
