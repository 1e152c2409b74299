export { sceneToSvg, SvgExportError, type SvgOptions } from './scene-to-svg.js';
export { DIMMED_OPACITY, highlightLegend, type SvgHighlight, type SvgTextBlock } from './highlight.js';
// The reader of embedded documents lives in core; re-exported here, next to the writer, as before.
export { extractDocumentFromSvg, EmbeddedPayloadError, PAYLOAD_VERSION } from '@kring/core';
export { assertEmbeddable, embedRefusal, type EmbedGuardFacts } from './embed-guard.js';
export { escapeXml, stripInvalidXmlChars, type EscapeOptions } from './escape-xml.js';
export { formatNumber } from './number.js';
export { PAGE_SIZES, PAGE_MARGIN_MM, type PageFit } from './page.js';
