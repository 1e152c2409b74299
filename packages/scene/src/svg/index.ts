export { sceneToSvg, SvgExportError, SVG_SHEET_PADDING, type SvgOptions } from './scene-to-svg.js';
export { highlightLegend, type SvgHighlight, type SvgTextBlock } from './highlight.js';
// The reader of embedded documents lives in core; re-exported here, next to the writer, as before.
export { extractDocumentFromSvg, EmbeddedPayloadError, PAYLOAD_VERSION } from '@kring/core';
export { embedRefusal, type EmbedGuardFacts } from './embed-guard.js';
export { escapeXml, type EscapeOptions } from './escape-xml.js';
export type { PageFit } from './page.js';
