/**
 * Collects which symbols, fills and line kinds a scene actually uses, in a fixed category order, so the
 * legend lists exactly those.
 */
import type { ColorToken } from '@kring/scene';

export interface ConditionStyle {
  key: string;
  label: string;
  fill: ColorToken;
  quadrant: number;
  /** Keys 5–8 fill a smaller quadrant, so two keys never differ by colour alone. */
  scale: number;
}

export class LegendBook {
  readonly used = new Set<string>();
  readonly conditions = new Map<string, ConditionStyle>();

  use(key: string): void {
    this.used.add(key);
  }

  condition(key: string, label: string): ConditionStyle {
    let style = this.conditions.get(key);
    if (!style) {
      const i = this.conditions.size;
      style = {
        key,
        label,
        fill: `fill${((i % 8) + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8}`,
        quadrant: i % 4,
        scale: i % 8 < 4 ? 1 : 0.55,
      };
      this.conditions.set(key, style);
    }
    this.use(`condition:${key}`);
    return style;
  }
}
