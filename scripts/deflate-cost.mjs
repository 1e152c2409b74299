// What each byte of a file costs in its gzip: decodes the raw deflate stream of the file (zlib's
// `deflateRawSync`, the body of a gzip file) and gives every output byte the bits that produced it — a
// literal its own Huffman code, a match its length and distance codes and extra bits spread evenly over the
// bytes it copies, a block's header and end code spread over the block's bytes. The costs add up to the stream's size,
// so the bytes of a part of the file add up to what that part costs in the whole (unlike gzipping the part
// alone, or the file without it). Used by measure-element.mjs.

const LENGTH_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195,
  227, 258,
];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DISTANCE_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
  6145, 8193, 12289, 16385, 24577,
];
const DISTANCE_EXTRA = [
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
];
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** A canonical Huffman code from its code lengths (RFC 1951, 3.2.2), as counts per length and symbols. */
function huffman(lengths) {
  const count = new Uint16Array(16);
  for (const length of lengths) count[length]++;
  count[0] = 0;
  const offset = new Uint16Array(16);
  for (let i = 1; i < 16; i++) offset[i] = offset[i - 1] + count[i - 1];
  const symbol = new Uint16Array(lengths.length);
  lengths.forEach((length, s) => {
    if (length) symbol[offset[length]++] = s;
  });
  return { count, symbol };
}

const FIXED_LITERALS = huffman([
  ...Array(144).fill(8),
  ...Array(112).fill(9),
  ...Array(24).fill(7),
  ...Array(8).fill(8),
]);
const FIXED_DISTANCES = huffman(Array(30).fill(5));

/**
 * Inflates `deflated` (raw deflate) into `size` bytes and returns them with the cost in bits of each.
 * @param {Uint8Array} deflated
 * @param {number} size the inflated size
 */
export function deflateCosts(deflated, size) {
  const bytes = new Uint8Array(size);
  const cost = new Float64Array(size);
  let input = 0;
  let buffer = 0;
  let buffered = 0;
  let read = 0;
  let out = 0;
  const bits = (n) => {
    while (buffered < n) {
      buffer |= deflated[input++] << buffered;
      buffered += 8;
    }
    const value = buffer & ((1 << n) - 1);
    buffer >>>= n;
    buffered -= n;
    read += n;
    return value;
  };
  const decode = ({ count, symbol }) => {
    let code = 0;
    let first = 0;
    let index = 0;
    for (let length = 1; length < 16; length++) {
      code |= bits(1);
      if (code - count[length] < first) return symbol[index + (code - first)];
      index += count[length];
      first = (first + count[length]) << 1;
      code <<= 1;
    }
    throw new Error('deflateCosts: not a valid deflate stream');
  };
  for (let last = 0; !last;) {
    const blockStart = read;
    const blockOut = out;
    last = bits(1);
    const type = bits(2);
    if (type === 0) {
      read += buffered;
      buffer = buffered = 0;
      const length = deflated[input] | (deflated[input + 1] << 8);
      input += 4;
      read += 32;
      for (let i = 0; i < length; i++, read += 8) [bytes[out], cost[out++]] = [deflated[input++], 8];
      continue;
    }
    let literals = FIXED_LITERALS;
    let distances = FIXED_DISTANCES;
    if (type === 2) {
      const literalCount = bits(5) + 257;
      const distanceCount = bits(5) + 1;
      const codeLengthCount = bits(4) + 4;
      const codeLengths = new Array(19).fill(0);
      for (let i = 0; i < codeLengthCount; i++) codeLengths[CODE_LENGTH_ORDER[i]] = bits(3);
      const lengthCode = huffman(codeLengths);
      const lengths = [];
      while (lengths.length < literalCount + distanceCount) {
        const s = decode(lengthCode);
        if (s < 16) lengths.push(s);
        else if (s === 16) lengths.push(...Array(3 + bits(2)).fill(lengths.at(-1)));
        else lengths.push(...Array(s === 17 ? 3 + bits(3) : 11 + bits(7)).fill(0));
      }
      literals = huffman(lengths.slice(0, literalCount));
      distances = huffman(lengths.slice(literalCount));
    }
    let overhead = read - blockStart;
    for (;;) {
      const start = read;
      const s = decode(literals);
      if (s < 256) {
        bytes[out] = s;
        cost[out++] = read - start;
      } else if (s === 256) {
        overhead += read - start;
        break;
      } else {
        const length = LENGTH_BASE[s - 257] + bits(LENGTH_EXTRA[s - 257]);
        const d = decode(distances);
        const distance = DISTANCE_BASE[d] + bits(DISTANCE_EXTRA[d]);
        const each = (read - start) / length;
        for (let i = 0; i < length; i++, out++) [bytes[out], cost[out]] = [bytes[out - distance], each];
      }
    }
    for (let i = blockOut; i < out; i++) cost[i] += overhead / (out - blockOut);
  }
  return { bytes, cost, bits: read };
}
