/**
 * Kubernetes resource quantities (`4`, `500m`, `8Gi`, `16G`, `1e3`, `.5`), parsed exactly
 * per the grammar of k8s.io/apimachinery/pkg/api/resource:
 *
 *   <quantity>        ::= <signedNumber><suffix>
 *   <signedNumber>    ::= <number> | <sign><number>
 *   <number>          ::= <digits> | <digits>.<digits> | <digits>. | .<digits>
 *   <suffix>          ::= <binarySI> | <decimalExponent> | <decimalSI>
 *   <binarySI>        ::= Ki | Mi | Gi | Ti | Pi | Ei
 *   <decimalSI>       ::= m | "" | k | M | G | T | P | E
 *   <decimalExponent> ::= "e" <signedNumber> | "E" <signedNumber>
 *
 * (the exponent's number is an integer in the reference implementation). Internal.
 */

const BINARY: { [suffix: string]: number } = {
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
};
const DECIMAL: { [suffix: string]: number } = {
  'm': 1e-3, '': 1, 'k': 1e3, 'M': 1e6, 'G': 1e9, 'T': 1e12, 'P': 1e15, 'E': 1e18,
};

const QUANTITY = /^([+-]?(?:\d+\.?\d*|\.\d+))(Ki|Mi|Gi|Ti|Pi|Ei|[eE][+-]?\d+|m|k|M|G|T|P|E)?$/;

/**
 * The value of a quantity in base units (cores for CPU, bytes for memory), or undefined
 * when the text is not a Kubernetes quantity (whitespace, units like `GB` or `cores`,
 * several signs, an empty string).
 */
export function parseQuantity(text: string): number | undefined {
  if (typeof text !== 'string') return undefined;
  const m = QUANTITY.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  const suffix = m[2] ?? '';
  if (suffix in BINARY) return n * BINARY[suffix];
  if (suffix in DECIMAL) return n * DECIMAL[suffix];
  return n * 10 ** Number(suffix.slice(1));
}

/** A quantity in millicores ("200m" = 200), or undefined when it does not parse. */
export function cpuMillis(text: string): number | undefined {
  const v = parseQuantity(text);
  return v === undefined ? undefined : v * 1000;
}

/** CPU for people: `350m`, `4`, `4.35` (cores). */
export function formatCpu(millis: number): string {
  const m = Math.round(millis);
  if (m % 1000 === 0) return `${m / 1000}`;
  if (m < 1000) return `${m}m`;
  return `${(m / 1000).toFixed(3).replace(/0+$/, '')}`;
}

/** Memory for people: `16Mi`, `8Gi`, `1.5Gi`, else bytes. */
export function formatMemory(bytes: number): string {
  const b = Math.round(bytes);
  const gi = b / 2 ** 30;
  if (b >= 2 ** 30 && Number.isInteger(gi * 100)) return `${gi}Gi`;
  const mi = b / 2 ** 20;
  if (b >= 2 ** 20) return Number.isInteger(mi) ? `${mi}Mi` : `${mi.toFixed(1).replace(/\.0$/, '')}Mi`;
  const ki = b / 2 ** 10;
  if (b >= 2 ** 10 && Number.isInteger(ki)) return `${ki}Ki`;
  return `${b}`;
}
