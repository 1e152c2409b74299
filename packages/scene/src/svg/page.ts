/**
 * Page fitting: with `fit` the SVG gets a paper size in millimetres and the sheet (title block, drawing and
 * legend, in drawing units) is scaled to fit inside the margins and centred.
 */
import { formatNumber as n } from './number.js';

/** The paper an SVG export is fitted onto: `none` keeps the drawing's own size (1 unit = 1 px). */
export type PageFit = 'none' | 'a4-landscape' | 'a3-landscape';

/** Paper sizes in mm (ISO 216, landscape). */
export const PAGE_SIZES: Readonly<Record<Exclude<PageFit, 'none'>, { width: number; height: number }>> = {
  'a4-landscape': { width: 297, height: 210 },
  'a3-landscape': { width: 420, height: 297 },
};

/** Margin on every side of the page, in mm. */
export const PAGE_MARGIN_MM = 10;

/** 1 drawing unit = 1 CSS px = 25.4 / 96 mm. */
const MM_PER_UNIT = 25.4 / 96;
/** Small maps are enlarged at most this much, so a three-person genogram does not get symbols 5 cm wide. */
const MAX_ENLARGEMENT = 2;

export interface Frame {
  /** Attributes of the root `<svg>`: width, height and viewBox. */
  width: string;
  height: string;
  viewBox: string;
  /** Page size in viewBox units, for the background. */
  pageWidth: number;
  pageHeight: number;
  /** Transform that places the sheet on the page, or '' when none is needed. */
  transform: string;
}

export function frameFor(sheetWidth: number, sheetHeight: number, fit: PageFit): Frame {
  const w = Math.max(1, sheetWidth);
  const h = Math.max(1, sheetHeight);
  if (fit === 'none') {
    return {
      width: n(w),
      height: n(h),
      viewBox: `0 0 ${n(w)} ${n(h)}`,
      pageWidth: w,
      pageHeight: h,
      transform: '',
    };
  }
  const page = PAGE_SIZES[fit];
  const innerW = page.width - 2 * PAGE_MARGIN_MM;
  const innerH = page.height - 2 * PAGE_MARGIN_MM;
  const scale = Math.min(innerW / w, innerH / h, MAX_ENLARGEMENT * MM_PER_UNIT);
  const tx = (page.width - w * scale) / 2;
  const ty = (page.height - h * scale) / 2;
  return {
    width: `${page.width}mm`,
    height: `${page.height}mm`,
    viewBox: `0 0 ${page.width} ${page.height}`,
    pageWidth: page.width,
    pageHeight: page.height,
    transform: `translate(${n(tx)} ${n(ty)}) scale(${scale.toFixed(5).replace(/\.?0+$/, '')})`,
  };
}
