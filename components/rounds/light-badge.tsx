import type { Locale } from '@/lib/i18n/locale';
import { LIGHT_LABELS, type Light } from '@/lib/rounds/light';

const COLORS = { green: '#1a7f37', yellow: '#b58100', red: '#c62828' } as const;

/** 亮灯: a coloured dot, the light's name and its reason in words — never colour alone. */
export function LightBadge({ light, locale, compact = false }: { light: Light; locale: Locale; compact?: boolean }) {
  const name = LIGHT_LABELS[light.color][locale];
  return (
    <span data-testid="light" data-light={light.color} title={light.reason[locale]} style={{ display: 'inline-flex', gap: '0.35rem', alignItems: 'baseline', flexWrap: 'wrap' }}>
      <span aria-hidden="true" style={{ display: 'inline-block', width: '0.75rem', height: '0.75rem', borderRadius: '50%', background: COLORS[light.color], flex: 'none', alignSelf: 'center' }} />
      <strong style={{ color: COLORS[light.color] }}>{name}</strong>
      {compact ? null : <span className="small">{light.reason[locale]}</span>}
    </span>
  );
}
