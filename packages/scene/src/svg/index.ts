export { sceneToSvg, SvgExportError, type SvgOptions } from './scene-to-svg.js';
export { extractDocumentFromSvg, EmbeddedPayloadError, PAYLOAD_VERSION } from './embed-document.js';
export { escapeXml, stripInvalidXmlChars, type EscapeOptions } from './escape-xml.js';
export { formatNumber } from './number.js';
export { PAGE_SIZES, PAGE_MARGIN_MM, type PageFit } from './page.js';
